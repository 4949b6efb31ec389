"""Session 15 second review (hunt15): wrong fields the merged change accepted, hand-made cards."""

from __future__ import annotations

from printed import phone_row_card, to_review, worded_lines

from contactkit_plugins.card_scan import phone_check
from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.ocr import Line, Word


def _card(*rows: str, region: str = "US"):
    return parse_card(worded_lines(*[(r, 30) for r in rows]), default_region=region)


def test_a_sign_beside_a_fax_alone_is_no_mobile_label():
    # A circled handset read "©" before the office line, a fax below: the sign stood beside an
    # office number on every tuning card; here it is the card's only voice number, and was
    # stored as a mobile at labelled+intl/hi (0.99).
    card = _card(
        "Mary Jones",
        "Harbor Dental Group",
        "© +1 415 555 0132",
        "Fax +1 415 555 0133",
        "mary@harbordental.com",
    )
    assert card.evidence["phones"].startswith("sign-alone")
    assert card.confidence["phones"] < REVIEW_BELOW
    # Beside an office number the sign still reads as a mobile's label.
    beside = _card(
        "Mary Jones", "Harbor Dental Group", "© +1 415 555 0132", "T +1 415 555 0133",
        "mary@harbordental.com",
    )  # fmt: skip
    assert beside.evidence["phones"] == "labelled+intl/hi"




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


def test_a_one_letter_label_apart_from_its_number_may_be_the_phones_icon():
    # A handset icon left of the office number, read "f" as a line of its own (the sign read as
    # a letter: phone_kinds.fax_only's "f 965925585"), a mobile below: phone_slips.with_labels
    # put "f" before the number and stored the office line as a fax at labelled/hi (0.99).
    lines = [
        _row(60, 40, "Jan Becker"),
        _row(60, 100, "Kranich GmbH"),
        _row(60, 300, "f"),
        _row(100, 300, "030 1234567"),
        _row(60, 350, "Mobil 0171 2345678"),
        _row(60, 400, "j.becker@kranich.de"),
    ]
    parsed = parse_card(lines, default_region="DE")
    assert parsed.evidence["phones"] == "letter-apart/hi"
    assert "phones" in to_review(parsed)


def _row(left: int, top: int, text: str) -> Line:
    """One line of words 20 px a letter wide, 14 px apart, from ``left`` on the row at ``top``."""
    starts = [left + 20 * len(" ".join(text.split()[:k])) for k in range(len(text.split()))]
    return Line(
        [Word(w, 0.95, x, top, 20 * len(w), 30) for w, x in zip(text.split(), starts, strict=True)]
    )


