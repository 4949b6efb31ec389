"""A fax's F read as P beside an office number labelled P (fresh photo seed 350 card 8: "P;" at
0.75 under "P: 1-617-547-1627", the fax stored as a second office number, accepted): two rows on
one one-letter label, one read unsure, doubt the phones' kinds. Hand-made OCR lines, and the
shapes left as read."""

from __future__ import annotations

from printed import to_review

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.text_lines import Line, Word


def _row(*boxes: tuple[str, float, int, int, int, int]) -> Line:
    return Line([Word(*box) for box in boxes])


def _pioneer(label: str, conf: float) -> list[Line]:
    return [
        _row(("P:", 0.98, 726, 101, 21, 25), ("1-617-547-1627", 0.98, 761, 101, 198, 26)),
        _row(("Mobile", 0.97, 725, 139, 104, 29), ("|", 0.95, 820, 135, 11, 41),
             ("1-312-341-2643", 0.93, 840, 139, 200, 25)),
        _row((label, conf, 725, 176, 23, 25), ("(617)", 0.96, 757, 176, 68, 27),
             ("543-9212", 0.96, 836, 176, 117, 26)),
        _row(("E:", 0.97, 725, 213, 30, 25),
             ("alexander.wilson@pioneerindustrial.com", 0.97, 760, 213, 500, 25)),
        _row(("ALEXANDER", 0.98, 83, 293, 300, 87), ("WILSON", 0.98, 400, 293, 220, 87)),
        _row(("844", 0.96, 719, 296, 50, 42), ("Pine", 0.96, 780, 296, 70, 42),
             ("St,", 0.97, 860, 296, 40, 42)),
        _row(("Boston,", 0.97, 724, 337, 100, 28), ("MA", 0.97, 830, 337, 40, 28),
             ("02111", 0.97, 880, 337, 80, 28)),
        _row(("Pioneer", 0.95, 90, 394, 120, 26), ("Industrial", 0.96, 220, 394, 150, 26),
             ("Supply", 0.96, 380, 394, 100, 26), ("Corporation", 0.96, 490, 394, 170, 26)),
    ]  # fmt: skip


def test_a_second_p_label_read_unsure_doubts_the_phones():
    parsed = parse_card(_pioneer("P;", 0.75), default_region="US")
    assert "+label-twice" in parsed.evidence["phones"]
    assert "phones" in to_review(parsed)


def test_each_number_on_its_own_letter_or_both_read_surely_is_left_as_read():
    for label, conf in (("F:", 0.75), ("P:", 0.95)):
        parsed = parse_card(_pioneer(label, conf), default_region="US")
        assert "label-twice" not in parsed.evidence["phones"]
