"""A website row too mangled to read as a site, whose letters still spell the email's domain.

Photos blur a site row's dots and slashes ("Web www orbiswerke d", "wwwwernerch",
"http://www. altair.pv") so no site pattern takes it, though the email on the card reads the
same domain whole. The row's letters then confirm the email's domain as the site; the site
gets its own level ("email-row"), never the email-checked one, as it agrees by construction.
"""

from __future__ import annotations

import re

from contactkit import normalize

from .clues import Found, domain_of
from .endings import known_suffix

# What marks a row as a website's: its label or the start of an address.
_SITE_MARK_RE = re.compile(r"(?i)w{2,}|vww|wvw|https?|hftp|hitp|\b(?:web|url|site|internet)\b")
# A profile's row ("linkedin.com/in/werner", "Xing: werner") names a person or a page, not
# the firm's site, though the firm's name may end it.
_SOCIAL_RE = re.compile(
    r"(?i)linked\s*in|\bxing\b|facebook|instagram|twitter|youtube|tiktok|\bx\.com|/in/|/company/"
)
# The row's name, then what may follow it: the end, a separator that is no hyphen (a hyphen
# may go on to another name, "schaefer-group"), or the ending's letters alone. The name is not
# taken after a path's single slash ("xing.com/profile/werner").
_AFTER_RE = r"(?=$|[^a-z0-9-]|{ending}(?:$|[^a-z]))"
_BEFORE_RE = r"(?:^|(?<![^/])/|[^a-z0-9/-]|w{{2,}}|vww|wvw)"


def _ending_agrees(rest: str, ending: str) -> bool:
    """What follows the name, up to a path, is the email's ending, a cut start of it
    ("orbiswerke d") or a slip of it ("altair.pv", "maiersoehne.ot", "thameside.co.ok"). Not
    another real ending printed whole ("daimlertruck de" beside a .com email, "firma com"
    beside firma.co.uk: the group's or a country's site) nor further words ("bosch
    professional com", "Werner Web & Print")."""
    parts = re.findall(r"[^\s.,:;_]+", rest.split("/", 1)[0])
    letters, want = "".join(parts), ending.replace(".", "")
    if "." in ending and letters == ending.partition(".")[0]:
        return False  # "firma com" beside firma.com.au: the group's .com or the ending cut
    if not letters or want.startswith(letters):
        return True
    printed = ".".join(parts)
    if printed != ending and normalize.public_suffix(f"x.{printed}") == printed:
        return False
    return len(letters) <= len(want) + 1


def _spells(text: str, domain: str) -> bool:
    name, _, ending = domain.partition(".")
    if len(name) < 3:
        return False  # "ab.de": two letters match too much of any row
    first = re.escape(ending.replace(".", "")[:2])
    pattern = _BEFORE_RE.format() + re.escape(name) + _AFTER_RE.format(ending=first)
    low = text.lower()
    return any(
        _ending_agrees(low[found.end() :].lstrip(" .,:;"), ending)
        for found in re.finditer(pattern, low)
    )


def site_from_email_row(emails: list[Found], texts: list[str], taken: set[int]) -> Found | None:
    """The email's domain as the site when one row no field took is a site row that spells it."""
    if not emails or emails[0].from_site:
        return None
    domain = domain_of(emails[0].value)
    if domain is None or not known_suffix(domain):
        return None  # "tatry.p": an address cut short gives no site
    if normalize.is_freemail(domain):
        return None  # "Web" beside anna@web.de: a mail host is never the card's site
    rows = [
        i
        for i, text in enumerate(texts)
        if i not in taken
        and "@" not in text
        and _SITE_MARK_RE.search(text)
        and not _SOCIAL_RE.search(text)
        and _spells(text, domain)
    ]
    if len(rows) != 1:
        return None  # none, or two rows that both could be it: not guessed
    return Found(domain, 0.0, rows[0])
