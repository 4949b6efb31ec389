"""Session 15 second review (hunt15): wrong fields the merged change accepted, hand-made cards."""

from __future__ import annotations

from printed import phone_row_card, to_review

from contactkit_plugins.card_scan import phone_check
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.ocr import Line, Word


def test_a_number_read_short_beside_one_read_twice_takes_no_sure_band():
    # Two numbers on one row, the second read by Tesseract with its last digit lost ("030 12 34
    # 56 7", unsure): every word of it is part of the first number, which RapidOCR read alike in
    # two crops; the words were marked seen_twice by substring and the short number (valid in
    # Germany) went from bare/lo to bare/hi (0.99).
    image, box = phone_row_card(
        "Jan Becker", "j.becker@kranich.de", "030 12 34 56 78 / 030 12 34 56 79"
    )
    left, top, right, bottom = box
    read = [("030", 0.9), ("12", 0.9), ("34", 0.9), ("56", 0.9), ("78", 0.8), ("/", 0.9)]
    read += [("030", 0.9), ("12", 0.9), ("34", 0.9), ("56", 0.9), ("7", 0.4)]
    step = (right - left) // len(read)
    row = [
        Word(text, conf, left + n * step, top, step - 8, bottom - top)
        for n, (text, conf) in enumerate(read)
    ]
    lines = [
        Line([Word("Jan", 0.96, 40, 30, 70, 30), Word("Becker", 0.96, 120, 30, 90, 30)]),
        Line([Word("j.becker@kranich.de", 0.95, 40, 80, 260, 30)]),
        Line(row),
    ]
    parsed = parse_card(phone_check.check_phone_digits(image, lines, "DE"), default_region="DE")
    assert "+49301234567" in [p.e164 for p in parsed.contact.phones]  # the wrong short number
    assert parsed.evidence["phones"] == "bare/lo"
    assert "phones" in to_review(parsed)


