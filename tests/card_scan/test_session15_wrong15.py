"""Session 15 (wrong15): fields accepted wrong on new blind tuning seeds, on hand-made cards given
as the OCR lines Tesseract reads."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card


def _polish_card(name: str, email: str) -> list:
    # The kind of photo b13 064: a Polish card, the name in capitals, the email spells the
    # family name and only the given name's initial.
    return worded_lines(
        ("T 0048 71 461 2859 Mobile +48 691 586 681", 24),
        (email, 26),
        ("ul. Dluga 12", 22),
        ("50431 Wroclaw", 22),
        ("Polska", 22),
        (name, 36),
        ("Kierownik Dzialu Zakupow", 24),
        ("Sokol Sp. z o.o.", 30),
    )


@pytest.mark.parametrize(
    ("name", "email", "level"),
    [
        ("PAWEE NOWAK", "pnowak@sokol.pl", "email+initial/lo"),
        ("Pawek Nowak", "pnowak@sokol.pl", "email+initial/lo"),
        ("Michae Nowak", "mnowak@sokol.pl", "email+initial/lo"),  # "Michae" is a nickname key
        ("EUKASZ NOWAK", "nowak@sokol.pl", "email+other/lo"),
    ],
)
def test_a_polish_given_name_with_its_l_stroke_misread_goes_to_review(name, email, level):
    # "PAWEŁ" read "PAWEE" (Tesseract sure of it), pnowak@ checks the initial only: accepted
    # wrong at email+initial/hi before.
    parsed = parse_card(_polish_card(name, email), default_region="US")
    assert parsed.contact.name.full.lower() == name.lower()
    assert parsed.evidence["name"] == level
    assert parsed.confidence["name"] < REVIEW_BELOW


def test_a_polish_given_name_without_email_is_doubted_too():
    parsed = parse_card(_polish_card("PAWEE NOWAK", "biuro@sokol.pl"), default_region="US")
    assert parsed.evidence["name"].endswith("/lo")
    assert parsed.confidence["name"] < REVIEW_BELOW


@pytest.mark.parametrize("name", ["PAWEL NOWAK", "Tomasz Nowak", "Beata Nowak", "KAMIL NOWAK"])
def test_a_polish_given_name_read_whole_is_accepted(name):
    parsed = parse_card(_polish_card(name, f"{name[0].lower()}nowak@sokol.pl"), default_region="US")
    assert parsed.evidence["name"] == "email+initial/hi"
    assert parsed.confidence["name"] >= REVIEW_BELOW
