"""A word left over on a field's row that could go on with it: the field read short.

On fresh photos a name, company or title was accepted whole while its rest stood apart on the
same row, read as a line of its own and taken by no field: ``Juan Carlos Garcia`` with
``Blanco`` past a wide gap (letters spaced wide; blind-style photo seed 72 card 64, accepted
at email+other/hi). Whatever the join rules miss, a word of the row's letter height, on its
baseline band, close enough to be the same print, says the field may be read in part.
The narrower checks of a row's leftovers keep their own measured levels and run first: capitals
beside a name (``name_rows.letters_beside``), a title's row piece
(``title_card_checks.row_parted``), a legal form's scraps (``company_scraps.form_scraps``);
this one adds ``+row-rest`` to any level.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from contactkit import normalize

from .clues import is_country, known_label, legal_form_alone
from .lexicon import LEGAL_FORMS, NAME_PARTICLES, POST_NOMINALS
from .name_rows import DEBRIS_CONF
from .row_pieces import ONE_SIZE, alike_height, shared_height, untaken_lines
from .text_lines import Line, Word

# Letter widths a word may stand from the field's end and still be its rest: two
# columns of one card stand further apart, a name's words spaced wide (1.5 on seed 72) closer.
GAP_LETTERS = 6.0
# A capitalised word of letters ("Blanco", "HOLDING"), as a name's, a company's or a title's
# next word is printed; a legal form ("B.V.") is let in apart (``_continues``).
_CAPITALISED_RE = re.compile(r"[A-ZÀ-Ý][A-Za-zÀ-ÿ'’-]+")


def row_rest(lines: list[Line], index: int, value: str, taken: Collection[int]) -> bool:
    """Another line after line ``index`` (read as ``value``) on its row, taken by no field,
    whose first word could go on with it (``_continues``), at a gap of a few of the field's
    letter widths."""
    line = lines[index]
    if not line.words:
        return False
    # The field's own letter width, spaces included: a name spaced wide has wide gaps too.
    letter = (line.right - line.left) / max(1, len(line.text))
    for other in untaken_lines(lines, index, taken):
        if other.mean_conf < DEBRIS_CONF:
            continue
        if set(other.text.split()) <= set(value.split()):
            continue  # joined to it already: "Lumen" | "Co.,Ltd." read "Lumen Co.,Ltd."
        # Only what follows it: a word before a name is often the logo's (``SCHMITT`` |
        # ``ANNA MULLER``, ``GROUPE`` | ``Frédéric Roux`` on tuning scans, 4 letters away).
        gap = other.left - line.right
        if not 0 <= gap <= GAP_LETTERS * letter:
            continue
        if not _same_band(line.words[-1], other.words[0]) or _no_rest(other.text):
            continue
        if _continues(other.words[0].text):
            return True
    return _form_opens_row_line(lines, index, line, letter)


def _form_opens_row_line(lines: list[Line], index: int, line: Line, letter: float) -> bool:
    """A legal form opening another field's line just after the field's end on its row, in
    print larger than the rest of that line: the company's last word read into the line of the
    column beside it (``Polaris Consulting`` | ``Limited T | 0044 20 7502 8856 Mobile: ...``,
    the contact block one letter after the company's end; fresh scan seed 200 card 17, accepted
    at ``domain``). Tesseract parts two columns only at wide gaps, and a line a field took is
    no leftover, so ``untaken_lines`` never shows it."""
    last = line.words[-1]
    for j, other in enumerate(lines):
        if j == index or len(other.words) < 2:
            continue
        first = other.words[0]
        if not 0 <= other.left - line.right <= GAP_LETTERS * letter:
            continue
        if shared_height(last, first) < 0.6 * first.height:
            continue  # not on the field's row
        words = [w.text for w in other.words]
        if _form_smudge(first) and first.height > ONE_SIZE * _median_height(other.words[1:]):
            return True
        for n in (1, 2, 3):
            rest = sorted(w.height for w in other.words[n:])
            if not rest or not legal_form_alone(" ".join(words[:n])):
                continue
            # Its own print, not the line's: a smaller contact block read on with it.
            if max(w.height for w in other.words[:n]) > ONE_SIZE * rest[(len(rest) - 1) // 2]:
                return True
    return False


def _no_rest(text: str) -> bool:
    """A line no name, company or title goes on with: an address's (a number in it: "Weena
    175", "Stationsplein 130"; a country: "United Kingdom") or degrees after a name ("MBA")."""
    words = text.split()
    if any(c.isdigit() for c in text) or is_country(text):
        return True
    return bool(words) and all(normalize.fold(w).strip(".,") in POST_NOMINALS for w in words)


