"""Session 16 (email16): email rows read as no address on tuning photos, given as the OCR lines
Tesseract reads."""

from __future__ import annotations

import cardgen
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from printed import worded_lines

from contactkit_plugins.card_scan import second_reading
from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.email_rebuild import name_forms, rebuilt_address
from contactkit_plugins.card_scan.email_rows import ink_bands, reread_unsigned_rows
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.ocr import Line, Word

needs_rapidocr = pytest.mark.skipif(
    not second_reading.available(), reason="rapidocr is not installed"
)


def _card(name: str, email_row: str, site: str) -> list:
    return worded_lines(
        (name, 40),
        ("Vertriebsleiterin", 26),
        ("Wagner & Meyer GmbH & Co. KG", 30),
        ("T +49 30 2953 0300", 22),
        (email_row, 22),
        (site, 22),
    )


@pytest.mark.parametrize(
    ("name", "row", "site", "want"),
    [
        # b1x photo 526: the @ read as g, a letter of the family name misread.
        (
            "Sabine Friedrich",
            "E sabine.friednchg wagner.de",
            "Web https://wagner.de/",
            "sabine.friedrich@wagner.de",
        ),
        # b1 photo 200: the @ read as "ge", the dot of the domain as a space.
        ("Katarzyna Nowak", "e-mail; katarrynagessokol pl", "www.ssokol.pl", "katarzyna@ssokol.pl"),
        # The @ lost altogether, umlauts spelt out in the address.
        (
            "Jürgen Böhm",
            "E-Mail juergen.boehm wagner.de",
            "www.wagner.de",
            "juergen.boehm@wagner.de",
        ),
    ],
)
def test_an_address_read_with_its_at_lost_is_rebuilt_for_review(name, row, site, want):
    parsed = parse_card(_card(name, row, site), default_region="DE")
    assert parsed.contact.emails == [want]
    assert parsed.evidence["emails"] == "rebuilt"
    assert parsed.confidence["emails"] < REVIEW_BELOW


def test_no_address_is_rebuilt_from_a_word_unlike_the_name():
    # The company's name before the domain is no local part: nothing is made up.
    assert rebuilt_address(["Wagner Meyer wagner.de"], "Sabine Friedrich", "wagner.de") is None
    parsed = parse_card(
        _card("Sabine Friedrich", "Besuchen Sie uns wagner.de", "www.wagner.de"),
        default_region="DE",
    )
    assert parsed.contact.emails == []


def test_two_forms_as_close_make_no_address():
    # "sfriedrich" read "sfriedrlch": s.friedrich? sfriedrich? Read without a dot, the joined
    # form is closer; two lines each showing another form make no address.
    site = "www.wagner.de"
    assert rebuilt_address(["sfriedrlchg wagner.de", site], "Sabine Friedrich", "wagner.de") == (
        "sfriedrich@wagner.de"
    )
    assert (
        rebuilt_address(
            ["s_friedrich wagner.de", "s.friedrich wagner.de"], "Sabine Friedrich", "wagner.de"
        )
        is None
    )


def test_a_domain_read_only_on_the_address_line_rebuilds_nothing():
    # "vanderveen.daangmulder.com": the @ read as g inside what looks like a website; no other
    # line prints "daangmulder.com", so "vanderveen@daangmulder.com" is not made up.
    lines = ["vanderveen.daangmulder.com"]
    assert rebuilt_address(lines, "Daan van der Veen", "daangmulder.com") is None


def test_name_forms_spell_umlauts_both_ways():
    forms = name_forms("Jürgen Böhm")
    assert {"juergen.boehm", "jurgen.bohm", "jboehm", "boehm"} <= forms


def test_both_dots_of_co_uk_read_as_spaces():
    # b11 photo 34: "rachel smith@khananalytics co uk", the website unread: no address before.
    lines = worded_lines(
        ("RACHEL SMITH", 40),
        ("Managing Director", 26),
        ("Khan Analytics LLP", 30),
        ("Direct. 0044 131 579 8496", 22),
        ("rachel smith@khananalytics co uk", 22),
        ("www khananalytics co.uk", 22),
    )
    parsed = parse_card(lines, default_region="GB")
    assert parsed.contact.emails == ["rachel.smith@khananalytics.co.uk"]
    assert parsed.confidence["emails"] < REVIEW_BELOW  # its dot guessed from a space


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


def _slanted_row_card(first: str, second: str) -> list[Line]:
    """A name, and an address row parted in two lines where a slant cut it (b15 photo 18)."""
    name = Line([Word("Dieter", 0.96, 100, 190, 160, 60), Word("Beck", 0.96, 270, 190, 120, 60)])
    title = Line([Word("Supply", 0.96, 90, 300, 100, 40), Word("Chain", 0.96, 200, 300, 90, 40)])
    words = first.split()
    left = [Word(w, 0.92, 598 + 60 * n, 165, 55, 35) for n, w in enumerate(words)]
    right = [Word(second.split()[0], 0.99, 758, 186, 60, 34)]
    right.append(Word(second.split()[1], 0.99, 830, 186, 119, 34))
    site = Line([Word("www.aaltair.ch", 0.95, 600, 240, 180, 30)])
    company = Line([Word("Altair", 0.96, 70, 350, 90, 40), Word("AG", 0.96, 170, 350, 40, 40)])
    return [name, Line(left), Line(right), site, title, company]


def test_an_address_row_cut_by_a_slant_is_joined_where_the_name_spells_it():
    # "E beck, diet" | "ter @aaltair.ch": "ter@aaltair.ch" was taken alone; the t is in both.
    parsed = parse_card(_slanted_row_card("E beck, diet", "ter @aaltair.ch"), default_region="CH")
    assert parsed.contact.emails == ["beck.dieter@aaltair.ch"]
    assert parsed.confidence["emails"] < REVIEW_BELOW  # the separator a guess: a person looks


def test_an_address_of_the_name_keeps_its_own_start():
    parsed = parse_card(_slanted_row_card("E Beck", "dieter @aaltair.ch"), default_region="CH")
    assert parsed.contact.emails == ["dieter@aaltair.ch"]


def test_the_l_of_pl_read_as_a_bar_is_put_back_as_a_repair():
    # b15 scan 57: "E-mail: wojciechz@altair.p|", the bar made a separator: ".p" cut, lost.
    lines = worded_lines(
        ("WOJCIECH ZIELINSKI", 40),
        ("Kierownik Zakupow", 26),
        ("ALTAIR S.A.", 30),
        ("Tel. +48 22 123 45 67", 22),
        ("E-mail: wojciechz@altair.p|", 22),
    )
    parsed = parse_card(lines, default_region="PL")
    assert parsed.contact.emails == ["wojciechz@altair.pl"]
    assert "+repaired" in parsed.evidence["emails"]


@pytest.mark.parametrize(
    ("name", "read", "want"),
    [
        ("Bernd Kaiser", "bemd_kaiser@pilatus.ch", "bernd_kaiser@pilatus.ch"),  # b16 scan 62
        ("Bemd Kaiser", "bernd_kaiser@pilatus.ch", "bernd_kaiser@pilatus.ch"),  # the name's slip
    ],
)
def test_two_glyphs_read_as_one_in_the_address_are_put_back_from_the_name(name, read, want):
    lines = worded_lines(
        (name, 40),
        ("Leiter Einkauf", 26),
        ("Pilatus AG", 30),
        ("T +41 41 123 45 67", 22),
        (f"E-Mail: {read}", 22),
        ("www.pilatus.ch", 22),
    )
    parsed = parse_card(lines, default_region="CH")
    assert parsed.contact.emails == [want]
