"""Real shapes the North American address rules (addr34b) harmed, found in the second review
(rev34c): a European town with a saint's "St" inside its name ("9462 Bad St. Leonhard") read as
a house number and street, a Madrid "C/ O'Donnell" that was no street while an Italian account's
"c/c" and a title's "C/C++" were, and a US town printed as the postal service writes it ("Lees
Summit", "OFallon") doubted as a slip. Hand-made OCR lines; the near shapes that must stay as
read beside each."""

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


def _address(parsed: ParsedCard) -> tuple[str | None, ...]:
    (a,) = parsed.contact.addresses
    return a.street, a.city, a.postal_code


@pytest.mark.parametrize(
    ("region", "rows", "want"),
    [
        (
            "AT",
            ("Hauptplatz 3", "9462 Bad St. Leonhard"),
            ("Hauptplatz 3", "Bad St. Leonhard", "9462"),
        ),
        (
            "FR",
            ("12 avenue de Paris", "94190 Villeneuve St Georges"),
            ("12 avenue de Paris", "Villeneuve St Georges", "94190"),
        ),
        ("CH", ("Bahnhofstrasse 1", "9000 St. Gallen"), ("Bahnhofstrasse 1", "St. Gallen", "9000")),
    ],
)
def test_a_town_with_a_saints_st_inside_stays_a_town(region, rows, want):
    assert _address(_card(region, *rows)) == want


@pytest.mark.parametrize(
    "line",
    [
        "1200 Main St North",  # a street's St before a direction
        "1200 St Charles Avenue",  # a saint's St, then the street's own word
        "1200 Main Street",
    ],
)
def test_a_house_number_before_a_street_with_st_is_no_city_line(line):
    assert city_line(line) is None


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("C/ O'Donnell, 12", True),  # Calle de O'Donnell, Madrid
        ("C/ Mayor, 12", True),
        ("c/o Regus 12", False),  # care of
        ("C/O 12 Main", False),
        ("c/c 123456", False),  # an Italian current account (conto corrente)
        ("C/C++ 11 Engineer", False),  # a title
    ],
)
def test_c_slash_before_an_o_apostrophe_is_a_street_an_account_is_not(text, street):
    assert is_street(text) is street


def test_a_madrid_street_c_slash_o_apostrophe_is_read():
    parsed = _card("ES", "C/ O'Donnell, 12", "28009 Madrid")
    assert _address(parsed) == ("C/ O'Donnell, 12", "Madrid", "28009")


@pytest.mark.parametrize(
    "line",
    [
        "Lees Summit, MO 64063",  # the postal service's spelling of Lee's Summit
        "OFallon, MO 63366",  # O'Fallon
        "Mc Lean, VA 22102",  # McLean
        "Sugarland, TX 77478",  # Sugar Land
    ],
)
def test_a_us_town_written_without_its_apostrophe_or_space_is_not_doubted(line):
    parsed = _card("US", "621 Main St", line)
    assert parsed.evidence["addresses"] == "street+city/hi"
    assert probability("addresses", parsed.evidence["addresses"]) >= MINOR_KEEP["addresses"]


@pytest.mark.parametrize("line", ["Chicao, IL 60687", "Aastin, TX 78740"])
def test_a_letter_misread_in_a_us_town_is_still_doubted(line):
    parsed = _card("US", "621 Main St", line)
    assert parsed.evidence["addresses"].endswith("+near-town")


def test_a_montreal_street_written_boul_is_a_street():
    # Quebec's "boul." for boulevard: before, the house number and street were read as a
    # postcode and town ("1250", "boul. René-Lévesque Ouest") or the street was lost.
    parsed = _card("CA", "1250 boul. René-Lévesque Ouest", "Montréal (Québec) H3B 4W8")
    assert _address(parsed) == ("1250 boul. René-Lévesque Ouest", "Montréal", "H3B 4W8")
    assert city_line("1250 boul. René-Lévesque Ouest") is None
