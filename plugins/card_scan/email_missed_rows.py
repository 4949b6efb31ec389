"""A card still with no address after every other re-read: print no line covers, found again
on a denoised image, read by RapidOCR.

``second_reading.read_missed`` groups the ink no line covers into line-shaped blobs. On a
grainy photo the threshold keeps the paper's grain as specks, the dilation that joins a row's
letters joins the specks too, and the whole card becomes one blob too large to be a line: an
email row Tesseract's sparse pass dropped whole (``wojciech@meridian.pl`` between two read
phone rows, p368/34; ``Email jesus.martinez@...`` under the phones, p364/98) is never read. A
median filter first removes the grain and leaves the print; rows of print are then far
denser in ink than any grain left over. Such rows are as blurred as the rest of the card
(RapidOCR reads ``wojaechemeridianpl``), so an address two crops agree on is kept as a lone
reading, and failing that the card's own likely addresses are fitted to the rows' frames as
``email_fit`` does for read rows. Either way the parser takes it only where the name and the
company or website agree with it (``email_mend``), and sends it to review.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

from .email_fit import fitted_line, likely_addresses
from .email_mend import LONE_SOURCE
from .email_reading import agreed_address
from .second_reading import as_line, ink_of, read_boxes, uncovered_blobs
from .text_lines import Line, in_reading_order

# The median filter's size: grain is a pixel or two, a stroke of small print 3-5 px.
MEDIAN = 5
# A row of print is this dense in ink at least; grain the filter left is under 0.11 (p364/98).
LEAST_INK = 0.15
# An address row is long: at least this many times as wide as high.
ADDRESS_SHAPE = 6
# Blobs read per card at most, the widest first.
MOST_BLOBS = 3


def read_missed_address(
    image: Image.Image,
    lines: list[Line],
    name: str | None,
    company: str | None = None,
    region: str | None = None,
) -> list[Line]:
    """``lines`` with an address an unread row shows added: one two crops agree on, as a lone
    reading, or else the card's likely address its frames fit. Call it where no line holds an
    address and the parser makes none."""
    boxes = unread_rows(np.asarray(image.convert("L")), lines)[:MOST_BLOBS]
    if not boxes:
        return lines
    added = None
    for box, own in zip(boxes, read_boxes(image, boxes), strict=True):
        agreed = agreed_address(own)
        if agreed is not None:
            added = as_line(agreed[0], agreed[1], box, LONE_SOURCE)
            break
    if added is None and name:
        added = fitted_line(image, boxes, likely_addresses(lines, [], name, company, region))
    return lines if added is None else in_reading_order([*lines, added])


def unread_rows(gray: np.ndarray, lines: list[Line]) -> list[tuple[int, int, int, int]]:
    """Address-shaped blobs of print outside every line read, widest first, as boxes."""
    ink = ink_of(cv2.medianBlur(gray, MEDIAN))
    boxes = uncovered_blobs(ink, lines, shape=ADDRESS_SHAPE, least_ink=LEAST_INK)
    return sorted(boxes, key=lambda box: box[0] - box[2])
