"""A website row too mangled to read as a site, whose letters still spell the email's domain.

Photos blur a site row's dots and slashes ("Web www orbiswerke d", "wwwwernerch",
"http://www. altair.pv") so no site pattern takes it, though the email on the card reads the
same domain whole. The row's letters then confirm the email's domain as the site; the site
gets its own level ("email-row"), never the email-checked one, as it agrees by construction.
"""

from __future__ import annotations

import re

from .clues import Found, domain_of
from .endings import known_suffix

# What marks a row as a website's: its label or the start of an address.
_SITE_MARK_RE = re.compile(r"(?i)w{2,}|vww|wvw|https?|hftp|hitp|\b(?:web|url|site|internet)\b")
# The row's name, then what may follow it: the end, a separator that is no hyphen (a hyphen
# may go on to another name, "schaefer-group"), or the ending's letters alone.
_AFTER_RE = r"(?:$|[^a-z0-9-]|{ending}(?:$|[^a-z]))"
_BEFORE_RE = r"(?:^|[^a-z0-9-]|w{{2,}}|vww|wvw)"


def _spells(text: str, domain: str) -> bool:
    name, _, ending = domain.partition(".")
    if len(name) < 3:
        return False  # "ab.de": two letters match too much of any row
    first = re.escape(ending.replace(".", "")[:2])
    pattern = _BEFORE_RE.format() + re.escape(name) + _AFTER_RE.format(ending=first)
    return re.search(pattern, text.lower()) is not None


def site_from_email_row(emails: list[Found], texts: list[str], taken: set[int]) -> Found | None:
    """The email's domain as the site when one row no field took is a site row that spells it."""
    if not emails or emails[0].from_site:
        return None
    domain = domain_of(emails[0].value)
    if domain is None or not known_suffix(domain):
        return None  # "tatry.p": an address cut short gives no site
    rows = [
        i
        for i, text in enumerate(texts)
        if i not in taken
        and "@" not in text
        and _SITE_MARK_RE.search(text)
        and _spells(text, domain)
    ]
    if len(rows) != 1:
        return None  # none, or two rows that both could be it: not guessed
    return Found(domain, 0.0, rows[0])
