"""A card with no address read and no ``@`` or label on any line: its doubtful lines read again
in the bands of their own print.

On blurred photos Tesseract gives an address row no sure word and no ``@`` (``margerete. neha
phen ch`` for margarete.wolf@prisma.ch, b11 photo 33; ``vance veer jaar`` for
vanderveen.daan@mulder.com, b11 photo 17), so the row re-reads that look for an ``@`` or a label
never see it. Such a line's box often holds two rows (the address and the lighter website
below it, 89 px for a 30-px row): RapidOCR read none of the address in it, and read it in all
three crops of the address's own band. The bands are found from the ink: rows of pixels with
print, parted where a gap runs across the box. A reading is taken only where two crops agree on
an address, as for any row reading.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

from .clues import EMAIL_RE, digit_count
from .email_at import site_domains
from .email_reading import reread_band
from .row_reading import EMAIL_SIGN_RE, row_box
from .second_reading import DOUBT_BELOW  # the line a second reading doubts
from .text_lines import Line, in_reading_order

# Lines read again per card at most, the least sure first.
MOST_LINES = 4
# A band of print at least this tall (px) is a row of text; thinner is a rule or a speck.
ROW_FROM = 10
# A pixel row is print where at least this share of its width is ink.
INK_FROM = 0.02


def reread_unsigned_rows(image: Image.Image, lines: list[Line]) -> list[Line]:
    """``lines`` with a doubtful line replaced by the address read in one of its bands."""
    if any(EMAIL_RE.search(line.text) or EMAIL_SIGN_RE.search(line.text) for line in lines):
        return lines  # an address read, or its row marked: the other re-reads see it
    doubtful = sorted(
        (line for line in lines if doubtful_row(line)), key=lambda line: line.mean_conf
    )[:MOST_LINES]
    if not doubtful:
        return lines
    gray = np.asarray(image.convert("L"))
    domains = site_domains(lines, [])
    for line in doubtful:
        # The scraps on its row are the rest of the address ("vance veer jaar", and "ior ¢"
        # 150 px to its right, for vanderveen.daan@mulder.com, b11 photo 17).
        row = [
            other for other in lines if line.top <= (other.top + other.bottom) / 2 <= line.bottom
        ]
        for band in ink_bands(gray, row_box(row)):
            read = reread_band(image, band, domains)
            if read is not None:
                out = [other for other in lines if not any(other is part for part in row)]
                return in_reading_order([*out, read])
    return lines


def doubtful_row(line: Line) -> bool:
    """A line of letters the first engine doubted: an address's row may hide in it."""
    letters = sum(char.isalpha() for char in line.text)
    return line.mean_conf < DOUBT_BELOW and letters >= 4 and digit_count(line.text) < 5


def ink_bands(gray: np.ndarray, box: tuple[int, int, int, int]) -> list[tuple[int, int, int, int]]:
    """The rows of print inside ``box`` as boxes of the same width, the tallest first; the box
    itself where no gap parts it."""
    left, top, right, bottom = box
    crop = gray[max(0, top) : bottom, max(0, left) : right]
    if crop.size == 0 or crop.shape[0] < ROW_FROM:
        return [box]
    _, ink = cv2.threshold(crop, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    printed = ink.mean(axis=1) >= INK_FROM
    bands, start = [], None
    for y, on in enumerate([*printed, False]):
        if on and start is None:
            start = y
        elif not on and start is not None:
            if y - start >= ROW_FROM:
                bands.append((left, top + start, right, top + y))
            start = None
    if len(bands) <= 1:
        return [box]
    return sorted(bands, key=lambda b: b[1] - b[3])
