"""A company no domain backs, made sure where RapidOCR reads its row alike (``read_alike``).
The card is printed and read by real Tesseract and real RapidOCR; Tesseract's slips are made by
hand on its lines, RapidOCR reads the print as it is."""

from __future__ import annotations

import io

import cardgen
import pytest
from PIL import Image, ImageDraw, ImageFont
from printed import rechecked, slip, worded_lines

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.image_files import load_page
from contactkit_plugins.card_scan.imaging import prepare
from contactkit_plugins.card_scan.jobs import OcrOptions
from contactkit_plugins.card_scan.read_alike import names_a_firm, word_lost_before
from contactkit_plugins.card_scan.recheck import recheck_sure_fields
from contactkit_plugins.card_scan.scan import read_upright
from contactkit_plugins.card_scan.text_lines import Line

UNMATCHED = "legal+unmatched/hi"
ALIKE = "legal+unmatched+alike/hi"
# The domain names nothing of the firm: a group's shared address, as many firms use.
ROWS = (
    ("Kari Berg", 44),
    ("Prosjektleder", 30),
    ("Nordlys Data AS", 36),
    ("Tlf. +47 22 41 86 30", 30),
    ("kari.berg@fjordnett.no", 30),
)


def _read(rows: tuple[tuple[str, int], ...] = ROWS) -> tuple[Image.Image, list[Line]]:
    image = Image.new("RGB", (1050, 600), "white")
    draw, top = ImageDraw.Draw(image), 40
    for text, size in rows:
        font = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans.ttf", size)
        draw.text((60, top), text, fill="black", font=font)
        top += int(size * 1.55)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(300, 300))
    options = OcrOptions()
    return read_upright(prepare(load_page(buffer.getvalue(), 0), options.steps), options)


def test_a_company_read_alike_by_both_engines_is_accepted():
    image, lines = _read()
    before = parse_card(lines, default_region="NO")
    assert before.contact.organization.name == "Nordlys Data AS"
    assert before.evidence["organization"] == UNMATCHED
    assert before.confidence["organization"] < REVIEW_BELOW
    after = parse_card(recheck_sure_fields(image, lines, "NO"), default_region="NO")
    assert after.evidence["organization"] == ALIKE
    assert after.confidence["organization"] == probability("organization", ALIKE)
    assert after.confidence["organization"] >= REVIEW_BELOW


def test_a_letter_slip_the_second_engine_reads_otherwise_stays_to_review():
    image, lines = _read()
    slip(lines, "Nordlys", "Nardlys")
    after = parse_card(recheck_sure_fields(image, lines, "NO"), default_region="NO")
    assert after.contact.organization.name == "Nardlys Data AS"
    assert after.evidence["organization"] == UNMATCHED
    assert after.confidence["organization"] < REVIEW_BELOW


# The firm's initials are its domain: they check its first word, nothing its others.
INITIALS_ROWS = (
    ("Carlos Sanz Marin", 44),
    ("Director de Operaciones", 30),
    ("NV Soluciones S.L.", 36),
    ("Tel. +34 983 94 12 03", 30),
    ("carlos.sanz@nv.es", 30),
)


def test_a_company_whose_initials_are_its_domain_is_accepted_read_alike():
    image, lines = _read(INITIALS_ROWS)
    before = parse_card(lines, default_region="ES")
    assert before.contact.organization.name == "NV Soluciones S.L."
    assert before.evidence["organization"] == "domain+initials"
    assert before.confidence["organization"] < REVIEW_BELOW
    after = parse_card(recheck_sure_fields(image, lines, "ES"), default_region="ES")
    assert after.evidence["organization"] == "domain+initials+alike"
    assert after.confidence["organization"] >= REVIEW_BELOW


def test_a_slip_in_the_words_initials_leave_unchecked_stays_to_review():
    image, lines = _read(INITIALS_ROWS)
    slip(lines, "Soluciones", "Solucianes")
    after = parse_card(recheck_sure_fields(image, lines, "ES"), default_region="ES")
    assert after.contact.organization.name == "NV Solucianes S.L."
    assert after.evidence["organization"] == "domain+initials"
    assert after.confidence["organization"] < REVIEW_BELOW


def test_a_company_whose_name_was_lost_stays_to_review():
    image, lines = _read()
    # Tesseract lost the firm's name (under a logo, in another colour): its trade word is left.
    for line in lines:
        line.words = [w for w in line.words if w.text != "Nordlys"]
    after = parse_card(recheck_sure_fields(image, lines, "NO"), default_region="NO")
    assert after.contact.organization.name == "Data AS"
    assert after.evidence["organization"] != ALIKE
    assert after.confidence["organization"] < REVIEW_BELOW


@pytest.mark.parametrize(
    ("company", "named"),
    [
        ("Nordlys Data AS", True),
        ("Lange & Söhne KG", True),
        ("Vesuvio S.r.l.", True),
        ("Uhrenteile GmbH", False),  # Huber lost
        ("Sohne KG", False),  # Schröder lost
        ("INGENIERIE SAS", False),
        ("I CO.,LTD.", False),  # MIDORI SHOJI read apart
        ("Is Pte Ltd", False),  # Summit Pharmaceuticals under a logo
    ],
)
def test_a_company_names_a_firm_beside_its_form_and_trade(company, named):
    assert names_a_firm(company) is named


@pytest.mark.parametrize(
    ("company", "reading", "lost"),
    [
        ("TICA ZENITH S.A.", "LOGISTICA ZENITH S.A.", True),
        ("Albufera S.A.", "Distribuci6n Albufera S.A.", True),
        ("Murakami Trading Co., Ltd", " Murakami Trading Co., Ltd.", False),
        ("Distribution Atlantique SAS", "m Distribution Atlantique SAS", False),  # an icon
        ("Nordlys Data AS", "Tlf. 22 41", False),  # the first word not in the reading at all
    ],
)
def test_a_word_before_the_company_in_the_reading_was_lost(company, reading, lost):
    assert word_lost_before(company, reading) is lost


@pytest.mark.parametrize(("conf", "alike"), [(0.83, True), (0.70, False)])
def test_a_reading_alike_lowered_by_a_logo_still_counts(conf, alike):
    # Second blind generator, scan seed 1 card 32: RapidOCR read '"I olsen Logistik Aps' at 0.83,
    # the logo beside the name in its crop (session 66)
    lines = worded_lines(
        ("Olsen Logistik ApS", 32),
        ("Christian Hansen", 40),
        ("Logistikchef", 30),
        ("Tlf. +45 33 12 45 67", 30),
        ("christian.hansen@stomirgroup.com", 30),
    )
    parsed = parse_card(rechecked(lines, 0, ('"I olsen Logistik Aps ', conf)), default_region="DK")
    assert (parsed.evidence["organization"] == ALIKE) is alike
