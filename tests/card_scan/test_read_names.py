"""Which line is the name, and how it is put together: debris, signs and logo letters before
it, particles, capitals and inner capitals, a name over two lines or rows, the order of its words,
and lines that are no name. Hand-made OCR lines as Tesseract gave them, or cards printed and read
back; each failed before its fix."""

from __future__ import annotations

import pytest
from ocr_lines import accepted as _accepted
from ocr_lines import conf_line as _line
from ocr_lines import name_card as _card
from ocr_lines import placed_lines as _placed
from ocr_lines import worded_card as _read
from printed import hand_lines as _lines
from printed import read_card, to_review, worded_lines

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.name_slips import known_given, name_slips
from contactkit_plugins.card_scan.text_lines import Line, Word


def test_a_department_read_for_a_name_the_personal_email_does_not_spell_goes_to_review():
    # The name line was not read; the largest line left, a department, stood in for it at the
    # level of a name nothing contradicts, though "maria.rubio@" spells nothing of it.
    parsed = read_card(
        ("Hernandez Ingenieria S.L.", 36),
        ("Departamento Comercial", 40),
        "Director General",
        "Mov. 666 41 89 05",
        "maria.rubio@hernandez-ingenieria.es",
        region="ES",
    )
    assert parsed.contact.name.full == "Departamento Comercial"
    assert parsed.evidence["name"].endswith("+unmatched")
    assert "name" in to_review(parsed)


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
    # The rest of the card is read.
    assert parsed.contact.title == "Chief Financial Officer"
    assert parsed.contact.emails == ["office@schaeferanlagenbau.at"]


def test_a_brand_written_as_one_word_is_not_parted_into_a_name():
    # Only the email parts "RosarioNavarroMartinez": "GlaxoSmithKline" beside info@ stays a word.
    parsed = _card("GlaxoSmithKline", "Sales Manager", "info@gsk.com", "Tel. +1 212 555 0199")
    assert parsed.contact.name.full is None
    # The rest of the card is read.
    assert parsed.contact.title == "Sales Manager"
    assert parsed.contact.emails == ["info@gsk.com"]


def test_a_sole_traders_firm_named_for_its_owner_is_no_name_accepted_unchecked():
    # "Anna Schmidt Immobilien" under a logo, no address: taken for the name, and with
    # smaller+given/hi raised past the line (session 14) it was stored as her name.
    for firm in ("Anna Schmidt Immobilien", "Peter Braun Consulting"):
        parsed = _read(("NORDWIND", 60), (firm, 36), ("Tel. +49 89 2180 3000", 30), region="DE")
        # Present: her name alone, or the firm's line under review.
        assert parsed.contact.name.full in (firm, " ".join(firm.split()[:2]))
        assert parsed.contact.name.full != firm or not _accepted(parsed, "name")


def test_a_rule_read_as_i_between_a_name_and_a_department_is_no_initial():
    # "Anna Nowak | Vertrieb", the rule read "I", was taken whole as the name at email+other/hi
    # and largest+given/hi (0.990): an initial without its dot made it name-shaped.
    for email in ("anna.nowak@nowak-logistik.de", "info@nowak-logistik.de"):
        parsed = _read(
            ("Anna Nowak I Vertrieb", 44),
            ("Nowak Logistik GmbH", 36),
            "Tel. +49 711 598172-0",
            email,
            region="DE",
        )
        name = parsed.contact.name.full
        assert name != "Anna Nowak I Vertrieb" or parsed.confidence["name"] < REVIEW_BELOW
    # An initial without its dot is still a name's.
    parsed = _read(
        ("John F Kennedy", 44), ("Acme Tools Inc.", 36), "Tel. (617) 555-0142", "info@acmetools.com"
    )
    assert parsed.contact.name.full == "John F Kennedy"


