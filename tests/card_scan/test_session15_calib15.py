"""Session 15 (calib15): causes of review on the photos of new tuning seeds, cut where the
evidence allows; hand-made OCR lines as Tesseract gave them. Each failed before its fix."""

from __future__ import annotations

from dataclasses import replace

from printed import phone_row_card, to_review
from test_session12_wrong12 import _line  # one OCR line, each word with its confidence

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.ocr import Line, Word
from contactkit_plugins.card_scan.phone_check import check_phone_digits
from contactkit_plugins.card_scan.phone_marks import read_twice
from contactkit_plugins.card_scan.phone_slips import unglue_word


def test_a_mobile_sign_beside_an_office_number_is_a_label():
    # Seed 10 photo 75: "© +1 312-625-3515" (a mobile's icon read "©") and "@ +1 617-628-7289"
    # (the office phone's, read "@"): the sign's number was at sign+intl/hi, three cards of
    # its own, and sent the card to review alone. Every "©" before a number on the tuning
    # cards stood before a mobile (154 of 154): a label.
    lines = [
        _line(20, ("TIMOTHY", 0.96), ("CARTER,", 0.95), ("MBA", 0.95)),
        _line(70, ("Plant", 0.96), ("Manager", 0.96)),
        _line(120, ("Summit", 0.96), ("Corp.", 0.96)),
        _line(170, ("@", 0.90), ("+1", 0.93), ("617-628-7289", 0.94)),
        _line(220, ("©", 0.91), ("+1", 0.93), ("312-625-3515", 0.95)),
        _line(270, ("timothy@summit.com", 0.96)),
        _line(320, ("2308", 0.96), ("Boylston", 0.96), ("St,", 0.95), ("Suite", 0.96),
              ("600", 0.96)),
        _line(370, ("Boston,", 0.96), ("MA", 0.96), ("02174", 0.96)),
    ]  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    kinds = {p.e164: p.kind.value for p in parsed.contact.phones}
    assert kinds == {"+16176287289": "work", "+13126253515": "cell"}
    assert "phones" not in to_review(parsed)
    # The card's only number after a sign stays apart: an office phone's icon may read "©".
    alone = [line for n, line in enumerate(lines) if n != 3]
    assert parse_card(alone, default_region="US").evidence["phones"] == "sign-alone+intl/hi"


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




def test_two_numbers_each_after_00_and_its_country_code_are_read_apart():
    # Seed 11 photo 46: "Movil 0034 645 00 51 34 0034 919 83 79 90". The matcher reads the run
    # as nothing; parting it at the one space that leaves two whole numbers failed, as "00"
    # read as "+" left each part a digit short of its text: the phones were unread.
    lines = [
        _line(20, ("José", 0.96), ("Maria", 0.96), ("Serrano", 0.96), ("Gomez", 0.96)),
        _line(70, ("Controller", 0.96)),
        _line(120, ("Movil", 0.95), ("0034", 0.93), ("645", 0.94), ("00", 0.93), ("51", 0.94),
              ("34", 0.93), ("0034", 0.94), ("919", 0.93), ("83", 0.94), ("79", 0.93),
              ("90", 0.94)),
        _line(170, ("Ramirez", 0.95), ("Sistemas", 0.94), ("S.L.", 0.92)),
        _line(220, ("jose@ramirezsistemas.es", 0.96)),
    ]  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    kinds = {p.e164: p.kind.value for p in parsed.contact.phones}
    assert kinds == {"+34645005134": "cell", "+34919837990": "work"}
    assert "phones" not in to_review(parsed)


def test_a_british_postcode_with_its_inward_digit_read_as_a_letter_names_britain():
    # Seed 11 photo 42: "... London - EC2T SHU" (5HU) on a .com card: no region named Britain,
    # so "020 7591 0667" and "Mob: 07485 584808" were read in none and the phones were unread.
    lines = [
        _line(20, ("Daniel", 0.96), ("Walker", 0.96)),
        _line(70, ("Chief", 0.96), ("Financial", 0.96), ("Officer", 0.96)),
        _line(120, ("Ap", 0.95), ("Rhys", 0.95), ("&", 0.94), ("Price", 0.96), ("Ltd", 0.96)),
        _line(170, ("@", 0.91), ("020", 0.93), ("7591", 0.94), ("0667", 0.94)),
        _line(220, ("Mob:", 0.95), ("07485", 0.95), ("584808", 0.96)),
        _line(270, ("Email:", 0.93), ("walker.daniel@aprhys.com", 0.94)),
        _line(320, ("Unit", 0.95), ("9,", 0.94), ("Kingsway", 0.95), ("House,", 0.95),
              ("123", 0.96), ("King", 0.96), ("Street", 0.96), ("-", 0.9), ("London", 0.96),
              ("-", 0.9), ("EC2T", 0.93), ("SHU", 0.92)),
    ]  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    kinds = {p.e164: p.kind.value for p in parsed.contact.phones}
    assert kinds == {"+442075910667": "work", "+447485584808": "cell"}
    assert "phones" not in to_review(parsed)


def test_a_label_read_glued_between_two_numbers_parts_them():
    # Seed 23 photo 78 (generated for tuning this session): "919928739Fax919482371", a row's
    # label read glued between two Spanish numbers: no number was read, the phones missing.
    lines = [
        _line(20, ("CONCEPCION", 0.96), ("GARCIA", 0.96), ("MARTIN", 0.96)),
        _line(70, ("Jefe", 0.9), ("de", 0.93), ("Compras", 0.95)),
        _line(120, ("Dominguez", 0.95), ("Envases", 0.95), ("S.L.", 0.9)),
        _line(170, ("919928739Fax919482371", 0.95)),
        _line(220, ("Email", 0.95), ("garcia@degroup.es", 0.95)),
    ]
    parsed = parse_card(lines, default_region="US")
    kinds = {p.e164: p.kind.value for p in parsed.contact.phones}
    assert kinds == {"+34919928739": "work", "+34919482371": "fax"}
    assert "phones" not in to_review(parsed)
    # Digits beside a word that is no label stay as read.
    assert unglue_word("123456Abc123456") == "123456Abc123456"


def test_a_label_read_as_a_line_of_its_own_beside_its_number_names_the_kind():
    # Seed 23 photo 82: "Fax" and "| 06 8153 0711" read as two lines of one row (the bar a
    # break): the fax, without its label, was stored as a second office number at bare/hi.
    def at(left: int, top: int, *words: tuple[str, int]) -> Line:
        out = []
        for text, width in words:
            out.append(Word(text, 0.95, left, top, width, 50 if text == "Fax" else 30))
            left += width + 14
        return Line(out)

    lines = [
        at(550, 200, ("Fabio", 90), ("Bruno", 100)),
        at(550, 300, ("Adige", 90), ("S.p.A.", 100)),
        at(570, 568, ("06.6948.7649", 260)),
        at(541, 608, ("Mob.", 60), ("|", 6), ("347.541.8152", 220)),
        at(550, 634, ("Fax", 50)),
        at(618, 644, ("|", 6), ("06", 40), ("8153", 70), ("0711", 70)),
        at(550, 700, ("fabio.bruno@adige.it", 300)),
    ]
    parsed = parse_card(lines, default_region="US")
    kinds = {p.e164: p.kind.value for p in parsed.contact.phones}
    assert kinds == {"+390669487649": "work", "+393475418152": "cell", "+390681530711": "fax"}
