"""Fields accepted wrong on the second blind generator's tuning cards, session 60: each test
holds the card as Tesseract read it."""

from __future__ import annotations

import pytest
from printed import as_read

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.leftovers import number_like


def _highland(office: str) -> list:
    # Photo seed 7 card 61 as read: the office line 6721 8781 printed above the mobile.
    return as_read(
        [("Highland", 0.96, 406, 195, 170, 45), ("Instruments,", 0.92, 596, 196, 231, 35),
         ("Pte", 0.95, 854, 195, 62, 35), ("Ltd", 0.95, 933, 193, 58, 37)],
        [("Dr", 0.97, 353, 287, 68, 60), ("Jonathan", 0.96, 444, 283, 307, 65),
         ("Rahman", 0.97, 782, 282, 264, 65)],
        [("Senior", 0.97, 527, 388, 107, 33), ("Policy", 0.97, 648, 386, 102, 43),
         ("Officer", 0.96, 762, 385, 110, 35)],
        [("6721", 0.95, 603, 508, 84, 37), (office, 0.90, 707, 508, 83, 36)],
        [("8810", 0.96, 603, 570, 91, 37), ("3941", 0.91, 706, 570, 84, 36)],
        [("jonathan.", 1.00, 289, 633, 160, 46),
         ("rahman@highlandinstruments.com", 1.00, 465, 632, 644, 47)],
        [("17", 0.96, 351, 760, 38, 32), ("Cecil", 0.96, 401, 759, 80, 33),
         ("Street,", 0.91, 495, 760, 105, 36), ("#26-07,", 0.91, 614, 760, 114, 32),
         ("Singapore", 0.96, 750, 760, 166, 39), ("013964", 0.96, 928, 759, 124, 32)],
    )  # fmt: skip


def test_a_number_whose_last_digit_read_as_a_bracket_is_unread():
    parsed = parse_card(_highland("878)"), default_region="SG")
    assert [p.e164 for p in parsed.contact.phones] == ["+6588103941"]
    assert parsed.evidence["phones"] == "unread"
    assert parsed.confidence["phones"] < REVIEW_BELOW


def test_the_office_line_read_whole_is_taken():
    parsed = parse_card(_highland("8781"), default_region="SG")
    assert {p.e164 for p in parsed.contact.phones} == {"+6567218781", "+6588103941"}


@pytest.mark.parametrize(
    ("text", "like"),
    [("6721 878)", True), ("6721 878]", True), ("Suite 12)", False), ("878)", False)],
)
def test_a_bracket_closing_digits_it_never_opened_is_a_digit(text, like):
    assert number_like(text) is like
