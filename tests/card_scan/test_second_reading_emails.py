"""Address rows read again by a second engine, with real Tesseract and RapidOCR on rendered
rows: scraps of a row read as one line, the label kept apart, a dot lost after an initial put
back, an address both engines read joined measured apart, and a doubtful line with no @ holding
the address and the website below read again in its own band."""

from __future__ import annotations

import io

import cardgen
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from printed import worded_lines

from contactkit_plugins.card_scan import email_reading, second_reading
from contactkit_plugins.card_scan.email_dots import restore_dots
from contactkit_plugins.card_scan.email_rows import ink_bands, reread_unsigned_rows
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.scan import OcrOptions, card_lines
from contactkit_plugins.card_scan.text_lines import Line, Word


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


def _email_row_card(font: str, size: int) -> bytes:
    """A scan's layout where small print sits in a column beside the address (blind seed 1)."""
    image = Image.new("RGB", (1019, 675), "white")
    draw = ImageDraw.Draw(image)
    rows = [
        ("FLORIAN MÜLLER", 80, 221, 56), ("Senior Software Engineer", 80, 306, 30),
        ("Weber Medizintechnik SE", 77, 420, 28), ("Tel. 089 5436730-0", 804, 418, size),
        ("Fax 089 5436 7309", 806, 440, size), ("Industriestraße 67a", 78, 460, 18),
        ("E-Mail: florian.mueller@webermedizintechnik.de", 561, 461, size),
        ("Web https://webermedizintechnik.de/contact", 597, 482, size),
        ("80483 München", 78, 489, 18),
    ]  # fmt: skip
    for text, left, top, px in rows:
        face = ImageFont.truetype(f"{cardgen.FONT_DIR}/{font}", px)
        draw.text((left, top), text, fill="black", font=face)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(300, 300))
    return buffer.getvalue()


def test_an_email_line_sparse_mode_broke_into_scraps_is_read_again_as_one_row():
    # Sparse-text mode gave "E-Mail: florian." / "de" (or "weber"): no address, where bare
    # Tesseract read the whole line. The row is read again in block mode.
    for font, size in (("DejaVuSerif-Bold.ttf", 14), ("DejaVuSerif-BoldItalic.ttf", 15)):
        lines = card_lines(_email_row_card(font, size), 0, OcrOptions())
        parsed = parse_card(lines, default_region="DE")
        assert parsed.contact.emails == ["florian.mueller@webermedizintechnik.de"]
        assert parsed.contact.organization.name == "Weber Medizintechnik SE"


def _printed(text: str) -> Image.Image:
    image = Image.new("RGB", (900, 120), "white")
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
    ImageDraw.Draw(image).text((20, 30), text, fill="black", font=font)
    return image


@pytest.mark.skipif(not second_reading.available(), reason="rapidocr is not installed")
def test_a_dot_dropped_after_an_initial_is_put_back_from_a_second_reading():
    # "t.krol@altair.pl" read "tkrol@altair.pl" at 0.96: an initial joined to the family name
    # is a usual form, so the name could not tell, and the address was accepted wrong.
    word = Word("tkrol@altair.pl", 0.96, 18, 30, 330, 50)
    name = Line([Word("Tomasz", 0.96, 18, 200, 120, 40), Word("Król", 0.96, 150, 200, 80, 40)])
    dotted = restore_dots(_printed("t.krol@altair.pl"), [Line([word]), name])
    assert dotted[0].text == "t.krol@altair.pl"
    # An address printed joined stays as it is.
    joined = restore_dots(_printed("tkrol@altair.pl"), [Line([word]), name])
    assert joined[0].text == "tkrol@altair.pl"


needs_rapidocr = pytest.mark.skipif(
    not second_reading.available(), reason="rapidocr is not installed"
)


def _card(name: str, address: str) -> tuple[Image.Image, list[Line]]:
    """A name over an address, printed, and the lines Tesseract gave with the address joined."""
    image = Image.new("RGB", (900, 200), "white")
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
    draw = ImageDraw.Draw(image)
    draw.text((20, 20), name, fill="black", font=font)
    draw.text((20, 110), address, fill="black", font=font)
    joined = address.replace(".", "", 1) if address.index(".") < address.index("@") else address
    words = [Word(part, 0.95, 20 + 200 * n, 20, 180, 45) for n, part in enumerate(name.split())]
    return image, [Line(words), Line([Word(joined, 0.96, 18, 120, 24 * len(joined), 50)])]


class CountingEngine:
    """The real recogniser, counting the crops it is given."""

    def __init__(self) -> None:
        self.engine = second_reading.engine()
        self.crops = 0

    def text_rec(self, crops: list) -> tuple:
        self.crops += len(crops)
        return self.engine.text_rec(crops)


