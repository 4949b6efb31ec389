"""An email row Tesseract's sparse pass dropped whole on a grainy photo, found again on a
denoised image and read by RapidOCR, or fitted from the card (email_missed_rows; session 38,
photo 368 card 34: ``wojciech@meridian.pl`` between the phone rows and the website, no line of
it read, and ``second_reading.read_missed`` found no blob: the grain joined the whole card)."""

from __future__ import annotations

import numpy as np
import pytest
from ocr_lines import boxed_line as _line
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.email_mend import FIT_SOURCE, LONE_SOURCE
from contactkit_plugins.card_scan.email_missed_rows import (
    read_missed_address,
    spelt_line,
    unread_rows,
)
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.jobs import OcrOptions
from contactkit_plugins.card_scan.scan import reread_unread_ink
from contactkit_plugins.card_scan.second_reading import ink_of, read_missed, uncovered_blobs

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
ADDRESS = "wojciech@meridian.pl"


def _card(row: str | None, blur: float, grain: float = 28.0) -> Image.Image:
    """A photo's card: the contact column's rows in small print on grainy paper, softened."""
    image = Image.new("L", (1400, 900), 235)
    draw = ImageDraw.Draw(image)
    big, small = ImageFont.truetype(FONT, 44), ImageFont.truetype(FONT, 28)
    draw.text((90, 290), "Wojciech Nowicki", font=big, fill=20)
    draw.text((90, 560), "Meridian S.A.", font=small, fill=20)
    draw.text((900, 560), "T: +48 58 677 50 34", font=small, fill=20)
    draw.text((900, 615), "GSM +48 666 666 859", font=small, fill=20)
    if row:
        draw.text((900, 670), row, font=small, fill=20)
    draw.text((800, 725), "www: https://www.meridian.pl", font=small, fill=20)
    pixels = np.asarray(image.filter(ImageFilter.GaussianBlur(blur)), dtype=float)
    pixels += np.random.default_rng(7).normal(0, grain, pixels.shape)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).convert("RGB")


# Tesseract's lines: every row but the address's (p368/34 read the same rows, no line between).
LINES = [
    _line(("Wojciech", 0.95, 90, 290, 230, 50), ("Nowicki", 0.95, 330, 290, 200, 50)),
    _line(("Meridian", 0.95, 90, 560, 150, 34), ("S.A.", 0.95, 250, 560, 60, 34)),
    _line(
        ("T:", 0.9, 900, 560, 30, 34),
        ("+48", 0.9, 940, 560, 60, 34),
        ("58", 0.9, 1010, 560, 40, 34),
        ("677", 0.9, 1060, 560, 50, 34),
        ("50", 0.9, 1120, 560, 40, 34),
        ("34", 0.9, 1170, 560, 40, 34),
    ),
    _line(
        ("GSM", 0.9, 900, 615, 70, 34),
        ("+48", 0.9, 980, 615, 60, 34),
        ("666", 0.9, 1050, 615, 50, 34),
        ("666", 0.9, 1110, 615, 50, 34),
        ("859", 0.9, 1170, 615, 50, 34),
    ),
    _line(
        ("www:", 0.6, 800, 725, 80, 34),
        ("https://www.meridian", 0.3, 890, 725, 330, 34),
        ("pl", 0.5, 1225, 725, 30, 34),
    ),
]


