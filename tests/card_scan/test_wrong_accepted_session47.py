"""Session 47: numbers lost or misread beside a number read, and a partners' word misread,
accepted wrong on fresh photos."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit.model import Phone
from contactkit_plugins.card_scan.company_letters import company_letters
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.leftovers import number_like
from contactkit_plugins.card_scan.phone_slips import bracket_kept


def _braun(mobile: str, fax: str) -> list:
    # Fresh photo seed 533 card 67 as read (its rows, not its boxes).
    return worded_lines(
        ("Stefanie Braun", 40),
        ("Assistenz der Geschaftsfuhrung", 30),
        ("T 089-94066680", 30),
        (mobile, 30),
        (fax, 30),
        ("stefanie.braun@orbis-werke.de", 30),
        ("Am Sandberg 101", 30),
        ("80166 Munchen", 30),
    )


@pytest.mark.parametrize(
    ("mobile", "fax"),
    [
        ("Hondy101520-4892836", "F 089 94066689"),  # the mobile's label glued, one letter off
        ("Handy 01520-4892836", "F | (089) seossees"),  # the fax's digits read as letters
    ],
)
def test_a_number_left_over_sends_the_phones_to_review(mobile, fax):
    parsed = parse_card(_braun(mobile, fax), default_region="DE")
    assert parsed.evidence["phones"] == "unread"


def test_the_card_with_every_number_read_keeps_its_phones():
    parsed = parse_card(_braun("Handy 01520-4892836", "F 089 94066689"), default_region="DE")
    assert parsed.evidence["phones"] != "unread"
    assert len(parsed.contact.phones) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Hondy101520-4892836",  # Handy, one letter off
        "Mobil:0171-2345678",  # a known label glued
        "F | (089) seossees",  # a bracketed area code, the digits after it read as letters
    ],
)
def test_a_number_read_beside_letters_is_number_like(text):
    assert number_like(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hauptstrasse 12",
        "DE123456789",  # a VAT number: no label's letters before it
        "Hotel:12",  # a word, then too few digits for a number
        "Roma (RM)",  # a province in brackets
        "Munich12345678",  # a town glued to digits: no label
    ],
)
def test_letters_and_digits_that_hold_no_number_are_not(text):
    assert not number_like(text)


def test_a_trunk_bracket_read_as_a_one_that_reads_two_numbers_is_doubted():
    # Fresh photo seed 534 card 68: "+43 (0)316 5128554", Graz, read as Vienna's +43 1 ...
    texts = ["w +43 (01316 5128554"]
    read = [Phone(text="+43 1 3165128554", e164="+4313165128554")]
    assert bracket_kept(texts, {0}, read)


def test_a_trunk_bracket_undone_is_no_doubt():
    texts = ["+41 (0131 99654 47"]
    read = [Phone(text="+41 31 99654 47", e164="+41319965447")]
    assert not bracket_kept(texts, {0}, read)


def test_a_bracket_closed_is_no_slip():
    texts = ["+43 (0)1 3165128"]
    read = [Phone(text="+43 1 3165128", e164="+4313165128")]
    assert not bracket_kept(texts, {0}, read)


def test_the_ambiguous_bracket_sends_the_phones_to_review():
    lines = worded_lines(
        ("Katharina Weber", 40),
        ("Einkaufer", 30),
        ("Richter & Sohne KG", 30),
        ("+43 (01316 5128554", 30),
        ("weber@richtersoehne.at", 30),
        ("Hauptplatz 109 - 8007 Graz", 30),
    )
    parsed = parse_card(lines, default_region="AT")
    assert "+bracket-kept" in parsed.evidence["phones"]


@pytest.mark.parametrize("read", ["Kruger & Soéhne KG", "Kruger & SOéhne KG", "Kruger & Séohne KG"])
def test_soehne_with_its_dots_read_as_an_accent_is_put_back(read):
    assert company_letters(read) == "Kruger & Söhne KG"


def test_soehne_printed_with_oe_stays():
    assert company_letters("Kruger & Soehne KG") == "Kruger & Soehne KG"
