"""Session 16 (email16): email rows read as no address on tuning photos, given as the OCR lines
Tesseract reads."""

from __future__ import annotations

import cardgen
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from printed import worded_lines

from contactkit_plugins.card_scan import second_reading
from contactkit_plugins.card_scan.email_rows import ink_bands, reread_unsigned_rows
from contactkit_plugins.card_scan.ocr import Line, Word

needs_rapidocr = pytest.mark.skipif(
    not second_reading.available(), reason="rapidocr is not installed"
)


# --- a doubtful line with no @ holding the address row and the website below (b11 photo 33) ---

ROWS = (("Direkt | 031 424 91 22", (20, 20, 20)), ("margarete.wolf@prisma.ch", (20, 20, 20)))
SITE = ("https://prisma.ch/", (140, 140, 140))


def _two_row_card() -> tuple[Image.Image, tuple[int, int, int, int]]:
    """A phone row, the address, and the lighter website set close below it, softened; the box
    of the address and the website together, as Tesseract's one line held them."""
    font = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans.ttf", 26)
    image = Image.new("RGB", (900, 300), "white")
    draw = ImageDraw.Draw(image)
    for n, (text, colour) in enumerate([*ROWS, SITE]):
        draw.text((300, 60 + 40 * n), text, font=font, fill=colour)
    top = draw.textbbox((300, 100), ROWS[1][0], font=font)
    low = draw.textbbox((300, 140), SITE[0], font=font)
    box = (top[0], top[1], max(top[2], low[2]), low[3])
    return image.filter(ImageFilter.GaussianBlur(1.5)), box


@needs_rapidocr
def test_an_address_row_with_no_at_read_is_read_in_its_own_band():
    image, (left, top, right, bottom) = _two_row_card()
    height = bottom - top
    garbled = Line(
        [
            Word("margerete.", 0.31, left, top, 200, height),
            Word("neha", 0.22, left + 210, top, 120, height),
            Word("phen", 0.35, left + 340, top, 120, height),
            Word("ch", 0.30, left + 470, top, right - left - 470, height),
        ]
    )
    phone = Line(
        [Word("Direkt", 0.93, 300, 62, 90, 26), Word("0314249122", 0.93, 400, 62, 200, 26)]
    )
    bands = ink_bands(np.asarray(image.convert("L")), (left, top, right, bottom))
    assert len(bands) == 2  # the address and the website parted by the gap between them
    lines = reread_unsigned_rows(image, [phone, garbled])
    assert [line.text for line in lines][-1].replace(" ", "") == "margarete.wolf@prisma.ch"


def test_a_card_with_an_address_read_is_not_read_again():
    lines = worded_lines(("anna@acme.com", 22), ("margerete neha phen", 22))
    assert reread_unsigned_rows(Image.new("RGB", (10, 10)), lines) is lines
