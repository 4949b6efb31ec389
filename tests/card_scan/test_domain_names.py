"""Two readings of a domain a small l apart: the one spelling a known name across the letter."""

from __future__ import annotations

import pytest

from contactkit_plugins.card_scan.domain_names import name_spelling_side
from contactkit_plugins.card_scan.domains import initials_slip


@pytest.mark.parametrize(
    ("first", "second", "side"),
    [
        ("karlssonwallinsystem", "karissonwallinsystem", 0),  # karlsson; karisson only "risso"
        ("karissonwallinsystem", "karlssonwallinsystem", 1),
        ("nilssonbygg", "niissonbygg", 0),
        ("atlas", "atias", None),  # no name of six letters either way
        ("saito", "salto", None),
        ("karlsson", "karisson-x", None),  # not one letter apart
        ("karlssonbygg", "karmssonbygg", None),  # not an l and an i
    ],
)
def test_the_reading_that_spells_a_known_name(first: str, second: str, side: int | None):
    assert name_spelling_side(first, second) == side


def test_a_company_slip_does_not_rewrite_a_domain_that_spells_a_name():
    assert initials_slip("Karisson & Wallin System AB", "karlssonwallinsystem.se") is None
    # the domain's own slip still put back from the company (b67 photo 24)
    assert initials_slip("Weserland AG", "weseriand.com") == "weserland.com"
