"""Shapes of wrong auto-accepted fields found on more fresh tuning seeds (session 26, wrong26b):
a Spanish ñ read "fi" in a family name a firm is named for, a Polish family name's last letter
lost. Hand-made OCR lines as Tesseract gave them; each failed before its fix."""

from __future__ import annotations

from ocr_lines import stacked_lines as card
from printed import to_review

from contactkit_plugins.card_scan.company_letters import company_letters
from contactkit_plugins.card_scan.fields import parse_card


def test_a_spanish_n_tilde_read_fi_in_a_family_name_is_put_back():
    # Photo seed 146 card 78: "Nufiez y Asociados S.L." accepted at domain+legal+other/hi.
    lines = card(
        ("Santiago Garcia", 40),
        "Jefe de Compras",
        "Tel. +34 944 75 25 88",
        ("Nufiez y Asociados S.L.", 34),
        "E-mail: santiago.garcia@nagroup.es",
        "48051 Bilbao",
    )
    assert parse_card(lines, default_region="US").contact.organization.name == (
        "Núñez y Asociados S.L."
    )
    assert company_letters("IBAFIEZ Y PEFIA S.L.") == "IBÁÑEZ Y PEÑA S.L."


def test_a_word_with_fi_that_is_no_family_name_is_kept():
    assert company_letters("Harrowfield Certified Ltd") == "Harrowfield Certified Ltd"
    assert company_letters("Fotografia Digital S.L.") == "Fotografia Digital S.L."


def test_a_polish_family_name_that_lost_its_last_letter_is_doubted():
    # Photo seed 148 card 26: "Jozef Lewandowsk" beside jozef@ accepted at email+other/hi.
    lines = card(
        "Tel. | 58-577-82-02",
        "Fax: 58-700-59-97",
        "jozef@nowakowski-wspolnicy.pl",
        ("mgr inz. Jozef Lewandowsk", 40),
        "ul. Piotrkowska 183",
        "Prezes Zarzadu",
        "80-021 Gdansk",
        ("Nowakowski i Wspolnicy Sp.k.", 34),
    )
    parsed = parse_card(lines, default_region="US")
    assert parsed.evidence["name"] == "email+other/lo"
    assert "name" in to_review(parsed)
