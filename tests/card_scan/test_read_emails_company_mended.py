"""A doubted email address whose domain slipped where the company, printed larger, was read
whole: the domain written as the company spells it, kept for review (session 23). Hand-made
OCR lines as Tesseract gave them on the pooled tuning photos; each failed before its fix."""

from __future__ import annotations

import pytest
from printed import to_review, worded_lines

from contactkit_plugins.card_scan.domain_repair import domain_from_company
from contactkit_plugins.card_scan.fields import parse_card


@pytest.mark.parametrize(
    ("name", "company", "read", "printed"),
    [
        # an umlaut written out, two letters slipped (Free Serif, tuning s102 card 115)
        ("Dorothea Schmid", "Schmid & Söhne KG", "dorothea@schmidvoechne.at", "schmidsoehne.at"),
        # the hyphen between the company's words kept (Nimbus Sans Narrow, s81b card 147)
        ("Thierry Le Roux", "Helix Conseil S.A.", "leroux@helix-consel.fr", "helix-conseil.fr"),
    ],
)
def test_a_doubted_domain_a_letter_or_two_off_the_company_is_written_from_it(
    name, company, read, printed
):
    lines = worded_lines((name, 60), (company, 30), ("Tel. +43 1 532 88 10", 22), (read, 22))
    parsed = parse_card(lines, default_region="AT")
    assert parsed.contact.emails == [f"{read.partition('@')[0]}@{printed}"]
    assert "emails" in to_review(parsed)


def test_a_domain_the_company_checks_or_two_spellings_as_near_are_left():
    assert domain_from_company("Tauern AG", "tauern.at") is None
    assert domain_from_company("Meier AG", "fischer.ch") is None  # nothing near
    # The company read with one of a doubled letter lost: the address spells it (photo 350).
    kruger = "Krüger Kunststoftechnik GmbH"
    assert domain_from_company(kruger, "krueger-kunststofftechnik.de") is None
