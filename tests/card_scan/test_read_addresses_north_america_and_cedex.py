"""Real address shapes the reader did not read at all before session 34 (addr34b): a US state
written in full, Canada's city lines (a province's two capitals, in full, in brackets in the
French order), a house number of four digits before a street's name, a French CEDEX line and a
post box, a Spanish "C/" street, a ZIP code glued to its state, and a US town one slip off a
town of the state read beside it (doubted). Hand-made OCR lines; the near shapes that must stay
as read beside each."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.calibration import probability
from contactkit_plugins.card_scan.clues import is_street
from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.postal import city_line
from contactkit_plugins.card_scan.review_rule import MINOR_KEEP


def _card(region: str, *rows: str) -> ParsedCard:
    return parse_card(
        worded_lines(("Jan Kowalski", 40), *((r, 24) for r in rows)), default_region=region
    )


def _kept(parsed: ParsedCard) -> bool:
    return probability("addresses", parsed.evidence["addresses"]) >= MINOR_KEEP["addresses"]


def _address(parsed: ParsedCard) -> tuple[str | None, ...]:
    (a,) = parsed.contact.addresses
    return a.street, a.city, a.region, a.postal_code


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        (
            ("250 Summer Street", "Boston, Massachusetts 02135"),
            ("250 Summer Street", "Boston", "Massachusetts", "02135"),
        ),
        (
            ("350 Fifth Avenue", "New York, New York 10118"),
            ("350 Fifth Avenue", "New York", "New York", "10118"),
        ),
        (
            ("1200 Main Street", "Kansas City, Missouri 64105"),
            ("1200 Main Street", "Kansas City", "Missouri", "64105"),
        ),
        (
            ("100 Capitol Street", "Charleston, West Virginia 25301"),
            ("100 Capitol Street", "Charleston", "West Virginia", "25301"),
        ),
        # the two capitals, as before
        (
            ("250 Summer Street", "Boston, MA 02135"),
            ("250 Summer Street", "Boston", "MA", "02135"),
        ),
    ],
)
def test_a_us_state_written_in_full(rows, want):
    parsed = _card("US", *rows)
    assert _address(parsed) == want
    assert _kept(parsed)


def test_a_state_in_full_its_zip_code_is_not_of_is_left_out():
    # as "Boston, WA 02135": which of the two was misread only the print shows
    parsed = _card("US", "250 Summer Street", "Boston, California 02135")
    assert _address(parsed) == ("250 Summer Street", "Boston", None, "02135")


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        (
            ("100 King Street West", "Toronto, ON M5X 1A9"),
            ("100 King Street West", "Toronto", "ON", "M5X 1A9"),
        ),
        (
            ("100 King Street West", "Toronto, Ontario M5X 1A9"),
            ("100 King Street West", "Toronto", "Ontario", "M5X 1A9"),
        ),
        (
            ("1055 West Georgia Street", "Vancouver, BC V6E 3P3"),
            ("1055 West Georgia Street", "Vancouver", "BC", "V6E 3P3"),
        ),
        # the French order: the province in brackets, a comma after the house number
        (
            ("1000, rue Sherbrooke Ouest", "Montréal (Québec) H3A 3G4"),
            ("1000, rue Sherbrooke Ouest", "Montréal", "Québec", "H3A 3G4"),
        ),
        (
            ("1000 rue De La Gauchetière Ouest", "Montréal (Québec) H3B 4W8"),
            ("1000 rue De La Gauchetière Ouest", "Montréal", "Québec", "H3B 4W8"),
        ),
    ],
)
def test_a_canadian_address(rows, want):
    parsed = _card("CA", *rows)
    assert _address(parsed) == want
    assert _kept(parsed)


def test_a_canadian_address_on_a_card_read_in_the_us_names_canada():
    parsed = _card("US", "100 King Street West", "Toronto, ON M5X 1A9", "Canada")
    (a,) = parsed.contact.addresses
    assert (a.city, a.region, a.postal_code, a.country) == ("Toronto", "ON", "M5X 1A9", "Canada")


@pytest.mark.parametrize(
    "line",
    [
        "Toronto, ON M5X 1A",  # a letter lost
        "Toronto, XY M5X 1A9",  # no province
    ],
)
def test_a_canadian_city_line_misread_is_no_city_line(line):
    assert city_line(line) is None


def test_a_canadian_postcode_s_1_read_i_is_put_back():
    # its letters and digits alternate, so an I where a digit stands is a 1 (session 59)
    assert city_line("Toronto, ON M5X IA9") == {
        "city": "Toronto",
        "region": "ON",
        "postal": "M5X 1A9",
    }


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # a European town after its four digits stays one, a street word its only word too
        ("1000 Bruxelles", {"postal": "1000", "city": "Bruxelles"}),
        ("8001 Zürich", {"postal": "8001", "city": "Zürich"}),
        ("2738 Court", {"postal": "2738", "city": "Court"}),
        # a saint's "St" opens the town, no street word
        ("9000 St. Gallen", {"postal": "9000", "city": "St. Gallen"}),
        ("93200 St Denis", {"postal": "93200", "city": "St Denis"}),
        ("1010 Wien", {"postal": "1010", "city": "Wien"}),
        # British postcodes, as before
        ("London EC2R 2GE", {"city": "London", "postal": "EC2R 2GE"}),
    ],
)
def test_the_city_lines_near_them_stay_as_read(line, want):
    assert city_line(line) == want


@pytest.mark.parametrize(
    "line", ["1200 Main Street", "2597 Market St", "1000 rue De La Gauchetière Ouest"]
)
def test_a_four_digit_house_number_before_a_street_is_no_city_line(line):
    assert city_line(line) is None


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        (
            ("12 rue du Faubourg Saint-Honoré", "75008 PARIS CEDEX 08"),
            ("12 rue du Faubourg Saint-Honoré", "PARIS CEDEX 08", None, "75008"),
        ),
        (
            ("1 place de la Défense", "92057 Paris La Défense Cedex"),
            ("1 place de la Défense", "Paris La Défense Cedex", None, "92057"),
        ),
        # a post box or delivery box on its own line is a piece of the street
        (
            ("12 rue de la République", "CS 30001", "69003 Lyon Cedex 03"),
            ("12 rue de la République, CS 30001", "Lyon Cedex 03", None, "69003"),
        ),
        (
            ("8 avenue de l'Europe", "BP 123", "67000 Strasbourg"),
            ("8 avenue de l'Europe, BP 123", "Strasbourg", None, "67000"),
        ),
        # a post box alone above the town stands for the street, as before
        (("BP 123", "69003 Lyon"), ("BP 123", "Lyon", None, "69003")),
        (
            ("12 rue du Faubourg Saint-Honoré", "75008 Paris"),
            ("12 rue du Faubourg Saint-Honoré", "Paris", None, "75008"),
        ),
    ],
)
def test_a_french_cedex_line_and_post_box(rows, want):
    parsed = _card("FR", *rows)
    assert _address(parsed) == want
    assert _kept(parsed)


def test_a_post_box_alone_is_no_address():
    assert _card("FR", "CS 30001").contact.addresses == []


@pytest.mark.parametrize(
    ("rows", "street"),
    [
        (("C/ Mayor, 12", "28013 Madrid"), "C/ Mayor, 12"),
        (("C/ Colén, 12", "28013 Madrid"), "C/ Colón, 12"),  # ó read é: put back outside ES too
        (("C/Alcald, 45", "28014 Madrid"), "C/Alcalá, 45"),
        (("Calle Colén, 12", "28013 Madrid"), "Calle Colón, 12"),
    ],
)
def test_a_spanish_street_written_c_slash(rows, street):
    parsed = _card("US", *rows)
    assert parsed.contact.addresses[0].street == street


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("C/ Mayor, 12", True),
        ("c/o Regus", False),  # care of, no street
        ("c/o Müller GmbH, Hauptstraße 5", True),  # a street for its own street word
    ],
)
def test_c_slash_is_a_street_word_but_care_of_is_not(text, street):
    assert is_street(text) is street


def test_a_care_of_street_is_not_mended_as_spanish():
    parsed = _card("DE", "c/o Müller GmbH, Hauptstraße 5", "10115 Berlin")
    assert parsed.contact.addresses[0].street == "c/o Müller GmbH, Hauptstraße 5"


def test_a_zip_code_glued_to_its_state():
    parsed = _card("US", "2570 Boylston St", "Boston, MA02197", "USA")
    assert _address(parsed) == ("2570 Boylston St", "Boston", "MA", "02197")


@pytest.mark.parametrize(
    "line",
    [
        "Chicao.IL 60687",  # Chicago, IL misread; Chico (CA) is one slip off too
        "Chicao, IL 60687",
        "Aastin, TX 78740",  # Austin
    ],
)
def test_a_us_town_one_slip_off_a_town_of_its_state_is_doubted(line):
    parsed = _card("US", "621 Congress Ave", line)
    assert parsed.evidence["addresses"].endswith("+near-town")
    assert not _kept(parsed)


@pytest.mark.parametrize(
    "line",
    [
        "Chicago, IL 60687",
        "Chico, CA 95926",  # Chicago is two slips off
        "Winnetka, IL 60093",  # a town too small for the table: left as read
        "Springfield, IL 62701",
        "Springfield, MA 01103",  # a name many states hold, in this one too
    ],
)
def test_a_us_town_of_its_state_is_not_doubted(line):
    parsed = _card("US", "621 Congress Ave", line)
    assert parsed.evidence["addresses"] == "street+city/hi"
    assert _kept(parsed)
