"""Session 42 (words42): company and title words slipped, accepted."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.company_word_slips import partner_word_slipped
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.lexicon import DEPARTMENT_WORDS, FIELD_WORDS, TITLE_WORDS
from contactkit_plugins.card_scan.title_language_mix import (
    WORD_LANGUAGES,
    language_left_by_a_lost_letter,
)


def _kohler(company: str) -> list:
    # Check photo p460 card 40 as read (its rows, not its boxes).
    return worded_lines(
        ("Alexandra Kaiser", 60),
        ("Geschaftsfuhrer", 35),
        (company, 59),
        ("T +41 61 823 25 43", 31),
        ("E-Mail akaiser@koehler.ch", 31),
        ("https://koehler.ch/en", 31),
        ("Rue du Rhone 192 - 4039 Basel - Schweiz", 30),
    )


@pytest.mark.parametrize(
    "company", ["Kohler & Cle Sarl", "KOHLER & CLE SARL", "Dupont et C1e SA", "Roux & C!e."]
)
def test_the_partners_cie_with_a_stroke_for_its_i_is_a_slip(company):
    assert partner_word_slipped(company)


# Real firms with a partner, a person or a trade after "&" or "et", and the French "Clé".
@pytest.mark.parametrize(
    "company",
    [
        "Mayer & Cie",
        "Pictet & Cie",
        "Lombard Odier & Cie SCmA",
        "Dumas et Cie SA",
        "Rothschild & Co",
        "Ferreira & Cia. Ltda.",
        "Hermanos Pérez y Cía",
        "Smith & Clegg Ltd",
        "Acme Tool & Die Inc.",
        "Marks & Clerk LLP",
        "Brown & Clews Ltd",
        "Cole & Cole LLP",
        "Jardin et Clé SARL",
        "Clé de Sol SARL",
        "Martin & Cle-Bois",
        # French capitals drop the accent of "clé en main" (turnkey); review rev42w
        "BATIMENT ET CLE EN MAIN SARL",
        "Maisons & Cle en main",
    ],
)
def test_real_names_are_no_partner_slip(company):
    assert not partner_word_slipped(company)


def test_a_misread_cie_sends_the_company_to_review():
    parsed = parse_card(_kohler("Kohler & Cle Sarl"), default_region="CH")
    assert parsed.evidence["organization"] == "partner-slip"


def test_the_cie_read_right_stays_accepted():
    parsed = parse_card(_kohler("Kohler & Cie Sarl"), default_region="CH")
    assert parsed.evidence["organization"].startswith("domain+legal")


def _bellavista(title: str) -> list:
    # Tuning scan s438 card 78 as read (its rows, not its boxes).
    return worded_lines(
        ("0519622542", 24),
        ("Fax: 051.253.0533", 24),
        ("amessina@bellavista.it", 29),
        ("https://bellavista.it/en", 31),
        ("DOTT. ING. ANTONIO MESSINA", 14),
        (title, 12),
        ("Corso Buenos Aires 35", 24),
        ("Bellavista S.r.l.", 12),
        ("40144 Bologna (BO)", 23),
    )


@pytest.mark.parametrize(
    "title", ["Responsable Acquisti", "Responsable Ufficio Acquisti", "Assistent Acquisti"]
)
def test_a_word_out_of_its_neighbours_language_by_a_lost_letter(title):
    assert language_left_by_a_lost_letter(title)


# Real titles of one language, or with English, or given in two languages.
@pytest.mark.parametrize(
    "title",
    [
        "Responsabile Acquisti",
        "Responsable Commercial",
        "Responsable Commerciale",
        "Responsable Achats",
        "Responsable Compras",
        "Responsable Marketing",
        "Responsable Calidad",
        "Director Comercial",
        "Director Compras",
        "Director Acquisti",
        "Assistent Vertrieb",
        "Assistent der Geschäftsleitung",
        "Assistente Commerciale",
        "Gerente Comercial",
        "Gérante Commerciale",
        "Chargé d'Affaires",
        "Directeur Commercial",
        "Direttore Commerciale",
        "Responsable Achats / Responsabile Acquisti",
        "Assistent Vertrieb / Assistente Vendite",
        # English words mixed into Italian titles decide nothing (review rev42w)
        "Responsabile Commercial Excellence",
        "Direttore Commercial Operations",
        "Commercial Acquisti",
        # two languages parted by a dash with spaces round it (review rev42w)
        "Responsable Achats – Ufficio Acquisti",
        "Responsable Achats - Ufficio Acquisti",
    ],
)
def test_real_titles_stand(title):
    assert not language_left_by_a_lost_letter(title)


def test_the_mixed_title_goes_to_review():
    parsed = parse_card(_bellavista("Responsable Acquisti"), default_region="IT")
    assert parsed.contact.title == "Responsable Acquisti"
    assert parsed.evidence["title"].endswith("/lo")


def test_the_title_read_whole_stays_accepted():
    parsed = parse_card(_bellavista("Responsabile Acquisti"), default_region="IT")
    assert parsed.evidence["title"] == "strong/hi"


def test_the_language_table_names_only_lexicon_words():
    # The table adds languages to the lexicon's words; it holds no words of its own.
    assert set(WORD_LANGUAGES) <= TITLE_WORDS | DEPARTMENT_WORDS | FIELD_WORDS
