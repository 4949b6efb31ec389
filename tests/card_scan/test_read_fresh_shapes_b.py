"""Shapes of wrong auto-accepted fields found on more fresh tuning seeds (session 26, wrong26b):
a Spanish ñ read "fi" in a family name a firm is named for, a Polish family name's last letter
lost, a fax's "F" read "P" beside an office line labelled otherwise. Hand-made OCR lines as
Tesseract gave them; each failed before its fix."""

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


def test_a_fax_read_p_beside_an_office_line_labelled_otherwise_is_doubted():
    # Photo seed 147 card 49: "P: +1 312-843-0096" (the fax) stored as a second office line.
    lines = card(
        ("PIONEER ANALYTICS CORPORATION", 34),
        ("MICHAEL MOORE", 40),
        "Account Executive",
        "Cell | +1 212-242-9116 Direct | +1-312-511-4645",
        "P: +1 312-843-0096",
        "mmoore@pioneer.com",
        "880 Michigan Ave",
        "Chicago, IL 60661",
    )
    parsed = parse_card(lines, default_region="US")
    assert parsed.evidence["phones"].startswith("p-label")
    assert "phones" in to_review(parsed)


def test_p_beside_a_fax_or_alone_is_an_office_label():
    lines = card(
        ("Michael Moore", 40),
        "P: +1 312-843-0096",
        "F: +1 312-843-0097",
        "Cell: +1 212-242-9116",
        "mmoore@pioneer.com",
    )
    assert parse_card(lines, default_region="US").evidence["phones"].startswith("labelled")
