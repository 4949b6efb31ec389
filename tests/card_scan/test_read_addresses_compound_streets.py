"""Streets whose street word ends one compound word (Dutch -straat, -plein, -gracht; Basel's
-vorstadt; a German quay's -kai, a business park's -park), the ß of straße read as &, and a US
street with no street word read as a town line (session 36, addr36). Each read where a line of
another field stands between the street and its town, as two-column cards print it; and what
the rules must leave alone. Hand-made OCR lines through the real parser."""

from __future__ import annotations

import pytest
from printed import address_of

from contactkit_plugins.card_scan.clues import is_street

_address = address_of


@pytest.mark.parametrize(
    ("street", "town", "region", "postcode", "city"),
    [
        ("Kerkstraat 8a", "3537 PR Utrecht", "NL", "3537 PR", "Utrecht"),
        ("Stationsplein 168b", "5617 AP Eindhoven", "NL", "5617 AP", "Eindhoven"),
        ("Keizersgracht 86", "1015 CS Amsterdam", "NL", "1015 CS", "Amsterdam"),
        ("Coolsingel 150", "3012 AG Rotterdam", "NL", "3012 AG", "Rotterdam"),
        ("Prinsenkade 12", "4811 VB Breda", "NL", "4811 VB", "Breda"),
        ("Zeedijk 41", "1012 AS Amsterdam", "NL", "1012 AS", "Amsterdam"),
        ("Eikenlaan 3", "2071 AB Santpoort", "NL", "2071 AB", "Santpoort"),
        ("Aeschenvorstadt 91", "4051 Basel", "CH", "4051", "Basel"),
        ("Am Sandtorkai 61", "20457 Hamburg", "DE", "20457", "Hamburg"),
        ("Im Gewerbepark 110a", "93059 Regensburg", "DE", "93059", "Regensburg"),
    ],
)
def test_a_compound_street_above_a_line_of_another_field(street, town, region, postcode, city):
    # the street, then the email of the other column, then the town (a two-column card)
    rows = (street, "E jan.devries@acme.nl", town)
    assert _address(region, *rows) == (street, postcode, city, None)


def test_the_ss_of_strasse_read_as_an_ampersand():
    rows = ("Hauptstra&e 38a", "E-Mail: jan@acme.de", "20668 Hamburg")
    assert _address("DE", *rows) == ("Hauptstraße 38a", "20668", "Hamburg", None)
    rows = ("Industriestraf&e 127a", "70397 Stuttgart")
    assert _address("DE", *rows) == ("Industriestraße 127a", "70397", "Stuttgart", None)


@pytest.mark.parametrize(
    "text",
    [
        "Science Park",  # a heading, no number
        "Park 5",  # no compound: a word alone
        "Kai 3",
        "Gewerbepark Süd",
        "Laan van Nieuw Oost-Indië",  # no number
        "Kerkstraat",
        "Straatmuzikant 2019",  # the word opens, not ends, the line's word
        "Tel. 030 904 4627",
        "Smith & Sons 12",
    ],
)
def test_what_is_no_compound_street(text):
    assert not is_street(text)


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        (("2459 Broadway", "Seattle, WA 98175"), ("2459 Broadway", "98175", "Seattle", "WA")),
        (("1807 Broadway", "Chicago, IL 60618"), ("1807 Broadway", "60618", "Chicago", "IL")),
        (
            ("1 Embarcadero", "San Francisco, CA 94111"),
            ("1 Embarcadero", "94111", "San Francisco", "CA"),
        ),
    ],
)
def test_a_us_street_with_no_street_word_above_its_town_line(rows, want):
    assert _address("US", *rows) == want


@pytest.mark.parametrize(
    ("rows", "region", "want"),
    [
        # a Swiss town line alone stays the town
        (("Bahnhofstrasse 1", "8001 Zürich"), "CH", ("Bahnhofstrasse 1", "8001", "Zürich", None)),
        # a town line and a Dutch one below it: no state, no US shape, the first stays the town
        (("Weena 44", "3012 CM Rotterdam"), "NL", ("Weena 44", "3012 CM", "Rotterdam", None)),
        # a US street with its street word, as before
        (
            ("48 Harbor Road", "Seattle, WA 98101"),
            "US",
            ("48 Harbor Road", "98101", "Seattle", "WA"),
        ),
    ],
)
def test_town_lines_left_as_read(rows, region, want):
    assert _address(region, *rows) == want


@pytest.mark.parametrize(
    ("row", "want"),
    [
        (
            "190 Park Lane - Bristol -BS1 7GP - United Kingdom",
            ("190 Park Lane", "BS1 7GP", "Bristol", None),
        ),
        ("151 Park Lane - London: W1T 4TP", ("151 Park Lane", "W1T 4TP", "London", None)),
        ("84 Park Lane - Leeds -LS1 8QS", ("84 Park Lane", "LS1 8QS", "Leeds", None)),
    ],
)
def test_a_one_line_british_address_its_mark_glued_to_the_postcode(row, want):
    assert _address("GB", row) == want


@pytest.mark.parametrize(
    "text",
    [
        "Tel: 0161 338 8334 - Mob: +44 7451 527632",  # no postcode after a mark
        "Ref: AB1 2CD",  # no one-line address's marks on the line
        "Bristol BS1 7GP",
        "Unit 5 - Meridian House - Bristol, BS1 9EJ",  # spaced already
    ],
)
def test_marks_left_where_no_glued_postcode(text):
    from contactkit_plugins.card_scan.address_slips import spaced_marks

    assert spaced_marks(text) == text
