"""Slips accepted wrong on the photos p466-p469 (session 42, late42): a French "de a" (la's l
lost or read as a slash), a king's numeral read with a letter no numeral holds (Emanuele If), and
a field word with an inner letter lost (Pant Manager); and the real streets and titles the
review (rev42l) kept from them (Gabaldón, Head of Humans). Hand-made OCR lines."""

from __future__ import annotations

import pytest
from ocr_lines import stacked_lines

from contactkit_plugins.card_scan.calibration import probability
from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.review_rule import MINOR_KEEP
from contactkit_plugins.card_scan.street_letter_slips import odd_pairs
from contactkit_plugins.card_scan.title_checks import word_slip


def _card(region: str, *rows: str) -> ParsedCard:
    """A card printing a name, a firm and ``rows``, as the parser reads it."""
    return parse_card(stacked_lines("Anna Visser", "Acme", *rows, conf=0.93), default_region=region)


@pytest.mark.parametrize(
    ("region", "rows"),
    [
        ("FR", ("51 quai de /a Tournelle", "44020 Nantes")),  # k1 p467/card-004
        ("FR", ("51 quai de a Tournelle", "44020 Nantes")),
        ("IT", ("Corso Vittorio Emanuele If 14 - 40179 Bologna (BO)",)),  # k1 p469/card-038
    ],
)
def test_a_street_read_with_a_slip_its_language_never_writes_is_left_out(region, rows):
    level = _card(region, *rows).evidence["addresses"]
    assert level == "street+city+odd-letters"
    assert probability("addresses", level) < MINOR_KEEP["addresses"]


@pytest.mark.parametrize(
    ("street", "region"),
    [
        ("51 quai de la Tournelle", "FR"),
        ("3 rue d'Alésia", "FR"),
        ("Rúa de A Coruña 5", "ES"),  # Galician: the article A, a capital
        ("1200 rue de la Montagne", "CA"),
        ("Rue de la Paix 12/a", "FR"),
        ("Calle Colón, 70", "ES"),
        ("Calle Valdés Leal, 5", "ES"),
        ("Calle Roldán 4", "ES"),
        ("Calle del Cordón, 3", "ES"),
        ("Calle de Calderón de la Barca, 7", "ES"),
        ("Calle Gabaldón, 12", "ES"),  # a surname, a village of Cuenca
        ("Avenida Arnoldo Gabaldón 3", "VE"),
        ("Calle Puqueldón 450", "CL"),  # a Chilean commune
        ("Calle del Faldón, 2", "ES"),
        ("Corso Vittorio Emanuele II 14", "IT"),
        ("Via Pio XI 5", "IT"),
        ("Viale Papa Giovanni XXIII, 12", "IT"),
        ("Via IV Novembre 3", "IT"),
        ("Via Vittorio Veneto 14", "IT"),
        ("Via Isonzo 3", "IT"),
        ("Avenida de Pío XII, 20", "ES"),
        ("Calle Alfonso XIII, 5", "ES"),
    ],
)
def test_a_real_street_is_not_held_odd(street, region):
    assert not odd_pairs(street, region)


def test_a_field_word_with_an_inner_letter_lost_is_a_slip():
    assert word_slip("Pant Manager")  # k1 p468/card-061: Plant's l lost


@pytest.mark.parametrize(
    "title",
    [
        "Plant Manager",
        "Plan Manager",
        "Pantry Manager",
        "Pants Buyer",
        "Platform Engineer",
        "Head of Humans",  # startups' people teams
        "Chief Humans Officer",
        "Plat Technician",  # a US county's land plats
        "Project Financer",
    ],
)
def test_a_real_title_is_no_slip(title):
    assert not word_slip(title)


def test_a_title_with_plant_lost_is_doubted():
    card = parse_card(
        stacked_lines("Ralf Hahn", "Pant Manager", "POLARIS AG", "ralf.hahn@polaris.ch", conf=0.83),
        default_region="CH",
    )
    assert card.contact.title == "Pant Manager"
    assert card.evidence["title"].endswith("/lo")
