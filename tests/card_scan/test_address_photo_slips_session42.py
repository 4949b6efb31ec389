"""Address slips on photos (session 42, addr42): letters a street's language never writes so (a
Spanish j or a French h before a consonant, a word opening on a small l and a consonant), a digit
glued to a street word's end, and a town's ü read ti. Hand-made OCR lines."""

from __future__ import annotations

import pytest
from ocr_lines import stacked_lines

from contactkit_plugins.card_scan.address_slips import doubtful_street
from contactkit_plugins.card_scan.calibration import probability
from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.places import checked_city
from contactkit_plugins.card_scan.review_rule import MINOR_KEEP
from contactkit_plugins.card_scan.street_letter_slips import odd_pairs


def _card(region: str, *rows: str) -> ParsedCard:
    """A card printing a name, a firm and ``rows``, as the parser reads it."""
    return parse_card(stacked_lines("Anna Visser", "Acme", *rows, conf=0.93), default_region=region)


@pytest.mark.parametrize(
    ("region", "rows", "level"),
    [
        # ñ read jfi (lc p461/card-022)
        ("ES", ("Plaza de Espajfia, 195, 1°", "08021 Barcelona"), "street+city+odd-letters"),
        # ô read d (lc p460/card-040)
        ("CH", ("Rue du Rhdne 192 - 4039 Basel - Schweiz",), "street+city+odd-letters"),
        # Indië's I read l (lc p463/card-017)
        (
            "NL",
            ("Laan van Nieuw Oost-lndie 151a", "3578 RH Utrecht"),
            "street+city+odd-letters",
        ),
        # a speck read as an s glued before the street's S (fresh photo seed 502, card 91)
        ("CH", ("sSeefeldstrasse 50", "1288 Genève"), "street+city+odd-letters"),
        # á read 4 (lc p460/card-060)
        ("ES", ("Calle de Alcal4, 67, 3° B - 46029 Valencia",), "street+city+stray-sign"),
    ],
)
def test_a_street_its_language_never_spells_so_is_left_out(region, rows, level):
    level_read = _card(region, *rows).evidence["addresses"]
    assert level_read == level
    assert probability("addresses", level_read) < MINOR_KEEP["addresses"]


@pytest.mark.parametrize(
    ("street", "region"),
    [
        ("Calle del Reloj 5", "ES"),  # a Spanish j at a word's end
        ("Lijfstraat 12", "NL"),  # Dutch writes ij before an f
        ("Rue du Rhône 5", "CH"),
        ("12 rue de Lachambre", "FR"),
        ("5 rue Schmidt", "FR"),  # a German name's ch in a French street
        ("Jalan Mohd Ali 5", "MY"),  # an h before a d outside a French street
        ("Storgatan 3 lgh 1102", "SE"),  # a Swedish flat
        ("Calle Llano 4", "ES"),
        ("Industriestraße 5", "DE"),
        # rev42a: real streets the first cut doubted
        ("Rijnstraat 8", "ES"),  # a Dutch address on a card read with region ES
        ("Bijlmerdreef 101", "ES"),
        ("Avenue du Président-John-Kennedy 12", "FR"),  # Rosny-sous-Bois
        ("10 rue du Docteur Ahmed Benzaoui", "DZ"),
        ("Boulevard du Roi Fahd 7", "MA"),
        ("Rue d'Ohnenheim 2", "FR"),  # an Alsatian village
        ("Rue des Khmers 3", "FR"),
        ("lvl 12, 100 George St", "AU"),  # a level, Australia
        # Irish after its article: eclipsis, a prefixed h or t (rev45)
        ("12 Bóthar na gCloch", "IE"),
        ("Sráid an tSéipéil 3", "IE"),
        ("4 Bóthar na hAbhann", "IE"),
    ],
)
def test_a_real_street_is_not_held_odd(street, region):
    assert not odd_pairs(street, region)


@pytest.mark.parametrize(
    ("street", "want"),
    [
        ("Calle de Alcal4, 67, 3º B", True),
        ("Room1203, 5 Main Street", False),  # a unit glued to its number: more digits
        ("Hauptstr. 5", False),
        ("Calle Mayor 4", False),
        ("Jongno1-ga 10", False),  # Seoul: a digit glued before a hyphen (rev42a)
        ("Yeoksam1-dong 825", False),
    ],
)
def test_a_digit_glued_to_a_word_end(street, want):
    assert doubtful_street(street) is want


def test_a_town_whose_umlaut_was_read_ti_is_mended():
    assert checked_city("Mtinchen", "DE") == ("München", "mended")
    (address,) = _card(
        "DE", "Kaiser-Wilhelm-Ring 45a", "80077 Mtinchen", "Deutschland"
    ).contact.addresses
    assert (address.street, address.postal_code, address.city) == (
        "Kaiser-Wilhelm-Ring 45a",
        "80077",
        "München",
    )
