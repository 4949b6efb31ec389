"""Numbers on photos printed in all 17 font families (session 22): a full-width bracket, a
label's stop read as a comma, a region two clues tie on, a house number and postcode run into
a city, a country code before letters. Hand-made OCR lines as the photos read them; each failed
before its fix.
"""

from __future__ import annotations

from ocr_lines import stacked_lines as card

from contactkit_plugins.card_scan.fields import parse_card


def _phones(*rows: str, region: str = "US") -> list[str]:
    contact = parse_card(card(*rows), default_region=region).contact
    return sorted(f"{p.e164}/{p.kind.value}" for p in contact.phones)


def test_a_full_width_bracket_opens_an_area_code():
    # "（617) 879-9992" (s85 photo 27), "+31（0)6 55028742" (s85 photo 44): the number unread.
    assert _phones(("Ann Lee", 44), "（617) 879-9992", "ann@lee.com") == ["+16178799992/work"]
    rows = [("Jan de Vries", 44), "+31 40 973 0987", "+31（0)6 55028742", "jan@vries.nl"]
    assert _phones(*rows) == ["+31409730987/work", "+31655028742/cell"]
