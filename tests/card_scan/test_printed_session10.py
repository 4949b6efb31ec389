"""Session 10: fields card_scan auto-accepted wrong on tuning cards (blind seed 1, own seeds),
printed and read back with Tesseract or given as hand-made OCR lines."""

from __future__ import annotations

import io

import cardgen
from PIL import Image, ImageDraw, ImageFont

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.scan import OcrOptions, card_lines


def _email_row_card(font: str, size: int) -> bytes:
    """A scan's layout where small print sits in a column beside the address (blind seed 1)."""
    image = Image.new("RGB", (1019, 675), "white")
    draw = ImageDraw.Draw(image)
    rows = [
        ("FLORIAN MÜLLER", 80, 221, 56), ("Senior Software Engineer", 80, 306, 30),
        ("Weber Medizintechnik SE", 77, 420, 28), ("Tel. 089 5436730-0", 804, 418, size),
        ("Fax 089 5436 7309", 806, 440, size), ("Industriestraße 67a", 78, 460, 18),
        ("E-Mail: florian.mueller@webermedizintechnik.de", 561, 461, size),
        ("Web https://webermedizintechnik.de/contact", 597, 482, size),
        ("80483 München", 78, 489, 18),
    ]  # fmt: skip
    for text, left, top, px in rows:
        face = ImageFont.truetype(f"{cardgen.FONT_DIR}/{font}", px)
        draw.text((left, top), text, fill="black", font=face)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(300, 300))
    return buffer.getvalue()


def test_an_email_line_sparse_mode_broke_into_scraps_is_read_again_as_one_row():
    # Sparse-text mode gave "E-Mail: florian." / "de" (or "weber"): no address, where bare
    # Tesseract read the whole line. The row is read again in block mode.
    for font, size in (("DejaVuSerif-Bold.ttf", 14), ("DejaVuSerif-BoldItalic.ttf", 15)):
        lines = card_lines(_email_row_card(font, size), 0, OcrOptions())
        parsed = parse_card(lines, default_region="DE")
        assert parsed.contact.emails == ["florian.mueller@webermedizintechnik.de"]
        assert parsed.contact.organization.name == "Weber Medizintechnik SE"














