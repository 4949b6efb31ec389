"""Session 16 (hunt16): fields the merged session-16 changes accepted wrong, each on a hand-made
card given as the OCR lines Tesseract reads."""

from __future__ import annotations

from ocr_lines import accepted
from printed import worded_lines

from contactkit_plugins.card_scan.fields import parse_card


def _glyph_card(name: str, email: str) -> list:
    return worded_lines(
        (name, 44), ("Acme Corp", 34), ("+1 415 555 0134", 26), (f"{email}@acme.com", 26)
    )


def test_a_name_read_with_a_glyph_split_does_not_spoil_the_address():
    # "William" read "Williarn" (m as rn): glyph_slip made the address read right
    # "williarn.brown@" and took both at name+domain+repaired (0.97) and email (0.99).
    for name, email in (("Williarn Brown", "william.brown"), ("Aclam Smith", "adam.smith")):
        parsed = parse_card(_glyph_card(name, email), default_region="US")
        assert parsed.contact.emails == [f"{email}@acme.com"]
        assert not accepted(parsed, "name")


def test_an_address_read_with_glyphs_merged_is_still_mended():
    # b16 scan 62: "bemd_kaiser@" for Bernd Kaiser, the given name read right.
    parsed = parse_card(_glyph_card("Bernd Kaiser", "bemd_kaiser"), default_region="DE")
    assert parsed.contact.emails == ["bernd_kaiser@acme.com"]
