"""Real address shapes the address slips (session 34, addr34) must leave as read (second review,
session 34, rev34): the small vowelless words of a floor, a flat or a road's milestone, a
building's or a legal form's inner capital, a German "-str." before a comma read as a dot, the
ZIP codes printed outside their state's area, a Mexican state's two capitals, and a building
and its floor outside Spain ("Tower 2, 5F"). Hand-made OCR lines."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.address import bare_floor
from contactkit_plugins.card_scan.address_slips import doubtful_street, mended, zip_state
from contactkit_plugins.card_scan.calibration import probability
from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.review_rule import MINOR_KEEP


def _card(region: str, *rows: str) -> ParsedCard:
    return parse_card(
        worded_lines(("Jan Kowalski", 40), *((r, 24) for r in rows)), default_region=region
    )


@pytest.mark.parametrize(
    "street",
    [
        "Vesterbrogade 12, 3. tv",  # Danish: third floor, left door
        "Vesterbrogade 12, 1. mf",  # ... middle door
        "Drottninggatan 5, 3 tr",  # Swedish: three stairs up
        "Storgatan 1 lgh 1102",  # ... flat 1102
        "Prinsengracht 263 hs",  # Dutch: ground floor
        "Mannerheimintie 12 B, 5. krs",  # Finnish: fifth floor
        "Prešernov trg 2",  # Slovene: a square
        "100 King St W, 5th fl",
        "Ctra. de Valencia, km 7",  # Spanish: a road's milestone
        "Via dell'Industria snc",  # Italian: no house number
        "OpernTurm, Bockenheimer Landstraße 2",  # a Frankfurt tower's name
        "MesseTurm, Friedrich-Ebert-Anlage 49",
        "WeWork, 115 Broadway",
        "c/o Müller GmbH, Hauptstraße 5",
    ],
)
def test_real_streets_are_not_doubted(street):
    assert not doubtful_street(street)


@pytest.mark.parametrize(
    "street", ["Corso Vittorio Emanuele tfl 170", "Rue du RhGne 76", "Via Roma tfl 5"]
)
def test_the_misread_streets_stay_doubted(street):
    assert doubtful_street(street)


@pytest.mark.parametrize(
    ("rows", "street"),
    [
        (("Vesterbrogade 12, 3. tv", "1620 København V"), "Vesterbrogade 12, 3. tv"),
        (
            ("OpernTurm, Bockenheimer Landstraße 2, 60306 Frankfurt am Main",),
            "OpernTurm, Bockenheimer Landstraße 2",
        ),
    ],
)
def test_a_real_street_keeps_its_address(rows, street):
    parsed = _card("DK" if "tv" in street else "DE", *rows)
    (found,) = parsed.contact.addresses
    assert found.street == street
    assert probability("addresses", parsed.evidence["addresses"]) >= MINOR_KEEP["addresses"]


def test_a_german_street_abbreviation_keeps_its_dot():
    # only the comma after the house number was read as a dot
    assert mended("Hauptstr. 5. 10115 Berlin") == "Hauptstr. 5, 10115 Berlin"
    (found,) = _card("DE", "Hauptstr. 5. 10115 Berlin").contact.addresses
    assert (found.street, found.postal_code, found.city) == ("Hauptstr. 5", "10115", "Berlin")
    # the line of every comma read as a dot is still mended
    assert mended("Plaza de Espana. 126. 1a") == "Plaza de Espana, 126, 1a"


@pytest.mark.parametrize(
    ("state", "postal", "want"),
    [
        ("PW", "96940", "PW"),  # Koror, Palau
        ("MH", "96960", "MH"),  # Majuro, Marshall Islands
        ("FM", "96941", "FM"),  # Pohnpei, Micronesia
        ("TX", "88510", "TX"),  # El Paso
        ("NY", "06390", "NY"),  # Fishers Island
        ("NY", "00501", "NY"),  # Holtsville
        ("AE", "09499", "AE"),  # an APO in Europe
        ("AP", "96278-2050", "AP"),  # an APO in the Pacific
        ("CT", "06390", "CT"),
        ("WA", "02135", None),  # still: Boston's ZIP with WA for MA
        ("TX", "02135", None),
    ],
)
def test_a_zip_code_outside_its_states_area(state, postal, want):
    assert zip_state(state, postal) == want


@pytest.mark.parametrize(
    ("street", "region", "doubted"),
    [
        ("Calle Colón, 27, 3B", "US", True),  # a Spanish floor and door, the sign lost
        ("Calle Mayor, 191, 12", "US", True),
        ("Mayor, 27, 3B", "ES", True),
        ("C/ Colón, 27, 3B", "US", True),
        ("Calle Colón, 27, 3º B", "ES", False),
        ("Tower 2, 5F", "HK", False),  # a building and its floor
        ("Storgata 5, 2 B", "NO", False),
    ],
)
def test_a_floor_without_its_sign_is_doubted_on_a_spanish_street(street, region, doubted):
    assert bare_floor(street, region) is doubted


def test_a_floor_printed_so_outside_spain_keeps_its_address():
    parsed = _card("NO", "Storgata 5, 2 B, 0155 Oslo")
    (found,) = parsed.contact.addresses
    assert found.street == "Storgata 5, 2 B"
    assert probability("addresses", parsed.evidence["addresses"]) >= MINOR_KEEP["addresses"]


def test_a_mexican_states_two_capitals_stay_as_read():
    assert zip_state("NL", "64000") == "NL"  # Nuevo León: no US state
    assert zip_state("DF", "06600") == "DF"
    (found,) = _card(
        "MX", "Av. Constitución 400", "Monterrey, NL 64000", "México"
    ).contact.addresses
    assert (found.city, found.region, found.postal_code) == ("Monterrey", "NL", "64000")
    # a US state of another area is still left out
    (found,) = _card("US", "100 Main St", "Boston, WA 02135").contact.addresses
    assert (found.city, found.region) == ("Boston", None)
