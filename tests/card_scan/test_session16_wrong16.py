"""Session 16 (wrong16): fields accepted wrong on new blind tuning seeds (15, 16 and own seeds
18-22), each kind on a hand-made card given as the OCR lines Tesseract reads."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.ocr import Line, Word


def _moore_card(company_line: str) -> list:
    # b15 scan 032: the company in capitals on top, "Co." read "CoO."; the title is weak words.
    return worded_lines(
        ("M", 39),
        (company_line, 32),
        ("LAWRENCE HOLLOWAY", 34),
        ("Quality Assurance Lead", 29),
        ("Marketing", 29),
        ("P: +1 312-502-4228", 15),
        ("M: +1 512-496-7486", 15),
        ("Email: lawrenceh@msgroup.com", 15),
        ("https://msgroup.com/contact", 19),
        ("1107 Market St", 15),
        ("Chicago, IL 60652", 19),
    )


def test_a_company_read_as_an_initialism_in_mixed_case_is_no_title():
    # Stored "MOORE SYSTEMS CoO." as the title at strong/mid (over the line): "CoO" folds to coo.
    # An officer's initials make a title only printed in capitals (titles.title_score).
    parsed = parse_card(_moore_card("MOORE SYSTEMS CoO."), default_region="US")
    assert parsed.contact.title == "Quality Assurance Lead"


@pytest.mark.parametrize("title", ["COO", "Vice President, CFO", "VP Sales", "pdg"])
def test_an_initialism_printed_in_capitals_stays_a_title(title):
    lines = _moore_card("MOORE SYSTEMS CO.")
    lines[3:4] = worded_lines((title, 29))
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.title == title
    assert not parsed.evidence["title"].endswith("/lo")


def _baumann_card(*email_rows: str) -> list:
    # b15 scan 082: the address row read in scraps, no @ anywhere; the website read whole.
    return worded_lines(
        ("Ing. Tobias Baumann", 47),
        ("Director of Operations", 21),
        ("Schmitz & Sohne KG", 33),
        ("Tel.: +43 732.233968548 M: +43 664 9534191", 17),
        *((row, 14) for row in email_rows),
        ("https://schmitzsoehne.at/de", 23),
        ("LandstraBer HauptstraBe 29 · 4056 Linz · Osterreich", 25),
    )


@pytest.mark.parametrize(
    "rows", [("tobias_b", "chmitz", "1", "at", "itzsoehne.at"), ("itzsoehne.at",), ("tobias_b",)]
)
def test_an_address_read_in_scraps_is_not_a_card_without_one(rows):
    # Accepted as a card printing no address (missing+web/hi) before.
    parsed = parse_card(_baumann_card(*rows), default_region="US")
    assert parsed.contact.emails == []
    assert parsed.evidence["emails"] == "unread"
    assert parsed.confidence["emails"] < REVIEW_BELOW


def test_a_card_with_a_website_and_no_address_is_still_accepted():
    parsed = parse_card(_baumann_card(), default_region="US")
    assert parsed.evidence["emails"].startswith("missing+web/")


def _german_card(name: str, email: str) -> list:
    return worded_lines(
        (name, 40),
        ("Leiter Vertrieb", 22),
        ("Hansa Logistik GmbH", 30),
        ("Tel. +49 40 4616 2260", 18),
        (email, 18),
        ("Hafenstrasse 12, 20457 Hamburg", 18),
    )


@pytest.mark.parametrize(
    ("name", "email"),
    [("Tobias Kriger", "tobias@hansa-logistik.de"), ("Tobias Kriger", "info@hansa-logistik.de")],
)
def test_a_german_family_name_with_its_u_umlaut_read_i_goes_to_review(name, email):
    # Krüger read "Kriger" (Tesseract sure of it); the email spells the given name or nothing.
    parsed = parse_card(_german_card(name, email), default_region="US")
    assert parsed.contact.name.full == name
    assert parsed.evidence["name"].endswith("/lo")
    assert parsed.confidence["name"] < REVIEW_BELOW


@pytest.mark.parametrize("name", ["Tobias Kruger", "Tobias Krüger", "Tobias Miller"])
def test_a_german_family_name_read_whole_is_accepted(name):
    parsed = parse_card(_german_card(name, "tobias@hansa-logistik.de"), default_region="US")
    assert parsed.evidence["name"] == "email+other/hi"


def _word(text: str, left: int, top: int, height: int) -> Word:
    return Word(text, 0.95, left, top, 14 * len(text), height)


def _nexus_card(*title_row: Line) -> list[Line]:
    # Own seed 18 photo 072: a tilted photo; the title's row read as two lines.
    return [
        Line([_word("@", 723, 91, 22), _word("+48", 760, 91, 22), _word("71576", 820, 91, 22),
              _word("02", 900, 91, 22), _word("24", 940, 91, 22)]),
        Line([_word("fax", 722, 160, 23), _word("+48", 780, 160, 23), _word("71584", 840, 160, 23),
              _word("4059", 920, 160, 23)]),
        Line([_word("e-mail:", 722, 195, 23), _word("kamilw@nexus.pl", 830, 195, 23)]),
        Line([_word("Kamil", 87, 298, 48), _word("Wojcik", 180, 298, 48)]),
        *title_row,
        Line([_word("PPHU", 88, 443, 24), _word("Nexus", 160, 443, 24)]),
    ]  # fmt: skip


def test_a_title_row_read_in_pieces_goes_to_review():
    # Stored "Kierownik" for Kierownik Logistyki at strong/hi before.
    parsed = parse_card(
        _nexus_card(
            Line([_word("Kierownik", 86, 357, 22)]), Line([_word("kLogistyki", 222, 357, 28)])
        ),
        default_region="US",
    )
    assert parsed.contact.title == "Kierownik"
    assert parsed.evidence["title"] == "row-parted"
    assert parsed.confidence["title"] < REVIEW_BELOW


def test_a_title_beside_a_logo_or_read_whole_is_accepted():
    title = Line([_word("Kierownik", 86, 357, 22), _word("Logistyki", 222, 357, 22)])
    logo = Line([_word("PN", 400, 330, 90)])  # a monogram four times the title's height
    for lines in (_nexus_card(title), _nexus_card(title, logo)):
        parsed = parse_card(lines, default_region="US")
        assert parsed.contact.title == "Kierownik Logistyki"
        assert parsed.evidence["title"] == "strong/hi"


def _taiyo_card(name: str, email: str) -> list[Line]:
    # Own seed 18 scan 065: a Japanese name printed family name first, in capitals.
    return worded_lines(
        (name, 38),
        ("President & CEO", 27),
        ("Taiyo Co.,Ltd.", 29),
        ("@ +81 52-585-4319", 18),
        (f"E-mail: {email}", 19),
        ("4-9-14 Umeda, Naka-ku, Nagoya", 20),
        ("460-9465 Japan", 20),
    )


@pytest.mark.parametrize(
    ("printed", "email", "stored"),
    [
        # The email in the printed order tells none: the known given name goes first (stored
        # "Ishikawa Hideo" at "email" before).
        ("ISHIKAWA HIDEO", "ishikawa.hideo@taiyo.co.jp", "Hideo Ishikawa"),
        ("ISHIKAWA HIDEO", "hideo.ishikawa@taiyo.co.jp", "Hideo Ishikawa"),
        ("HIDEO ISHIKAWA", "hideo.ishikawa@taiyo.co.jp", "Hideo Ishikawa"),
        # In mixed case the email's order stands (test_printed_slips)
        ("Ishikawa Hideo", "ishikawa.hideo@taiyo.co.jp", "Ishikawa Hideo"),
    ],
)
def test_a_japanese_name_in_the_emails_order_is_put_given_name_first(printed, email, stored):
    parsed = parse_card(_taiyo_card(printed, email), default_region="US")
    assert parsed.contact.name.full == stored


def test_a_country_code_left_alone_beside_a_number_read_marks_a_number_unread():
    # Own seed 18 scan 012: the mobile's row read in scraps ("M +49" | ")1515" | "4810 T"),
    # the office number read whole: accepted at bare+intl/hi, the mobile lost, before.
    lines = worded_lines(
        ("4810 T", 10),
        ("M +49", 10),
        (")1515", 10),
        ("Telefon +49 521 4023616", 9),
        ("vogel.jutta@werner.de", 17),
        ("Jutta Vogel", 26),
        ("Sachbearbeiter Buchhaltung", 16),
        ("Werner & Schmidt GmbH & Co. KG", 19),
    )
    parsed = parse_card(lines, default_region="US")
    assert parsed.evidence["phones"] == "unread"
    del lines[1]
    assert parse_card(lines, default_region="US").evidence["phones"] != "unread"


@pytest.mark.parametrize(
    ("company_line", "level"),
    [
        ("KKKATO KOGYO CO., LTD.", "odd"),  # own seed 19 scan 059: domain+legal+other/hi before
        ("K KKATO KOGYO CO., LTD.", "odd"),  # as own seed 18 scan 014: "W SWATANABE SANGYO"
        ("KATO KOGYO CO., LTD.", "domain+legal"),
    ],
)
def test_a_logos_initials_glued_to_the_companys_first_word_go_to_review(company_line, level):
    lines = worded_lines(
        (company_line, 46),
        ("General Manager, Sales Division", 24),
        ("Naoki SHIMIZU", 50),
        ("4-20-26 Marunouchi, Naka-ku, Nagoya", 19),
        ("T | 052-240-1938", 19),
        ("E-mail naoki.shimizu@kato-kogyo.co.jp", 20),
    )
    parsed = parse_card(lines, default_region="US")
    assert parsed.evidence["organization"] == level
