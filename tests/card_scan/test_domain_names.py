"""Two readings of a domain a small l apart: the one spelling a census name where a word of the
card, read with the other's slip, spells none (domain_names)."""

from __future__ import annotations

import pytest

from contactkit_plugins.card_scan.clues import Found
from contactkit_plugins.card_scan.domain_names import name_spelling_side
from contactkit_plugins.card_scan.domains import initials_slip
from contactkit_plugins.card_scan.web import cross_check_domains

KARLSSON = ("karlssonwallinsystem", "karissonwallinsystem")


@pytest.mark.parametrize(
    ("first", "second", "words", "side"),
    [
        (*KARLSSON, ["karisson", "wallin", "system"], 0),  # the company read with the slip
        (*reversed(KARLSSON), ["karisson", "wallin", "system"], 1),
        (*KARLSSON, ["karlsson", "wallin", "system"], None),  # the company spells the print
        (*KARLSSON, [], None),  # no word of the card: no name counts by chance
        # a name found inside a run of letters is chance ("falconi", "derian"): review rev65
        ("falconlogistics", "falconiogistics", ["falcon", "logistics"], None),
        ("polderland", "polderiand", ["polderland"], None),
        ("pinnacle", "pinnacie", ["pinnacle", "properties"], None),
        ("karlssonbygg", "karmssonbygg", ["karmsson"], None),  # not an l and an i
    ],
)
def test_the_reading_that_spells_a_name(
    first: str, second: str, words: list[str], side: int | None
):
    assert name_spelling_side(first, second, words) == side


def test_a_company_slip_does_not_rewrite_a_domain_that_spells_a_name():
    assert initials_slip("Karisson & Wallin System AB", "karlssonwallinsystem.se") is None
    # the domain's own slip still put back from the company (b67 photo 24)
    assert initials_slip("Weserland AG", "weseriand.com") == "weserland.com"
    assert initials_slip("Pinnacle Properties Inc.", "pinnacie.com") == "pinnacle.com"
    assert initials_slip("Falcon Logistics Ltd", "falconiogistics.com") == "falconlogistics.com"


def test_the_cross_check_keeps_the_reading_the_company_spells():
    texts = ["Pinnacle Properties Inc.", "a@pinnacle.com", "www.pinnacie.com"]
    emails, urls = [Found("a@pinnacle.com", 0.9, 1)], [Found("www.pinnacie.com", 0.9, 2)]
    emails, urls = cross_check_domains(emails, urls, "pinnacle.com", "pinnacie.com", texts)
    assert [e.value for e in emails] == ["a@pinnacle.com"]
    assert [u.value for u in urls] == ["www.pinnacle.com"]
