"""Session 15 (calib15): causes of review on the photos of new tuning seeds, cut where the
evidence allows; hand-made OCR lines as Tesseract gave them. Each failed before its fix."""

from __future__ import annotations

from dataclasses import replace

from printed import phone_row_card, to_review

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.ocr import Line, Word
from contactkit_plugins.card_scan.phone_check import check_phone_digits
from contactkit_plugins.card_scan.phone_marks import read_twice


def test_a_number_both_engines_read_alike_is_sure():
    # Seed 10 photo 60: "Tel 312-691-8012" read at 0.9 (mid), a North American number without
    # +1, where a slipped digit still makes a valid number (labelled+dense/mid, 4 cards of its
    # own): the card went to review for it alone. RapidOCR reads the row alike in two crops:
    # on the photos of new and held-out seeds, every number both engines read alike was right.
    image, box = phone_row_card("Richard Patel", "richard.patel@lumen.com", "Tel 312-691-8012")
    left, top, right, bottom = box
    row = [Word("Tel", 0.93, left, top, 50, bottom - top),
           Word("312-691-8012", 0.88, left + 66, top, right - left - 66, bottom - top)]  # fmt: skip
    lines = [
        Line([Word("Richard", 0.96, 40, 30, 110, 30), Word("Patel", 0.96, 160, 30, 80, 30)]),
        Line([Word("richard.patel@lumen.com", 0.95, 40, 80, 340, 30)]),
        Line(row),
    ]
    before = parse_card(lines, default_region="US")
    assert before.evidence["phones"] == "labelled+dense/mid"
    assert "phones" in to_review(before)
    parsed = parse_card(check_phone_digits(image, lines, "US"), default_region="US")
    assert parsed.evidence["phones"] == "labelled/hi"
    assert "phones" not in to_review(parsed)
    # Not read alike (no mark), the number stays doubted; the mark is on its digit words.
    assert not read_twice(Line(row), "312-691-8012")
    assert read_twice(Line([row[0], replace(row[1], seen_twice=True)]), "312-691-8012")










