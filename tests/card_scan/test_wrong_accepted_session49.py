"""Session 49: fields accepted wrong on fresh photos whose rows showed more than was read: a
second family name on the name's row in a taller box, a given name Tesseract broke with marks,
an office number with a 1 read as "!"."""

from __future__ import annotations

import pytest
from printed import as_read, rechecked, worded_lines

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.card_fields_levels import LOGO_GLUED_RE
from contactkit_plugins.card_scan.census_names import odd_opening
from contactkit_plugins.card_scan.email_traces import name_glued
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.leftovers import number_like
from contactkit_plugins.card_scan.phone_recheck import line_disputed
from contactkit_plugins.card_scan.recheck_match import domain_disputed, end_letter_lost
from contactkit_plugins.card_scan.text_lines import Line


def _gonzalo(rest: tuple[str, float, int, int, int, int]) -> list[Line]:
    # Fresh photo seed 579 card 58 as read, its boxes as Tesseract gave them.
    return as_read(
        [("Diaz", 0.92, 86, 92, 109, 36), ("y", 0.92, 210, 103, 28, 38),
         ("Asociados", 0.93, 250, 89, 237, 38), ("S.L.", 0.93, 500, 91, 83, 35)],
        [rest],
        [("GonzaloRuiz", 0.98, 86, 331, 622, 39)],
        [("Responsable", 0.97, 85, 400, 206, 38), ("de", 0.93, 302, 400, 39, 28),
         ("Logistica", 0.93, 352, 400, 146, 38)],
        [("Tel.", 0.94, 85, 564, 61, 31), ("918263929", 0.97, 169, 564, 186, 31)],
        [("M6vil", 1.0, 86, 619, 113, 31), ("640816953", 1.0, 199, 619, 203, 31)],
        [("gonzalo.ruiz@diaz-asociados.es", 0.97, 109, 727, 624, 43)],
    )  # fmt: skip


def test_a_family_name_beside_the_name_in_a_taller_box_sends_the_name_to_review():
    # "Rodriguez" reaches below the line and stands taller (61 px to 39) in the name's letter
    # width: the name's rest, not a logo's word.
    cut = parse_card(_gonzalo(("Rodriguez", 0.96, 777, 326, 463, 61)), default_region="ES")
    assert cut.contact.name.full == "Gonzalo Ruiz"
    assert cut.evidence["name"].endswith("+row-rest")
    assert cut.confidence["name"] < REVIEW_BELOW
    # A word twice the name's letter width beside it is other print (a logo's).
    wide = parse_card(_gonzalo(("LOGO", 0.96, 777, 326, 463, 61)), default_region="ES")
    assert "+row-rest" not in wide.evidence["name"]
    assert wide.confidence["name"] >= REVIEW_BELOW


def _dolores(first: str) -> list[Line]:
    # Fresh photo seed 572 card 43 as read: its first given name at 0.30.
    return as_read(
        [("PEREZ", 0.93, 326, 74, 224, 58), ("DISTRIBUCION", 0.89, 572, 72, 492, 60),
         ("S.L.", 0.91, 1086, 84, 117, 46)],
        [(first, 0.3, 88, 316, 218, 38), ("DOLORES", 0.96, 357, 322, 315, 30),
         ("MOLINA", 0.97, 724, 319, 259, 30), ("GOMEZ", 0.96, 1032, 311, 221, 35)],
        [("Director", 0.95, 89, 372, 99, 20), ("General", 0.95, 196, 371, 97, 20)],
        [("@", 0.84, 91, 564, 43, 28), ("919999739", 0.96, 150, 554, 212, 30)],
        [("Web", 0.93, 88, 654, 78, 29), ("www.perez.es", 0.76, 178, 660, 250, 29)],
    )  # fmt: skip


@pytest.mark.parametrize("first", ["MAR{L{A", "MAR[I]A", "MAR!A"])
def test_a_given_name_broken_by_marks_is_not_dropped_as_debris(first):
    # The row no longer reads as a name: a person types it, rather than "Dolores Molina Gomez".
    parsed = parse_card(_dolores(first), default_region="ES")
    assert parsed.contact.name.full is None
    assert parsed.evidence["name"] == "missing"


def test_a_smudge_before_the_name_is_still_dropped():
    parsed = parse_card(_dolores("»:;"), default_region="ES")
    assert parsed.contact.name.full == "Dolores Molina Gomez"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Tet 0099 01! 406 6314", True),  # fresh photo 576/94: the office number's 1 as "!"
        ("Tet 0099 011 406 6314", True),
        ("Top 100! 2024 award", False),  # a long group: no 1 read so
        ("Hello! 2024 edition", False),  # a "!" after a word
        ("Via Roma 5! 10128 Torino", False),  # too few digits either way
    ],
)
def test_a_one_read_as_a_bang_still_leaves_a_number_unread(text, number):
    assert number_like(text) is number


