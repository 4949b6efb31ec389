"""Address rows of phone photos the second engine read with no two crops agreeing, or over ink
Tesseract read nothing in, mended by the person's name and what the card prints (email_mend,
email_row_ink): always to review. The lines are Tesseract's of blind photos (seed 16); the
engine gives back the readings RapidOCR gave of those rows, or the row is rendered."""

from __future__ import annotations

from ocr_lines import RecordedEngine, reread_recorded
from ocr_lines import boxed_line as _line
from PIL import Image, ImageDraw, ImageFont

from contactkit_plugins.card_scan import second_reading
from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.email_mend import mended_address
from contactkit_plugins.card_scan.email_reading import reread_email_lines
from contactkit_plugins.card_scan.email_row_ink import sign_alone, widened
from contactkit_plugins.card_scan.fields import parse_card

# b16 photo 41: "✉ giulia.sala@sirio.it" read "= guhesala@snot" beside "Sirio S.p.A."
PHOTO_41 = [
    _line(("Sirio", 0.9, 568, 249, 104, 38), ("S.p.A.", 0.85, 692, 248, 135, 49)),
    _line(("Giulia", 0.96, 459, 363, 255, 66), ("Sala", 0.96, 750, 361, 187, 68)),
    _line(("Account", 0.96, 475, 466, 196, 39), ("Executive", 0.97, 689, 463, 234, 43)),
    _line(("Tel:+39011", 0.98, 534, 582, 195, 26), ("724", 0.98, 729, 582, 58, 26)),
    _line(("=", 0.84, 544, 704, 22, 16), ("guhesala@snot", 0.35, 590, 699, 266, 31)),
    _line(("Piazza", 0.95, 538, 735, 116, 39), ("del", 0.95, 654, 735, 58, 39)),
    _line(("10125", 0.97, 573, 777, 87, 25), ("Torino", 0.95, 669, 771, 84, 40)),
]
# Its three crops as RapidOCR read them: bold "ri" read "n", the dot before "it" lost, no two
# alike.
ROW_41 = [("giulia sala@sinoit", 0.80), ("giuliasale @sinoit", 0.82), ("wgiulia sal@sinoit", 0.76)]


def test_a_row_no_two_crops_agree_on_is_mended_by_the_name_and_the_company(monkeypatch):
    parsed = parse_card(reread_recorded(monkeypatch, PHOTO_41, ROW_41), default_region="IT")
    assert parsed.contact.emails == ["giulia.sala@sirio.it"]
    assert parsed.evidence["emails"] == "mended"
    assert probability("emails", "mended") < REVIEW_BELOW  # letters from the name: a person looks


def test_a_lone_reading_the_card_does_not_back_is_no_address(monkeypatch):
    # Another person's name on the card: the local part is no form of it.
    other = [
        PHOTO_41[0],
        _line(("Marco", 0.96, 459, 363, 255, 66), ("Rossi", 0.96, 750, 361, 187, 68)),
        *PHOTO_41[2:],
    ]
    parsed = parse_card(reread_recorded(monkeypatch, other, ROW_41), default_region="IT")
    assert not parsed.contact.emails
    assert parsed.evidence["emails"] == "unread"
    # A company the domain is not: no domain to write.
    firm = [
        _line(("Bianchi", 0.9, 568, 249, 150, 38), ("S.p.A.", 0.85, 740, 248, 135, 49)),
        *PHOTO_41[1:],
    ]
    parsed = parse_card(reread_recorded(monkeypatch, firm, ROW_41), default_region="IT")
    assert not parsed.contact.emails
    assert parsed.evidence["emails"] == "unread"


def test_the_slips_a_mend_undoes():
    # b16 photo 78: the envelope read as "b", "ri" as "n" in both parts.
    assert (
        mended_address(
            "bcnstinam@ingeniena.es", "Cristina Molina de la Torre", [], "INGENIERIA ALBUFERA S.A."
        )
        == "cristinam@ingenieria.es"
    )
    # The website printed on another line gives the domain; a label glued on goes.
    assert (
        mended_address(
            "E-mail:guillermo.echeverria@molinaconsultona.es",
            "Guillermo Echeverria Ramos",
            ["molinaconsultoria.es"],
            None,
        )
        == "guillermo.echeverria@molinaconsultoria.es"
    )
    # Two letters apart from the company's word is no glyph slip.
    assert mended_address("giulia.sala@sipo.it", "Giulia Sala", [], "Sirio S.p.A.") is None


