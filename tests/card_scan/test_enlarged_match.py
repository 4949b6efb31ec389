"""The enlarged reading: Tesseract reads the row of each sure company and address again alone
and twice as large, and the parser doubts a field where it finds a mark more. The card is
printed and read by real Tesseract and RapidOCR; the slip both engines made on a photo is made
by hand on their readings (a slip cannot be printed so that both engines make it every time),
the enlarged reading reads the print as it is."""

from __future__ import annotations

import io

import cardgen
import pytest
from PIL import Image, ImageDraw, ImageFont
from printed import rechecked, worded_lines

from contactkit.model import Contact
from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, marked, probability
from contactkit_plugins.card_scan.enlarged_match import (
    dot_for_underscore,
    doubt_enlarged,
    letter_more,
    settled,
    word_read_longer,
)
from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.image_files import load_page
from contactkit_plugins.card_scan.imaging import prepare
from contactkit_plugins.card_scan.jobs import OcrOptions
from contactkit_plugins.card_scan.recheck import recheck_sure_fields
from contactkit_plugins.card_scan.review_reasons import reason
from contactkit_plugins.card_scan.row_reading import padded_box
from contactkit_plugins.card_scan.scan import card_lines, read_upright
from contactkit_plugins.card_scan.text_lines import Line

ADDRESS = "lwillems@prisma.com"
ROWS = (
    ("Lotte Willems", 44),
    ("Sales Manager", 30),
    ("Atlas Prisma B.V.", 36),
    ("Tel. +31 20 555 0134", 30),
)


def _printed(address: str) -> bytes:
    image = Image.new("RGB", (1050, 600), "white")
    draw, top = ImageDraw.Draw(image), 40
    font = f"{cardgen.FONT_DIR}/DejaVuSans.ttf"
    for text, size in (*ROWS, (f"E  {address}", 30)):
        draw.text((60, top), text, fill="black", font=ImageFont.truetype(font, size))
        top += int(size * 1.55)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(300, 300))
    return buffer.getvalue()


def _read(address: str = ADDRESS) -> tuple[Image.Image, list[Line]]:
    """The prepared card turned upright and Tesseract's lines of it, not yet looked at again."""
    options = OcrOptions()
    return read_upright(prepare(load_page(_printed(address), 0), options.steps), options)


def _slipped(address: str, printed: str, read: str) -> tuple[ParsedCard, ParsedCard, Line]:
    """The card parsed with ``printed`` read as ``read`` by both engines, before and after
    the enlarged reading, and the row it stands on."""
    image, lines = _read(address)
    row = next(line for line in lines if printed in line.text)
    for word in row.words:
        word.text = word.text.replace(printed, read)
    before = parse_card(lines, default_region="NL")
    looked = recheck_sure_fields(image, lines, "NL")
    assert any(printed in text for text in row.enlarged)  # the print, read enlarged
    assert len(row.enlarged) == 2  # the first reading unsettled it: read the other way too
    row.recheck = (row.text, 0.97)  # RapidOCR shares the slip
    return before, parse_card(looked, default_region="NL"), row


@pytest.mark.parametrize(
    ("field", "address", "printed", "read"),
    [
        ("emails", ADDRESS, ADDRESS, "willems@prisma.com"),  # 647/10: beside the label
        ("organization", "lotte@prisma.com", "Atlas", "Adas"),  # 554/9
    ],
)
def test_a_field_both_engines_read_otherwise_goes_to_review(
    field: str, address: str, printed: str, read: str
):
    before, after, _ = _slipped(address, printed, read)
    assert read in str(before.contact.model_dump()[field])
    assert before.confidence[field] >= REVIEW_BELOW  # nothing else on the card doubts it
    assert after.evidence[field] == marked(before.evidence[field], "enlarged")
    assert after.confidence[field] < REVIEW_BELOW
    assert reason(field, after.evidence[field]) == (
        "read again alone and enlarged, it is spelt otherwise"
    )
    others = {key: level for key, level in after.evidence.items() if key != field}
    assert others == {key: level for key, level in before.evidence.items() if key != field}


