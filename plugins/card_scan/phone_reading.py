"""A card whose phone row was seen but not read: that row read again by RapidOCR.

On blurred photos Tesseract reads a phone row as digits broken by misread ones (``Fl +31 Ry 946
9911``, ``feu. +) 615-190-824``), or an icon eats a number's first digits; the parser then
finds digits left over and sends the card to review with the number lost. RapidOCR's recogniser
reads such a row whole more often. Only on a card the parser marks ``unread``, only the rows
holding digits no number was read from, so a card with its numbers read costs nothing. A reading
is taken where two of its crops read the same numbers, every number Tesseract read on the row
among them, and at least one more; its numbers are measured apart (``reread``): on the tuning
cards one such row read both numbers right and a label wrong (``Telefax I(030)``).
"""

from __future__ import annotations

from PIL import Image

from .clues import label_first, legal_region
from .leftovers import number_like
from .parse_once import parsed_once
from .phone_levels import ROW_SOURCE
from .phone_text import digits_of
from .phones import find_phones
from .region_votes import regions_from_clues
from .row_pieces import shared_height, side_gap
from .row_reading import row_box
from .second_reading import agreed_reading, as_line, read_boxes, respace
from .text_lines import Line, in_reading_order

# Rows read again per card at most: a card prints two or three numbers, often on one row each.
MOST_ROWS = 3


def reread_phone_rows(image: Image.Image, lines: list[Line], default_region: str) -> list[Line]:
    """``lines`` with each phone row left unread replaced by an agreed RapidOCR reading."""
    parsed = parsed_once(lines, default_region=default_region)
    if parsed.evidence.get("phones") != "unread":
        return lines
    regions = card_regions(lines, default_region)
    read = [digits_of(p.text) for p in parsed.contact.phones]
    rows: list[list[Line]] = []
    for line in lines:
        if any(line in row for row in rows) or not _digits_unread(line.text, read):
            continue
        rows.append(_row(line, lines))
    rows = rows[:MOST_ROWS]
    if not rows:
        return lines
    boxes = [row_box(row) for row in rows]
    out = list(lines)
    for row, box, own in zip(rows, boxes, read_boxes(image, boxes), strict=True):
        tesseract = " ".join(line.text for line in sorted(row, key=lambda line: line.left))
        agreed = agreed_numbers(own, phone_numbers(tesseract, regions), regions)
        if agreed is not None:
            text, conf = labelled_reading(agreed, own, tesseract, regions)
            out = [line for line in out if not any(line is part for part in row)]
            out.append(as_line(respace(tesseract, text), conf, box, ROW_SOURCE))
    return in_reading_order(out)


def card_regions(lines: list[Line], default_region: str) -> list[str]:
    """The regions to read a row's numbers in: the card's clues, then the default."""
    texts = [line.text for line in lines]
    votes = regions_from_clues(texts, [], [], legal_region(texts))
    return list(dict.fromkeys([*(r for r, _ in votes), default_region]))


def _digits_unread(text: str, read: list[str]) -> bool:
    """A line that looks like a number and holds five digits and more no number was read from."""
    if not number_like(text):
        return False
    left = digits_of(text)
    for number in read:
        for tail in (number, number.lstrip("0")):
            if tail and tail in left:
                left = left.replace(tail, "", 1)
                break
    return len(left) >= 5


def _row(start: Line, lines: list[Line]) -> list[Line]:
    """``start`` and the lines on its row within three of its heights: a number's scraps, an
    icon's, or its label apart."""
    size = start.bottom - start.top
    return [
        line
        for line in lines
        if shared_height(line, start) >= 0.5 * size and side_gap(line, start) <= 3 * size
    ]


def phone_numbers(text: str, regions: list[str]) -> frozenset[str]:
    """The numbers (E.164) the phone reader finds in one row's text."""
    found = find_phones([as_line(text, 1.0, (0, 0, 100, 10))], [text], set(), regions)
    return frozenset(p.e164 for p, _ in found if p.e164)


def agreed_numbers(
    readings: list[tuple[str, float]], before: frozenset[str], regions: list[str]
) -> tuple[str, float] | None:
    """The surest reading of the numbers two readings read, if they are more than ``before``
    and lose none of it."""
    agreed = agreed_reading(readings, lambda text: phone_numbers(text, regions))
    if agreed is None or not agreed[0] > before:
        return None
    return agreed[1:]


def labelled_reading(
    agreed: tuple[str, float], readings: list[tuple[str, float]], tesseract: str, regions: list[str]
) -> tuple[str, float]:
    """The agreed reading, or where it holds no label, another reading of the same numbers
    that starts with the label Tesseract read too: the surest crop may leave out a label its
    neighbours read ("0226075292" beside "F 022 60752 92", Tesseract's "F 022 @7 5292": the fax
    stored as an office line, s264 card 2)."""
    text, _ = agreed
    if _label(text) is not None or (own := _label(tesseract)) is None:
        return agreed
    numbers = phone_numbers(text, regions)
    return next(
        (
            (other, conf)
            for other, conf in readings
            if _label(other) == own and phone_numbers(other, regions) == numbers
        ),
        agreed,
    )


def _label(text: str) -> str | None:
    """The known phone label ``text`` starts with, folded to compare."""
    found = label_first(text)
    return found.group(1).casefold() if found else None
