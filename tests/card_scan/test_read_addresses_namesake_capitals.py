"""A capital that bears its country's name after its postcode ("L-1234 Luxembourg", "98000
Monaco") is the town, and names the country too: read as the country alone, the city line was
left a bare postcode and the address was lost. Hand-made OCR lines; the shapes that must stay
as read (a country after its town, a country after a postcode elsewhere) beside them."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.fields import parse_card


def _address(region: str, *rows: str) -> tuple[str | None, ...]:
    parsed = parse_card(
        worded_lines(
            ("Marie Dupont", 40),
            ("Directrice commerciale", 20),
            *((r, 20) for r in rows),
            ("marie.dupont@acme.lu", 20),
        ),
        default_region=region,
    )
    (a,) = parsed.contact.addresses
    return a.street, a.postal_code, a.city, a.country


@pytest.mark.parametrize(
    ("region", "rows", "want"),
    [
        ("LU", ("2, rue du Fort", "L-1234 Luxembourg"), ("2, rue du Fort", "1234", "Luxembourg")),
        ("FR", ("12, rue Beaumont", "1234 Luxembourg"), ("12, rue Beaumont", "1234", "Luxembourg")),
        (
            "FR",
            ("2, avenue Princesse Grace", "98000 Monaco"),
            ("2, avenue Princesse Grace", "98000", "Monaco"),
        ),
    ],
)
def test_a_capital_named_as_its_country_is_the_town(region, rows, want):
    street, postal, city, country = _address(region, *rows)
    assert (street, postal, city) == want
    assert country == want[2]


@pytest.mark.parametrize(
    ("region", "rows", "want"),
    [
        # the country after its town, or after a hyphen: the town stays the town
        (
            "FR",
            ("12, rue de la Paix", "75002 Paris - France"),
            ("12, rue de la Paix", "75002", "Paris", "France"),
        ),
        (
            "BE",
            ("Rue du Marché 5", "1000 Bruxelles Belgique"),
            ("Rue du Marché 5", "1000", "Bruxelles", "Belgique"),
        ),
        (
            "LU",
            ("Hauptstr. 5", "1234 Luxembourg - Luxembourg"),
            ("Hauptstr. 5", "1234", "Luxembourg", "Luxembourg"),
        ),
        # a town of Luxembourg other than its capital
        (
            "LU",
            ("12, rue de l'Alzette", "L-4010 Esch-sur-Alzette"),
            ("12, rue de l'Alzette", "4010", "Esch-sur-Alzette", None),
        ),
    ],
)
def test_a_country_after_a_town_stays_the_country(region, rows, want):
    assert _address(region, *rows) == want


def test_a_country_after_a_postcode_elsewhere_is_no_town():
    # "530-1670 Japan": a postcode and the country, no town; still no address
    parsed = parse_card(
        worded_lines(
            ("Taro Yamada", 40),
            ("2-3-24 Marunouchi, Kita-ku", 20),
            ("530-1670 Japan", 20),
            ("t.yamada@acme.co.jp", 20),
        ),
        default_region="JP",
    )
    assert all(a.city != "Japan" for a in parsed.contact.addresses)
