"""Real card shapes the rules of wrong35b (a cut title piece, "rn" read "m" in a Spanish family
name, a name confirmed only by a mended address, a title of address glued to a given name) must
not touch: printed right, each reads as it stands and as sure as it was (review rev35f,
session 35)."""

from __future__ import annotations

import pytest
from ocr_lines import stacked_lines

from contactkit import normalize
from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.confidence import email_level
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.name_checks import letter_misread, rn_read_surname
from contactkit_plugins.card_scan.name_slips import honorific_glued
from contactkit_plugins.card_scan.title_checks import word_slip


def _card(name: str, title: str, company: str, email: str, region: str):
    lines = stacked_lines((name, 34), title, company, "Tel +34 912 345 678", email)
    return parse_card(lines, default_region=region)


# --- (2) rn read m: real Iberian and Latin American family names as printed -----------------
_IBERIAN = [
    ("Ana Hernández", "ana.hernandez", "ES"),
    ("Luis Fernández", "luis.fernandez", "ES"),
    ("Carlos Guzmán", "carlos.guzman", "MX"),
    ("Sofía Bermúdez", "sofia.bermudez", "CO"),
    ("Pablo Lorenzo", "pablo.lorenzo", "ES"),
    ("Marta Moreno", "marta.moreno", "ES"),
    ("Jorge Romero", "jorge.romero", "AR"),
    ("Elena Ramírez", "elena.ramirez", "MX"),
    ("João Amaral", "joao.amaral", "PT"),
    ("Rui Almeida", "rui.almeida", "PT"),
    ("Teresa Marmol", "teresa.marmol", "ES"),
    ("Bernardo Herman", "b.herman", "AR"),
]


@pytest.mark.parametrize(("name", "local", "region"), _IBERIAN)
def test_iberian_family_names_no_rn_slip(name: str, local: str, region: str) -> None:
    assert not rn_read_surname(local)
    for word in name.split():
        assert not letter_misread(word, {region})


@pytest.mark.parametrize(("name", "local", "region"), _IBERIAN)
def test_iberian_cards_read_as_printed(name: str, local: str, region: str) -> None:
    card = _card(name, "Directora Comercial", "Grupo Atlas SA", f"{local}@grupoatlas.com", region)
    assert card.contact.name.full == name
    assert "+rn-read-m" not in card.evidence.get("emails", "")
    assert "rn-read" not in card.evidence["name"]


def test_one_family_name_read_rn_as_m_in_name_and_address_is_doubted() -> None:
    # Both read so, the address spells every word of the name and checks none of them.
    card = _card("Ana Hemandez", "Directora", "Grupo Atlas SA", "ana.hemandez@atlas.es", "ES")
    assert card.evidence["name"] == "email+rn-read-m"
    assert card.confidence["name"] < REVIEW_BELOW
    assert card.confidence["emails"] < REVIEW_BELOW


def test_right_spanish_address_level_is_plain() -> None:
    level = email_level(
        "m.guzman@consultoria.mx", 0.95, "Marcela Guzmán", "Consultoria SA", None, False, True
    )
    assert "+rn-read-m" not in level


# --- (4) given names that begin like a title of address --------------------------------------
_TITLE_LIKE = [
    "Drew", "Dragan", "Mrinal", "Msizi", "Ingrid", "Ingo", "Magnus", "Magda", "Profira",
    "Magali", "Ingolf", "Ingvar", "Ingemar", "Dražen", "Mrunal", "Magdalena", "Drusilla",
    "Ingbert", "Ingelise", "Ingela", "Maglorie", "Mstislav", "Drahomira",
]  # fmt: skip


@pytest.mark.parametrize("given", _TITLE_LIKE)
def test_given_names_like_a_title_are_no_glued_title(given: str) -> None:
    assert not honorific_glued(given)


