"""Portugal's CP7 town line, the street above a Mexican colonia line (the colonia taken as the
address's, no street, as rev35c kept it), a Spanish road at its kilometre (session 36, addr36:
shapes session 35 left unread), and what those rules must leave alone. Hand-made OCR lines
through the real parser."""

from __future__ import annotations

import pytest
from printed import address_of

from contactkit_plugins.card_scan.postal import city_line

_address = address_of


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        (
            ("Av. da Liberdade 110", "1250-146 Lisboa"),
            ("Av. da Liberdade 110", "1250-146", "Lisboa"),
        ),
        (("Rua Augusta 27", "1100-048 Lisboa"), ("Rua Augusta 27", "1100-048", "Lisboa")),
        (
            ("Avenida da Boavista 1203", "4100-130 Porto"),
            ("Avenida da Boavista 1203", "4100-130", "Porto"),
        ),
    ],
)
def test_a_portuguese_address(rows, want):
    assert _address("PT", *rows) == (*want, None)


@pytest.mark.parametrize(
    "text",
    ["100-0005 Tokyo", "30-151 Kraków", "1250-14 Lisboa", "12500-146 Lisboa", "1250-146"],
)
def test_no_portuguese_town_line(text):
    found = city_line(text)
    assert found is None or found["postal"] != "1250-146"


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        (
            ("Insurgentes Sur 1602", "Col. Crédito Constructor", "03940 Ciudad de México, CDMX"),
            ("Insurgentes Sur 1602", "03940", "Ciudad de México", "CDMX"),
        ),
        (
            ("Paseo de la Reforma 505", "Col. Cuauhtémoc", "06500 Ciudad de México, CDMX"),
            ("Paseo de la Reforma 505", "06500", "Ciudad de México", "CDMX"),
        ),
        (
            ("Av. Vallarta 6503", "Colonia Ciudad Granja", "45010 Zapopan, Jal."),
            ("Av. Vallarta 6503", "45010", "Zapopan", "Jal."),
        ),
    ],
)
def test_the_street_above_a_mexican_colonia(rows, want):
    assert _address("MX", *rows) == want


@pytest.mark.parametrize(
    ("rows", "region", "want"),
    [
        # a colonel's title above a US town line is no colonia
        (
            ("48 Harbor Road", "Col. John Smith", "Seattle, WA 98101"),
            "US",
            ("48 Harbor Road", "98101", "Seattle", "WA"),
        ),
        # the state Colima's "Col." after the town: read as before (nothing)
        (("Av. Juárez 12", "28000 Colima, Col."), "MX", None),
        # no colonia: the street alone, as before
        (
            ("Paseo de la Reforma 505", "06500 Ciudad de México, CDMX"),
            "MX",
            ("Paseo de la Reforma 505", "06500", "Ciudad de México", "CDMX"),
        ),
    ],
)
def test_no_colonia(rows, region, want):
    assert _address(region, *rows) == want


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        (
            ("Ctra. de la Coruña, km 23", "28232 Las Rozas"),
            ("Ctra. de la Coruña, km 23", "28232", "Las Rozas"),
        ),
        (
            ("Carretera de Castilla, km 4,5", "28023 Madrid"),
            ("Carretera de Castilla, km 4,5", "28023", "Madrid"),
        ),
    ],
)
def test_a_spanish_road_at_its_kilometre(rows, want):
    assert _address("ES", *rows) == (*want, None)


def test_a_kilometre_without_a_road_word_is_no_street():
    from contactkit_plugins.card_scan.clues import is_street

    assert not is_street("Marathon 42 km")
    assert not is_street("Ctra. de la Coruña")  # no kilometre: no number to place it


def test_a_postfach_printed_before_the_street():
    # a German firm's box above its street: the street and the town line are read, as before
    rows = ("Postfach 10 12 34", "Neuer Wall 10", "20457 Hamburg")
    assert _address("DE", *rows) == ("Neuer Wall 10", "20457", "Hamburg", None)
