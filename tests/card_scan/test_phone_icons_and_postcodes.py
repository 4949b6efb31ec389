"""National numbers the second blind generator's cards printed with nothing but their address
to name the country, or behind a drawn icon read as brackets (tuning seeds 1 and 5, as read)."""

from __future__ import annotations

import pytest
from printed import as_read

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.postal_regions import postal_regions


@pytest.mark.parametrize(
    ("line", "regions"),
    [
        ("3875-621 Aveiro", ["PT"]),
        ("Rua Augusta 12, 1100-053 Lisboa", ["PT"]),
        ("02-495 Warszawa", ["PL"]),  # Poland's two and three digits stay Poland's
        ("ul. Florianska 4660-357 Poznan", []),  # a Polish one glued to its house number
        ("Dublin 2, D02 X285", ["IE"]),
        ("Limerick V94 T9PX", ["IE"]),
        ("T12 3456 Cork", []),  # four digits alone: a number's piece as often
        ("EC2R 2GE London", []),  # GB's own rule (gb_postcode) names it
    ],
)
def test_a_postcode_of_portugal_or_ireland_names_its_country(line: str, regions: list[str]):
    assert postal_regions([line]) == regions


def test_a_portuguese_number_beside_a_portuguese_postcode():
    lines = as_read(
        [("Brandao", 0.90, 396, 136, 191, 36), ("&", 0.90, 606, 137, 29, 35),
         ("Moreira", 0.97, 655, 136, 170, 36), ("S.A", 0.96, 844, 136, 78, 36)],
        [("Nuno", 0.96, 395, 210, 109, 34), ("Carvalho", 0.95, 519, 210, 186, 34)],
        [("D", 0.93, 395, 475, 21, 27), ("234", 0.97, 431, 478, 55, 24),
         ("552", 0.96, 499, 478, 56, 24), ("080", 0.97, 567, 478, 56, 24)],
        [("E", 0.93, 394, 519, 12, 18),
         ("nuno.carvalho@brandaomoreira.com", 0.92, 416, 520, 378, 20)],
        [("3875-621", 0.96, 393, 644, 127, 22), ("Aveiro", 0.96, 536, 643, 87, 23)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert [p.e164 for p in parsed.contact.phones] == ["+351234552080"]


def test_a_phone_icon_read_as_empty_brackets_is_no_area_code():
    lines = as_read(
        [("LF", 0.91, 103, 284, 66, 36), ("KONEPAJA", 0.91, 186, 280, 307, 40),
         ("OYJ", 0.96, 513, 279, 118, 40)],
        [("Tuomas", 0.93, 94, 372, 225, 48), ("Vaisanen", 0.91, 340, 373, 291, 50)],
        [("()", 0.24, 747, 398, 23, 42), ("044", 0.96, 797, 408, 80, 33),
         ("350", 0.96, 892, 408, 82, 35), ("30", 0.96, 991, 409, 55, 35),
         ("16", 0.96, 1069, 410, 51, 35)],
        [("CONSULTANT", 0.97, 91, 451, 294, 37)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert [p.e164 for p in parsed.contact.phones] == ["+358443503016"]
