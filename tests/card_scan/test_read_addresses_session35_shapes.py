"""Address shapes read in session 35 (addr35): street words misread one letter off (a rue's e
read c, a quay's -kai read -kal, an Italian province's I and bracket read D, a Spanish floor's º
read ?), and shapes real cards print that were left unread (a Hungarian út, a street above a
Postfach, a Mexican state after the town, a US state in the older abbreviation, Spanish
streets opening on Av. or Pza.). Hand-made OCR lines."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.street_repair import repair_city, repair_street


def _card(region: str, *rows: str) -> ParsedCard:
    return parse_card(
        worded_lines(("Jan Kowalski", 40), ("Acme", 24), *((r, 24) for r in rows)),
        default_region=region,
    )


def _address(region: str, *rows: str) -> tuple:
    found = _card(region, *rows).contact.addresses
    assert found, rows
    a = found[0]
    return a.street, a.postal_code, a.city, a.region


@pytest.mark.parametrize(
    ("street", "region", "want"),
    [
        ("52 bis ruc de la République", "FR", "52 bis rue de la République"),
        ("Ruc du Rhône 12", "CH", "Rue du Rhône 12"),
        ("Am Sandtorkal 183a", "DE", "Am Sandtorkai 183a"),
        ("Rue du Rhéne 104", "CH", "Rue du Rhône 104"),
        ("Quai du RhGne 76", "FR", "Quai du Rhône 76"),
        ("ul. Diuga 116", "PL", "ul. Długa 116"),
        ("ul. Dituga 189", "PL", "ul. Długa 189"),
        ("ul. Floriahska 19", "PL", "ul. Floriańska 19"),
        ("Avda. de la Constituci6n, 134, 3? B", "ES", "Avda. de la Constitución, 134, 3º B"),
    ],
)
def test_a_street_word_read_one_letter_off(street, region, want):
    assert repair_street(street, region) == want


@pytest.mark.parametrize(
    ("street", "region"),
    [
        ("Via Roma 9", "IT"),
        ("12 rue de Rivoli", "FR"),
        ("Ruckerstraße 5", "DE"),  # a word opening on "Ruc" is no rue
        ("Via del Lokal 3", "IT"),  # -kal outside a German street stays
        ("Calle Mayor, 3, 2º A", "ES"),
        ("Quai du Rhin 5", "FR"),
        ("Rhenusweg 2", "DE"),
        ("ul. Dietla 5", "PL"),  # Polish opens words on "die", not "diu"
        ("ul. Hoża 5", "PL"),
        ("ul. Grochowska 5", "PL"),
        ("Is it 3? B", "US"),
    ],
)
def test_a_street_read_right_stays(street, region):
    assert repair_street(street, region) == street


@pytest.mark.parametrize(
    ("city", "want"),
    [
        ("Firenze (FD", "Firenze (FI)"),
        ("Milano (MD)", "Milano (MI)"),
        ("Padova (PD)", "Padova (PD)"),  # Padua's own province
        ("Bologna (BO)", "Bologna (BO)"),
        ("Gouda (ZD)", "Gouda (ZD)"),  # ZI is no province either
    ],
)
def test_an_italian_provinces_i_and_bracket_read_d(city, want):
    assert repair_city(city, "Via Roma 9", "IT") == want


@pytest.mark.parametrize(
    ("rows", "region", "want"),
    [
        (("Váci út 1", "1062 Budapest"), "HU", ("Váci út 1", "1062", "Budapest", None)),
        (("Andrássy út 60.", "1062 Budapest"), "HU", ("Andrássy út 60.", "1062", "Budapest", None)),
        (("Váci út 1, 1062 Budapest",), "HU", ("Váci út 1", "1062", "Budapest", None)),
        (
            ("Neuer Wall 10", "Postfach 10 12 34", "20457 Hamburg"),
            "DE",
            ("Neuer Wall 10", "20457", "Hamburg", None),
        ),
        (
            ("Bahnhofstrasse 1", "Postfach", "8001 Zürich"),
            "CH",
            ("Bahnhofstrasse 1", "8001", "Zürich", None),
        ),
        (
            ("Paseo de la Reforma 250", "06600 Ciudad de México, CDMX"),
            "MX",
            ("Paseo de la Reforma 250", "06600", "Ciudad de México", "CDMX"),
        ),
        (
            ("Av. López Mateos 2375", "44100 Guadalajara, Jal."),
            "MX",
            ("Av. López Mateos 2375", "44100", "Guadalajara", "Jal."),
        ),
        (
            ("100 Federal Street", "Boston, Mass. 02110"),
            "US",
            ("100 Federal Street", "02110", "Boston", "MA"),
        ),
        (
            ("Av. de América, 32", "28028 Madrid"),
            "ES",
            ("Av. de América, 32", "28028", "Madrid", None),
        ),
        (
            ("Pza. de España, 3, 2º A", "28008 Madrid"),
            "ES",
            ("Pza. de España, 3, 2º A", "28008", "Madrid", None),
        ),
    ],
)
def test_real_shapes_once_unread(rows, region, want):
    assert _address(region, *rows) == want


@pytest.mark.parametrize(
    ("rows", "region", "want"),
    [
        # a French post box stays in the street, as La Poste prints it
        (
            ("12 rue de la Paix", "BP 123", "75002 Paris"),
            "FR",
            ("12 rue de la Paix, BP 123", "75002", "Paris", None),
        ),
        (
            ("Hauptstraße 5", "10115 Berlin", "Postfach 10 12 34"),
            "DE",
            ("Hauptstraße 5", "10115", "Berlin", None),
        ),
        # Utah's UT is no Hungarian út
        (
            ("155 Main Street", "Salt Lake City, UT 84101"),
            "US",
            ("155 Main Street", "84101", "Salt Lake City", "UT"),
        ),
        (("2 Park Avenue", "Boston, MA 02110"), "US", ("2 Park Avenue", "02110", "Boston", "MA")),
    ],
)
def test_shapes_read_before_stay(rows, region, want):
    assert _address(region, *rows) == want


def test_a_site_stays_a_site_after_a_street_word_cut_short():
    # "Pza.de" after a street word cut short is the street; a site alone on its line stays one
    card = _card("ES", "Pza. de España, 3", "28008 Madrid", "www.pza.de")
    assert card.contact.addresses[0].street == "Pza. de España, 3"
    assert [u.url for u in card.contact.urls] == ["www.pza.de"]
