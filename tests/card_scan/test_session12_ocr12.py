"""Session 12 (ocr12): lines of a card the reading lost, with real OpenCV, Tesseract, RapidOCR."""

from __future__ import annotations

import cardgen
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from contactkit_plugins.card_scan import email_reading, image_files, imaging, perspective
from contactkit_plugins.card_scan.ocr import Line, Word
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


def _email_row(text: str) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """One email line of a card, printed small and softened as on a phone photo."""
    font = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans.ttf", 26)
    image = Image.new("RGB", (1100, 200), "white")
    draw = ImageDraw.Draw(image)
    draw.text((40, 60), "+44 161 694 8321", font=font, fill="black")
    draw.text((40, 110), text, font=font, fill="black")
    return image.filter(ImageFilter.GaussianBlur(0.7)), draw.textbbox((40, 110), text, font=font)


def _line(text: str, conf: float, left: int, top: int, right: int, bottom: int) -> Line:
    return Line([Word(text, conf, left, top, right - left, bottom - top)])


def test_scraps_of_an_email_row_are_read_again_as_one_line():
    # As blind seed 1 photo 163 came out of Tesseract and the missed-line reader: the row's
    # start lost, its middle and end two lines that overlap on the "@".
    image, (left, top, right, bottom) = _email_row("john.wood@ilgroup.co.uk")
    phone = _line("+44 161 694 8321", 0.95, 40, 62, 300, 85)
    at = left + (right - left) * 9 // 23
    lines = [
        phone,
        _line("a", 0.57, left, top + 3, left + 14, bottom),
        _line("ohn.wood@", 0.91, left + 20, top, at + 12, bottom),
        _line("@ilgroup.co.uk", 0.96, at - 4, top, right, bottom),
    ]
    out = email_reading.reread_email_lines(image, lines)
    assert [line.text for line in out] == ["+44 161 694 8321", "john.wood@ilgroup.co.uk"]
    assert out[0] is phone
    # A card with an address read is left as it is: nothing is read again.
    assert email_reading.reread_email_lines(image, out) is out


def test_an_email_row_read_again_keeps_its_label_apart():
    # Blind seed 1 photo 435: the label, and the address read short in a box that holds it.
    image, (left, top, right, bottom) = _email_row("Email: megan.roberts@pennine.com")
    label = _line("Email:", 0.96, left, top, left + 95, bottom)
    scrap = _line(".roberts@pe", 0.99, left + 110, top, right, bottom)
    out = email_reading.reread_email_lines(image, [label, scrap])
    assert [line.text for line in out] == ["Email: megan.roberts@pennine.com"]


def test_a_gap_tesseract_read_in_the_domain_of_a_whole_line_is_a_lost_letter():
    # Blind seed 1 photo 101: "@ac kson-thompson" read whole by Tesseract and "@ackson-thompson"
    # by RapidOCR, for "@jackson-thompson": both lost the j, and the reading was accepted wrong.
    image, (left, top, right, bottom) = _email_row("E: anna@ackson.com")
    line = _line("E: anna@ac kson.com", 0.96, left, top, right, bottom)
    assert email_reading.reread_email_lines(image, [line]) == [line]


def test_a_letter_tesseract_read_in_the_domain_and_the_reading_drops_is_kept():
    # Blind seed 1 photo 495: "@moreeufils fr" (the parser reads it right beside the website)
    # and RapidOCR's agreed "@moreaufis.fr", which drops the l.
    assert email_reading._letter_lost(
        "laurent. veronique@moreeufils fr", "laurent.veronique@moreaufis.fr"
    )
    assert not email_reading._letter_lost(
        "e-mail; katarrynagessokol pl", "e-mai:katarzyna@ssokol.pl"
    )


def test_a_row_whose_crops_agree_on_no_address_is_kept():
    image = Image.new("RGB", (800, 120), "white")  # nothing printed: no reading agrees
    line = _line("E-Mail: anna@acme", 0.6, 40, 40, 400, 70)
    assert email_reading.reread_email_lines(image, [line]) == [line]


def test_the_reading_keeps_tesseracts_label_space_but_none_in_the_domain():
    assert email_reading._spaced("E barbara@ac kson.co uk", "Ebarbara@jackson.co.uk") == (
        "E barbara@jackson.co.uk"
    )


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