@pytest.mark.parametrize(
    ("printed", "email", "name"),
    [
        ("= CHRISTINA GROSSMANN, DIPL. ING. ETH", "christina.grossmann@maier.ch",
         "Christina Grossmann"),
        ("\\ng. Christian Bauer", "christian_bauer@maier.ch", "Christian Bauer"),
    ],
)  # fmt: skip
def test_a_sign_or_a_lost_capital_before_the_name_line_hides_no_name(
    printed: str, email: str, name: str
):
    # A speck read as "=", and the I of "Ing." read as a backslash: no name was read at all.
    rows = [(printed, 40), ("MAIER & CIE SARL", 29), ("Direkt +41 61 241 52 99", 19), (email, 26)]
    parsed = parse_card(_lines(*rows), default_region="CH")
    assert parsed.contact.name.full == name


@pytest.mark.parametrize(
    ("region", "rows", "name"),
    [
        # "D | CHRISTIAN SCHMITT": a logo's letter and a rule before the name; no name was read.
        (
            "AT",
            [("BAUER & SOHNE KG", 45), ("D | CHRISTIAN SCHMITT", 49), ("Leiter Einkauf", 34),
             ("Tel.: (0732) 4719326024", 32), ("E-Mail: christians@bsgroup.at", 39)],
            "Christian Schmitt",
        ),
        # "Rutger 't Hart": the apostrophe of the Dutch particle 't made the line no name.
        (
            "NL",
            [("Jacobs & Zonen B.V.", 31), ("ing. Rutger 't Hart", 52), ("Directeur", 33),
             ("Tel. +31 (0)70 591 8683", 29), ("E thart@jacobszonen.nl", 37)],
            "Rutger 't Hart",
        ),
    ],
)  # fmt: skip
def test_a_name_behind_a_logo_letter_or_with_the_particle_t_is_read(
    region: str, rows: list[tuple[str, int]], name: str
):
    assert parse_card(_lines(*rows), default_region=region).contact.name.full == name


def test_a_name_with_a_dot_set_apart_from_its_degree_is_still_a_name():
    parsed = read_card(
        ("Dott. Ing . Paola Longo", 34),
        ("Ufficio Tecnico", 46),
        ("Aurora S.r.l.", 28),
        "plongo@aurora.it",
        region="IT",
    )
    assert parsed.contact.name.full == "Paola Longo"
    assert "name" not in to_review(parsed)


def _row(*words: tuple[str, float, int, int, int]) -> Line:
    """One OCR line of (text, confidence, left, top, height) words."""
    return Line([Word(t, c, left, top, 18 * len(t), h) for t, c, left, top, h in words])


_REST = [
    _row(("Bereichsleiter", 0.95, 40, 140, 26), ("Logistik", 0.95, 320, 140, 26)),
    _row(
        ("Meridian", 0.96, 40, 300, 40),
        ("Elektrotechnik", 0.96, 220, 300, 40),
        ("GmbH", 0.96, 500, 300, 40),
    ),
    _row(
        ("Tel.", 0.95, 40, 400, 22), ("+49", 0.95, 120, 400, 22), ("7118564810", 0.95, 190, 400, 22)
    ),
]


def test_words_tesseract_doubted_before_a_name_it_read_surely_are_debris():
    # Fresh held-out photo 573: a logo's edge read "ptoage iss" before the name in capitals.
    name = _row(
        ("ptoage", 0.0, 40, 40, 40),
        ("iss", 0.37, 170, 40, 40),
        ("MARGARETE", 0.93, 240, 40, 40),
        ("SCHMIDT", 0.97, 420, 40, 40),
    )
    parsed = parse_card([name, *_REST], default_region="DE")
    assert parsed.contact.name.full == "Margarete Schmidt"


def test_a_word_written_as_a_name_before_a_name_in_capitals_is_no_debris():
    # Fresh photo seed 163 card 88: ALBERTO read "Albee TO" (0.31 0.97) before MEDINA DEL RIO
    # beside medina@: "Albee" was dropped and "To Medina del Rio" accepted at email+other/hi.
    name = _row(
        ("Albee", 0.31, 40, 40, 40),
        ("TO", 0.97, 170, 40, 40),
        ("MEDINA", 0.95, 240, 40, 40),
        ("DEL", 0.96, 420, 40, 40),
        ("RIO", 0.96, 500, 40, 40),
    )
    email = _row(("medina@meridian.de", 0.95, 40, 460, 22))
    parsed = parse_card([name, *_REST, email], default_region="DE")
    assert "name" in to_review(parsed)


