"""Session 15, photo emails: an address row whose Tesseract words spill into the rows above and
below, read again by real RapidOCR on a rendered card. Blind seed 10 photo 39 had
``Emaii eomearinaly khan@jacksonbiackwood se ue`` with ``eomearinaly`` and ``se`` 52-54 px high
in a 23-px row; the row's crop held three rows and RapidOCR read none. Failed before its change."""

from __future__ import annotations

import cardgen
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from contactkit_plugins.card_scan.email_reading import reread_email_lines
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.ocr import Line, Word
from contactkit_plugins.card_scan.row_band import row_band

ROWS = (
    "T | +44 (0)117 268 7272",
    "Email: alexandra.khan@jacksonblackwood.co.uk",
    "https://www.jacksonblackwood.co.uk",
)


def _card() -> tuple[Image.Image, list[tuple[int, int, int, int]]]:
    """Three small rows set close, as on the photo, softened a little."""
    font = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans.ttf", 22)
    image = Image.new("RGB", (900, 260), "white")
    draw = ImageDraw.Draw(image)
    boxes = []
    for n, text in enumerate(ROWS):
        draw.text((40, 80 + 28 * n), text, font=font, fill=(90, 90, 90))
        boxes.append(draw.textbbox((40, 80 + 28 * n), text, font=font))
    return image.filter(ImageFilter.GaussianBlur(1.2)), boxes


def _spilt_row(box: tuple[int, int, int, int]) -> Line:
    """The address row as Tesseract gave it: sure words of its own height, garbage of three."""
    left, top, right, bottom = box
    tall, height = (top - 28, 3 * (bottom - top)), bottom - top
    return Line(
        [
            Word("Emaii", 0.84, left, top, 70, height),
            Word("eomearinaly", 0.0, left + 80, tall[0], 150, tall[1]),
            Word("khan@jacksonbiackwood", 0.91, left + 240, top, 300, height),
            Word("se", 0.18, left + 550, tall[0], 40, tall[1]),
            Word("ue", 0.64, left + 600, top, right - left - 600, height + 20),
        ]
    )


def test_a_row_read_in_its_own_band_not_the_rows_its_words_spill_into():
    image, (phone, email, site) = _card()
    row = _spilt_row(email)
    _, top, _, bottom = row_band([row])
    assert email[1] - 2 <= top and bottom <= email[3] + 22  # the row, not its neighbours
    lines = [
        Line([Word("ALEXANDRA", 0.96, 40, 10, 200, 40), Word("KHAN", 0.96, 250, 10, 100, 40)]),
        Line([Word(w, 0.9, phone[0] + 60 * n, phone[1], 50, 20) for n, w in enumerate(["T", "|"])]),
        row,
        Line([Word("https://www.jacksonblackwood.co.uk", 0.9, *site[:2], 400, 22)]),
    ]
    parsed = parse_card(reread_email_lines(image, lines), default_region="GB")
    assert parsed.contact.emails == ["alexandra.khan@jacksonblackwood.co.uk"]


def test_a_row_with_no_sure_word_keeps_its_box():
    row = Line([Word("eomearinaly", 0.2, 100, 50, 150, 60), Word("se", 0.9, 260, 50, 40, 60)])
    assert row_band([row]) == (100, 50, 300, 110)


def test_a_sure_word_of_small_letters_only_does_not_set_the_band():
    """b11 photo 85: ``ana`` (x-height, 21 px) beside ``sanz@navarro-asociados`` (34 px) on a
    slanted row; a band of ``ana``'s height cut the address's ascenders and it was read
    ``navano.asociados``."""
    row = Line(
        [
            Word("ana", 0.92, 87, 626, 60, 21),
            Word("sanz@navarro-asociados", 0.75, 160, 617, 440, 34),
            Word("es", 0.78, 620, 610, 52, 45),
        ]
    )
    assert row_band([row]) == (87, 610, 672, 655)
