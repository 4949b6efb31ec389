"""Fields that were accepted wrong on the tuning sets, printed and read back with real Tesseract.

Each card is rendered as a 300 DPI scan, read the way ``contactkit scan`` reads it (prepare,
turn upright, Tesseract, the second reader) and parsed; the assertions are on what the card
yields and how sure it is, so a fix that only works on hand-made lines does not pass here.
"""

from __future__ import annotations

import io

import cardgen
import pytest
from PIL import Image, ImageDraw, ImageFont

from contactkit_plugins.card_scan.confidence import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.scan import OcrOptions, card_lines


def read_card(*rows: tuple[str, int] | str, region: str = "US") -> ParsedCard:
    """A white card, 3.5 x 2 in at 300 DPI, one printed line per row (text, size in px)."""
    image = Image.new("RGB", (1050, 600), "white")
    draw = ImageDraw.Draw(image)
    top = 40
    for row in rows:
        text, size = row if isinstance(row, tuple) else (row, 30)
        font = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans.ttf", size)
        draw.text((60, top), text, fill="black", font=font)
        top += int(size * 1.55)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(300, 300))
    lines = card_lines(buffer.getvalue(), 0, OcrOptions())
    return parse_card(lines, default_region=region)


def phones(parsed: ParsedCard) -> list[tuple[str | None, str]]:
    return [(p.e164, p.kind.value) for p in parsed.contact.phones]


def test_a_last_digit_group_starting_with_00_is_no_country_code():
    # "055 577 0012" was read as "055 577" and "+12": the number cut short, accepted.
    parsed = read_card(
        ("Simona Parisi", 44),
        "Managing Director",
        ("Polaris S.p.A.", 36),
        "Tel. 055 577 0012",
        "simona@polaris.it",
    )
    assert ("+390555770012", "work") in phones(parsed)


def test_a_second_number_after_one_label_does_not_take_its_kind():
    # Two columns read as one line: "Cell" names the first number only.
    parsed = read_card(
        ("Eric Thomas", 44),
        "Sales Manager",
        ("Falcon Biosciences, Inc.", 36),
        "Cell +1 212-854-8178    +1 617-449-4686",
        "erict@falcon.com",
    )
    assert ("+12128548178", "cell") in phones(parsed)
    assert ("+16174494686", "cell") not in phones(parsed)
    # The numbering cannot tell what the second one is: a person looks.
    assert parsed.evidence["phones"].startswith("bare-untold")
    assert parsed.confidence["phones"] < REVIEW_BELOW


def test_a_label_the_numbering_plan_contradicts_sends_the_number_to_review():
    # A German mobile (0151) under an office label: the label belongs to another number.
    parsed = read_card(
        ("Laura Becker", 44),
        "Einkauf",
        ("Becker Logistik GmbH", 36),
        "Tel. +49 151 46757947",
        "laura.becker@becker-logistik.de",
        region="DE",
    )
    assert [e for e, _ in phones(parsed)] == ["+4915146757947"]
    assert parsed.evidence["phones"].startswith("kind-conflict")
    assert parsed.confidence["phones"] < REVIEW_BELOW


@pytest.mark.parametrize(
    ("printed", "company", "email"),
    [
        ("D Hayashi Denki Co., Ltd.", "Hayashi Denki Co., Ltd.", "hideo.nakamura@hayashi.co.jp"),
        ("vantase Vantage Co.,Ltd.", "Vantage Co.,Ltd.", "hideo.nakamura@vgroup.co.jp"),
    ],
)
def test_logo_debris_and_a_misread_logo_word_are_no_part_of_the_company(printed, company, email):
    parsed = read_card((printed, 40), ("Hideo Nakamura", 40), "President & CEO", email)
    assert parsed.contact.organization.name == company


def test_a_website_cut_short_is_repaired_from_the_company_not_the_email_broken_by_it():
    # Tesseract is surer of the cut website than of the email; the company spells the email's.
    parsed = read_card(
        ("Karl Koch", 44),
        "Entwicklungsingenieur",
        ("Limmat AG", 36),
        "karl.koch@limmat.ch",
        "https://immat.ch/contact",
        region="CH",
    )
    assert parsed.contact.emails == ["karl.koch@limmat.ch"]
    assert parsed.contact.urls[0].url == "https://limmat.ch/contact"