@pytest.mark.parametrize("logo", ["Nova", "Meridian"])
def test_a_logo_word_before_a_name_in_capitals_is_still_debris(logo):
    # A logo's word or the firm's name read unsure on the name's row, before a given name the
    # tables know: kept since wrong27b's rule, the name read "Nova JOHN SMITH" (review27c).
    name = _row(
        (logo, 0.3, 40, 40, 40),
        ("JOHN", 0.95, 240, 40, 40),
        ("SMITH", 0.95, 400, 40, 40),
    )
    email = _row(("jsmith@meridian.de", 0.95, 40, 460, 22))
    parsed = parse_card([name, *_REST, email], default_region="DE")
    assert parsed.contact.name.full == "John Smith"
    assert "name" not in to_review(parsed)


def test_a_given_name_read_unsure_before_the_name_is_no_debris():
    # "Maria Luisa Fernandez", "Anna Maria Rossi" with the first given name read at 0.3 (glare
    # on a photo): drop_debris dropped it and the rest was accepted as read surely.
    parsed = _read(
        ("ACME CORP", 60),
        ("Maria Luisa Fernandez", 36),
        ("Sales Director", 30),
        ("Tel. +1 212 555 0147", 30),
        region="US",
        unsure=("Maria",),
    )
    assert parsed.contact.name.full == "Maria Luisa Fernandez"
    assert not _accepted(parsed, "name")
    parsed = _read(
        ("Anna Maria Rossi", 36),
        ("Sales Director", 30),
        ("Tel. +39 02 1234 5678", 30),
        region="IT",
        unsure=("Anna",),
    )
    assert not (parsed.contact.name.full == "Maria Rossi" and _accepted(parsed, "name"))


def test_a_name_ending_in_a_particle_was_cut_and_goes_to_review():
    # "José Vazquez del" (its "Río" lost beside a logo) matched jose.vazquez@ word for word and
    # was auto-accepted.
    parsed = read_card(
        ("José Vazquez del", 50), "Nexus S.L.", "Operations Analyst", "Tel. 915011995",
        "jose.vazquez@nnexus.es", region="ES",
    )  # fmt: skip
    assert parsed.contact.name.full == "José Vazquez del"
    assert "name" in to_review(parsed)


def test_zu_in_a_family_name_is_a_particle_not_the_word_the_email_lacks():
    # "Annette zu Léwenstein" (ö read as é, Tesseract unsure of it: 0.68) beside annettel@: the
    # address gives the family name's initial only, and "zu", counted as the one word the
    # address lacks, lent the name its own confidence (0.93): auto-accepted wrong.
    lines = [
        _line(20, ("WALTER", 0.93), ("&", 0.93), ("CIE", 0.96), ("SARL", 0.96)),
        _line(70, ("Dr.", 0.95), ("Annette", 0.96), ("zu", 0.93), ("Léwenstein,", 0.68),
              ("lic.", 0.95), ("oec.", 0.91), ("HSG", 0.92)),
        _line(120, ("Direkt", 0.95), ("+41", 0.95), ("22", 0.96), ("394", 0.95), ("91", 0.95),
              ("68", 0.96)),
        _line(170, ("E", 0.91), ("annettel@walter-cie.ch", 0.91)),
        _line(220, ("https://walter-cie.ch/en", 0.93)),
    ]  # fmt: skip
    parsed = parse_card(lines, default_region="CH")
    assert parsed.contact.name.family == "zu Léwenstein"
    assert "name" in to_review(parsed)


