"""A card's big town names its country where no other clue does (second blind generator: an
address with no country line, its numbers printed national): GeoNames' towns, real lookups."""

from __future__ import annotations

import pytest

from contactkit import normalize
from contactkit_plugins.card_scan.places import dominant_town_country
from contactkit_plugins.card_scan.town_regions import big_town_regions


@pytest.mark.parametrize(
    ("line", "country"),
    [
        ("8-11-29 Nihonbashi, Kita-ku, Osaka 530-0091", "JP"),
        ("721 51 Västerås", "SE"),
        ("140 00 Praha 4", "CZ"),
        ("10160 Torino TO", "IT"),
        ("15082 A Coruña", "ES"),
    ],
)
def test_a_big_town_beside_its_postcode_names_its_country(line: str, country: str) -> None:
    assert big_town_regions([line]) == [country]


@pytest.mark.parametrize(
    "line",
    [
        "San Francisco, CA 94107",  # the US shape: its own clue, not this one
        "Tel 030 61351 1088",
        "Vesterbrogade 1, 1. sal",
        "Mobile 555-1234",  # a phone's label, not Mobile, Alabama
        "555-1234 Mobile",
        "Suite 200, 55 Victoria",  # a unit's number, not a postcode
        "75008 Paris",  # the known shape's: town_regions' vote
    ],
)
def test_no_big_town_beside_a_postcode_names_nothing(line: str) -> None:
    assert big_town_regions([line]) == []


def test_a_name_several_countries_share_as_big_towns_names_none() -> None:
    assert dominant_town_country(normalize.fold("Valencia")) is None  # Spain and Venezuela
    assert dominant_town_country(normalize.fold("Dublin")) == "IE"  # Ohio's is 58 k
