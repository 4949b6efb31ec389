"""Session 9: cards card_scan read worse than bare Tesseract, or read wrong without a flag
(blind seed 1 and the project's own generator), printed and read back with Tesseract."""

from __future__ import annotations

import io

import cardgen
from PIL import Image, ImageDraw, ImageFont

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.scan import OcrOptions, card_lines


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans.ttf", size)


def test_a_scan_with_a_band_down_its_side_is_not_cropped_to_the_band():
    # A card that fills the scan, a blue band down its left side, scanned a little askew:
    # after deskewing, the band stood out from the turn's white corners and was taken for the
    # card, so every line was cut after four letters ("E alex", "Telefor").
    card = Image.new("RGB", (1011, 659), (252, 252, 251))
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, 0, 380, 659), fill=(0, 150, 200))  # card-shaped itself
    rows = [("Alexandra Schmid", 36), ("Schwarz GmbH & Co. KG", 28), ("Telefon 0711 259408-0", 26)]
    rows += [("E alexandra.schmid@schwarz.com", 26), ("Im Gewerbepark 213, Stuttgart", 22)]
    top = 70
    for text, size in rows:
        draw.text((420, top), text, fill=(70, 70, 70), font=_font(size))
        top += int(size * 1.9)
    askew = card.rotate(0.7, resample=Image.BICUBIC, expand=True, fillcolor=(252, 252, 251))
    buffer = io.BytesIO()
    askew.save(buffer, "PNG", dpi=(300, 300))
    parsed = parse_card(card_lines(buffer.getvalue(), 0, OcrOptions()), default_region="DE")
    assert parsed.contact.emails == ["alexandra.schmid@schwarz.com"]
    assert parsed.contact.name.full == "Alexandra Schmid"
    assert [p.e164 for p in parsed.contact.phones] == ["+497112594080"]


def _card(rows: list[tuple[str, int, float]], region: str):
    """A white 300 DPI card; each row is (text, size, tracking: extra space per letter in ems)."""
    image = Image.new("RGB", (1050, 600), "white")
    draw = ImageDraw.Draw(image)
    top = 50
    for text, size, tracking in rows:
        font, x = _font(size), 60.0
        for char in text:
            draw.text((x, top), char, fill="black", font=font)
            x += font.getlength(char) + tracking * size
        top += int(size * 1.7)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(300, 300))
    return parse_card(card_lines(buffer.getvalue(), 0, OcrOptions()), default_region=region)


def test_a_letter_spaced_name_is_one_line_though_its_word_gaps_are_wide():
    # Tesseract reads each letter-spaced word well, but gives each as a line of its own: the
    # word gap of a spaced line is wider than two letters of plain print.
    parsed = _card(
        [
            ("Bram van der Wal", 34, 0.45),
            ("Financieel Controller", 26, 0.0),
            ("Berg Advies B.V.", 28, 0.0),
            ("Tel. 020 534 5010", 26, 0.0),
            ("bram_vanderwal@bergadvies.nl", 26, 0.0),
        ],
        region="NL",
    )
    assert parsed.contact.name.full == "Bram van der Wal"
    assert parsed.contact.emails == ["bram_vanderwal@bergadvies.nl"]


