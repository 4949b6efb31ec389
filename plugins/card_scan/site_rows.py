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
# "www" read with its last w's strokes as a round letter: "weo thomasassociates com"
# or cut to its last w before the dot ("w.lumen.tr")
_WWW_MISREAD_RE = re.compile(r"(?i)(?<![a-z])(?:w(?:we|ew|ow|eo)(?![a-z])|w\.(?=[a-z]))")
# A profile's row ("linkedin.com/in/werner", "Xing: werner") names a person or a page, not
# the firm's site, though the firm's name may end it.
_SOCIAL_RE = re.compile(
    r"(?i)linked\s*in|\bxing\b|facebook|instagram|twitter|youtube|tiktok|\bx\.com|/in/|/company/"
)
# The row's name, then what may follow it: the end, a separator that is no hyphen (a hyphen
# may go on to another name, "schaefer-group"), or the ending's letters alone. The name is not
# taken after a path's single slash ("xing.com/profile/werner").
_AFTER_RE = r"(?=$|[^a-z0-9-]|{ending}(?:$|[^a-z]))"
_BEFORE_RE = r"(?:^|(?<![^/])/|[^a-z0-9/-]|w{{2,}}|vww|wvw|{scheme})"
# A scheme before a bare host, its "://" read as marks and the slashes' strokes as letters
# ("https-Iischulze de/contact", "Web https l/brueckner-werke delcontact", "httpsJiserrano
# esl": tuning photos 351/34, 385/47, 336/67; a label may be glued before it). Only after a
# scheme: "/" after another word is a path's.
_SCHEME_MARKS_RE = r"(?:https?|hitps?|htps?|hups)[\s:/.|-]{0,3}[ijl|]{0,2}/?"
# A path after the ending, its slash read as a stroke letter ("durand frien" for durand.fr/en,
# "serrano esl" for serrano.es/): a language's code, a contact page, or none. Named, not any
# two letters or any "co..." word: "schaefer atlas", "werner delta", "meyer chili" are words.
_PATH_AS_LETTER_RE = (
    r"[lij|](?:en|de|fr|es|it|nl|pl|pt|cs|sk|hu|da|sv|fi|no|ja|jp|zh|cn"
    r"|contact[eo]?|kontakt[ey]?|contatti|contacto)?"
)
# Letters read for one another at an ending's start: a stroke's ("iu", "1t" for .it; a whole
# ".lt" is refused before, as Lithuania's own ending)
STROKES = frozenset("ijl1|")


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
    if len(parts) == 1 and re.fullmatch(re.escape(want) + _PATH_AS_LETTER_RE, letters):
        return True
    return len(letters) <= len(want) + 1 and _starts_as(letters, want)


def same_start(first: str, ending: str) -> bool:
    """``first``, the letter read after a site's name, opens ``ending`` as printed, or both are
    strokes ("1t" for .it)."""
    return first == ending[:1] or (first in STROKES and ending[:1] in STROKES)


def _starts_as(letters: str, want: str) -> bool:
    """The letters read start as the email's ending does ("pv", "def", "cony"), a stroke for a
    stroke ("iu" for .it, as site_cut_rows allows), or are the ending with one letter slipped
    ("ot" for .at, "£0 jp" for .co.jp: tuning photos 349/14, 366/64). Any other start is
    another ending's: "Web www acme c" beside an address at acme.de may print the firm's
    acme.com, so the email's ending is no reading of it."""
    if same_start(letters[0], want):
        return True
    read = letters.replace("0", "o")
    slips = sum(a != b for a, b in zip(read, want, strict=False))
    return len(read) == len(want) >= 2 and slips <= 1


def _spells(text: str, domain: str) -> bool:
    name = domain.partition(".")[0]
    if len(name) < 3:
        return False  # "ab.de": two letters match too much of any row
    return row_spells(text, domain, re.escape(name))


def row_spells(text: str, domain: str, name_pattern: str) -> bool:
    """``text`` holds a site's name matching ``name_pattern`` (the domain's name, or a slip of
    it: site_slip_rows) after a site's start, then the domain's ending or a slip of it."""
    ending = domain.partition(".")[2]
    first = re.escape(ending.replace(".", "")[:2])
    before = _BEFORE_RE.format(scheme=_SCHEME_MARKS_RE)
    pattern = before + name_pattern + _AFTER_RE.format(ending=first)
    low = text.lower()
    return any(
        _ending_agrees(low[found.end() :].lstrip(" .,:;"), ending)
        for found in re.finditer(pattern, low)
    )


def _bare_site_row(text: str, domain: str, texts: list[str], row: int) -> bool:
    """A row that is the domain alone, its dots read as spaces ("cevennes fr", "meccanicacobalt
    it"): a site printed without www or scheme, beside the address read whole on its own row.
    Were the address's row parted ("valerie.dubois@" | "cevennes fr"), no other row would hold
    the @ with a domain after it, and the row is left to the address (tuning photos 370/4,
    334/85, 335/62)."""
    pieces = re.split(r"[\s.]+", text.strip().lower())
    if " " not in text.strip() or ".".join(pieces) != domain:
        return False
    return any(re.search(r"\w\s?@\s?[a-z]{3}", t.lower()) for i, t in enumerate(texts) if i != row)


def site_from_email_row(
    emails: list[Found], texts: list[str], taken: set[int], final: list[str] | None = None
) -> Found | None:
    """The email's domain as the site when one row no field took is a site row that spells it.

    ``final`` are the card's addresses as stored: one repaired from the company
    (cilarkeanalytics.co.uk to clarkeanalytics.co.uk) or mended from a row left over is tried
    too, where the site row spells it and not the reading (tuning photos 326/37, 331/14)."""
    if emails and emails[0].from_site:
        return None
    values = [*(e.value for e in emails[:1]), *(final or [])[:1]]
    domains = [d for d in map(domain_of, values) if d]
    for domain in dict.fromkeys(domains):
        found = _site_row(domain, texts, taken)
        if found is not None:
            return found
    return None


def _site_row(domain: str, texts: list[str], taken: set[int]) -> Found | None:
    if not known_suffix(domain):
        return None  # "tatry.p": an address cut short gives no site
    if normalize.is_freemail(domain):
        return None  # "Web" beside anna@web.de: a mail host is never the card's site
    rows = [
        i
        for i, text in enumerate(texts)
        if _free_row(text, i, taken)
        and (
            (_SITE_MARK_RE.search(text) and _spells(text, domain))
            or _bare_site_row(text, domain, texts, i)
        )
    ]
    if len(rows) != 1:
        return None  # none, or two rows that both could be it: not guessed
    return Found(domain, 0.0, rows[0])


def _free_row(text: str, row: int, taken: set[int]) -> bool:
    return row not in taken and "@" not in text and not _SOCIAL_RE.search(text)


def site_row_candidates(domain: str, texts: list[str], taken: set[int]) -> list[int]:
    """The rows no field took that a site's mark opens, ``www`` misread as ``wwe``, ``wew``,
    ``wow`` or ``weo`` counted (photos: the third w's strokes read as e or o), for a domain a
    site may be (a known ending, no mail host)."""
    if not known_suffix(domain) or normalize.is_freemail(domain):
        return []
    return [
        i
        for i, text in enumerate(texts)
        if _free_row(text, i, taken)
        and (_SITE_MARK_RE.search(text) or _WWW_MISREAD_RE.search(text))
    ]
