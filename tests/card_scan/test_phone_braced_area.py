"""An area code's brackets read as braces: the number is read, not left out (session 66)."""

from __future__ import annotations

from printed import as_read

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.phone_text import braces_as_brackets


def test_braces_round_an_area_code_are_its_brackets():
    assert braces_as_brackets("{617} 458-6688") == "(617) 458-6688"
    assert braces_as_brackets("(212} 555-0100") == "(212) 555-0100"
    assert braces_as_brackets("{212) 555-0100") == "(212) 555-0100"
    assert braces_as_brackets("{ACME} 2024") == "{ACME} 2024"


def test_a_mobile_read_with_braces_is_read_and_its_kind_left_to_review():
    # First blind generator, photo seed 706 card 32, as read: the mobile left out, the office
    # line and the fax accepted at bare/hi
    lines = as_read(
        [("Karen", 0.69, 752, 33, 231, 148), ("Williams", 0.91, 1007, 46, 305, 111)],
        [("Partner", 0.96, 1146, 174, 168, 39)],
        [("TAYLOR", 0.93, 86, 326, 169, 35), ("&", 0.93, 270, 326, 32, 34),
         ("ASSOCIATES", 0.96, 319, 323, 282, 38), ("LLC", 0.91, 616, 323, 81, 38)],
        [("{617}", 0.91, 1034, 341, 95, 33), ("458-6688", 0.96, 1141, 343, 171, 29)],
        [("415971", 0.99, 1008, 387, 184, 33), ("9363", 0.99, 1192, 387, 122, 33)],
        [("Fax", 0.92, 963, 432, 66, 31), ("(415)", 0.92, 1029, 432, 110, 31),
         ("958-0020", 0.92, 1139, 432, 176, 31)],
        [("karen@taylorassociates.com", 0.89, 799, 478, 587, 34)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert {p.e164 for p in parsed.contact.phones} == {
        "+16174586688",
        "+14159719363",
        "+14159580020",
    }
    assert parsed.confidence["phones"] < REVIEW_BELOW