@pytest.mark.parametrize(
    ("name", "family"),
    [("Magali Dupont", "dupont"), ("Msizi Dlamini", "dlamini"), ("Ingolf Berg", "berg"),
     ("Drew Carter", "carter"), ("Dragan Petrović", "petrovic"), ("Ingbert Vogel", "vogel"),
     ("Ingelise Holm", "holm"), ("Maglorie Joseph", "joseph")],
)  # fmt: skip
def test_title_like_given_name_beside_family_address_not_doubted(name: str, family: str) -> None:
    card = _card(name, "Sales Manager", "Atlas Trading Ltd", f"{family}@atlastrading.com", "GB")
    assert card.contact.name.full == name
    assert not card.evidence["name"].endswith("/lo")


@pytest.mark.parametrize("printed", ["Dr. Céline Legrand", "Dr Céline Legrand", "Mrs. Ann Lee"])
def test_title_printed_apart_is_left_out_of_the_name(printed: str) -> None:
    card = _card(printed, "Directrice", "Atlas SARL", "legrand@atlas.fr", "FR")
    assert card.contact.name.full == printed.split(" ", 1)[1]
    assert not card.evidence["name"].endswith("/lo")


# --- (1) real titles ending in a hyphened part -----------------------------------------------
@pytest.mark.parametrize(
    "title",
    ["Directeur-Général", "Président-Directeur Général", "Geschäftsführer-Gesellschafter",
     "Vice-President", "Co-Founder", "Head of R&D", "Directrice Générale",
     "Président-directrice générale", "Secretario General", "Director-General",
     "Direttore Generale", "Attorney-General", "Vice-Présidente Exécutive", "Co-gérant",
     "Sous-directeur", "General Counsel", "Generalbevollmächtigter"],
)  # fmt: skip
def test_real_hyphened_titles_are_no_slip(title: str) -> None:
    assert not word_slip(title)


# --- (3) right addresses mended as Tesseract misreads them -----------------------------------
@pytest.mark.parametrize(
    ("printed", "read", "region"),
    [("Ana García", "ana.garcia@empresa,com", "ES"),  # its domain's dot read as a comma
     ("Ana García", "ana.garcia(a)empresa.es", "ES"),  # its @ read "(a)"
     ("Ana García", "ana.garcia @ empresa.es", "ES"),
     ("ANA GARCÍA", "ana. garcia@empresa,com", "ES"),
     ("Dr. Ana García", "ana.garcia@empresa,com", "ES"),
     ("Tobias Maier", "tobias.maier(a)maier.at", "AT"),
     ("Claire Dubois", "claire.dubois@atlas,fr", "FR")],
)  # fmt: skip
def test_mended_right_address_keeps_the_name_sure(printed: str, read: str, region: str) -> None:
    card = parse_card(
        stacked_lines((printed, 34), "Directora", "Empresa Atlas SL", read, "www.empresa.es"),
        default_region=region,
    )
    assert normalize.fold(card.contact.name.full) == normalize.fold(printed.removeprefix("Dr. "))
    assert "+mended-email" not in card.evidence["name"]
    assert card.confidence["name"] >= REVIEW_BELOW


@pytest.mark.parametrize(
    "title",
    ["Président-Directeur Général", "Geschäftsführer-Gesellschafter", "Vice-President",
     "Head of R&D"],
)  # fmt: skip
def test_real_hyphened_title_on_a_card_stays_sure(title: str) -> None:
    lines = stacked_lines(
        ("Claire Dubois", 34), title, "Atlas Industries SA", "Tel +33 1 42 68 53 00",
        "claire.dubois@atlas.fr",
    )  # fmt: skip
    card = parse_card(lines, default_region="FR")
    assert card.contact.title == title
    assert card.confidence["title"] >= REVIEW_BELOW


def test_cut_title_piece_on_a_card_is_doubted() -> None:
    lines = stacked_lines(
        ("Claire Dubois", 34), "President-directeur genera", "Atlas Industries SA",
        "claire.dubois@atlas.fr",
    )  # fmt: skip
    card = parse_card(lines, default_region="FR")
    assert card.confidence["title"] < REVIEW_BELOW
