"""An address row Tesseract read in part, widened along its band to the ink beside it.

On a blurred photo Tesseract read ``✉ cristinam@ingenieria.es`` as ``=`` (the envelope) and a
lone ``@`` 15 px wide (b16 photo 78): the row's re-read crop held the ``@`` only, and RapidOCR
read nothing in it; across the row's ink all its crops read the address. A scan's row read as
``E: margaret.garci`` | ``cia@bluebon`` and ``com`` far to the right, the middle of
bluebonnetbiosciences.com given no word (b15 scan 51), was read to ``@bluebon`` only. A signed
row's box is grown over ink that runs on with gaps no wider than a few letters' height (a word
gap; the next column stands further off): to the right, and to the left too where the row was
read as its sign alone. Either reading stands beside Tesseract's row, to be mended (email_mend):
a wider crop read ``claudiakrueger@`` where the row gave claudia_krueger@ (b1x photo 647).
The ink is looked at along the row, by columns; ``email_rows.ink_bands`` parts a box across,
by rows of pixels, and ``row_band`` sets a row's top and bottom from its words.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

# A row holding fewer letters and digits than this is its sign or label alone.
FEW = 6
# A column is print where this share of the row's height is ink.
STROKE = 0.1
# Ink beyond a gap this many row heights wide belongs to something else.
GAP = 2.0


def sign_alone(text: str) -> bool:
    """Whether a row read as ``text`` holds its sign or label alone."""
    return sum(char.isalnum() for char in text) < FEW


def widened(
    image: Image.Image, box: tuple[int, int, int, int], both_sides: bool
) -> tuple[int, int, int, int]:
    """``box`` grown to the right along its band over ink that runs on, and to the left too
    where ``both_sides`` (a row read as its sign alone: its local part may lie before it)."""
    left, top, right, bottom = box
    height = bottom - top
    gray = np.asarray(image.convert("L"))
    band = gray[max(0, top) : bottom, :]
    if band.size == 0 or height < 4:
        return box
    ink = cv2.adaptiveThreshold(
        band, 1, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY_INV, 31, 15
    )
    # A column of print holds a stroke; noise on a photo leaves a pixel or two (b16 photo 41).
    inked = ink.sum(axis=0) >= max(3, round(STROKE * height))
    reach = max(4, round(GAP * height))
    margin = max(4, gray.shape[1] // 100)  # the card's edge after the warp
    new_right = right
    x, gap = right, 0
    while x < gray.shape[1] - margin and gap <= reach:
        gap = 0 if inked[x] else gap + 1
        if inked[x]:
            new_right = x + 1
        x += 1
    new_left = left
    x, gap = left - 1, 0
    while both_sides and x >= margin and gap <= reach:
        gap = 0 if inked[x] else gap + 1
        if inked[x]:
            new_left = x
        x -= 1
    # Ink within a letter's width of the box is the edge of its own last letter, which the box
    # may cut by a pixel: grown by that alone, a right reading was kept apart as lone and sent
    # to review (photo 36 of seed 60, 59 of seed 61: agreed addresses, grown by 1 px).
    if new_right - right < height:
        new_right = right
    if left - new_left < height:
        new_left = left
    return new_left, top, new_right, bottom
