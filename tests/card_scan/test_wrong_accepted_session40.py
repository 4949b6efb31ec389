"""Fields accepted wrong on the tuning photos of session 40 (wrong40p), each doubted or mended:
a German title compound whose field, its joining s off, is a lexicon word one letter off, and
the & of "GmbH & Co. KG" read as an "a". Hand-made OCR lines as Tesseract gave them, and the
right shapes each rule must leave as read."""

from __future__ import annotations

import pytest
from printed import to_review, worded_lines

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.form_repair import ampersand_read_eight
from contactkit_plugins.card_scan.ocr import Line, Word
from contactkit_plugins.card_scan.title_checks import word_slip
from contactkit_plugins.card_scan.title_levels import title_level


def _line(text: str) -> Line:
    return Line([Word(w, 0.94, 40 + 200 * n, 40, 180, 30) for n, w in enumerate(text.split())])


def test_a_compound_whose_field_before_its_joining_s_is_one_letter_off_is_doubted():
    # tuning photo 431 card 11: "Vertricbsleiter" at 0.94, accepted at strong/hi
    assert word_slip("Vertricbsleiter")
    assert title_level("Vertricbsleiter", _line("Vertricbsleiter"), True, False) == "strong/lo"


@pytest.mark.parametrize(
    "title",
    ["Vertriebsleiter", "Einkaufsleiter", "Abteilungsleiter", "Prozessingenieur"],
)
def test_compounds_spelt_right_stand(title):
    # "Prozessingenieur": a field's own ss is no joining s ("prozes" is one off "prezes")
    assert not word_slip(title)
    assert title_level(title, _line(title), True, False) == "strong/hi"


def _meyer(company: str):
    lines = worded_lines(
        ("Dipl.-Ing. Monika Keller", 70), ("Prokurist", 38), (company, 34),
        ("Telefon: 0221/8059655", 30), ("m.keller@meyer.com", 22), ("https://www.meyer.com", 22),
    )  # fmt: skip
    return parse_card(lines, default_region="DE")


def test_an_ampersand_read_a_between_gmbh_and_co_is_put_back():
    # tuning photo 431 card 38: stored "MEYER SCHMITZ GMBH a co. KG)", accepted
    parsed = _meyer("MEYER SCHMITZ GMBH a co. KG")
    assert parsed.contact.organization.name == "MEYER SCHMITZ GMBH & co. KG"
    assert ampersand_read_eight("Meyer GmbH a Co. KG") == "Meyer GmbH & Co. KG"


def test_an_a_elsewhere_is_left_as_read():
    # not at the end (no "& Co." follows), nor after another form
    assert ampersand_read_eight("Meyer GmbH a") == "Meyer GmbH a"
    assert ampersand_read_eight("Acme Ltd a Co") == "Acme Ltd a Co"
    parsed = _meyer("MEYER SCHMITZ GMBH & CO. KG")
    assert parsed.contact.organization.name == "MEYER SCHMITZ GMBH & CO. KG"
    assert "organization" not in to_review(parsed)
