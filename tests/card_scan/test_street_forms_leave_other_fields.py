"""What the session 36 street forms (compound streets, a US street read as a town line, ß read
&, a Spanish floor's star, a British one-line address's glued mark) must leave alone on a whole
card: a company, a name or a title that shares the street's word, a postcode and town line of
four digits, an & in a firm's name, a star in a phone row, a label's colon (second review,
rev36e). Hand-made OCR lines through the real parser."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.address_slips import spaced_marks
from contactkit_plugins.card_scan.clues import is_street
from contactkit_plugins.card_scan.fields import parse_card


def _card(region: str, *rows: str):
    lines = worded_lines(*((row, 30 if i == 0 else 24) for i, row in enumerate(rows)))
    return parse_card(lines, default_region=region).contact


def _address(contact) -> tuple | None:
    a = contact.addresses[0] if contact.addresses else None
    return (a.street, a.postal_code, a.city, a.region) if a else None


@pytest.mark.parametrize(
    ("region", "rows", "company", "street"),
    [
        (
            "NL",
            (
                "Marieke Kerkstra",
                "Directeur",
                "Coolsingel Capital B.V.",
                "Coolsingel 150",
                "3012 AG Rotterdam",
            ),
            "Coolsingel Capital B.V.",
            ("Coolsingel 150", "3012 AG", "Rotterdam", None),
        ),
        (
            "US",
            (
                "John Smith",
                "Managing Partner",
                "Broadway Partners LLC",
                "1807 Broadway",
                "New York, NY 10019",
            ),
            "Broadway Partners LLC",
            ("1807 Broadway", "10019", "New York", "NY"),
        ),
        (
            "NL",
            ("Jan de Vries", "Smith & Sons B.V.", "Zeedijk 41", "1012 AS Amsterdam"),
            "Smith & Sons B.V.",
            ("Zeedijk 41", "1012 AS", "Amsterdam", None),
        ),
    ],
)
def test_a_company_named_for_its_street_stays_the_company(region, rows, company, street):
    contact = _card(region, *rows)
    assert contact.organization is not None and contact.organization.name == company
    assert contact.name.full == rows[0]
    assert _address(contact) == street


def test_a_surname_ending_a_street_word_stays_the_name():
    contact = _card("NL", "Jan Hoogendijk", "Advocaat", "Keizersgracht 86", "1015 CS Amsterdam")
    assert contact.name.family == "Hoogendijk"
    assert contact.title == "Advocaat"
    assert _address(contact) == ("Keizersgracht 86", "1015 CS", "Amsterdam", None)


@pytest.mark.parametrize(
    ("region", "rows", "want"),
    [
        # a four-digit postcode and town under a company, no US town line below: still the town
        (
            "CH",
            ("Dr. Anna Meier", "Vischer AG", "4051 Basel", "+41 61 555 12 34"),
            (None, "4051", "Basel", None),
        ),
        (
            "NL",
            ("Jan de Vries", "Acme B.V.", "1012 AB Amsterdam", "+31 20 555 1234"),
            (None, "1012 AB", "Amsterdam", None),
        ),
        (
            "CH",
            ("Dr. Anna Meier", "Vischer AG", "Aeschenvorstadt 4", "4051 Basel"),
            ("Aeschenvorstadt 4", "4051", "Basel", None),
        ),
    ],
)
def test_a_four_digit_postcode_and_town_stays_the_town(region, rows, want):
    assert _address(_card(region, *rows)) == want


def test_an_ampersand_in_a_firm_stays_as_printed():
    contact = _card("DE", "Hans Weber", "Müller & Partner", "Hauptstraße 5", "80331 München")
    assert _address(contact) == ("Hauptstraße 5", "80331", "München", None)
    assert not is_street("Müller & Partner Str.")  # no house number: no street


@pytest.mark.parametrize(
    "text",
    [
        "Keizersgracht Advocaten",
        "Coolsingel Capital B.V.",
        "Broadway Partners LLC",
        "Jan Kerkstra",
        "Jan Hoogendijk",
        "Level 3 Carpark",
    ],
)
def test_a_company_or_name_is_no_street(text):
    assert not is_street(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tel: 020 7946 0000 - Fax: 020 7946 0001",  # a label's colon before digits
        "T: 020 7946 0000 - E: info@acme.co.uk",
        "VAT: GB123456789 - Reg. No: 04123456",  # a label before a tax number, no postcode
    ],
)
def test_a_labels_colon_is_left(text):
    assert spaced_marks(text) == text
