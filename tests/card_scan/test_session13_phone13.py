"""Session 13: phone numbers printed and left unread or missing on tuning cards (blind seed 1,
own seed 2); hand-made OCR lines as Tesseract gave them, and real RapidOCR on a rendered phone
row. Each failed before its fix."""

from __future__ import annotations

from contactkit_plugins.card_scan import ocr
from contactkit_plugins.card_scan.ocr import Line, Word


def _word(text: str, left: int, width: int, height: int, top: int = 394) -> Word:
    return Word(text, 0.9, left, top, width, height)


def test_a_company_and_the_small_phone_row_beside_it_are_two_lines():
    # Blind seed 1 scan 128 as Tesseract joined them: "Martin et Fils SARL" 34 px high, then
    # the phone column's row 19 px high on the same height. One line, the numbers were the
    # company's and the whole line was doubted and read again as one.
    words = [
        _word("Martin", 64, 143, 35), _word("et", 226, 43, 33), _word("Fils", 289, 73, 35),
        _word("SARL", 381, 114, 34), _word("™:", 516, 23, 19), _word("|", 552, 2, 26),
        _word("°7.3469.71.12", 565, 176, 19), _word("01.77.32.35.07", 766, 176, 19),
    ]  # fmt: skip
    parts = ocr._split_columns(Line(words))
    assert [part.text for part in parts] == [
        "Martin et Fils SARL",
        "™: | °7.3469.71.12 01.77.32.35.07",
    ]
    # Small print after large that holds no number, or large print that holds digits, stay.
    name = [_word("Anna", 64, 100, 34), _word("Weber", 180, 130, 34), _word("MBA", 330, 60, 20)]
    assert len(ocr._split_columns(Line(name))) == 1
    street = [_word("Hauptstr.", 64, 200, 34), _word("12", 280, 40, 34),
              _word("0711", 340, 60, 20), _word("2594080", 410, 120, 20)]  # fmt: skip
    assert len(ocr._split_columns(Line(street))) == 1


