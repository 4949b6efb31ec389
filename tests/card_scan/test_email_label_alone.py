"""An email row Tesseract read as its label alone (a bare ``E``, a misread ``E-Mail``), the
address after it dropped: the row, widened to its ink, read again by the second engine
(email_reading, row_reading.EMAIL_LABEL_ALONE_RE). The lines are some of Tesseract's of blind photo
seed 351, card 74; the engine gives back what RapidOCR read of the widened row."""

from __future__ import annotations

import pytest
from ocr_lines import RecordedEngine
from ocr_lines import boxed_line as _line
from PIL import Image, ImageDraw, ImageFont

from contactkit_plugins.card_scan import second_reading
from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.email_reading import reread_email_lines
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.row_reading import EMAIL_LABEL_ALONE_RE

# "E benedikt.keller@alpenblick.de" read as a lone "E"; the company read "Alpenbich-Werke".
CARD_74 = [
    _line(("Handy:", 0.92, 705, 108, 100, 36), ("0160-2070429", 0.93, 814, 99, 217, 37)),
    _line(("E", 0.91, 705, 156, 21, 30)),
    _line(
        ("Internet:", 0.93, 703, 185, 132, 56),
        ("http://www.alpenblick.de/", 0.93, 835, 185, 367, 56),
    ),
    _line(("BENEDIKT", 0.95, 183, 284, 221, 31), ("KELLER", 0.96, 436, 277, 166, 29)),
    _line(("Alpenbich-Werke", 0.46, 83, 357, 220, 27), ("GmbH", 0.55, 251, 353, 56, 35)),
]
ROW_74 = [("Ebenedikt.keller@alpenblick.de", 0.97)] * 3


def _card_image() -> Image.Image:
    """The card with its address row printed after the label, as the photo shows it."""
    image = Image.new("RGB", (1400, 800), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("DejaVuSans.ttf", 24)
    draw.text((705, 158), "E", font=font, fill="black")
    draw.text((740, 158), "benedikt.keller@alpenblick.de", font=font, fill="black")
    return image


@pytest.mark.parametrize("text", ["E", "E:", "E-Moit", "E-Mat", "E. Mai", "— E"])
def test_an_email_label_alone_is_a_sign(text):
    assert EMAIL_LABEL_ALONE_RE.match(text)


@pytest.mark.parametrize(
    "text",
    [
        *("e", "Ema", "Emas", "Mai", "E-", "ESTA", "E amanda jenkine", "E-M+43 316 2129887"),
        *("E-Mobility", "E-Bike", "Building E", "Haus E", "E.ON", "(E)", "E 3"),
    ],
)
def test_given_names_debris_and_read_rows_are_no_label_alone(text):
    # "Ema", "Mai": given names; a small "e": debris; a row read on: the other re-reads see it.
    # A word after "E-" other than a misread "Mail", a floor or a building's letter, a brand.
    assert not EMAIL_LABEL_ALONE_RE.match(text)


def test_a_bare_label_row_is_read_again_to_its_ink(monkeypatch):
    monkeypatch.setattr(second_reading, "engine", lambda: RecordedEngine(ROW_74))
    read = reread_email_lines(_card_image(), CARD_74)
    parsed = parse_card(read, default_region="DE")
    assert parsed.contact.emails == ["benedikt.keller@alpenblick.de"]
    # Read over ink Tesseract gave no word: to review, however sure the crops.
    assert probability("emails", parsed.evidence["emails"]) < REVIEW_BELOW
    # The site spells the domain as read: the company's slip does not rewrite it.
    assert "company-mended" not in parsed.evidence["emails"]


def test_a_card_with_its_address_read_is_not_read_again(monkeypatch):
    def no_engine():
        raise AssertionError("no second reading where an address was read")

    monkeypatch.setattr(second_reading, "engine", no_engine)
    read_row = _line(("benedikt.keller@alpenblick.de", 0.92, 740, 156, 420, 30))
    lines = [*CARD_74[:2], read_row, *CARD_74[2:]]
    assert reread_email_lines(_card_image(), lines) == lines


def test_a_lone_small_e_is_not_read_again(monkeypatch):
    def no_engine():
        raise AssertionError("debris is no label")

    monkeypatch.setattr(second_reading, "engine", no_engine)
    lines = [*CARD_74[:1], _line(("e", 0.91, 705, 156, 21, 30)), *CARD_74[2:]]
    assert reread_email_lines(_card_image(), lines) == lines
