"""A number's row the ink's blobs missed on a card that is not grainy: found on the denoised
print (``second_reading.unread_print``) and kept as a number to review (session 52)."""

from __future__ import annotations

import cardgen
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.phone_levels import MISSED_NUMBER_SOURCE
from contactkit_plugins.card_scan.phone_text import digits_of
from contactkit_plugins.card_scan.second_reading import (
    _agreed_number,
    ink_of,
    read_missed,
    uncovered_blobs,
)
from contactkit_plugins.card_scan.text_lines import Line, Word

FONT = f"{cardgen.FONT_DIR}/DejaVuSans.ttf"


def _card(office_row: bool) -> tuple[Image.Image, list[Line]]:
    # Fresh photo seed 681 card 47's shape: a logo's word no line covers, the thin rule beside
    # the contact block, and the block's first row touching it, "TEL: ...", given no line.
    image = Image.new("RGB", (1400, 830), "white")
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(FONT, 26)
    draw.text((110, 80), "ACME WORKS", font=face, fill="black")
    draw.line([(700, 60), (700, 700)], fill="black", width=2)
    if office_row:
        draw.text((702, 84), "TEL: 052-508-2645", font=face, fill="black")
    draw.text((720, 130), "Cell: 090-3285-5977", font=face, fill="black")
    draw.text((100, 300), "Kenji Hayashi", font=ImageFont.truetype(FONT, 48), fill="black")
    lines = [
        Line([Word("Cell:", 0.95, 720, 130, 70, 30),
              Word("090-3285-5977", 0.95, 800, 130, 230, 30)]),
        Line([Word("Kenji", 0.96, 100, 300, 140, 56),
              Word("Hayashi", 0.96, 255, 300, 200, 56)]),
    ]  # fmt: skip
    return image, lines


def test_a_row_joined_to_a_rule_is_read_as_a_missed_number():
    image, lines = _card(office_row=True)
    # The raw ink finds the logo's word alone: the row and the rule are one blob, too tall.
    assert len(uncovered_blobs(ink_of(np.asarray(image.convert("L"))), lines)) == 1
    added = [line for line in read_missed(image, lines) if line not in lines]
    missed = [line for line in added if line.words[0].source == MISSED_NUMBER_SOURCE]
    assert len(missed) == 1 and "0525082645" in digits_of(missed[0].text)
    parsed = parse_card(read_missed(image, lines), default_region="JP")
    assert "+81525082645" in [p.e164 for p in parsed.contact.phones]
    assert parsed.confidence["phones"] < REVIEW_BELOW


def test_no_row_missed_adds_no_number():
    image, lines = _card(office_row=False)
    added = [line for line in read_missed(image, lines) if line not in lines]
    assert all(line.words[0].source != MISSED_NUMBER_SOURCE for line in added)


def test_two_readings_alike_make_the_number():
    own = [("TEL:052-508-2645", 0.95), ("TEL:052-508-2645", 0.95), ("TEL:052-50S-2645", 0.94)]
    assert _agreed_number(own) == "TEL:052-508-2645"
    assert _agreed_number([("TEL:052-508-2645", 0.95), ("TEL:052-508-2646", 0.95)]) is None
    assert _agreed_number([("Kenji Hayashi", 0.95), ("Kenji Hayashi", 0.95)]) is None
    assert _agreed_number([("0525082645", 0.6), ("0525082645", 0.6)]) is None  # unsure
