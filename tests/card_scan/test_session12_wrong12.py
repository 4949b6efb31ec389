"""Session 12: fields card_scan auto-accepted wrong on tuning cards (blind seed 1), and a review
risk; hand-made OCR lines as Tesseract gave them, or real RapidOCR on a rendered address. Each
failed before its fix."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

from contactkit_plugins.card_scan import second_reading
from contactkit_plugins.card_scan.email_dots import restore_dots
from contactkit_plugins.card_scan.ocr import Line, Word


def _printed(text: str) -> Image.Image:
    image = Image.new("RGB", (900, 120), "white")
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
    ImageDraw.Draw(image).text((20, 30), text, fill="black", font=font)
    return image


@pytest.mark.skipif(not second_reading.available(), reason="rapidocr is not installed")
def test_a_dot_dropped_after_an_initial_is_put_back_from_a_second_reading():
    # "t.krol@altair.pl" read "tkrol@altair.pl" at 0.96: an initial joined to the family name
    # is a usual form, so the name could not tell, and the address was accepted wrong.
    word = Word("tkrol@altair.pl", 0.96, 18, 30, 330, 50)
    name = Line([Word("Tomasz", 0.96, 18, 200, 120, 40), Word("Król", 0.96, 150, 200, 80, 40)])
    dotted = restore_dots(_printed("t.krol@altair.pl"), [Line([word]), name])
    assert dotted[0].text == "t.krol@altair.pl"
    # An address printed joined stays as it is.
    joined = restore_dots(_printed("tkrol@altair.pl"), [Line([word]), name])
    assert joined[0].text == "tkrol@altair.pl"
