"""The recheck: RapidOCR reads again the row of each field about to be accepted, and the
parser doubts a field the reading disagrees with. The card is printed and read by real
Tesseract and real RapidOCR; Tesseract's slip is made by hand on its lines (a slip cannot be
printed so that Tesseract makes it every time), RapidOCR reads the print as it is."""

from __future__ import annotations

import io

import cardgen
import pytest
from PIL import Image, ImageDraw, ImageFont
from printed import slip

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, marked
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.image_files import load_page
from contactkit_plugins.card_scan.imaging import prepare
from contactkit_plugins.card_scan.jobs import OcrOptions
from contactkit_plugins.card_scan.phone_recheck import digits_disputed, digits_run_on
from contactkit_plugins.card_scan.recheck import recheck_sure_fields
from contactkit_plugins.card_scan.scan import card_lines, read_upright
from contactkit_plugins.card_scan.text_lines import Line

ROWS = (
    ("Marc Blanc", 44),
    ("Directeur commercial", 30),
    ("Blanc et Fils SARL", 36),
    ("Tél. +33 4 72 10 45 80", 30),
    ("m.blanc@blanc.fr", 30),
)


def _printed() -> bytes:
    image = Image.new("RGB", (1050, 600), "white")
    draw, top = ImageDraw.Draw(image), 40
    for text, size in ROWS:
        draw.text(
            (60, top),
            text,
            fill="black",
            font=ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans.ttf", size),
        )
        top += int(size * 1.55)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(300, 300))
    return buffer.getvalue()


def _read() -> tuple[Image.Image, list[Line]]:
    """The prepared card turned upright and Tesseract's lines of it, not yet looked at again."""
    options = OcrOptions()
    return read_upright(prepare(load_page(_printed(), 0), options.steps), options)


def test_a_company_tesseract_read_a_letter_short_goes_to_review():
    image, lines = _read()
    # A letter changed, not lost: "Fls" is a partner slip the parser doubts alone.
    slip(lines, "Fils", "Fits")
    before = parse_card(lines, default_region="FR")
    assert before.contact.organization.name == "Blanc et Fits SARL"
    assert before.confidence["organization"] >= REVIEW_BELOW  # nothing else on it doubts it
    after = parse_card(recheck_sure_fields(image, lines, "FR"), default_region="FR")
    assert after.evidence["organization"] == before.evidence["organization"] + "+recheck"
    assert after.confidence["organization"] < REVIEW_BELOW
    assert after.confidence["name"] == before.confidence["name"]  # read alike: left as it was


def test_fields_both_engines_read_alike_keep_their_level():
    image, lines = _read()
    before = parse_card(lines, default_region="FR")
    looked = recheck_sure_fields(image, lines, "FR")
    assert any(line.recheck for line in looked)  # the sure fields' rows were read again
    after = parse_card(looked, default_region="FR")
    assert after.evidence == before.evidence
    assert "+recheck" not in " ".join(after.evidence.values())


def test_the_scan_rechecks_unless_the_second_reader_is_off():
    looked = card_lines(_printed(), 0, OcrOptions())
    company = next(line for line in looked if "Fils" in line.text)
    assert company.recheck is not None
    assert "Fils" in company.recheck[0]
    plain = card_lines(_printed(), 0, OcrOptions(second_reader=False))
    assert all(line.recheck is None for line in plain)


def test_a_phone_tesseract_read_a_digit_off_goes_to_review():
    image, lines = _read()
    slip(lines, "80", "30")  # a digit read otherwise at Tesseract's surest: still a valid number
    before = parse_card(lines, default_region="FR")
    assert [p.e164 for p in before.contact.phones] == ["+33472104530"]
    assert before.confidence["phones"] >= REVIEW_BELOW
    looked = recheck_sure_fields(image, lines, "FR")
    phone = next(line for line in looked if "45" in line.text)
    assert phone.recheck is not None and "80" in phone.recheck[0]  # its own line, read again
    after = parse_card(looked, default_region="FR")
    assert after.evidence["phones"] == marked(before.evidence["phones"], "recheck")
    assert after.confidence["phones"] < REVIEW_BELOW
    assert after.evidence["name"] == before.evidence["name"]


@pytest.mark.parametrize(
    ("reading", "disputed"),
    [
        ("Tel.0113 289 3393", True),  # one digit otherwise
        ("Tel. 0713 289 3303", True),  # ...in the area code
        ("Te1 0113 289 3393", True),  # ...a label's letter read as a digit beside it
        ("Tel 0113 289 33O3", False),  # read alike, an O between digits a 0
        ("Tel. 0113 289 303", False),  # a digit lost: no dispute
        ("Tel. 013 289 3303", False),  # ...at its edge, where the trunk 0 slides in
        ("Tel. 0113 289 33033", False),  # one more
        ("Tel. 0118 269 3393", False),  # three off: another row
    ],
)
def test_a_number_is_disputed_by_a_reading_one_digit_replaced(reading, disputed):
    assert digits_disputed("1132893303", "Tel. 0113 289 3303", reading) is disputed  # Leeds


@pytest.mark.parametrize(
    ("printed", "reading", "run_on"),
    [
        # Second blind generator, scan seed 5 card 5: 049 4658 0993, its last digits lost
        ("F: 049 46 58 09", "F:0494658099", True),
        ("F: 049 46 58 09", "F: 049 46 58 09", False),  # read alike
        ("F: 049 46 58 09", "F: 049 46 58 093", True),  # one more where the row ended
        ("T 049 46 58 09 F 049 46 58 10", "T 049465809 F 049465810", False),  # a number after
        ("F: 049 46 58 09", "F:49465809", False),  # the trunk 0 lost: no run on
    ],
)
def test_a_reading_running_on_past_the_rows_last_digit(printed, reading, run_on):
    assert digits_run_on("49465809", printed, reading) is run_on