def _row_image(text: str) -> tuple[Image.Image, tuple[int, int, int, int]]:
    font = ImageFont.truetype("DejaVuSans.ttf", 26)
    image = Image.new("RGB", (900, 120), "white")
    draw = ImageDraw.Draw(image)
    draw.text((60, 40), text, font=font, fill="black")
    at = draw.textbbox((60, 40), text[: text.index("@") + 1], font=font)
    start = draw.textbbox((60, 40), text[: text.index("@")], font=font)
    return image, (start[2], at[1], at[2], at[3])


def test_a_row_read_as_its_sign_alone_is_widened_to_its_ink():
    image, at_box = _row_image("cristinam@ingenieria.es")
    assert sign_alone("=  @") and not sign_alone("E: margaret.garci")
    left, top, right, bottom = widened(image, at_box, True)
    assert left < 70 and right > 350 and (top, bottom) == (at_box[1], at_box[3])
    # A row read in part grows to the right only: its start was read.
    left, _, right, _ = widened(image, at_box, False)
    assert left == at_box[0] and right > 350
    # Specks of a photo's noise further along the band are no print (b16 photo 41).
    draw = ImageDraw.Draw(image)
    for x in range(420, 880, 9):
        draw.point([(x, at_box[1] + 5), (x, at_box[1] + 6)], fill="black")
    assert widened(image, at_box, False)[2] < 420


def test_a_widened_rows_reading_does_not_replace_what_tesseract_read(monkeypatch):
    # b1x photo 647: the row's wider crop read "claudiakrueger@" twice; Tesseract's row, its
    # ending's dot read as a space, gave claudia_krueger@ (right, at name+domain).
    image, _ = _row_image("E-mail claudia_krueger@koch-soehne at")
    row = _line(
        ("E-mail", 0.9, 60, 40, 90, 30),
        ("claudia_krueger@koch-soehne", 0.7, 160, 40, 200, 30),
        ("at", 0.9, 370, 40, 20, 30),
    )
    lines = [_line(("Claudia", 0.96, 60, 0, 100, 36), ("Kruger", 0.96, 170, 0, 100, 36)), row]
    readings = [("E-mail claudiakrueger@koch-soehne.at", 0.95)] * 3
    monkeypatch.setattr(second_reading, "engine", lambda: RecordedEngine(readings))
    read = reread_email_lines(image, lines)
    assert any(line is row for line in read)  # Tesseract's row stands
    parsed = parse_card(read, default_region="AT")
    assert parsed.contact.emails == ["claudia_krueger@koch-soehne.at"]


def test_a_row_whose_box_cuts_its_last_letter_is_not_widened(monkeypatch):
    # Photo 36 of seed 60: the row's box ended a pixel inside its last letter; grown by that
    # pixel, the agreed reading was kept apart as lone and the address sent to review.
    text = "e-mail raffaella_costa@vantage.it"
    font = ImageFont.truetype("DejaVuSans.ttf", 26)
    image = Image.new("RGB", (900, 120), "white")
    draw = ImageDraw.Draw(image)
    draw.text((60, 40), text, font=font, fill="black")
    left, top, right, bottom = draw.textbbox((60, 40), text, font=font)
    assert widened(image, (left, top, right - 1, bottom), False) == (left, top, right - 1, bottom)
    row = _line(
        ("e-mail", 0.9, left, top, 80, bottom - top),
        ("raffaella_costa@vantage", 0.6, left + 95, top, right - left - 140, bottom - top),
        ("it", 0.9, right - 30, top, 29, bottom - top),
    )
    name = _line(("Raffaella", 0.96, 60, 0, 120, 30), ("Costa", 0.96, 190, 0, 80, 30))
    lines = [name, _line(("Vantage", 0.95, 60, 80, 120, 20), ("S.p.A.", 0.9, 190, 80, 80, 20))]
    readings = [("e-mail raffaella_costa@vantage.it", 0.95)] * 3
    monkeypatch.setattr(second_reading, "engine", lambda: RecordedEngine(readings))
    read = reread_email_lines(image, [lines[0], row, lines[1]])
    assert not any(line is row for line in read)  # the agreed reading replaces the row
    parsed = parse_card(read, default_region="IT")
    assert parsed.contact.emails == ["raffaella_costa@vantage.it"]
    assert parsed.evidence["emails"] != "mended"
