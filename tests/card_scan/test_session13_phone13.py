"""Session 13: phone numbers printed and left unread or missing on tuning cards (blind seed 1,
own seed 2); hand-made OCR lines as Tesseract gave them, and real RapidOCR on a rendered phone
row. Each failed before its fix."""

from __future__ import annotations

from printed import phone_row_card, to_review

from contactkit_plugins.card_scan import ocr, phone_reading
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.ocr import Line, Word


def _line(top: int, *words: tuple[str, float], left: int = 40) -> Line:
    """One OCR line, each word with Tesseract's confidence for it."""
    out = []
    for text, conf in words:
        out.append(Word(text, conf, left, top, 18 * len(text), 24))
        left += 18 * len(text) + 14
    return Line(out)






















def test_a_phone_row_seen_and_not_read_is_read_again_and_measured_apart():
    # As blind seed 1 scan 13 came out of Tesseract ("Fl +31 Ry 946 9911"): the row's digits
    # broken by misread letters, so no number, and the card unread.
    image, (left, top, right, bottom) = phone_row_card(
        "Catherine Fournier", "c.fournier@lumen.fr", "+41 79 140 85 53", blur=0.7
    )
    lines = [
        _line(32, ("Catherine", 0.96), ("Fournier", 0.96)),
        _line(82, ("c.fournier@lumen.fr", 0.95)),
        Line([Word("+41", 0.9, left, top, 50, bottom - top),
              Word("Ry", 0.4, left + 60, top, 30, bottom - top),
              Word("140", 0.9, left + 100, top, 50, bottom - top),
              Word("8S", 0.5, left + 160, top, 30, bottom - top),
              Word("53", 0.9, left + 200, top, right - left - 200, bottom - top)]),
    ]  # fmt: skip
    assert parse_card(lines, default_region="FR").evidence["phones"] == "unread"
    out = phone_reading.reread_phone_rows(image, lines, "FR")
    parsed = parse_card(out, default_region="FR")
    assert {p.e164 for p in parsed.contact.phones} == {"+41791408553"}
    assert parsed.evidence["phones"].startswith("reread")
    assert "phones" in to_review(parsed)
    # A card with its numbers read is left as it is: nothing is read again.
    read = [*lines[:2], _line(150, ("+41", 0.95), ("79", 0.95), ("140", 0.95), ("85", 0.95),
                              ("53", 0.95))]  # fmt: skip
    assert phone_reading.reread_phone_rows(image, read, "FR") is read


def test_a_phone_row_whose_crops_agree_on_no_new_number_is_kept():
    # Readings that find no number, or lose one Tesseract read, leave the row as it was.
    readings = [("Mobil:143(0)6508133807", 0.89), ("Mobdl:143(0)6508133807", 0.88)]
    assert phone_reading.agreed_numbers(readings, frozenset(), ["US"]) is None
    both = [("T +43 732 219174 96 M +43 650 8133807", 0.9)] * 2
    assert phone_reading.agreed_numbers(both, frozenset({"+436508133807"}), ["AT"]) is not None
    lost = [("M +43 650 8133807", 0.9)] * 2
    assert phone_reading.agreed_numbers(lost, frozenset({"+43732219174"}), ["AT"]) is None


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