@needs_rapidocr
def test_only_an_address_that_could_hold_an_initial_is_read_again(monkeypatch):
    # Every joined address was read again (40 % of cards, 7-14 % of the scan's time); only 84
    # of the 474 on tuning start with one letter and a word printed on the card, and every dot
    # lost on tuning was one of those.
    counting = CountingEngine()
    monkeypatch.setattr(second_reading, "engine", lambda: counting)
    image, lines = _card("Anna Weber", "annaweber@altair.pl")
    assert restore_dots(image, lines)[1].text == "annaweber@altair.pl"
    assert counting.crops == 0
    image, lines = _card("Tomasz Król", "t.krol@altair.pl")
    assert restore_dots(image, lines)[1].text == "t.krol@altair.pl"
    assert counting.crops > 0


@needs_rapidocr
def test_an_address_the_second_engine_reads_joined_too_is_marked():
    image, lines = _card("Tomasz Król", "tkrol@altair.pl")
    word = restore_dots(image, lines)[1].words[0]
    assert (word.text, word.seen_twice) == ("tkrol@altair.pl", True)
    # A dot put back is no joined address seen twice.
    image, lines = _card("Tomasz Król", "t.krol@altair.pl")
    assert not restore_dots(image, lines)[1].words[0].seen_twice


def _lines(seen_twice: bool) -> list[Line]:
    lines = worded_lines(
        ("ALTAIR Sp. z o.o.", 24),
        ("Tomasz Król", 30),
        ("Tel. +48 22 615 44 00", 24),
        ("E-mail: tkrol@altair.pl", 24),
    )
    email = lines[3].words[1]
    email.conf, email.seen_twice = 0.84, seen_twice  # Tesseract's doubt: the mid band
    return lines


def test_a_joined_address_two_engines_read_so_is_its_own_level():
    # "rromano@" for r.romano@ at name+domain/joined-initial/mid (18 of 19 right on tuning):
    # where the second engine read the letters joined too, a dropped dot is not what is left.
    plain = parse_card(_lines(False), default_region="PL")
    seen = parse_card(_lines(True), default_region="PL")
    assert plain.evidence["emails"] == "name+domain/joined-initial/mid"
    assert seen.evidence["emails"] == "name+domain/joined-initial+twice/mid"


# --- a doubtful line with no @ holding the address row and the website below (b11 photo 33) ---

ROWS = (("Direkt | 031 424 91 22", (20, 20, 20)), ("margarete.wolf@prisma.ch", (20, 20, 20)))
SITE = ("https://prisma.ch/", (140, 140, 140))


def _two_row_card() -> tuple[Image.Image, tuple[int, int, int, int]]:
    """A phone row, the address, and the lighter website set close below it, softened; the box
    of the address and the website together, as Tesseract's one line held them."""
    font = ImageFont.truetype(f"{cardgen.FONT_DIR}/DejaVuSans.ttf", 26)
    image = Image.new("RGB", (900, 300), "white")
    draw = ImageDraw.Draw(image)
    for n, (text, colour) in enumerate([*ROWS, SITE]):
        draw.text((300, 60 + 40 * n), text, font=font, fill=colour)
    top = draw.textbbox((300, 100), ROWS[1][0], font=font)
    low = draw.textbbox((300, 140), SITE[0], font=font)
    box = (top[0], top[1], max(top[2], low[2]), low[3])
    return image.filter(ImageFilter.GaussianBlur(1.5)), box


@needs_rapidocr
def test_an_address_row_with_no_at_read_is_read_in_its_own_band():
    image, (left, top, right, bottom) = _two_row_card()
    height = bottom - top
    garbled = Line(
        [
            Word("margerete.", 0.31, left, top, 200, height),
            Word("neha", 0.22, left + 210, top, 120, height),
            Word("phen", 0.35, left + 340, top, 120, height),
            Word("ch", 0.30, left + 470, top, right - left - 470, height),
        ]
    )
    phone = Line(
        [Word("Direkt", 0.93, 300, 62, 90, 26), Word("0314249122", 0.93, 400, 62, 200, 26)]
    )
    bands = ink_bands(np.asarray(image.convert("L")), (left, top, right, bottom))
    assert len(bands) == 2  # the address and the website parted by the gap between them
    lines = reread_unsigned_rows(image, [phone, garbled])
    assert [line.text for line in lines][-1].replace(" ", "") == "margarete.wolf@prisma.ch"


def test_a_card_with_an_address_read_is_not_read_again():
    lines = worded_lines(("anna@acme.com", 22), ("margerete neha phen", 22))
    assert reread_unsigned_rows(Image.new("RGB", (10, 10)), lines) is lines
