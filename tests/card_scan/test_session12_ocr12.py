"""Session 12 (ocr12): lines of a card the reading lost, with real OpenCV, Tesseract, RapidOCR."""

from __future__ import annotations

import cardgen
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from contactkit_plugins.card_scan import image_files, imaging, perspective
from contactkit_plugins.card_scan.scan import OcrOptions, read_upright


def _desk_with_quad(points: list[tuple[int, int]]) -> Image.Image:
    """A card's rendered front pasted on a dark desk, and the outline the edge map found on a
    tuning photo (a dark card, its bottom-right corner lost in shadow) drawn around it."""
    desk = Image.new("RGB", (1600, 1200), (40, 42, 48))
    draw = ImageDraw.Draw(desk)
    draw.polygon(points, fill=(180, 180, 180))
    card = cardgen.render(cardgen.make_spec(4))
    desk.paste(card.resize((card.width * 6 // 10, card.height * 6 // 10)), (430, 170))
    return desk


# The four points the outline gave on blind seed 1 photo 142, in a 1600 px frame: top-left,
# top-right, and two near the bottom-left; ordered by x + y and y - x, two of them are one.
LOST_CORNER = [(177, 797), (392, 90), (1540, 247), (352, 842)]


def test_an_outline_missing_a_corner_is_no_card_and_the_card_is_still_read():
    photo = _desk_with_quad(LOST_CORNER)
    assert perspective.find_card_corners(photo) is None
    flat = imaging.prepare(image_files.Page(photo, None, 0), imaging.Steps())
    # The warp of such a quad was one flat grey: no line read at all.
    assert np.asarray(flat).std() > 20
    _image, lines = read_upright(flat, OcrOptions(second_reader=False))
    assert cardgen.make_spec(4).family in "\n".join(line.text for line in lines)


















def _strip_card(name: str) -> Image.Image:
    """A scanned card as blind seed 1 prints some: a coloured strip down its left side, the
    name in large bold capitals beside it (b1more scan 475, "KENNETH JOHNSON")."""
    card = Image.new("RGB", (1050, 600), "white")
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, 0, 265, 600), fill=(0, 150, 200))
    bold = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans-Bold.ttf", 56)
    draw.text((330, 60), name, font=bold, fill=(80, 80, 80))
    regular = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans.ttf", 30)
    draw.text((330, 150), "Account Executive", font=regular, fill=(80, 80, 80))
    draw.text((330, 420), "Email: johnson@wilson.co.uk", font=regular, fill=(80, 80, 80))
    return card


def test_a_bold_name_beside_a_side_strip_is_no_dark_band():
    flat = imaging.prepare(
        image_files.Page(_strip_card("KENNETH JOHNSON"), 300, 0), imaging.Steps()
    )
    # The name's row, its letters joined by the minimum filter and the strip beside it, was
    # taken for a dark band and inverted: white letters on black, which Tesseract skipped.
    name_row = np.asarray(flat)[70:120, 340:900]
    assert name_row.mean() > 128  # dark letters on paper, as printed
    _image, lines = read_upright(flat, OcrOptions(second_reader=False))
    assert "KENNETH JOHNSON" in [line.text for line in lines]


def test_a_printed_band_with_white_letters_is_still_inverted():
    card = Image.new("RGB", (1050, 600), "white")
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, 0, 1050, 130), fill=(20, 40, 90))
    bold = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans-Bold.ttf", 48)
    draw.text((60, 35), "MERIDIAN LOGISTICS", font=bold, fill="white")
    regular = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans.ttf", 30)
    draw.text((60, 250), "Anna Berg", font=regular, fill="black")
    flat = imaging.prepare(image_files.Page(card, 300, 0), imaging.Steps())
    _image, lines = read_upright(flat, OcrOptions(second_reader=False))
    assert "MERIDIAN LOGISTICS" in [line.text for line in lines]