def _gray(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L"))


def test_the_grain_hides_the_unread_row_from_the_older_search_but_not_after_the_filter():
    gray = _gray(_card(ADDRESS, 1.5))
    assert uncovered_blobs(ink_of(gray), LINES) == []
    [(left, top, right, bottom)] = unread_rows(gray, LINES)
    assert 880 <= left <= 910 and 660 <= top <= 680 and right >= 1200 and bottom <= 712


def test_an_address_two_crops_agree_on_stands_as_a_lone_reading_to_review():
    lines = read_missed_address(
        _card(ADDRESS, 1.5), LINES, "Wojciech Nowicki", "Meridian S.A.", "PL"
    )
    added = [line for line in lines if line not in LINES]
    assert [line.text for line in added] == [ADDRESS]
    assert all(word.source == LONE_SOURCE for word in added[0].words)
    parsed = parse_card(lines, default_region="PL")
    assert parsed.contact.emails == [ADDRESS]
    assert parsed.evidence["emails"] == "mended"  # two crops agreed: read, then corrected
    assert probability("emails", parsed.evidence["emails"]) < REVIEW_BELOW


def test_a_row_too_blurred_to_agree_on_takes_the_form_of_the_name_that_fits_it():
    lines = read_missed_address(
        _card(ADDRESS, 2.0), LINES, "Wojciech Nowicki", "Meridian S.A.", "PL"
    )
    added = [line for line in lines if line not in LINES]
    assert [line.text for line in added] == [ADDRESS]
    assert all(word.source == FIT_SOURCE for word in added[0].words)
    parsed = parse_card(lines, default_region="PL")
    assert parsed.contact.emails == [ADDRESS]
    assert parsed.evidence["emails"] == "fitted"  # its own level, not a reading corrected
    assert probability("emails", "fitted") < REVIEW_BELOW


@pytest.mark.parametrize("blur", [1.5, 2.0])
def test_read_missed_leaves_a_grainy_address_row_to_the_card_s_likely_addresses(blur):
    # rev45: read_missed, given the filtered search for the number rows of grainy photos, added
    # the row "wojciechmeridian.pl" (its @ lost) at blur 2.0, which then covered it: the card
    # ended with no address. It keeps only numbers there.
    image = _card(ADDRESS, blur)
    assert read_missed(image, LINES) == LINES
    lines = reread_unread_ink(image, read_missed(image, LINES), OcrOptions())
    assert [line.text for line in lines if line not in LINES] == [ADDRESS]


def test_the_scan_reads_the_unread_row_with_what_the_parser_reads():
    lines = reread_unread_ink(_card(ADDRESS, 2.0), LINES, OcrOptions())
    assert [line.text for line in lines if line not in LINES] == [ADDRESS]


def test_grain_alone_where_every_row_was_read_gives_no_row():
    assert unread_rows(_gray(_card(None, 1.5)), LINES) == []


def test_an_unread_row_that_holds_no_address_adds_nothing():
    # The site's contact page on a row of its own: read alike, but no address, and no form of
    # the name fits its frames.
    image = _card("https://meridian.pl/kontakt", 1.5)
    assert unread_rows(_gray(image), LINES)
    assert read_missed_address(image, LINES, "Wojciech Nowicki", "Meridian S.A.", "PL") == LINES


def test_a_card_with_an_address_read_is_left_as_read():
    read = [*LINES, _line((ADDRESS, 0.9, 900, 670, 330, 34))]
    assert reread_unread_ink(_card(ADDRESS, 1.5), read, OcrOptions()) == read


BOX = (535, 601, 788, 622)
LIKELY = [
    "c-roth@meyer.de",
    "c.roth@meyer.com",
    "c.roth@meyer.de",
    "c_roth@meyer.de",
    "roth@meyer.de",
]


def test_a_sure_reading_spelling_a_likely_address_but_its_dots_gives_that_address():
    # p478/87: "E c.roth@meyer.de" read "Ec" by Tesseract; RapidOCR read the rest of the row
    # "croth@meyerde" at 0.94, no two crops alike, and the blurred fit found nothing: the card
    # went in with no address. The likely form's separators are taken, the dot first.
    readings = [[("Prothemeyerde", 0.86), ("croth@meyerde", 0.94), ("crouhcmeyerde", 0.86)]]
    line = spelt_line([BOX], readings, LIKELY)
    assert line is not None and line.text == "c.roth@meyer.de"
    assert all(word.source == FIT_SOURCE for word in line.words)


def test_a_reading_unsure_or_with_more_glued_before_it_than_a_label_s_letter_gives_nothing():
    assert spelt_line([BOX], [[("croth@meyerde", 0.7)]], LIKELY) is None
    assert spelt_line([BOX], [[("Mailcroth@meyerde", 0.95)]], LIKELY) is None
    # rev45: letters before a shorter likely form may be the address's own
    assert spelt_line([BOX], [[("drroth@meyerde", 0.95)]], LIKELY) is None
    assert spelt_line([BOX], [[("E: c roth@meyer de", 0.95)]], LIKELY).text == "c.roth@meyer.de"
    assert spelt_line([BOX], [[("Mail: croth @ meyerde", 0.95)]], LIKELY).text == "c.roth@meyer.de"
    assert spelt_line([BOX], [[("croth@meyerde", 0.95)]], ["c.roth@meyer.com"]) is None
