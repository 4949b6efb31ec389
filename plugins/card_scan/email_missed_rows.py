"""A card still with no address after every other re-read: print no line covers, found again
on a denoised image, read by RapidOCR.

``second_reading.read_missed`` groups the ink no line covers into line-shaped blobs. On a
grainy photo the threshold keeps the paper's grain as specks, the dilation that joins a row's
letters joins the specks too, and the whole card becomes one blob too large to be a line: an
email row Tesseract's sparse pass dropped whole (``wojciech@meridian.pl`` between two read
phone rows, p368/34; ``Email jesus.martinez@...`` under the phones, p364/98) is not read there
(read_missed keeps only numbers from such a card). A median filter removes the grain and
leaves the print (``second_reading.unread_print``). Such rows are as blurred as the rest of the
card (RapidOCR reads ``wojaechemeridianpl``), so an address two crops agree on is kept as a
lone reading; failing that, the card's own likely addresses are fitted to the rows' frames as
``email_fit`` does for read rows, or taken from a sure reading that spells one but for its
separators (``spelt_line``). Either way the parser takes it only where the name and the
company or website agree with it (``email_mend``), and sends it to review.
"""

from __future__ import annotations

import re

import numpy as np
from PIL import Image

from .email_fit import fitted_line, likely_addresses
from .email_mend import FIT_SOURCE, LONE_SOURCE
from .email_reading import agreed_address
from .second_reading import as_line, read_boxes, unread_print
from .text_lines import Line, in_reading_order

# An address row is long: at least this many times as wide as high.
ADDRESS_SHAPE = 6
# Blobs read per card at most, the widest first.
MOST_BLOBS = 3
# A reading this sure that spells a likely address but for its separators names it.
SURE_SPELLING = 0.9
# What the @'s piece of a reading may hold before the address: the E of an "E:" label it took
# in ("Ecroth@meyerde"); other letters may be the address's own ("dr.roth@" is no "roth@").
LABEL_LEFT = ("", "e")
# The separators of a name's usual forms, the most printed first.
SEPARATORS = (".", "", "_", "-")


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
    readings = read_boxes(image, boxes)
    for box, own in zip(boxes, readings, strict=True):
        agreed = agreed_address(own)
        if agreed is not None:
            added = as_line(agreed[0], agreed[1], box, LONE_SOURCE)
            break
    if added is None and name:
        likely = likely_addresses(lines, [], name, company, region)
        added = fitted_line(image, boxes, likely) or spelt_line(boxes, readings, likely)
    return lines if added is None else in_reading_order([*lines, added])


def spelt_line(
    boxes: list[tuple[int, int, int, int]],
    readings: list[list[tuple[str, float]]],
    likely: list[str],
) -> Line | None:
    """The likely address a sure reading spells letter for letter but for its separators
    (``croth@meyerde`` at 0.94 beside c.roth@meyer.de: the recogniser drops dots, and "E
    c.roth@meyer.de", sharp on a photo, went unread past "Ec", p478/87), as a fitted line:
    the separators are the likely form's, not read."""
    for box, own in zip(boxes, readings, strict=True):
        for text, conf in own:
            # What follows a label's colon ("E-mail: c roth @ meyer.de"), spaces dropped
            spelt = re.sub(r"[^a-z0-9@]", "", text.rpartition(":")[2].lower())
            if conf < SURE_SPELLING or "@" not in spelt:
                continue
            fits = [a for a in likely if _spells(spelt, _bare(a))]
            if fits:
                return as_line(min(fits, key=_separator_rank), 0.5, box, FIT_SOURCE)
    return None


def _bare(address: str) -> str:
    return re.sub(r"[._-]", "", address)


def _spells(spelt: str, bare: str) -> bool:
    return spelt.endswith(bare) and spelt[: len(spelt) - len(bare)] in LABEL_LEFT


def _separator_rank(address: str) -> int:
    used = [sep for sep in "._-" if sep in address.split("@")[0]]
    return SEPARATORS.index(used[0] if used else "")


def unread_rows(gray: np.ndarray, lines: list[Line]) -> list[tuple[int, int, int, int]]:
    """Address-shaped blobs of print outside every line read, widest first, as boxes."""
    boxes = unread_print(gray, lines, shape=ADDRESS_SHAPE)
    return sorted(boxes, key=lambda box: box[0] - box[2])