@pytest.mark.parametrize(
    ("value", "reading", "lost"),
    [
        ("Pere y Asociados S.L.", "Perez y Asociados S.L.", True),  # fresh photo 567/92
        ("Garci Lopez", "GARCIA LOPEZ", True),  # any case
        ("ALONSO Y ASOCIADOS S.L.", "ALONSOY ASOCIADOS S.L.", False),  # the next word glued
        ("Michalski i Wspolnicy", "Michalskii Wspolnicy", False),
        ("Longo & C. S.n.c.", "Longo& C.S.n.c.", False),
        ("Parker & Associates LLC", "Parker & Associates LLCp: 312.380.3454", False),  # last word
        ("Pere y Asociados", "Pere y Asociados", False),
        ("Pere y Asociados", "Pere4 y Asociados", False),  # a digit: a mark read so
        ("Luigi Rossi", "LUIGII ROSSI", False),  # RapidOCR reads a last I twice
        ("Hill Partners", "Hilll Partners", False),  # any last letter twice
    ],
)
def test_a_letter_lost_at_a_words_end_is_read_by_the_second_engine(value, reading, lost):
    assert end_letter_lost(value, reading) is lost


@pytest.mark.parametrize(
    ("word", "odd"),
    [
        ("jki", True),
        ("uwe", False),  # in no table: a name all the same
        ("fforde", False),
        ("djuric", False),
        ("nkosi", False),
        ("yuki", False),
        ("ji", False),  # too short to tell
    ],
)
def test_a_name_word_opening_as_no_name_does_is_odd(word, odd):
    assert odd_opening(word) is odd


def test_a_name_no_email_checks_opening_as_no_name_does_goes_to_review():
    # Fresh photo seed 584 card 29: "Yuki" read "JKI" at 0.95 on a noisy photo, beside "Ota"
    # (a given name of the tables too), accepted at largest+given/hi.
    def card(name: str) -> list[Line]:
        return as_read(
            [(word, 0.95, 100 + 200 * n, 300, 150, 60) for n, word in enumerate(name.split())],
            [("Regional", 0.9, 100, 400, 150, 30), ("Sales", 0.9, 260, 400, 90, 30),
             ("Director", 0.9, 360, 400, 140, 30)],
        )  # fmt: skip

    # Not a Japanese card by its region: letter_misread doubts "Jki" there already.
    misread = parse_card(card("JKI OTA"), default_region="GB")
    assert misread.evidence["name"].endswith("/lo")
    assert misread.confidence["name"] < REVIEW_BELOW
    read = parse_card(card("YUKI OTA"), default_region="GB")
    assert not read.evidence["name"].endswith("/lo")


@pytest.mark.parametrize(
    ("company", "reading", "domain", "disputed"),
    [
        ("Bames Systems LLP", "BarnesSystemsLLP", "bamessystems.co.uk", True),  # photo 586/43
        ("Barnes Systems LLP", "BarnesSystemsLLP", "barnessystems.co.uk", False),  # read alike
        ("Bames Systems LLP", "BarnesSystemsLLP", "bsys.co.uk", False),  # the domain apart
        ("Vantage Logistics Ltd", "Vaatage Logisies Lid", "vantagelogistics.co.uk", False),
        ("Hammer GmbH", "Harnmer GmbH", "hammer.de", True),
    ],
)
def test_a_domain_shares_the_companys_rn_read_m(company, reading, domain, disputed):
    assert domain_disputed(company, reading, domain) is disputed


def _catherine(first: str) -> list[Line]:
    # Fresh photo seed 591 card 82 as read: the firm's monogram before the name on its row.
    return as_read(
        [(first, 0.92, 80, 60, 60, 40), ("CATHERINE", 0.92, 160, 60, 260, 40),
         ("JOHNSON", 0.92, 440, 60, 220, 40)],
        [("Senior", 0.96, 80, 130, 110, 28), ("Buyer", 0.96, 200, 130, 100, 28)],
        [("Cartwright", 0.93, 80, 180, 200, 32), ("&", 0.93, 290, 180, 20, 32),
         ("MacLeod", 0.97, 320, 180, 150, 32), ("Ltd", 0.97, 480, 180, 60, 32)],
        [("Mob:", 0.96, 80, 300, 70, 26), ("07933", 0.97, 160, 300, 100, 26),
         ("879087", 0.96, 270, 300, 120, 26)],
        [("Email:", 0.93, 80, 340, 100, 26), ("catherine@cmgroup.co.uk", 0.91, 190, 340, 400, 26)],
    )  # fmt: skip


