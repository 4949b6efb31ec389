"""Session 14: a phone Tesseract read unsurely, its digits read again by real RapidOCR on a
rendered row (phone_check). Held-out blind seed 1 photo 633 had ``+48 12 221 60 18`` accepted for
...218018 at ``bare+intl/mid``."""

from __future__ import annotations

from printed import phone_row_card, to_review

from contactkit_plugins.card_scan import phone_check
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.ocr import Line, Word


def _lines(box: tuple[int, int, int, int], *numbers: tuple[str, float]) -> list[Line]:
    left, top, right, bottom = box
    step = (right - left) // len(numbers)
    row = [
        Word(text, conf, left + n * step, top, step - 8, bottom - top)
        for n, (text, conf) in enumerate(numbers)
    ]
    return [
        Line([Word("Anna", 0.96, 40, 30, 70, 30), Word("Nowak", 0.96, 120, 30, 90, 30)]),
        Line([Word("a.nowak@jantar.pl", 0.95, 40, 80, 260, 30)]),
        Line(row),
    ]


def test_a_digit_slip_the_second_engine_reads_otherwise_is_disputed():
    image, box = phone_row_card("Anna Nowak", "a.nowak@jantar.pl", "+48 12 221 80 18")
    lines = _lines(box, ("+48", 0.9), ("12", 0.9), ("221", 0.9), ("80", 0.9), ("16", 0.8))
    before = parse_card(lines, default_region="PL")
    assert before.evidence["phones"] == "bare+intl/mid"
    assert "phones" not in to_review(before)  # the slip was accepted
    parsed = parse_card(phone_check.check_phone_digits(image, lines, "PL"), default_region="PL")
    assert parsed.evidence["phones"].startswith("disputed")
    assert "phones" in to_review(parsed)


def test_a_number_both_engines_read_alike_or_a_sure_one_is_left_as_it_is():
    image, box = phone_row_card("Anna Nowak", "a.nowak@jantar.pl", "+48 12 221 80 18")
    read = _lines(box, ("+48", 0.9), ("12", 0.9), ("221", 0.9), ("80", 0.9), ("18", 0.8))
    out = phone_check.check_phone_digits(image, read, "PL")
    assert not any(word.disputed for line in out for word in line.words)
    # Session 15: read alike by two crops, the number is as sure as Tesseract's surest band.
    assert parse_card(out, default_region="PL").evidence["phones"] == "bare+intl/hi"
    # Read surely, the row is not read again at all.
    sure = _lines(box, ("+48", 0.95), ("12", 0.95), ("221", 0.95), ("60", 0.95), ("18", 0.95))
    assert phone_check.check_phone_digits(image, sure, "PL") is sure


def test_numbers_of_one_length_a_digit_or_two_apart_are_one_number_misread():
    assert phone_check.slipped("+48122216018", "+48122218018")
    assert not phone_check.slipped("+48122216018", "+48122216018")
    assert not phone_check.slipped("+48122216018", "+4812221601")
    assert not phone_check.slipped("+48122216018", "+48999216018")
