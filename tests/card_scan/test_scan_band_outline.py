"""A scan whose only clear outline is a band printed on the card: the card's own edge washed out
by the lid's light. The band is no card, since print lies outside it (real Tesseract)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from contactkit_plugins.card_scan import image_files, imaging, perspective
from contactkit_plugins.card_scan.scan import OcrOptions, read_upright

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
EMAIL = "kasper.rasmussen@ostergaard.dk"


def _scan(band: bool, text_on_band_side: bool = True) -> Image.Image:
    """A 300-dpi scan: a cream card on a lid one shade lighter, a red band down its left third
    (or none), and the contact block to its right."""
    lid = Image.new("RGB", (1180, 800), (246, 246, 244))
    draw = ImageDraw.Draw(lid)
    draw.rectangle((40, 40, 1140, 760), fill=(240, 238, 232))
    if band:
        draw.rectangle((40, 40, 400, 760), fill=(200, 25, 70))
    font = ImageFont.truetype(FONT, 34)
    left = 450 if text_on_band_side else 80
    for row, text in enumerate(("KASPER RASMUSSEN", "+45 89 72 59 68", EMAIL, "2100 Copenhagen")):
        draw.text((left, 200 + row * 90), text, fill=(30, 30, 30), font=font)
    return lid


@pytest.fixture(scope="module")
def band_scan() -> Image.Image:
    return _scan(band=True)


def test_the_band_is_the_outline_found_and_print_lies_outside_it(band_scan):
    corners = perspective.find_card_corners(band_scan)
    assert corners is not None
    assert corners[:, 0].max() < 420  # the band's right edge, not the card's
    assert perspective.leaves_print_outside(band_scan, corners)


def test_an_outline_holding_all_the_print_leaves_none_outside():
    card = _scan(band=False, text_on_band_side=False)
    corners = np.array([[40, 40], [1140, 40], [1140, 760], [40, 760]], np.float32)
    assert not perspective.leaves_print_outside(card, corners)


def test_a_scan_is_not_warped_to_its_band_and_reads_whole(band_scan):
    page = image_files.Page(band_scan, 300.0, 0)
    prepared = imaging.prepare(page, imaging.Steps())
    _image, lines = read_upright(prepared, OcrOptions(second_reader=False))
    text = "\n".join(line.text for line in lines)
    assert EMAIL in text
    assert "RASMUSSEN" in text
