"""Session 13 (name13): names and titles lost on photos, on hand-made cards given as the OCR lines
Tesseract reads (a name in capitals with a letter read small, letters spaced wide, a name's
spaces not read, a degree misread before the name, ß read 8) and titles the lexicon lacked."""

from __future__ import annotations

import pytest
from printed import worded_lines
from test_session12_addr12 import _titled

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.name_slips import known_given, name_slips
from contactkit_plugins.card_scan.ocr import Line, Word


def _card(name: str, *rows: str, region: str = "US") -> ParsedCard:
    """A card with ``name`` as its largest line over ``rows``."""
    lines = worded_lines((name, 44), *((r, 26) for r in rows))
    return parse_card(lines, default_region=region)


@pytest.mark.parametrize(
    ("printed", "email", "want"),
    [
        # a name in capitals with one letter read small: no name word before
        ("LAMBERTUS VAN DijK", "lambertus.vandijk@vlinder.nl", "Lambertus van Dijk"),
        # Ł read as a small t, and the name's end parted by wide letter spacing
        ("DARIUSZ PAWtOWS KI", "dariusz@nova.pl", "Dariusz Pawłowski"),
        # but a T read small beside a T is a T: Polish writes no ŁH (the second review)
        ("JOHN MATtHEWS", "john@nova.com", "John Matthews"),
        # the spaces between the words not read
        ("RosarioNavarroMartinez", "rosario.navarro@quantum.es", "Rosario Navarro Martinez"),
        # ß read as 8, degrees after the comma
        ("Anja Wei8, dipl. Ing. ETH", "a.weiss@herrmann.ch", "Anja Weiß"),
        # "mgr inż." read "mor inz.": the misread degree is no word of the name
        ("mor inz. Maria Brzeczyszczykiewicz", "mbrzeczyszczykiewicz@tn.pl",
         "Maria Brzeczyszczykiewicz"),
        # letters spaced so wide that each was read alone
        ("Mo n i k a K o w a l s k a", "monika.kowalska@vantage.pl", "Monika Kowalska"),
    ],
)  # fmt: skip
def test_a_name_printed_in_a_way_tesseract_misreads_is_still_the_name(printed, email, want):
    parsed = _card(printed, "Prezes Zarzadu", "Nova Logistics Ltd", email, "Tel. +1 212 555 0199")
    assert parsed.contact.name is not None
    assert parsed.contact.name.full == want


@pytest.mark.parametrize("scrap", ["Sal es", "Schw eiz"])
def test_one_word_parted_by_tesseract_is_no_name(scrap):
    # The name's line not read; a word parted in two ("Sales", "Schweiz") had stood in for it.
    lines = worded_lines(
        ("Chief Financial Officer", 26),
        (scrap, 30),
        ("Schafer Anlagenbau GmbH", 40),
        ("Tel.: 0316 5973256", 22),
        ("office@schaeferanlagenbau.at", 22),
    )
    parsed = parse_card(lines, default_region="AT")
    assert parsed.contact.name.full is None
    assert parsed.evidence["name"] == "missing"


@pytest.mark.parametrize(
    "name",
    [
        "Ryan McKenzie",
        "Lisa O'Neill",
        "KOBAYASHI Yuko",
        "Anna DeLuca",
        "Carlos de la Fuente",
        "Sean McBride",
        "Ann MacBride",
    ],
)
def test_names_written_with_inner_capitals_stay_as_printed(name):
    assert name_slips(name) == name


@pytest.mark.parametrize(
    ("title", "region"), [("Technisch Adviseur", "NL"), ("Técnico Comercial", "ES")]
)
def test_dutch_and_spanish_titles_are_titles(title, region):
    lines = worded_lines(
        ("Fleur Bakker", 44),
        (title, 26),
        ("Techniek", 26),  # a department under it had been taken for the title
        ("Vesta Groep N.V.", 30),
        ("fleur.bakker@vgroup.nl", 22),
    )
    parsed = parse_card(lines, default_region=region)
    assert parsed.contact.title == title


@pytest.mark.parametrize(
    ("printed", "email", "want"),
    [
        ("rzegorz Wisniewski", "biuro@sokol.pl", "Grzegorz Wisniewski"),  # one given name fits
        ("berly Thomas", "kthomas@harris.com", "Kimberly Thomas"),  # the email's initial tells
    ],
)
def test_a_given_name_whose_first_letters_were_lost_is_put_back_and_doubted(printed, email, want):
    parsed = _card(printed, "Office Manager", "Harris Prisma Ltd", email, "Tel. +1 312 936 7860")
    assert parsed.contact.name.full == want
    assert parsed.confidence["name"] < REVIEW_BELOW  # letters no one read


def test_a_lost_start_is_put_back_only_where_one_given_name_fits():
    # José, Rose, Mose...: nothing to choose by; and one word and a small scrap is no name.
    parsed = _card("ose Delgado", "Office Manager", "Harris Prisma Ltd", "Tel. +1 312 936 7860")
    assert parsed.contact.name.full is None


