"""Address slips on photos (session 42, addr42): letters a street's language never writes so (a
Spanish j or a French h before a consonant, a word opening on a small l and a consonant), a digit
glued to a street word's end, and a town's ü read ti. Hand-made OCR lines."""

from __future__ import annotations

import pytest
from ocr_lines import boxed_line

from contactkit_plugins.card_scan.address_slips import doubtful_street
from contactkit_plugins.card_scan.calibration import probability
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.places import checked_city
from contactkit_plugins.card_scan.review_rule import MINOR_KEEP
from contactkit_plugins.card_scan.street_letter_slips import odd_pairs
from contactkit_plugins.card_scan.text_lines import Line


def _line(text: str, top: int, conf: float = 0.93) -> Line:
    words, x = [], 60
    for w in text.split():
        words.append((w, conf, x, top, 16 * len(w), 22))
        x += 16 * len(w) + 10
    return boxed_line(*words)


def _address(region: str, *rows: str) -> tuple | None:
    lines = [_line("Anna Visser", 40), _line("Acme", 80)]
    lines += [_line(row, 140 + 40 * i) for i, row in enumerate(rows)]
    parsed = parse_card(lines, default_region=region)
    if not parsed.contact.addresses:
        return None
    a = parsed.contact.addresses[0]
    return (a.street, a.postal_code, a.city), parsed.evidence["addresses"]


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
        # á read 4 (lc p460/card-060)
        ("ES", ("Calle de Alcal4, 67, 3° B - 46029 Valencia",), "street+city+stray-sign"),
    ],
)
def test_a_street_its_language_never_spells_so_is_left_out(region, rows, level):
    got = _address(region, *rows)
    assert got is not None
    assert got[1] == level
    assert probability("addresses", got[1]) < MINOR_KEEP["addresses"]


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
    ],
)
def test_a_digit_glued_to_a_word_end(street, want):
    assert doubtful_street(street) is want


def test_a_town_whose_umlaut_was_read_ti_is_mended():
    assert checked_city("Mtinchen", "DE") == ("München", "mended")
    got = _address("DE", "Kaiser-Wilhelm-Ring 45a", "80077 Mtinchen", "Deutschland")
    assert got is not None
    assert got[0] == ("Kaiser-Wilhelm-Ring 45a", "80077", "München")