def test_an_italian_family_name_with_an_elided_article_is_a_name_word():
    # "Carlo Dell'Acqua" beside dellacqua.carlo@: "Dell'Acqua" was no name word, so the
    # department line "Ufficio Tecnico" was taken for the name (and sent to review).
    lines = [
        _line(20, ("Carlo", 0.93), ("Dell'Acqua", 0.89)),
        _line(70, ("Amministratore", 0.91), ("Delegato", 0.92)),
        _line(120, ("Ufficio", 0.96), ("Tecnico", 0.96)),
        _line(170, ("Logistica", 0.92), ("Adige", 0.93), ("S.r.l.", 0.81)),
        _line(220, ("@", 0.92), ("055", 0.96), ("582", 0.96), ("0975", 0.97)),
        _line(270, ("dellacqua.carlo@logisticaadige.it", 0.97)),
    ]
    parsed = parse_card(lines, default_region="IT")
    assert parsed.contact.name.full == "Carlo Dell'Acqua"
    assert "name" not in to_review(parsed)


def test_a_particle_is_no_known_given_name():
    # "de", "di", "el" are nicknames in the matcher's tables: a street read as a name ("Maza de
    # Expata" for Plaza de España) was measured as a name with a known given name.
    assert not known_given("Maza de Expata")
    assert known_given("Mercedes Delgado")


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


@pytest.mark.parametrize("printed", ["John Smith III", "JOHN SMITH III", "Mary McDonald IV"])
def test_a_generations_numeral_keeps_its_capitals(printed):
    # Taken for a family name in capitals (or written small with a name in capitals), "III"
    # was stored as "Iii" at largest+given/hi; the tuning check folds case and never saw it.
    parsed = _read((printed, 44), ("Vice President", 30), ("Tel. +1 212 555 0147", 30), region="US")
    want = {"JOHN SMITH III": "John Smith III"}.get(printed, printed)
    assert parsed.contact.name.full == want


@pytest.mark.parametrize("email", [None, "robert.smith@acme.com"])
def test_a_middle_initial_is_no_family_name_in_capitals(email):
    # "J." is upper case: taken for the family name in capitals (the French, Japanese habit)
    # and moved last, "Robert Smith J.", accepted at largest+given/hi and at "email".
    rows = [("Robert J. Smith", 44), ("Vice President", 30), ("Tel. +1 212 555 0147", 30)]
    parsed = _read(*rows, *([(email, 30)] if email else []), region="US")
    assert parsed.contact.name.full == "Robert J. Smith"


def test_a_cantonese_ka_is_no_polish_ending():
    # "CHAN KA MAN" was read "Chanka Man" at largest/hi (0.987): "KA" was joined as the end of
    # a Polish name read apart ("PAWŁOWS KI"), which follows an s, c or z.
    parsed = _read(
        ("CHAN KA MAN", 44),
        "Sales Manager",
        ("Golden Dragon Trading Ltd", 36),
        "Tel. +852 2345 6789",
        "info@goldendragon.com.hk",
        region="HK",
    )
    assert parsed.contact.name.full == "Chan Ka Man"
    parsed = _read(
        ("JAN KOWALS KI", 44), ("Kowalski Sp. z o.o.", 36), "biuro@kowalski.pl", region="PL"
    )
    assert parsed.contact.name.full == "Jan Kowalski"


def test_a_last_letter_set_apart_is_joined_where_the_email_spells_it():
    # "WOLFGANG HARTMAN N" (letter-spaced capitals) beside hartmann@: no name was read.
    lines = _lines(
        ("MAYER MASCHINENBAU SE", 31), ("DIPL.-ING. WOLFGANG HARTMAN N", 38),
        ("Assistenz der Geschaftsfuhrung", 29), ("+49 521.5630453", 23),
        ("E-Mail hartmann@mayer-maschinenbau.de", 29),
    )  # fmt: skip
    assert parse_card(lines, default_region="DE").contact.name.full == "Wolfgang Hartmann"


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