def test_fields_read_alike_enlarged_keep_their_level():
    image, lines = _read("lotte@prisma.com")
    before = parse_card(lines, default_region="NL")
    sure = [field for field, conf in before.confidence.items() if conf >= REVIEW_BELOW]
    assert {"name", "organization", "phones", "emails"} <= set(sure)
    looked = recheck_sure_fields(image, lines, "NL")
    assert parse_card(looked, default_region="NL").evidence == before.evidence
    # Each row read alike the first time is not read a second time.
    assert [len(line.enlarged) for line in looked if line.enlarged] == [1, 1]


def test_the_scan_reads_the_sure_rows_enlarged_and_not_without_the_second_reader():
    printed = _printed("lotte@prisma.com")
    looked = card_lines(printed, 0, OcrOptions())
    enlarged = {line.text: line.enlarged for line in looked}
    for text in ("Atlas Prisma B.V.", "E lotte@prisma.com"):
        assert any(text.split()[-1] in reading for reading in enlarged[text]), enlarged
    for text in ("Lotte Willems", "Sales Manager", "Tel. +31 20 555 0134"):
        assert not enlarged[text]  # measured to find nothing (recheck.ENLARGED_FIELDS)
    plain = card_lines(printed, 0, OcrOptions(second_reader=False))
    assert all(not line.enlarged for line in plain)


@pytest.mark.parametrize(
    ("address", "reading", "more"),
    [
        # Read from the tuning photos' enlarged rows.
        ("willems@prisma.com", "= lwillems@prisma.com", True),  # 647/10: beside the label
        ("emily@smith.com", "- Email: emilyj@smitn.com —", True),  # 648/19: beside the @
        ("willems@prisma.com", "E willems @ prisma.com", False),  # read alike
        ("nicoleb@helvetia.ch", "Enicoleb@helvetia.ch", False),  # the label's capital
        ("juergen@polaris.at", "E-Mail: jJuergen@poiaris.at", False),  # a stroke read twice
        ("claudia.maier@altair.com", "sq Cclaudia.maier@altair.com", False),
        ("susanne.mueller@becker.de", "ssusanne.mueller@becker.de", False),
        ("jung.andreas@ngroup.ch", "_jung.andreas@ngroup.ch", False),  # a rule's stroke
        ("michael.lehmann@cobalt.ch", "michael.lenhmann@cobalt.ch", False),  # not at an end
        ("awilliams@price.co.uk", "© awiliams@price.co.uk", False),  # a letter fewer
        ("emily@smith.com", "emilyj@kato.co.jp", False),  # another address
        ("anna@ab.de", "xanna@ac.de", False),  # another short domain
        ("anna@acme.de", "1anna@acme.de", True),
        ("@acme.de", "a@acme.de", False),  # no local part to weigh
    ],
)
def test_a_letter_more_at_an_end_of_the_local_part(address: str, reading: str, more: bool):
    assert letter_more(address, reading) is more


@pytest.mark.parametrize(
    ("address", "reading", "dot"),
    [
        ("michael_berger@wagner.de", "E-Mail: michael. berger@wagner.de", True),  # 648/32
        ("michael_berger@wagner.de", "E-Mail: michael berger@wagner de", False),
        ("michael_berger@wagner.de", "michael_berger@wagner.de", False),
        ("michael.berger@wagner.de", "michael.berger@wagner.de", False),  # no underscore
    ],
)
def test_a_dot_for_the_underscore(address: str, reading: str, dot: bool):
    assert dot_for_underscore(address, reading) is dot


def _card(address: str, enlarged: tuple[str, ...], recheck: str) -> list[Line]:
    """A card whose address row both engines read as ``address``, RapidOCR as ``recheck``,
    and Tesseract, enlarged, as ``enlarged``."""
    lines = rechecked(
        worded_lines(
            ("Ralf Meier", 44),
            ("Lumen Werke GmbH", 36),
            ("Tel. +49 711 555 0134", 30),
            (f"E-Mail: {address}", 30),
        ),
        3,
        (recheck, 0.98),
    )
    lines[3].enlarged = enlarged
    return lines


