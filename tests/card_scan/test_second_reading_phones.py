"""Phone rows read again by real RapidOCR on rendered rows: a row seen and not read, a digit
the second engine reads otherwise (disputed), a number both engines read alike (sure), and what
is left as it was."""

from __future__ import annotations

from dataclasses import replace

import pytest
from ocr_lines import accepted as _accepted
from ocr_lines import conf_line as _line
from printed import phone_row_card, to_review, worded_lines

from contactkit_plugins.card_scan import phone_check, phone_reading
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.phone_check import check_phone_digits, mark_disputed
from contactkit_plugins.card_scan.phone_marks import read_twice
from contactkit_plugins.card_scan.text_lines import Line, Word


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


def test_a_number_glued_to_its_label_keeps_the_second_readings_dispute():
    # "Tel:+48122216018" read as one word: phone_check marks it (its digits are the number's),
    # but phone_marks.disputed looked for the word's text in the number's and found the label too,
    # so the slip the second engine disputed was accepted at labelled+intl/hi.
    lines = worded_lines(
        ("Tomasz Nowak", 44), ("Tel:+48122216018", 30), ("tomasz.nowak@nexus.pl", 30)
    )
    lines[1] = mark_disputed(lines[1], ["+48122216018"])
    parsed = parse_card(lines, default_region="PL")
    assert parsed.evidence["phones"].startswith("disputed")
    assert not _accepted(parsed, "phones")


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
    # Two unlabelled office numbers: their kinds untold (session 26), the band still lo; its
    # unsure last digit after a number valid without it marked too (phone_specks, session 47).
    assert parsed.evidence["phones"] == "bare-untold+speck/lo"
    assert "phones" in to_review(parsed)


@pytest.mark.parametrize("read", ["1393405160259", "Mob +39 340 516 0269"])
def test_an_unread_row_all_readings_take_for_a_number_is_kept_for_review(read):
    from contactkit_plugins.card_scan.phone_levels import MISSED_NUMBER_SOURCE
    from contactkit_plugins.card_scan.second_reading import _number_read

    # Fresh photo seed 507 card 44: "© +393405160259" had no line; RapidOCR's three crops read
    # three numbers a digit apart, so none was agreed and the mobile was lost.
    readings = ["1393406160259", "393405160259", "1393405160259"]
    assert _number_read(readings) == "1393405160259"  # the one nearest the others
    assert _number_read(["Mob +39 340 516 0269", "Mob +39 340 516 0259"]) == "Mob +39 340 516 0269"
    assert _number_read(["Bereichsleiter", "1393405160259"]) is None  # not all numbers
    assert _number_read(["VIA ROMA 61 20192", "VIA ROMA 61 20192"]) is None  # letters
    office = Line(
        [Word("3902", 0.98, 480, 592, 111, 41), Word("35805758", 0.98, 591, 592, 223, 41)]
    )
    lines = worded_lines(("Sara D'Angelo", 60), ("Prisma S.r.l.", 40))
    # as read_missed adds it (rev45: a label's row at confidence 0 alone went in at labelled/lo)
    row = Line([Word(read, 0.0, 531, 536, 266, 37, source=MISSED_NUMBER_SOURCE)])
    parsed = parse_card([*lines, row, office], default_region="IT")
    assert parsed.evidence["phones"].startswith("missed-row")
    assert "phones" in to_review(parsed)
