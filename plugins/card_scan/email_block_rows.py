"""A card still with no address after every other re-read: its doubtful rows read again by
Tesseract in block mode, each from its own crop.

On a photo Tesseract's sparse-text pass now and then gives one line box to two rows of small
print (the address and the website under it, 100-130 px for 30-px rows) and reads it as a few
letters at no confidence (``monika. pea a ch``, ``bem Oentyses``). RapidOCR reads one text
line a crop, so it reads such a box as nothing, and the re-reads before this one found no
address. Read alone in block mode (``psm 6``) the same crop gives each row its own line:
``monika.grossmann@maier.ch`` | ``www...``, ``brown@aprhys.co.u!`` | ``Www.aprhys.co.uk``.
Only lines holding an address are kept, as lone readings (``email_mend``): the parser takes
one only where the name and the company or website agree with it, and sends it to review.
"""

from __future__ import annotations

from dataclasses import replace

from PIL import Image

from .clues import EMAIL_RE
from .email_mend import LONE_SOURCE
from .email_reading import row_of
from .email_rows import doubtful_row
from .ocr import read_lines
from .row_reading import EMAIL_SIGN_RE, ROW_PSM, padded_box, row_box
from .text_lines import Line, in_reading_order

# Rows read again per card at most, the least sure first.
MOST_ROWS = 4


def reread_rows_as_block(
    image: Image.Image, lines: list[Line], languages: list[str], engine: str
) -> list[Line]:
    """``lines`` with each address a block reading of a doubtful row shows added beside it,
    as a lone reading. Call it where no line holds an address and the parser makes none."""
    doubtful = sorted(
        (line for line in lines if doubtful_row(line) or EMAIL_SIGN_RE.search(line.text)),
        key=lambda line: line.mean_conf,
    )
    added: list[Line] = []
    boxes: list[tuple[int, int, int, int]] = []
    for line in doubtful:
        box = _padded(row_box(row_of(line, lines)), image)
        if box in boxes:
            continue
        if len(boxes) == MOST_ROWS:
            break
        boxes.append(box)
        read = read_lines(image.crop(box), languages, ROW_PSM, engine)
        added += [
            _lone(_address_words(found), box) for found in read if EMAIL_RE.search(found.text)
        ]
        if added:
            break
    return in_reading_order([*lines, *added])


def _padded(box: tuple[int, int, int, int], image: Image.Image) -> tuple[int, int, int, int]:
    return padded_box(box, image, max(4, (box[3] - box[1]) // 4))


def _address_words(line: Line) -> Line:
    """The words of ``line`` that hold its address, with a piece before it ending on a
    separator ("monika." | "grossmann@maier.ch"): a number or a site the block reading gave on
    the same line had been taken as the card's own, the mobile at hi (second review, session
    33); only the address is checked and sent to review."""
    words = line.words
    at = next((n for n, w in enumerate(words) if "@" in w.text), None)
    if at is None:
        return line
    start = at - 1 if at and words[at - 1].text.endswith((".", "_", "-")) else at
    return Line(words[start : at + 1])


def _lone(line: Line, box: tuple[int, int, int, int]) -> Line:
    """A line read in the crop ``box``, in the card's pixels, marked a lone reading."""
    return Line(
        [
            replace(w, left=w.left + box[0], top=w.top + box[1], source=LONE_SOURCE)
            for w in line.words
        ]
    )
