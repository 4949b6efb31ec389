"""A logo's word read into the company's line before the name, whose first capital was read as a
bar or a sign (``LEGRAND ; egrand et Fils SARL``): to review; real names that repeat a word or
hold one inside another stay as read (session 36, wrongtext36)."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.company_shapes import echoed_short
from contactkit_plugins.card_scan.fields import parse_card


@pytest.mark.parametrize(
    "company",
    ["LEGRAND ; egrand et Fils SARL", "LEGRAND | egrand et Fils SARL", "Ironside | ronside Ltd"],
)
def test_a_word_said_again_less_its_first_letter_is_echoed(company):
    assert echoed_short(company)


@pytest.mark.parametrize(
    "company",
    [
        "Legrand et Fils SARL",
        "Johnson & Johnson",  # a word said again whole
        "Mercedes-Benz AG",
        "Ace Ce GmbH",  # too short to tell
        "Blue Lue Bar",  # three letters
        "Orange Range SA",  # the second word capitalised: a word of the name
        "ORANGE RANGE SA",
        "Cargo Argo Logistics",  # a name's words that echo, each capitalised
        "L'Atelier atelier d'architecture",  # a word said again whole after an apostrophe
    ],
)
def test_real_names_are_not_echoed(company):
    assert not echoed_short(company)


def test_the_echoed_company_goes_to_review():
    rows = [
        ("LEGRAND ; egrand et Fils SARL", 30),
        ("DOMINIQUE FRANCOIS", 40),
        ("Head of Procurement", 24),
        ("Courriel : dominique.francois@legrand.fr", 19),
        ("04 95 74 40 26", 19),
    ]
    parsed = parse_card(worded_lines(*rows), default_region="FR")
    assert parsed.evidence["organization"] == "odd"


def test_the_name_alone_stays_checked():
    rows = [
        ("Legrand et Fils SARL", 30),
        ("DOMINIQUE FRANCOIS", 40),
        ("Head of Procurement", 24),
        ("Courriel : dominique.francois@legrand.fr", 19),
        ("04 95 74 40 26", 19),
    ]
    parsed = parse_card(worded_lines(*rows), default_region="FR")
    assert parsed.evidence["organization"].startswith("domain+legal")
