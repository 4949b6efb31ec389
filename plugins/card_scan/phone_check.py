"""A phone Tesseract read unsurely, its digits read again by RapidOCR: a slip is disputed.

On a blurred photo Tesseract reads 8 as 6 or 9 as 7 and still finds a valid number, so a slip
was accepted wherever the number's words were read fairly surely (``/mid``: two of the held-out
tuning photos, ``+48 12 221 60 18`` for ...218018). The rows of numbers read below Tesseract's
surest band are read again; where two crops of the second engine agree on a number one or two
digits apart from Tesseract's, the number's words are marked ``disputed`` and the phone goes to
review (level ``disputed``). A second reading that misses a number or reads it whole is no
dispute: the engines often glue a row's numbers (``Tél:0193222749Port.0768533283``).

Where two crops agree on the very number Tesseract read, its words are marked ``seen_twice``
and the number is read as surely as in Tesseract's surest band (``phone_marks.read_twice``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PIL import Image

from .parse_once import parsed_once
from .phone_reading import card_regions, phone_numbers
from .second_reading import agreed_reading, read_boxes
from .text_lines import Line
from .word_confidence import ocr_band
from .word_slips import letters_changed

# Rows checked per card at most: a card prints two or three numbers.
MOST_ROWS = 3
# Digits two readings of one number may differ by and still be one number misread.
MOST_SLIPS = 2


def check_phone_digits(image: Image.Image, lines: list[Line], default_region: str) -> list[Line]:
    """``lines`` with the words of each unsure number the second engine reads otherwise marked."""
    if not any(_unsure_digits(line) for line in lines):
        return lines  # most scans: no second parse of the card
    parsed = parsed_once(lines, default_region=default_region)
    read = {phone.e164 for phone in parsed.contact.phones if phone.e164}
    if not read:
        return lines
    regions = card_regions(lines, default_region)
    rows = [
        i
        for i, line in enumerate(lines)
        if phone_numbers(line.text, regions) & read and _unsure_digits(line)
    ][:MOST_ROWS]
    if not rows:
        return lines
    out = list(lines)
    for i, own in zip(rows, read_boxes(image, [lines[i].box for i in rows]), strict=True):
        agreed = agreed_reading(own, lambda text: phone_numbers(text, regions))
        if agreed is None:
            continue
        numbers = phone_numbers(lines[i].text, regions) & read
        disputed = [
            number
            for number in numbers
            if number not in agreed[0] and any(slipped(number, other) for other in agreed[0])
        ]
        # Read alike by two crops of the second engine: as sure as Tesseract's surest band. Not
        # a word another number of the row holds too, one the engine did not read alike: "030
        # 12 34 56 7", a digit lost, is words of "030 12 34 56 78" beside it (hunt15).
        alike = sorted(numbers & agreed[0])
        out[i] = _mark(lines[i], alike, sorted(numbers - agreed[0]), seen_twice=True)
        if disputed:
            out[i] = mark_disputed(out[i], disputed)
    return out


def slipped(one: str, other: str) -> bool:
    """Two numbers of one length a digit or two apart: one printed number read twice."""
    if one == other or len(one) != len(other):
        return False
    return letters_changed(one, other) <= MOST_SLIPS


def _unsure_digits(line: Line) -> bool:
    return any(ocr_band(w.conf) != "hi" for w in line.words if any(c.isdigit() for c in w.text))


def mark_disputed(line: Line, numbers: list[str]) -> Line:
    """The line with the digit words of ``numbers`` marked disputed."""
    return _mark(line, numbers, disputed=True)


def _mark(line: Line, numbers: list[str], others: Sequence[str] = (), **mark: bool) -> Line:
    """The line with the digit words of ``numbers`` marked (``disputed``, ``seen_twice``), but
    for words of ``others`` too."""
    # "(0176)" is part of +49176...: a trunk 0 is no digit of the E.164 form
    held = [number.lstrip("+") for number in numbers]
    apart = [number.lstrip("+") for number in others]
    words = []
    for word in line.words:
        own = "".join(c for c in word.text if c.isdigit()).lstrip("0")
        hit = bool(own) and any(own in n for n in held) and not any(own in n for n in apart)
        words.append(replace(word, **mark) if hit else word)
    return Line(words)