def test_the_firms_monogram_read_into_the_names_row_sends_the_name_to_review():
    logo = parse_card(_catherine("CM"), default_region="GB")
    assert logo.evidence["name"].endswith("+monogram")
    assert logo.confidence["name"] < REVIEW_BELOW
    initial = parse_card(_catherine("MJ"), default_region="GB")  # no initials of the firm
    assert "+monogram" not in initial.evidence["name"]


def test_an_honorific_spelling_the_firms_initials_is_no_monogram():
    lines = _catherine("CM")
    lines[0].words[0].text = "DR"
    lines[2].words[0].text, lines[2].words[2].text = "Davies", "Reid"
    parsed = parse_card(lines, default_region="GB")
    assert "+monogram" not in parsed.evidence["name"]


@pytest.mark.parametrize(
    ("row", "glued"),
    [
        ("sthcodorusedcitanl", True),  # fresh photo 596/32: theodorus@delta.nl read glued
        ("Engineering", False),  # a department: capitalised print
        ("qualitatsmanagement", False),  # no run of the name's letters
        ("theo", False),  # too short to be a row
        ("sthcodorus edcitanl", False),  # words apart: print
        ("www.weber-shop.de", False),  # a second site
        ("@theodorusfoto", False),  # a handle
        ("theodorusfotografie", True),  # letters alone: read as the row
    ],
)
def test_an_address_row_read_glued_holds_the_names_letters(row, glued):
    texts = ["Theodorus Peters", "Buyer", "Delta B.V.", row, "delta.nl"]
    assert name_glued(texts, 4, "Theodorus Peters") is glued


def _delta(row: str) -> list[Line]:
    # Fresh photo seed 596 card 32 as read: the address row glued and misread.
    return as_read(
        [("Tel", 0.9, 80, 40, 50, 30), ("+31", 0.9, 140, 40, 50, 30),
         ("(0)30", 0.9, 200, 40, 80, 30), ("229", 0.9, 290, 40, 50, 30),
         ("0656", 0.9, 350, 40, 70, 30)],
        [(row, 0.93, 80, 100, 420, 32)],
        [("delta.nl", 0.91, 80, 150, 150, 32)],
        [("Theodorus", 0.95, 80, 260, 260, 48), ("Peters", 0.95, 360, 260, 170, 48)],
        [("Buyer", 0.96, 80, 330, 100, 30)],
        [("Delta", 0.93, 80, 380, 100, 34), ("B.V.", 0.91, 190, 380, 70, 34)],
    )  # fmt: skip


def test_an_emailless_card_with_its_address_row_read_glued_goes_to_review():
    glued = parse_card(_delta("sthcodorusedcitanl"), default_region="NL")
    assert glued.evidence["emails"] == "unread"
    assert glued.confidence["emails"] < REVIEW_BELOW
    plain = parse_card(_delta("Inkoop"), default_region="NL")
    assert plain.evidence["emails"].startswith("missing+web")


def _barnes(company: str, reading: str, email: str = "llewellyn@bamessystems.co.uk") -> list[Line]:
    # Fresh photo seed 586 card 43 as read; the recheck's readings set on every row.
    lines = as_read(
        [(w, 0.95, 80 + 160 * n, 40, 150, 40) for n, w in enumerate(company.split())],
        [("Charles", 0.97, 80, 110, 150, 40), ("Llewellyn", 0.95, 250, 110, 200, 40)],
        [("Sales", 0.97, 80, 170, 90, 30), ("Manager", 0.97, 180, 170, 140, 30)],
        [("Direct:", 0.97, 80, 220, 110, 30), ("0131", 0.93, 200, 220, 80, 30),
         ("543", 0.93, 290, 220, 60, 30), ("4600", 0.95, 360, 220, 80, 30)],
        [("E:", 0.99, 80, 270, 30, 30), (email, 0.99, 120, 270, 500, 30)],
    )  # fmt: skip
    return rechecked(lines, 0, (reading, 0.95))


def test_an_email_sharing_the_companys_rn_read_m_goes_to_review_with_it():
    shared = parse_card(_barnes("Bames Systems LLP", "BarnesSystemsLLP"), default_region="GB")
    assert shared.evidence["emails"].endswith("+recheck")
    assert shared.evidence["organization"].endswith("+recheck")
    alike = parse_card(_barnes("Bames Systems LLP", "Bames Systems LLP"), default_region="GB")
    assert "+recheck" not in alike.evidence["emails"]