def test_a_given_name_and_a_family_name_read_as_two_lines_of_one_row_are_the_name():
    # Held-out photo 560: "Markus" and "Schmid" (printed larger) at one height, a wide gap
    # between, each its own line; no email read to tie them.
    lines = [_row(("Markus", 0.96, 40, 40, 51)), _row(("Schmid", 0.99, 210, 41, 67)), *_REST]
    parsed = parse_card(lines, default_region="DE")
    assert parsed.contact.name.full == "Markus Schmid"
    # a given name alone ties them: measured apart, a person looks
    assert parsed.evidence["name"] == "largest+given+row/hi"
    assert parsed.confidence["name"] < REVIEW_BELOW


def test_two_words_on_one_row_are_no_name_without_a_given_name_first():
    lines = [_row(("Nordwind", 0.96, 40, 40, 51)), _row(("Logistik", 0.99, 210, 41, 51)), *_REST]
    parsed = parse_card(lines, default_region="DE")
    assert parsed.contact.name.full != "Nordwind Logistik"
    # The rest of the card is read as in the test above.
    assert parsed.contact.title == "Bereichsleiter Logistik"
    assert parsed.contact.organization.name == "Meridian Elektrotechnik GmbH"


def test_a_name_stacked_family_name_first_is_given_name_first():
    # "Rou x" over "Nathalie" beside roux.nathalie@: once "Roux" is whole, the two lines were
    # joined in their printed order and "Roux Nathalie" auto-accepted.
    lines = _lines(
        ("AE", 83), ("Rou x", 65), ("Nathalie", 54), ("Quality Assurance Lead", 34),
        ("Armor Emballages S.A.", 26), ("Tél. +33 (0)1 54 47 4177", 28),
        ("Courriel : roux.nathalie@aegroup.fr", 28),
    )  # fmt: skip
    assert parse_card(lines, default_region="FR").contact.name.full == "Nathalie Roux"


def test_a_japanese_name_printed_given_name_first_keeps_its_order_whatever_the_email():
    parsed = read_card(
        ("SATOSHI GOTO", 50), "Director, Purchasing", ("Aurora Co., Ltd.", 34),
        "E-mail: goto.satoshi@aurora.co.jp", region="JP",
    )  # fmt: skip
    assert parsed.contact.name.full == "Satoshi Goto"


def test_a_given_name_and_family_initial_email_tells_the_order():
    parsed = read_card(
        ("Kruger Margarete", 48), ("Konig Software GmbH", 30), "margaretek@koenigsoftware.at",
        region="AT",
    )  # fmt: skip
    assert parsed.contact.name.full == "Margarete Kruger"


@pytest.mark.parametrize(
    ("printed", "name", "region"),
    [
        ("Dra. Lucía Martínez Ortega", "Lucía Martínez Ortega", "ES"),
        ("Lic. Alejandro Ramírez", "Alejandro Ramírez", "MX"),
        ("Arq. Paula Fernández", "Paula Fernández", "AR"),
        # The fold made their dot a space: "dott ssa" was no title, and the name was lost.
        ("Dott.ssa Giulia Bianchi", "Giulia Bianchi", "IT"),
        ("Eng.ª Rita Sousa", "Rita Sousa", "PT"),
        ("Univ.-Prof. Dr. Karl Huber", "Karl Huber", "AT"),
    ],
)
def test_a_title_of_a_spanish_italian_or_austrian_card_is_no_part_of_the_name(
    printed: str, name: str, region: str
):
    lines = _lines((printed, 40), ("Grupo Norte S.A.", 30), ("Tel +34 912 345 678", 20))
    assert parse_card(lines, default_region=region).contact.name.full == name


def test_a_title_word_printed_without_its_dot_stays_a_name_word():
    # "Eng" is a Chinese name word in Singapore and Malaysia; "Eng." a Portuguese engineer.
    lines = _lines(("Eng Kok Leong", 40), ("Tan Holdings Pte. Ltd.", 30), ("Tel +65 6123 4567", 20))
    assert parse_card(lines, default_region="SG").contact.name.full == "Eng Kok Leong"