@pytest.mark.parametrize(
    ("enlarged", "recheck", "doubted"),
    [
        # 648/32: a dot enlarged and by RapidOCR; the raw line lost the mark altogether.
        (("ralf. meier@lumen.de", "ralf meier@lumen de."), "E-Mail:ralf.meier@lumen.de", True),
        # 645/74, right: RapidOCR reads the underscore, which it reads 180 times in 194.
        (("ralf. meier@lumen.de", "ralf. meier@lumen.de"), "E-Mail: ralf_meier@lumen.de", False),
        # The other enlarged reading spells the underscore.
        (("ralf. meier@lumen.de", "ralf_meier@lumen.de"), "E-Mail:ralf.meier@lumen.de", False),
        (("ralf_meier@lumen.de", "ralf_meier@lumen.de"), "E-Mail: ralf_meier@lumen.de", False),
        # RapidOCR reads the underscore as a space or the @ as a letter: no dot, no dispute.
        (("ralf. meier@lumen.de", "ralf.meier@lumen.de"), "E-Mail: ralf meier@lumen.de", False),
        (("ralf. meier@lumen.de", "ralf.meier@lumen.de"), "ralf_meierGlumen.de", False),
    ],
)
def test_an_underscore_read_as_a_dot_unless_another_reading_spells_it(
    enlarged: tuple[str, ...], recheck: str, doubted: bool
):
    parsed = parse_card(_card("ralf_meier@lumen.de", enlarged, recheck), default_region="DE")
    assert parsed.contact.emails == ["ralf_meier@lumen.de"]
    assert ("+enlarged" in parsed.evidence["emails"]) is doubted
    assert (parsed.confidence["emails"] < REVIEW_BELOW) is doubted


@pytest.mark.parametrize(
    ("enlarged", "doubted"),
    [
        (("", "- E-Mail: rmeier@lumen.de —"), True),  # 648/19: the one way read it
        # 631/63: an icon read as a letter, one way only; the other reads the address alike.
        (("meier@lumen.de", "cmeier@lumen.de-"), False),
        (("E-Mail: meier@lumen.de", "E-Mail: meier@lumen.de"), False),
    ],
)
def test_a_letter_more_unless_the_other_enlarged_reading_spells_it_alike(
    enlarged: tuple[str, ...], doubted: bool
):
    # RapidOCR shares Tesseract's slip (it did on each such photo): it has no vote here.
    parsed = parse_card(
        _card("meier@lumen.de", enlarged, "E-Mail: meier@lumen.de"), default_region="DE"
    )
    assert parsed.contact.emails == ["meier@lumen.de"]
    assert ("+enlarged" in parsed.evidence["emails"]) is doubted


@pytest.mark.parametrize(
    ("value", "readings", "otherwise"),
    [
        ("Adas Iberica S.L.U.", ["Atlas Ibérica S.L.U.", "Atlas Ibérica S.L.U."], True),  # 554/9
        # Tesseract's own slips on a tight crop, read alike both ways: no mark more.
        ("Helix Holdings plc", ["Helix Holdings pic"] * 2, False),  # 628/12
        ("Distribucion Cantabrico S.A.", ["Distribucion Cantdbrico S.A."] * 2, False),  # 629/53
        ("KONIG FEINMECHANIK GMBH", ["KONIG FEINVECHANIK GMBH"] * 2, False),  # 628/18
        ("Holdings Iberica", ["Holdingss Iberica"] * 2, False),  # a stroke read twice
        ("Waddenzee Groep N.V.", ["WADDENZEE GROEPN.V."] * 2, False),  # 571/45: glued
        # One letter read as two, Tesseract's slip of fine print enlarged (rev51).
        ("Siemens AG", ["Siernens AG"] * 2, False),
        ("Swiss Water", ["Svviss Water"] * 2, False),
        ("Nordic Tech", ["Norclic Tech"] * 2, False),
        ("Lumen Werke", ["Lumen Werke1"] * 2, False),  # a digit, no letter
        ("Holdings Iberica", ["Holdings Ibherica"] * 2, True),
        ("Adas Iberica S.L.U.", ["Atlas Ibérica S.L.U.", "Adas Ibérica S.L.U."], False),
        ("Adas Iberica S.L.U.", ["Atlas Ibérica S.L.U.", ""], False),  # one reading only
        ("Atlas Iberica S.L.U.", ["Atlas Ibérica S.L.U.", "Atlas Iberica SLU"], False),
        ("INZYNIERIA SOKOŁ SP. Z O.O.", ["INZYNIERIA SOKOE SP. Z O.O."] * 2, False),  # 554/68
        ("Kowalski GmbH", ["Lumen GmbH"] * 2, False),  # no word like it
    ],
)
def test_a_word_both_enlarged_readings_read_as_another(
    value: str, readings: list[str], otherwise: bool
):
    assert word_read_longer(value, readings) is otherwise