def test_a_company_word_whose_last_letter_tesseract_lost_goes_to_review():
    # Fresh photo seed 567 card 92: "Pere y Asociados" beside RapidOCR's "Perez y Asociados".
    email = "llewellyn@pagroup.es"
    lost = parse_card(
        _barnes("Pere y Asociados S.L.", "Perez y Asociados S.L.", email), default_region="ES"
    )
    assert lost.evidence["organization"].endswith("+recheck")
    assert lost.confidence["organization"] < REVIEW_BELOW
    kept = parse_card(
        _barnes("Perez y Asociados S.L.", "Perez y Asociados S.L.", email), default_region="ES"
    )
    assert "+recheck" not in kept.evidence["organization"]


def _atlas(company: str, email_reading: str) -> list[Line]:
    # Fresh photo seed 610 card 95 as read: the company and the address share an i for an l.
    lines = as_read(
        [("Sophie", 0.97, 80, 40, 150, 44), ("Wilson", 0.96, 250, 40, 160, 44)],
        [("Buyer", 0.96, 80, 110, 100, 30)],
        [(w, 0.96, 80 + 200 * n, 160, 180, 34) for n, w in enumerate(company.split())],
        [("T:", 0.5, 80, 220, 30, 30), ("+44", 0.93, 120, 220, 60, 30),
         ("(0)161", 0.88, 190, 220, 100, 30), ("948", 0.97, 300, 220, 60, 30),
         ("2884", 0.97, 370, 220, 80, 30)],
        [("E:", 0.92, 80, 270, 30, 30), ("sophiew@atias-analytics.co.uk", 0.9, 120, 270, 520, 30)],
    )  # fmt: skip
    return rechecked(lines, 4, (email_reading, 0.95))


def test_a_company_checked_by_a_domain_whose_i_the_recheck_reads_l_goes_to_review():
    shared = parse_card(
        _atlas("Atias Analytics Limited", "E: sophiew@atlas-analytics.co.uk"), default_region="GB"
    )
    assert shared.evidence["emails"].endswith("+recheck")
    assert shared.evidence["organization"].endswith("+recheck")
    alike = parse_card(
        _atlas("Atias Analytics Limited", "E: sophiew@atias-analytics.co.uk"), default_region="GB"
    )
    assert "+recheck" not in alike.evidence["organization"]


@pytest.mark.parametrize(
    ("reading", "disputed"),
    [
        ("6:791-636-523", True),  # fresh photo 607/48: the icon read 6 before the label's colon
        ("6:791-436-523", False),  # the same digits
        ("791-636-523", True),
        ("Tel:0791-436-523", False),  # a trunk 0 slides in: no digit replaced
    ],
)
def test_an_icon_read_as_a_digit_before_a_colon_hides_no_slip(reading, disputed):
    line = worded_lines(("@ 791-436-523", 30))[0]
    assert line_disputed(line, (reading, 0.9), ["791436523"]) is disputed


def _ludwig(rest: str, top: int = 972) -> list[Line]:
    # Fresh photo seed 617 card 76 as read: the Munich number parted on its row.
    return as_read(
        [("Günter", 0.93, 830, 520, 200, 80), ("Ludwig", 0.95, 1050, 520, 200, 80)],
        [("Vertriebsinnendienst", 0.98, 826, 630, 527, 60)],
        [("Schulz", 0.93, 822, 808, 200, 60), ("Maschinenbau", 0.93, 1040, 808, 400, 60),
         ("GmbH", 0.96, 1460, 808, 140, 60)],
        [("T089548", 0.99, 785, 972, 252, 53)],
        [(rest, 0.92, 1033, top, 152, 38)],
        [("guenterl@smgroup.de", 0.96, 785, 1040, 450, 45)],
    )  # fmt: skip


def test_digits_left_just_after_a_number_on_its_row_leave_it_unread():
    cut = parse_card(_ludwig("84 919"), default_region="DE")
    assert cut.evidence["phones"] == "unread"
    assert cut.confidence["phones"] < REVIEW_BELOW
    for other in (_ludwig("GmbH"), _ludwig("84 919", top=1300)):  # a word; another row
        assert parse_card(other, default_region="DE").evidence["phones"] != "unread"


@pytest.mark.parametrize(
    ("company", "glued"),
    [
        ("MICMartini Consulenza S.p.A.", True),  # fresh photo 617/5: the MC monogram glued on
        ("KHKestrel Holdings plc", True),
        ("Martini Consulenza S.p.A.", False),
        ("McDonald Partners LLC", False),
        ("MacLeod & Co", False),
        ("IBM Deutschland GmbH", False),  # capitals apart
    ],
)
def test_capitals_glued_before_the_companys_first_word_are_a_logo(company, glued):
    assert (LOGO_GLUED_RE.match(company) is not None) is glued