def test_a_title_naming_a_field_has_its_slips_put_back_and_is_spelt_by_the_lexicon():
    # "Logística" with its í read j: a department word of the lexicon, now a title's word too.
    parsed = _titled(("Responsable", 0.93), ("de", 0.93), ("Logjstica", 0.93), region="ES")
    assert parsed.contact.title == "Responsable de Logística"
    # Tesseract unsure, every word a word of the lexicon: measured as "lexicon", not "strong/lo".
    parsed = _titled(("Responsable", 0.70), ("de", 0.70), ("Logistica", 0.70), region="ES")
    assert parsed.evidence["title"] == "lexicon"
    assert parsed.confidence["title"] >= REVIEW_BELOW


@pytest.mark.parametrize(
    ("printed", "email", "want"),
    [
        ("Đặng Văn Lâm", "dang.lam@saigontech.vn", "Đặng Văn Lâm"),  # Vietnamese letters
        ("Ștefan Popescu", "stefan.popescu@nova.ro", "Ștefan Popescu"),  # ș with a comma
        ("John F Kennedy", "jkennedy@nova.com", "John F Kennedy"),  # an initial with no dot
        ("Søren Østergaard", "soren.ostergaard@nova.dk", "Søren Østergaard"),
        ("Ahmet Yılmaz", "ahmet.yilmaz@nova.com.tr", "Ahmet Yılmaz"),  # a dotless ı
    ],
)
def test_names_of_more_countries_are_names_the_email_checks(printed, email, want):
    parsed = _card(printed, "Sales Manager", "Nova Trading Ltd", email, "Tel. +1 212 555 0199")
    assert parsed.contact.name.full.casefold() == want.casefold()
    # The email spells the name (not "email-part" or "email-slip": one word, or nearly)
    assert parsed.evidence["name"].split("/")[0] in {"email", "email+initial", "email+other"}


def test_an_address_printed_and_not_read_whole_still_puts_a_names_letter_back():
    # "Ziołkowski" with its ł read t; the address lost its ending, so no email was read.
    parsed = _card(
        "mgr inz. Jakub Ziotkowski",
        "Gtowna Ksiegowa",
        "Technologie Quantum Sp. z o.o.",
        "ziolkowski.jakub@technologiequantum",
        "Mobile +48 799 261 437",
        region="PL",
    )
    assert parsed.contact.name.full == "Jakub Ziołkowski"
    assert parsed.evidence["name"] == "email"  # the printed address spells every letter


def test_a_particle_is_no_known_given_name():
    # "de", "di", "el" are nicknames in the matcher's tables: a street read as a name ("Maza de
    # Expata" for Plaza de España) was measured as a name with a known given name.
    assert not known_given("Maza de Expata")
    assert known_given("Mercedes Delgado")


def test_a_brand_written_as_one_word_is_not_parted_into_a_name():
    # Only the email parts "RosarioNavarroMartinez": "GlaxoSmithKline" beside info@ stays a word.
    parsed = _card("GlaxoSmithKline", "Sales Manager", "info@gsk.com", "Tel. +1 212 555 0199")
    assert parsed.contact.name.full is None


def test_capitals_spaced_letter_by_letter_are_not_parted_at_random():
    # No small letter tells where a word of "J O H N S M I T H" ends: no "Jo Hn Sm It H".
    parsed = _card(
        "J O H N S M I T H", "Sales Manager", "john.smith@nova.com", "Tel. +1 212 555 0199"
    )
    assert parsed.contact.name.full in (None, "John Smith")


def _placed(*rows: tuple[str, int, int, int]) -> list[Line]:
    """Lines from (text, left, top, height), one word per printed word."""
    lines = []
    for text, left, top, height in rows:
        words = []
        for part in text.split():
            words.append(Word(part, 0.93, left, top, 26 * len(part), height))
            left += 26 * len(part) + 14
        lines.append(Line(words))
    return lines


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        # the letter at the cut read on both sides
        (("Migue", 348, 621, 56), ("el Ruiz Rodriguez", 478, 568, 85), "Miguel Ruiz Rodriguez"),
        (("IGNACIO GARCIA ALON", 786, 464, 56), ("NSO", 1262, 458, 51), "Ignacio Garcia Alonso"),
    ],
)
def test_a_name_row_a_tilted_photo_read_as_two_lines_is_one_name(left, right, want):
    lines = _placed(
        left,
        right,
        ("Administrativa", 350, 720, 40),
        ("Delta S.L.", 350, 800, 40),
        ("Tel: 915 359 010", 350, 860, 34),
    )
    parsed = parse_card(lines, default_region="ES")
    assert parsed.contact.name.full == want


def test_two_columns_apart_are_not_one_name():
    lines = _placed(
        ("Anna Weber", 100, 100, 50),
        ("Berlin Office", 900, 100, 50),  # the other column, far to the right
        ("Sales Manager", 100, 170, 34),
        ("anna.weber@nova.de", 100, 230, 30),
    )
    assert parse_card(lines, default_region="DE").contact.name.full == "Anna Weber"


