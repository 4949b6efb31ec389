"""An address row lost to blur, fitted (email_fit): the card's own likely addresses scored
against RapidOCR's letter probabilities of the row; taken only where one fits clearly, always to
review. The row is rendered and blurred; Tesseract's reading of it is given."""

from __future__ import annotations

from ocr_lines import boxed_line as _line
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.email_fit import company_domains, fit_lost_address
from contactkit_plugins.card_scan.email_mend import LONE_SOURCE
from contactkit_plugins.card_scan.fields import parse_card

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _card(blur: float) -> Image.Image:
    image = Image.new("RGB", (1000, 320), "white")
    draw = ImageDraw.Draw(image)
    draw.text((100, 40), "Anna Weber", font=ImageFont.truetype(FONT, 40), fill="black")
    draw.text(
        (100, 145), "E: anna.weber@acme-tools.de", font=ImageFont.truetype(FONT, 26), fill="black"
    )
    draw.text((100, 230), "www.acme-tools.de", font=ImageFont.truetype(FONT, 26), fill="black")
    return image.filter(ImageFilter.GaussianBlur(blur))


LINES = [
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


def test_a_row_lost_to_blur_takes_the_form_of_the_name_that_fits_it():
    lines = fit_lost_address(_card(2.0), LINES, "Anna Weber", None, "DE")
    added = [line for line in lines if line not in LINES]
    assert [line.text for line in added] == ["anna.weber@acme-tools.de"]
    assert all(word.source == LONE_SOURCE for word in added[0].words)
    parsed = parse_card(lines, default_region="DE")
    assert parsed.contact.emails == ["anna.weber@acme-tools.de"]
    assert parsed.evidence["emails"] == "mended"
    assert probability("emails", "mended") < REVIEW_BELOW  # from the name: a person looks


def test_no_form_fits_another_persons_row():
    # The name on the card is not the one printed in the address: nothing fits, nothing added.
    assert fit_lost_address(_card(2.0), LINES, "Paul Schmidt", None, "DE") == LINES


def test_an_address_read_is_left_alone():
    read = [*LINES, _line(("anna.weber@acme-tools.de", 0.9, 100, 280, 300, 30))]
    assert fit_lost_address(_card(2.0), read, "Anna Weber", None, "DE") == read


def test_the_companys_words_spell_domains_as_firms_write_them():
    assert company_domains("PIONEER TECHNOLOGIES, INC.", "US") == {
        "pioneertechnologies.com",
        "pioneer-technologies.com",
        "pioneer.com",
    }
    assert "mueller-soehne.ch" in company_domains("Müller & Söhne AG", "CH")
    assert company_domains(None, "DE") == set()
