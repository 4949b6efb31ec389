"""A country alone on its row, set beside none of the address's rows, is no part of the address:
the region a title covers, or a word read from a texture (session 66)."""

from __future__ import annotations

from printed import as_read

from contactkit_plugins.card_scan.fields import parse_card


def test_a_titles_region_in_the_other_column_is_the_titles():
    # Second blind generator, scan seed 25 card 84, as read: the title accepted as "Leiter
    # Vertrieb" and the Graz address stored in Germany
    lines = as_read(
        [("Bayerische", 0.93, 157, 173, 148, 27), ("Spedition", 0.92, 316, 173, 129, 27),
         ("GmbH", 0.97, 458, 173, 80, 21)],
        [("Mag.", 0.96, 158, 232, 96, 40), ("Lukas", 0.96, 270, 230, 119, 32),
         ("Mayer", 0.97, 404, 232, 129, 40)],
        [("Leiter", 0.92, 158, 288, 89, 25), ("Vertrieb", 0.92, 257, 286, 129, 27)],
        [("T", 0.93, 633, 295, 19, 26), ("+43", 0.93, 667, 295, 58, 26),
         ("(0)316", 0.93, 737, 295, 101, 32), ("3340", 0.97, 850, 295, 80, 26)],
        [("Deutschland", 0.96, 159, 330, 198, 27)],
        [("M", 0.92, 635, 345, 28, 26), ("0043", 0.96, 680, 345, 79, 26),
         ("664", 0.96, 772, 344, 59, 27), ("43900354", 0.97, 841, 344, 164, 27)],
        [("E", 0.97, 634, 389, 8, 15), ("mayer.", 0.97, 653, 384, 64, 30),
         ("lukas@bayerischespedition.at", 0.97, 720, 388, 289, 21)],
        [("W", 0.93, 632, 455, 25, 19), ("www.bayerischespedition.at", 0.90, 666, 454, 340, 26)],
        [("Wiener", 0.93, 633, 492, 94, 22), ("StraBe", 0.54, 738, 492, 84, 22),
         ("38", 0.97, 833, 493, 30, 21)],
        [("8015", 0.96, 634, 531, 62, 21), ("Graz", 0.96, 708, 531, 58, 21)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.title == "Leiter Vertrieb Deutschland"
    address = parsed.contact.addresses[0]
    assert (address.city, address.postal_code, address.country) == ("Graz", "8015", None)


def test_a_country_read_from_a_texture_leaves_the_printed_one():
    # Second blind generator, photo seed 14 card 69, as read: "Taiwan" read at 0.20 from the
    # card's patterned foot, stored as the country of a printed Italian address
    lines = as_read(
        [("NDTE", 0.98, 475, 247, 85, 33), ("Elettronica", 0.98, 560, 247, 234, 33),
         ("S.r.l.", 0.98, 794, 247, 128, 33)],
        [("MONICA", 0.97, 410, 328, 274, 50), ("MARIANI", 0.97, 702, 329, 296, 49)],
        [("e", 0.99, 520, 618, 16, 18), ("monica.mariani@ndte.", 0.99, 550, 610, 335, 27),
         ("it", 0.99, 866, 606, 24, 40)],
        [("Viale", 0.97, 580, 712, 69, 25), ("Europa,", 0.96, 661, 712, 104, 32),
         ("953", 0.97, 776, 712, 49, 25)],
        [("22063", 0.99, 576, 757, 90, 29), ("Cantu", 0.99, 666, 757, 90, 29),
         ("(CO)", 0.99, 756, 757, 72, 29)],
        [("Italy", 0.96, 675, 804, 57, 32)],
        [("A", 0.12, 119, 926, 25, 2)],
        [("Taiwan", 0.20, 426, 926, 45, 2)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    address = parsed.contact.addresses[0]
    assert (address.postal_code, address.country) == ("22063", "Italy")
    assert parsed.evidence["addresses"].endswith("/hi")


def test_a_country_under_the_address_stays_its_own():
    lines = as_read(
        [("Anna", 0.96, 100, 100, 120, 40), ("Schmidt", 0.96, 240, 100, 200, 40)],
        [("anna.schmidt@helix.de", 0.95, 100, 200, 380, 30)],
        [("Hauptstraße", 0.96, 600, 300, 200, 30), ("12", 0.96, 810, 300, 40, 30)],
        [("60311", 0.96, 600, 340, 90, 30), ("Frankfurt", 0.96, 700, 340, 160, 30)],
        [("Germany", 0.96, 600, 380, 140, 30)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.addresses[0].country == "Germany"