def test_two_addresses_disputed_mark_the_field_once():
    lines = rechecked(
        worded_lines(
            ("Ralf Meier", 44),
            ("Lumen Werke GmbH", 36),
            ("meier@lumen.de", 30),
            ("info@lumen.de", 30),
        ),
        2,
        ("meier@lumen.de", 0.98),
    )
    lines[2].enlarged = ("rmeier@lumen.de", "")
    lines[3].enlarged = ("xinfo@lumen.de", "")
    parsed = parse_card(lines, default_region="DE")
    assert parsed.contact.emails == ["meier@lumen.de", "info@lumen.de"]
    assert parsed.evidence["emails"].count("+enlarged") == 1


def test_a_letter_read_apart_before_the_address_is_its_label():
    lines = rechecked(
        worded_lines(("Ralf Meier", 44), ("Lumen Werke GmbH", 36), ("e meier@lumen.de", 30)),
        2,
        ("e meier@lumen.de", 0.98),
    )
    lines[2].enlarged = ("emeier@lumen.de", "emeier@lumen.de")
    parsed = parse_card(lines, default_region="DE")
    assert parsed.contact.emails == ["meier@lumen.de"]
    assert parsed.confidence["emails"] >= REVIEW_BELOW
    assert "+enlarged" not in parsed.evidence["emails"]
    lines[2].enlarged = ("rmeier@lumen.de", "")  # another letter: the label is not it
    assert "+enlarged" in parse_card(lines, default_region="DE").evidence["emails"]


def test_a_field_sent_to_review_already_is_left_as_it_is():
    lines = _card("meier@lumen.de", ("rmeier@lumen.de", ""), "E-Mail: meier@lumen.de")
    contact = Contact(emails=["meier@lumen.de"])
    unsure = {"emails": "name+domain/joined-initial/mid"}  # a dot may be lost: to review
    assert probability("emails", unsure["emails"]) < REVIEW_BELOW
    doubt_enlarged(lines, contact, unsure)
    assert unsure == {"emails": "name+domain/joined-initial/mid"}
    sure = {"emails": "name+domain/single"}
    doubt_enlarged(lines, contact, sure)
    assert sure == {"emails": "name+domain+enlarged/single"}


def test_a_row_at_the_image_edge_is_cut_inside_it():
    image = Image.new("L", (400, 100), 255)
    assert padded_box((350, 60, 398, 98), image, 10) == (340, 50, 400, 100)
    assert padded_box((5, 5, 50, 20), image, 10) == (0, 0, 60, 30)


@pytest.mark.parametrize(
    ("field", "value", "reading", "done"),
    [
        ("emails", "anna@acme.de", "E anna @acme.de", True),
        ("emails", "anna@acme.de", "E lanna@acme.de", False),
        ("emails", "anna@acme.de", "", False),  # the raw line may still read it
        ("organization", "Atlas Prisma B.V.", "ATLAS PRISMA B.V.", True),
        ("organization", "Atlas Prisma B.V.", "Atlas Prisrna B.V.", False),
        ("organization", "Atlas Prisma B.V.", "", True),  # no word: no two readings agree
    ],
)
def test_one_enlarged_reading_settles_a_field_it_spells_alike(
    field: str, value: str, reading: str, done: bool
):
    assert settled(field, value, reading) is done
