"""Address rows of phone photos read again by RapidOCR: an @ read as a letter put back before
the website's domain, a row cropped without the larger print beside it or in its own band, the @
Tesseract read kept, and an address read from ink beside another line's box doubted. The lines
are Tesseract's of blind photos; the engine gives back the readings RapidOCR gave of those rows
(a blurred row cannot be rendered so that RapidOCR misreads it the same way every time), or is
real RapidOCR on a rendered row."""

from __future__ import annotations

import cardgen
import pytest
from ocr_lines import RecordedEngine, reread_recorded
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from contactkit_plugins.card_scan import second_reading
from contactkit_plugins.card_scan.calibration import probability
from contactkit_plugins.card_scan.email_reading import agreed_address, reread_email_lines
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.row_band import row_band
from contactkit_plugins.card_scan.text_lines import Line, Word


def _line(text: str, conf: float, left: int, top: int) -> Line:
    words, x = [], left
    for part in text.split():
        words.append(Word(part, conf, x, top, 14 * len(part), 50))
        x += 14 * len(part) + 12
    return Line(words)


PHOTO_200 = [
    _line("Sokol S.A.", 0.91, 565, 263),
    _line("Katarzyna Nowak", 0.96, 375, 382),
    _line("Inzynier Projektu", 0.91, 494, 471),
    _line("T: +48 61 735 97 64", 0.83, 496, 613),
    _line("Fax: +48 61 572 12 60", 0.83, 477, 673),
    _line("e-mail: katarzyna(rssokol pl", 0.46, 422, 724),
    _line("www.ssokol.pl", 0.90, 560, 783),
    _line("ul. Dluga 170 - 60-315 Poznan - Polska", 0.56, 350, 835),
]


# Two readings with the @ read as G, one with it right: no two agreed on an address.
ROW_200 = [
    ("e-mail:katarzynaGssokol.pl", 0.92),
    ("e-mal:katarzyna@ssokol.pl", 0.88),
    ("e-mail:katarzynaGssokol.pl", 0.91),
]


def test_an_at_read_as_a_letter_before_the_websites_domain_is_put_back(monkeypatch):
    parsed = parse_card(reread_recorded(monkeypatch, PHOTO_200, ROW_200), default_region="US")
    assert parsed.contact.emails == ["katarzyna@ssokol.pl"]
    level = parsed.evidence["emails"]
    assert level.endswith("/at-read")
    assert probability("emails", level) < 0.93  # measured on too few cards: a person looks


def test_no_at_is_put_back_without_the_website_or_with_the_at_lost(monkeypatch):
    without_site = [line for line in PHOTO_200 if "www" not in line.text]
    parsed = parse_card(reread_recorded(monkeypatch, without_site, ROW_200), default_region="US")
    assert "at-read" not in parsed.evidence["emails"]  # no G made an @
    # The one reading with its @ is mended as a lone reading: the company checks its domain by
    # the doubled initial (domains.domain_in, session 23), to review.
    assert parsed.contact.emails == ["katarzyna@ssokol.pl"]
    assert parsed.evidence["emails"] == "mended"
    # The @ lost: the local part's last letter is no @ ("katarzynassokol.pl").
    # Session 16: Tesseract's row is left, from which the parser rebuilds the address from the
    # name and the website (email_rebuild, for review): no reading was taken.
    lost = [("e-mail:katarzynassokol.pl", 0.92), ("e-mail:katarzynassokol.pl", 0.90)]
    parsed = parse_card(reread_recorded(monkeypatch, PHOTO_200, lost), default_region="US")
    assert parsed.evidence["emails"] == "rebuilt"
    # One reading alone puts it back: no address agreed; that reading is mended by the name
    # and the website instead (email_mend), for review as the rebuilt one was.
    lone = [ROW_200[0], ("e-mail:katarzyna sokolpl", 0.9), ("e-mail:katarzyna", 0.8)]
    parsed = parse_card(reread_recorded(monkeypatch, PHOTO_200, lone), default_region="US")
    assert parsed.contact.emails == ["katarzyna@ssokol.pl"]
    assert parsed.evidence["emails"] == "mended"


