"""A website row whose name reads the email's domain with one letter slipped, or whose ``www``
was misread.

On a phone photo a site's row is printed small and often last, so Tesseract reads one letter of
the firm's name for its look-alike (``Site : https/www Jefebvre`` beside an address at
lefebvre.fr, ``https: // www schmits ch`` beside schmitz.ch), loses a thin one
(``JAwww Zenth.co jp!`` beside zenith.co.jp), or reads the ``www`` as ``wwe``, ``wew``, ``wow``,
``weo`` or ``w.``; no site is taken and the site is ``unread``. ``site_rows`` takes a mangled
row only where a site's mark opens it and it spells the email's domain letter for letter.

The site so taken is the email's domain by construction and rests on a guessed letter or mark:
``email-row/slip``, unmeasured, to review.
"""

from __future__ import annotations

import re

from .clues import Found, domain_of
from .site_rows import row_spells, site_row_candidates

# Letters Tesseract reads for one another on a site's row: strokes, the arched letters, the
# round ones. One of these, not any letter: "meyer" is no slip of "mayer" by this table. The
# row is matched lowercased ("Jefebvre" as "jefebvre"), so no capital is listed.
_LOOK_ALIKE = (
    "lijtf1|",
    "hnb",
    "nr",
    "mn",
    "ceo",
    "sz",
)
# Thin letters a blurred row loses whole ("Zenth.co jp" beside zenith.co.jp)
_THIN = frozenset("iltfj")
# A name this long or longer: one letter of slack in a short name ("vesta", "nova") reads too
# many other words.
_MIN_NAME = 6


def _alike(letter: str) -> str:
    group = {c for g in _LOOK_ALIKE if letter in g for c in g}
    return "".join(sorted(group - {letter}))


def slipped_names(name: str) -> list[str]:
    """Patterns for ``name`` as a site row shows it: whole (after a misread ``www`` alone), or
    with one letter read as its look-alike or one thin letter lost (escaped for a regex)."""
    out = [re.escape(name)]
    for i, letter in enumerate(name):
        before, after = re.escape(name[:i]), re.escape(name[i + 1 :])
        others = _alike(letter)
        if others:
            out.append(f"{before}[{re.escape(others)}]{after}")
        if letter in _THIN and 0 < i < len(name) - 1:
            out.append(before + after)
    return out


def site_from_slipped_row(
    emails: list[Found], texts: list[str], taken: set[int], final: list[str] | None = None
) -> Found | None:
    """The email's domain as the site where one row no field took is a site row that spells it
    with one look-alike letter slipped (see the module's docstring). ``final``: the addresses
    as stored, one mended after the first reading ("schenitz ch" to schmitz.ch) tried too."""
    if not emails or emails[0].from_site:
        return None  # an address rewritten to a site's reading checks no row
    values = [emails[0].value, *(final or [])[:1]]
    for domain in dict.fromkeys(d for d in map(domain_of, values) if d):
        found = _slipped_row(domain, texts, taken)
        if found is not None:
            return found
    return None


def _slipped_row(domain: str, texts: list[str], taken: set[int]) -> Found | None:
    name = domain.partition(".")[0]
    if len(name) < _MIN_NAME:
        return None
    rows = [
        i
        for i in site_row_candidates(domain, texts, taken)
        if any(row_spells(texts[i], domain, slipped) for slipped in slipped_names(name))
    ]
    if len(rows) != 1:
        return None  # none, or two rows that both could be it: not guessed
    return Found(domain, 0.0, rows[0])
