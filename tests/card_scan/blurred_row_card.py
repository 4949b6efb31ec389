"""A card whose address row is blurred past reading (Anna Weber, anna.weber@acme-tools.de):
its image and Tesseract's reading of it, shared by the fitting tests (``test_email_fit``) and
the review tests (``review_cards``)."""

from __future__ import annotations

from ocr_lines import boxed_line as _line
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def row_card(name: str, address_row: str, site: str, blur: float = 2.0) -> Image.Image:
    """A card of three rows (a name, an address row, a site) rendered and blurred by ``blur``
    (2.0: the address row past reading)."""
    image = Image.new("RGB", (1000, 320), "white")
    draw = ImageDraw.Draw(image)
    draw.text((100, 40), name, font=ImageFont.truetype(FONT, 40), fill="black")
    draw.text((100, 145), address_row, font=ImageFont.truetype(FONT, 26), fill="black")
    draw.text((100, 230), site, font=ImageFont.truetype(FONT, 26), fill="black")
    return image.filter(ImageFilter.GaussianBlur(blur))


def blurred_row_image(blur: float) -> Image.Image:
    """The card rendered and blurred by ``blur`` (2.0: the address row past reading)."""
    return row_card("Anna Weber", "E: anna.weber@acme-tools.de", "www.acme-tools.de", blur)


BLURRED_ROW_LINES = [
    _line(("Anna", 0.96, 100, 40, 110, 45), ("Weber", 0.96, 220, 40, 140, 45)),
    # Tesseract's reading of the blurred row: no @, no address.
    _line(
        ("E", 0.4, 100, 145, 20, 30),
        ("anna", 0.3, 140, 145, 70, 30),
        ("wehcr", 0.2, 215, 145, 90, 30),
        ("acme-tocls", 0.3, 310, 145, 235, 30),
    ),
    _line(("www.acme-tools.de", 0.95, 100, 230, 260, 30)),
]
