"""A card with no address after every other re-read: a doubtful line box holding two rows of
small print read again by Tesseract in block mode (email_block_rows; session 33, photo 334
cards 2 and 77: ``monika. pea a ch`` and ``bem Oentyses`` for the address and the website)."""

from __future__ import annotations

import cardgen
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from contactkit_plugins.card_scan.email_block_rows import reread_rows_as_block
from contactkit_plugins.card_scan.email_mend import LONE_SOURCE
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.scan import OcrOptions, reread_address_block
from contactkit_plugins.card_scan.text_lines import Line, Word

OPTIONS = OcrOptions()
LANGUAGES = list(OPTIONS.languages)


def _two_rows(first: str, second: str) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """Two rows of small print set close (the address, the website under it), softened, and
    the box of both together, as Tesseract's one line box held them."""
    font = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans.ttf", 24)
    image = Image.new("RGB", (1000, 400), "white")
    draw = ImageDraw.Draw(image)
    draw.text((60, 40), "Monika Grossmann", font=font, fill="black")
    draw.text((60, 80), "Maier Treuhand GmbH", font=font, fill="black")
    a = draw.textbbox((400, 200), first, font=font)
    draw.text((400, 200), first, font=font, fill="black")
    b = draw.textbbox((400, 234), second, font=font)
    draw.text((400, 234), second, font=font, fill=(90, 90, 90))
    box = (min(a[0], b[0]), a[1], max(a[2], b[2]), b[3])
    return image.filter(ImageFilter.GaussianBlur(1.0)), box


def _garbled(box: tuple[int, int, int, int]) -> Line:
    left, top, right, bottom = box
    height = bottom - top
    return Line(
        [
            Word("monika.", 0.77, left, top, 150, height),
            Word("pea", 0.22, left + 160, top, 80, height),
            Word("a", 0.54, left + 250, top, 30, height),
            Word("ch", 0.95, left + 290, top, right - left - 290, height),
        ]
    )


def _card_words() -> list[Line]:
    return [
        Line([Word("Monika", 0.95, 60, 40, 110, 28), Word("Grossmann", 0.95, 180, 40, 180, 28)]),
        Line(
            [
                Word("Maier", 0.95, 60, 80, 90, 28),
                Word("Treuhand", 0.95, 160, 80, 140, 28),
                Word("GmbH", 0.95, 310, 80, 80, 28),
            ]
        ),
    ]


def test_two_rows_in_one_box_are_read_apart_and_the_address_kept_as_lone():
    image, box = _two_rows("monika.grossmann@maier.ch", "www.maier.ch/kontakt")
    lines = reread_rows_as_block(image, [*_card_words(), _garbled(box)], LANGUAGES, "tesserocr")
    added = [line for line in lines if any(w.source == LONE_SOURCE for w in line.words)]
    assert [line.text for line in added] == ["monika.grossmann@maier.ch"]
    # Checked against the name and the company as any lone reading, and sent to review.
    parsed = parse_card(lines, default_region="CH")
    assert parsed.contact.emails == ["monika.grossmann@maier.ch"]
    assert parsed.evidence["emails"] == "mended"


def test_a_doubtful_row_holding_no_address_adds_nothing():
    image, box = _two_rows("Aeschenvorstadt 120", "8048 Zurich")
    lines = [*_card_words(), _garbled(box)]
    assert len(reread_rows_as_block(image, lines, LANGUAGES, "tesserocr")) == len(lines)


def test_a_card_with_an_address_read_is_not_read_again():
    lines = [
        *_card_words(),
        Line([Word("monika.grossmann@maier.ch", 0.9, 400, 200, 400, 28)]),
        _garbled((400, 240, 800, 280)),
    ]
    assert reread_address_block(Image.new("RGB", (10, 10)), lines, OPTIONS) is lines


def test_an_address_the_parser_makes_from_the_scraps_is_not_read_again():
    # "E: monika.grossmann maier.ch": the @ read as a space, rebuilt by the parser from the
    # name and the site (email_rebuild): the card has its address, no crop is read.
    lines = [
        *_card_words(),
        Line(
            [
                Word("E:", 0.9, 400, 200, 30, 28),
                Word("monika.grossmann", 0.6, 440, 200, 260, 28),
                Word("maier.ch", 0.6, 710, 200, 120, 28),
            ]
        ),
        Line([Word("www.maier.ch", 0.9, 400, 240, 200, 28)]),
    ]
    assert parse_card(lines, default_region="CH").contact.emails
    assert reread_address_block(Image.new("RGB", (10, 10)), lines, OPTIONS) is lines
