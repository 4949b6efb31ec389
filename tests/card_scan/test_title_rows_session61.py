"""A title on two rows read whole where the first row only opens it ("CUSTOMER" | "SUCCESS
MANAGER", "ALGEMEEN" | "DIRECTRICE") or the second names the countries the role covers with an
I read l ("UK & lreland"). Second blind generator, photo and scan seed 16 as read; each was
accepted wrong, cut to one row."""

from __future__ import annotations

from printed import as_read

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.title_rows import region_mended, region_row


def test_a_customers_field_over_its_role():
    lines = as_read(
        [("Morten", 0.96, 84, 84, 279, 60), ("Dahl", 0.96, 393, 79, 168, 62)],
        [("CUSTOMER", 0.97, 84, 190, 258, 32)],
        [("PH", 0.97, 842, 208, 77, 42), ("Properties", 0.97, 944, 204, 287, 53),
         ("AS", 0.97, 1248, 203, 75, 42)],
        [("SUCCESS", 0.95, 87, 243, 201, 31), ("MANAGER", 0.95, 312, 240, 229, 31)],
        [("Mob:", 0.97, 100, 610, 91, 30), ("47", 0.97, 208, 610, 46, 28),
         ("27", 0.97, 269, 609, 44, 29), ("24", 0.96, 328, 608, 45, 29),
         ("10", 0.96, 388, 608, 44, 28)],
        [("Email:", 0.93, 101, 663, 105, 31), ("dahl@ph.no", 0.73, 224, 661, 214, 36)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="NO")
    assert parsed.contact.title == "CUSTOMER SUCCESS MANAGER"


def test_a_dutch_general_managers_head():
    lines = as_read(
        [("DSG", 0.92, 89, 306, 125, 51), ("Groep", 0.93, 242, 305, 197, 63),
         ("B.V.", 0.91, 466, 301, 120, 51)],
        [("E:", 0.93, 726, 379, 32, 35), ("swillems@dsg.nl", 0.86, 779, 372, 349, 50)],
        [("Sanne", 0.96, 88, 419, 211, 55), ("Willems", 0.96, 319, 413, 278, 57)],
        [("Herengracht", 0.92, 728, 505, 259, 48), ("128", 0.96, 1003, 506, 72, 34),
         ("bis", 0.97, 1092, 504, 56, 35)],
        [("ALGEMEEN", 0.92, 87, 510, 285, 42)],
        [("3596", 0.96, 727, 568, 100, 35), ("LX", 0.96, 844, 568, 46, 33),
         ("Utrecht", 0.97, 905, 564, 154, 36)],
        [("DIRECTRICE", 0.90, 92, 575, 301, 42)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="NL")
    assert parsed.contact.title == "ALGEMEEN DIRECTRICE"


def test_the_countries_a_role_covers_with_an_i_read_l():
    lines = as_read(
        [("Rengra", 0.86, 121, 257, 156, 42), ("S.A.", 0.96, 295, 257, 80, 33)],
        [("e:", 0.89, 598, 322, 28, 21), ("antonio@rengra.es", 0.91, 643, 316, 312, 34)],
        [("Dra.", 0.97, 120, 332, 55, 23), ("Antonio", 0.97, 187, 332, 112, 23),
         ("Castillo", 0.96, 309, 332, 103, 23), ("Munoz", 0.92, 424, 332, 92, 23)],
        [("Country", 0.96, 120, 372, 132, 32), ("Manager", 0.96, 265, 372, 153, 33)],
        [("UK", 0.92, 121, 414, 40, 26), ("&", 0.92, 161, 414, 20, 26),
         ("lreland", 0.92, 181, 414, 140, 26)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="ES")
    assert parsed.contact.title == "Country Manager UK & Ireland"


def test_an_l_is_an_i_only_where_it_makes_a_country():
    assert region_mended("UK & lreland") == "UK & Ireland"
    assert region_mended("ltaly") == "Italy"
    assert region_mended("legal & tax") == "legal & tax"  # no region row: as read
    assert not region_row(["land"])