class CropRecorder(RecordedEngine):
    """Recorded readings, keeping the crops' heights."""

    def __init__(self, readings: list[tuple[str, float]]) -> None:
        super().__init__(readings)
        self.heights: list[int] = []

    def text_rec(self, crops: list) -> tuple:
        self.heights += [crop.shape[0] for crop in crops]
        return super().text_rec(crops)


# Blind seed 1 photo 350: the company in large print beside the small address row, and the
# three readings RapidOCR gave of the address row alone (the dot before "de" read as a space).
PHOTO_350 = [
    _line("Klaus Moller", 0.96, 90, 290),
    Line([Word("Kruger Kunststoftechnik GmbH", 0.95, 85, 554, 547, 70)]),
    Line([Word("Telefon:(030)54797143", 0.91, 1014, 555, 308, 25)]),
    Line(
        [
            Word("E-Mail", 0.94, 697, 588, 90, 28),
            Word("kaus", 0.94, 800, 588, 60, 28),
            Word("moeller@krueger-kunststofftechnikde", 0.94, 870, 588, 455, 28),
        ]
    ),
]


ROW_350 = [
    ("E-Mail kaus moeller@krueger-kunststofftechnik de", 0.93),
    ("E-Mail dausmoeller@krueger-kunststofftechnik de", 0.94),
    ("E-Mail kaus moeller@krueger-kunststofftechnik de", 0.93),
]


def test_a_row_is_read_without_larger_print_beside_it(monkeypatch):
    # The company's 70-px line beside the 28-px address row was cropped with it: RapidOCR
    # read the three lines as one ("KrigerKunststftechnkGmba usmelereeg00)774s").
    recorder = CropRecorder(ROW_350)
    monkeypatch.setattr(second_reading, "engine", lambda: recorder)
    reread_email_lines(Image.new("RGB", (1400, 926), "white"), PHOTO_350)
    assert recorder.heights and max(recorder.heights) < 70  # with the company: 105 and more


def test_a_reading_with_the_dot_before_its_ending_read_as_a_space_holds_an_address(
    monkeypatch,
):
    lines = reread_recorded(monkeypatch, PHOTO_350, ROW_350)
    assert any("@krueger-kunststofftechnik" in line.text for line in lines)
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.emails[0].endswith("@krueger-kunststofftechnik.de")
    assert probability("emails", parsed.evidence["emails"]) < 0.93  # "kaus" left: a person looks


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


def test_a_doubtful_address_line_keeps_the_at_tesseract_read(monkeypatch):
    # The doubtful-line re-read took two readings with the @ read as "o" over Tesseract's
    # address (b1 photo 328: "comeliahottuip.nl" over "cometiah@ttulp.ni"): the card lost it.
    monkeypatch.setattr(
        second_reading,
        "engine",
        lambda: RecordedEngine([("anna.weberoaltair.pl", 0.93), ("anna.weberoaltair.pl", 0.92)]),
    )
    lines = [
        _line("Anna Weber", 0.95, 80, 100),
        _line("anna.weber@aItair.pI", 0.55, 80, 400),
        _line("www.altair.pl", 0.9, 80, 470),
    ]
    read = second_reading.reread_doubtful(Image.new("RGB", (1000, 600), "white"), lines)
    assert read[1].text == "anna.weber@altair.pl"
    parsed = parse_card(read, default_region="US")
    assert parsed.contact.emails == ["anna.weber@altair.pl"]
    assert parsed.evidence["emails"].endswith("/at-read")  # measured apart: to review
    # Where Tesseract read no @, the reading is taken as before.
    lines[1] = _line("anna.weber aItair.pI", 0.55, 80, 400)
    read = second_reading.reread_doubtful(Image.new("RGB", (1000, 600), "white"), lines)
    assert read[1].text == "anna.weberoaltair.pl"


