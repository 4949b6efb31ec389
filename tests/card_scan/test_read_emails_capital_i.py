"""A capital I read in an email address is a small l misread, with or without a name to check it
(pool s103 photo 51: "Imichel@delta.fr", the name not read). Hand-made OCR lines as Tesseract
gave them; failed before its fix."""

from __future__ import annotations

from ocr_lines import stacked_lines as card

from contactkit_plugins.card_scan.fields import parse_card


def test_a_capital_i_opening_an_address_is_a_small_l_where_no_name_checks_it():
    lines = card(("Groupe Delta", 48), "Tél. 01 34 04 56 77", "Imichel@delta.fr")
    parsed = parse_card(lines, default_region="FR")
    assert parsed.contact.emails == ["lmichel@delta.fr"]


def test_an_address_printed_with_capitals_keeps_its_i():
    # Some cards print the address as the name is written; its I is an I there.
    lines = card(("Groupe Delta", 48), "Tél. 01 34 04 56 77", "Info@delta.fr")
    assert parse_card(lines, default_region="FR").contact.emails == ["info@delta.fr"]
    lines = card(("Groupe Delta", 48), "Tél. 01 34 04 56 77", "Ines.Martin@delta.fr")
    assert parse_card(lines, default_region="FR").contact.emails == ["ines.martin@delta.fr"]
