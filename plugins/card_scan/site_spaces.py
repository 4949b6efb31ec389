"""A website's dots read as spaces: Tesseract drops the small dots of a site's row on a photo
("www laurent-informatique.fr", "hitps:/www northgate co.uk"), and the row was then read as no
site at all (unread) or as its last piece.

Put back only where the row shows it a site (its ``www``) and either one dot after ``www`` was
lost before a host that is whole, or the words after it spell, dots and all, the domain the
card's email address was read with: the dots then go where the address has them.
"""

from __future__ import annotations

import re

from .clues import Found, domain_of

# "www laurent-informatique.fr": the dot after www read as a space before a whole host.
WWW_SPACE_RE = re.compile(
    r"(?i)(?<![\w.])(www)\s+(?=[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b)"
)
# "www northgate co.uk", "www clarke analytics co uk": letters and single spaces or dots after
# www, up to the row's end or a slash.
WWW_WORDS_RE = re.compile(
    r"(?i)(?<![\w.])www[\s.]+((?:[a-z0-9-]+[\s.]){1,4}[a-z0-9-]{2,})(?=\s*(?:/|$))"
)
# "http://www.ferrariit", "https: //www.summitcom": the dot before the ending lost, the host
# glued whole; put back only where its letters are the email's domain's, no letter apart.
WWW_GLUED_RE = re.compile(r"(?i)(?<![\w.])www\.([a-z0-9-]{4,})(?=\s*(?:/|$))")
# "www.orbisconseil fr" beside helene.mathieu@orbisconscil.fr: the dot before the ending read
# as a space, the row ending there; only a whole host before it, only an ending printed on many
# cards (a word after a site is as often a stray word read: "in", "on"), and only the ending of
# an address on the card.
ENDING_SPACE_RE = re.compile(
    r"(?i)((?<![\w.])www\.[a-z0-9][a-z0-9-]{2,})\s"
    r"(com|net|org|fr|de|it|at|ch|pl|es|nl|be|co\.uk|co\.jp)(?=\s*(?:/|$))"
)


def dots_put_back(text: str, emails: list[Found]) -> str:
    """``text`` with a site's dots read as spaces put back (see the module's docstring)."""
    domains = {d for d in (domain_of(e.value) for e in emails) if d}
    for match in WWW_WORDS_RE.finditer(text):
        letters = re.sub(r"[\s.]", "", match.group(1)).lower()
        pieces = re.split(r"[\s.]+", match.group(1))
        for domain in domains:
            # "www.v vantage.es": a letter apart is a piece of another reading (a logo's, a
            # slip's: line_fragments.site_split), left to the cross-check.
            if (
                domain.replace(".", "") == letters
                and " " in match.group(1)
                and min(map(len, pieces)) > 1
            ):
                return f"{text[: match.start()]}www.{domain}{text[match.end(1) :]}"
    for match in WWW_GLUED_RE.finditer(text):
        glued = match.group(1).lower()
        for domain in domains:
            if "." in domain and domain.replace(".", "") == glued:
                return f"{text[: match.start(1)]}{domain}{text[match.end(1) :]}"
    apart = ENDING_SPACE_RE.search(text)
    if apart and any(d.endswith(f".{apart.group(2).lower()}") for d in domains):
        # Only beside an address with that ending: with none, a site read makes the address
        # "missing+web" (no address printed, accepted), and the address row may be lost whole
        # (tuning photo 368/34, wojciech@meridian.pl not read beside "www.meridian pl").
        text = f"{text[: apart.end(1)]}.{text[apart.end(1) + 1 :]}"
    return WWW_SPACE_RE.sub(r"\1.", text, count=1)