@pytest.mark.skipif(not second_reading.available(), reason="rapidocr is not installed")
def test_an_address_read_from_ink_beside_another_lines_box_is_doubted():
    # b1 photo 304: Tesseract read "1254 Michigan Ave, Suite 2800 © %b°" with "E: deborah."
    # under its box; the ink right of it read "wright@atlaslogistics.com", accepted at
    # name+domain/single. Real RapidOCR on the printed row; Tesseract's lines as it gave them.
    image = Image.new("RGB", (1400, 300), "white")
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 30)
    draw = ImageDraw.Draw(image)
    draw.text((40, 30), "Deborah Wright", fill="black", font=font)
    street = "1254 Michigan Ave, E: deborah."
    draw.text((40, 150), street, fill="black", font=font)
    end = 40 + round(draw.textlength(street, font=font))
    draw.text((end, 150), "wright@atlaslogistics.com", fill="black", font=font)
    lines = [
        Line([Word("Deborah", 0.96, 40, 30, 130, 36), Word("Wright", 0.96, 180, 30, 110, 36)]),
        Line([Word("1254 Michigan Ave, E: %b°", 0.8, 40, 150, end - 34, 36)]),
        _line("www.atlaslogistics.com", 0.95, 40, 230),
    ]
    read = second_reading.read_missed(image, lines)
    added = [line for line in read if "@" in line.text]
    assert added and added[0].text.startswith("wright@")
    parsed = parse_card(read, default_region="US")
    assert parsed.contact.emails == ["wright@atlaslogistics.com"]
    assert parsed.evidence["emails"].endswith("/after-line")
    assert probability("emails", parsed.evidence["emails"]) < 0.93


def _words(*words: tuple[str, float, int, int, int, int]) -> Line:
    return Line([Word(*word) for word in words])


# b28 photo 94: "Mail: daisuke.yamamoto@ono.co.jp" in small serif print, its row read in scraps
# after a label with no "E"; two of RapidOCR's crops lost the dot of ".co.jp".
PHOTO_94 = [
    _words(("Tel.", 0.93, 732, 88, 40, 20), ("+81", 0.93, 780, 88, 40, 20)),
    _words(("OD", 0.96, 94, 99, 120, 94)),
    _words(("Mail:", 0.95, 733, 120, 60, 20), ("d", 0.95, 800, 120, 10, 20)),
    _words(("L", 0.4, 864, 120, 8, 8)),
    _words(("cojp", 0.8, 1095, 123, 50, 23)),
    _words(("URL", 0.77, 733, 134, 50, 20), ("http://www.ono.co.jp/", 0.77, 790, 134, 240, 20)),
    _words(("DAISUKE", 0.94, 91, 282, 150, 37), ("YAMAMOTO", 0.94, 250, 282, 170, 37)),
    _words(("ONO", 0.87, 90, 385, 60, 26), ("DENKI", 0.87, 160, 385, 90, 26)),
    _words(("CO.,", 0.87, 260, 385, 50, 26), ("LTD.", 0.87, 320, 385, 60, 26)),
]
ROW_94 = [
    ("Mail:daisuke.yamamoto@ono.cojp", 0.98),
    ("Mail:daisuke.yamamoto@ono.co.jp", 0.97),
    ("Mail:daisuke.yamamoto@ono.cojp", 0.98),
]


def test_a_row_labelled_mail_alone_is_read_again_its_lost_dot_put_back(monkeypatch):
    parsed = parse_card(reread_recorded(monkeypatch, PHOTO_94, ROW_94), default_region="JP")
    assert parsed.contact.emails == ["daisuke.yamamoto@ono.co.jp"]
    # The crops agree but for the dot; the one that reads it gives the address (b27 photo 42).
    readings = [("cmayer@koehler.at", 0.95), ("Cmayer@koehlerat", 0.94), ("cmayer@koehlerat", 0.97)]
    assert agreed_address(readings) == ("cmayer@koehler.at", 0.95)
