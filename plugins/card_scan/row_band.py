"""The band of an address row's own print, where Tesseract's words spill into the rows above
and below.

On a blurred photo Tesseract reads part of a small-print row as words of two or three rows'
height (``eomearinaly`` 54 px high beside ``khan@jacksonbiackwood`` 23 px; b10 photo 39), and the
row's box takes their height. RapidOCR's recogniser, given a crop holding three rows, read none
of them; given the row's own band it read ``alexandra.khan@jacksonblackwood.co.uk`` in five of six
crops. The band holds the words no taller than the tallest word read surely allows.
"""

from __future__ import annotations

from .row_reading import row_box
from .text_lines import Line, Word

# A word this much taller than the row's tallest sure word holds more than the row.
SPILL = 1.5
# A word read at least this surely, with this many letters or digits, gives the row's height.
SURE_FROM = 0.5
LETTERS_FROM = 3


def row_band(row: list[Line]) -> tuple[int, int, int, int]:
    """The row's box, its top and bottom those of its own print (``row_box`` where no word
    gives them)."""
    left, top, right, bottom = row_box(row)
    words = [w for line in row for w in line.words]
    sized = [w.height for w in words if _sizes(w)]
    if not sized:
        return left, top, right, bottom
    # The tallest sure word: one of small letters only ("ana" beside "sanz@navarro-asociados",
    # b11 photo 85) is the x-height, and its band cut the address's ascenders off. Every word
    # up to that height is the row's, however unsure: a word with a descender ("katarzyna")
    # reaches lower than a sure one without ("e-mail:"; b1 photo 200).
    own = [w for w in words if w.height <= SPILL * max(sized)]
    return left, min(w.top for w in own), right, max(w.bottom for w in own)


def _sizes(word: Word) -> bool:
    return word.conf >= SURE_FROM and sum(c.isalnum() for c in word.text) >= LETTERS_FROM