def _same_band(a: Word, b: Word) -> bool:
    """Two words on one baseline band in letters of one height."""
    alike = alike_height(b, a, ONE_SIZE) or _alike_but_descenders(a, b) or _alike_pitch(a, b)
    if not alike:
        return False  # a title's or an address's smaller print is no rest
    return shared_height(a, b) >= 0.6 * min(a.height, b.height)


# Letters that reach below the line: a word with one stands about a third taller than a word of
# the same print without.
DESCENDERS = frozenset("gjpqy")
DESCENDER_HEIGHT = 1.3
# How far the boxes may then differ: 1.13 to 1.5 times in all, room for fonts' descenders, not
# ONE_SIZE on top of the 1.3, which let in print three quarters the size on the name's
# baseline: a city or department beside it (review rev42n).
DESCENDER_SPREAD = 1.15


def _alike_but_descenders(a: Word, b: Word) -> bool:
    """``b`` in ``a``'s print though its box is a third shorter: ``a`` reaches below the line and
    ``b`` does not, their tops level (``Santiago Rodriguez`` 47 px | ``Serrano`` 34 px, photo
    seed 450 card 81: the second family name left out, accepted at email). Only doubts: names41
    joined such a word and made ``Philipp Meyer`` | ``Berlin`` wrong (review rev41n)."""
    # ``a``'s small letters only: capitals stand on the line ("PEGG", "POHL"), so a name in
    # capitals has no descender to make up for (review rev42n). ``b``'s either way.
    if not set(a.text) & DESCENDERS or set(b.text.lower()) & DESCENDERS:
        return False
    if abs(a.top - b.top) > 0.2 * a.height:
        return False
    ratio = a.height / max(1.0, b.height * DESCENDER_HEIGHT)
    return 1 / DESCENDER_SPREAD <= ratio <= DESCENDER_SPREAD


# How far two words' letter widths may differ and be one print: a word of the row's letters in a
# box taller than theirs (its descenders and capitals, a slight tilt) is still their print.
PITCH_SPREAD = 1.15
# At most this much taller: a logo's word in a condensed face may share the letter width.
PITCH_TALLER = 1.8


def _alike_pitch(a: Word, b: Word) -> bool:
    """``b``, taller than ``a``, is set in ``a``'s letter width: ``GonzaloRuiz`` 39 px |
    ``Rodriguez`` 61 px, both about 55 px a letter (fresh photo 579/58: the second family name
    left out, accepted at email)."""
    if len(a.text) < 4 or len(b.text) < 4 or not a.height < b.height <= PITCH_TALLER * a.height:
        return False
    ratio = (a.width / len(a.text)) / max(1.0, b.width / len(b.text))
    return 1 / PITCH_SPREAD <= ratio <= PITCH_SPREAD


def _continues(text: str) -> bool:
    """A word that could be a name's, a company's or a title's next: capitalised letters, a
    legal form on its own, or a family name's particle ("Juan Dominguez" | "de" | "la" |
    "Torre", Free Serif: the email spelt the part read, juan.dominguez@)."""
    particle = len(text) >= 2 and text.lower() in NAME_PARTICLES
    return bool(_CAPITALISED_RE.fullmatch(text)) or legal_form_alone(text) or particle


# A word Tesseract could not read at all (under this) is a smudge, no word of the line it opens.
SMUDGE_CONF = 0.1
_FORM_STARTS = frozenset(f[:2] for f in LEGAL_FORMS if len(f) >= 3 and f.isalpha())


def _form_smudge(word: Word) -> bool:
    """A smudge whose first two letters start a legal form: ``Nexus Holdings`` | ``Plepp}.
    0113 572.6742 Fax: ...`` (fresh photo seed 350 card 79, its "plc" set smaller beside the
    large name and read at 0.00 into the phone row beside it; accepted at
    domain+legal+other/hi without its form)."""
    letters = normalize.fold(re.sub(r"[^\w]|\d|_", "", word.text))
    if word.conf >= SMUDGE_CONF or len(letters) < 2 or known_label(word.text):
        return False  # "Tel." read unsure opens its row as the label it is (Teoranta's "te")
    return letters[:2] in _FORM_STARTS


def _median_height(words: list[Word]) -> float:
    heights = sorted(w.height for w in words)
    return heights[(len(heights) - 1) // 2] if heights else float("inf")
