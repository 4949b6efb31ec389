"""A second reading of the fields about to be accepted.

Rules written for one kind of slip caught their own cases and nothing on cards their authors had
not seen (session 42): what is left wrong and sure is a slip of its own kind in a word nothing
else on the card checks (``Blanc et Fls``, ``mer Mirosław``). RapidOCR's recogniser slips
otherwise than Tesseract, so the row of each name, company and email the parser would accept is
read again by it, once, and the reading is kept on the row's lines; the parser doubts a field
that reading disagrees with (``recheck_match.disagreement``). So is each line holding a phone
about to be accepted: a digit Tesseract read wrong at its surest (``3303`` for 3393 at 0.95) is
never read twice by ``phone_check``, which rereads unsure rows only (``phone_recheck``).
A slip both engines make is no disagreement, so the row of each sure company and address is
read a third time, by Tesseract, cut out and enlarged (``read_enlarged``, ``enlarged_match``).
"""

from __future__ import annotations

from PIL import Image

from .calibration import REVIEW_BELOW
from .enlarged_match import ENLARGED_FIELDS, settled
from .fields import ParsedCard
from .ocr import read_lines
from .parse_once import parsed_once
from .phone_recheck import number_lines
from .read_alike import confirmable
from .recheck_match import field_lines, recheck_values
from .row_reading import padded_box, row_box
from .second_reading import CROPS, read_boxes
from .text_lines import Line

# One crop, the first of second_reading's: three crops voting caught fewer wrong fields on the
# 800 photos of session 42's study (2 of 7 against 4) at 2.4 times the time.
ONE_CROP = CROPS[:1]


def sure_fields(parsed: ParsedCard) -> list[tuple[str, str]]:
    """(field, value) of each name, company and email the parser would accept, or would
    accept if read alike (``read_alike``)."""
    return [
        (field, value)
        for field, value in recheck_values(parsed.contact)
        if parsed.confidence.get(field, 0.0) >= REVIEW_BELOW or confirmable(field, parsed.evidence)
    ]


def recheck_sure_fields(
    image: Image.Image,
    lines: list[Line],
    default_region: str,
    forced_region: str | None = None,
    *,
    languages: tuple[str, ...] = ("eng",),
    engine: str = "tesserocr",
) -> list[Line]:
    """``lines`` with RapidOCR's reading kept on the row of each field about to be accepted,
    and Tesseract's enlarged readings (``read_enlarged``)."""
    parsed = parsed_once(lines, default_region=default_region, forced_region=forced_region)
    rows = sure_rows(parsed, lines)
    if not rows:
        return lines
    boxes = [row_box([lines[i] for i in row]) for _, _, row in rows]
    enlarged: dict[tuple[int, ...], list[tuple[str, str]]] = {}  # a row shared is read once
    for (field, value, row), (reading,) in zip(
        rows, read_boxes(image, boxes, ONE_CROP), strict=True
    ):
        for i in row:
            lines[i].recheck = reading
        if field in ENLARGED_FIELDS:
            enlarged.setdefault(tuple(row), []).append((field, value))
    for row, values in enlarged.items():
        read_enlarged(image, [lines[i] for i in row], values, languages, engine)
    return lines


def sure_rows(parsed: ParsedCard, lines: list[Line]) -> list[tuple[str, str, list[int]]]:
    """(field, value, row: indices of ``lines``) of each field the parser would accept, and
    ("phones", "", row) of each line holding a phone it would accept."""
    rows = [
        (field, value, found)
        for field, value in sure_fields(parsed)
        if (found := field_lines(field, value, lines))
    ]
    taken = {i for _, _, row in rows for i in row}
    return rows + [("phones", "", row) for row in _phone_rows(parsed, lines, taken)]


def _phone_rows(parsed: ParsedCard, lines: list[Line], taken: set[int]) -> list[list[int]]:
    """Each line holding a phone about to be accepted, as a row of its own, but for lines
    another field's row already covers (their reading holds the number too)."""
    if parsed.confidence.get("phones", 0.0) < REVIEW_BELOW:
        return []
    numbers = [phone.e164 for phone in parsed.contact.phones if phone.e164]
    return [[i] for i, _ in number_lines(lines, numbers) if i not in taken]


# The row is cut out with this much paper round it (in row heights), drawn this many times as
# large, and read as one line and as a raw line: each way found a letter the other missed
# (``lwillems@``, ``emilyj@``).
ENLARGED_PADDING = 0.4
ENLARGED_SCALE = 2
ENLARGED_PSMS = (7, 13)


def read_enlarged(
    image: Image.Image,
    row: list[Line],
    values: list[tuple[str, str]],
    languages: tuple[str, ...],
    engine: str,
) -> None:
    """Keep on the row's lines Tesseract's readings of it cut out and enlarged
    (``enlarged_match``), the second only where the first leaves a field of ``values``
    (field, value) unsettled: one reading spelling them alike rules out a dispute."""
    box = row_box(row)
    crop = image.crop(padded_box(box, image, int((box[3] - box[1]) * ENLARGED_PADDING)))
    crop = crop.convert("L")
    crop = crop.resize((crop.width * ENLARGED_SCALE, crop.height * ENLARGED_SCALE), Image.LANCZOS)
    readings = []
    for psm in ENLARGED_PSMS:
        readings.append(
            " ".join(line.text for line in read_lines(crop, list(languages), psm, engine))
        )
        if all(settled(field, value, readings[-1]) for field, value in values):
            break
    for line in row:
        line.enlarged = tuple(readings)
