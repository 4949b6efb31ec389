"""Real shapes session 34's phone rules must leave as printed (second review, rev34b): a US
number on a European card without its +1 (its 1 before, a slash after the area code or an
extension after are North American shapes too), a branch's numbers in the country its address
names, and a floor's "5F" before a number. Each was read otherwise before its fix (a German
number, a Swiss one, a fax). Hand-made OCR lines; the shapes the rules were made for still
read as they did."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.fields import parse_card

_BECKER = [
    ("Thomas Becker", 44), ("Vertriebsleiter", 30), ("Becker Maschinenbau GmbH", 34),
    ("Hauptstraße 12", 30), ("80331 München", 30), ("Tel. +49 89 1234 5678", 30),
]  # fmt: skip


def _phones(row: str) -> dict[str, str]:
    lines = worded_lines(*_BECKER, (row, 30), ("t.becker@becker-maschinenbau.de", 30))
    parsed = parse_card(lines, default_region="US")
    return {p.e164 or "": p.region or "" for p in parsed.contact.phones}


@pytest.mark.parametrize(
    ("row", "number"),
    [
        ("USA: 1-800-555-0199", "+18005550199"),
        ("US Office 917/555-0142", "+19175550142"),
        ("New York 212-555-0142 ext. 12", "+12125550142;ext=12"),
        ("USA 212 555 0142", "+12125550142"),
    ],
)
def test_a_us_number_on_a_german_card_stays_american(row: str, number: str):
    assert _phones(row) == {"+498912345678": "DE", number: "US"}


def test_a_british_number_with_its_trunk_zero_lost_is_still_put_back():
    lines = worded_lines(
        ("James Smith", 44), ("Smith & Co Ltd", 34), ("1 High Street", 30),
        ("London EC1A 1BB", 30), ("Tel. 20 7946 0321", 30), ("james@smithco.co.uk", 30),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert [p.e164 for p in parsed.contact.phones] == ["+442079460321"]


@pytest.mark.parametrize(
    ("domain", "numbers"),
    [
        ("mueller.ch", {"+34912345678": "work", "+34612345678": "cell"}),
        ("mueller.de", {"+34912345678": "work", "+34612345678": "cell"}),
    ],
)
def test_a_branchs_numbers_read_in_the_country_its_address_names(domain, numbers):
    # A Spanish branch of a foreign firm: its national numbers are Spanish, no trunk 0 lost.
    lines = worded_lines(
        ("Hans Müller", 44), ("Müller AG", 34), ("Calle Mayor 1", 30), ("28013 Madrid", 30),
        ("Tel. 912 345 678", 30), ("Móvil 612 345 678", 30), (f"hans.mueller@{domain}", 30),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert {p.e164: p.kind.value for p in parsed.contact.phones} == numbers


@pytest.mark.parametrize("row", ["Marunouchi Bldg 5F +81 3 1234 5678", "Unit 3M +81 3 1234 5678"])
def test_a_floor_or_unit_before_a_number_is_no_label(row: str):
    lines = worded_lines(
        ("Taro Yamada", 44), ("Yamada Trading Co., Ltd.", 34), (row, 30),
        ("t.yamada@yamada.co.jp", 30),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert [(p.e164, p.kind.value) for p in parsed.contact.phones] == [("+81312345678", "work")]
