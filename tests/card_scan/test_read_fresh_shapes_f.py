"""Wrong fields accepted on fresh seeds 324-328 of session 33 (wrong33). Hand-made OCR lines as
Tesseract gave them; each failed before its fix."""

from __future__ import annotations

from dataclasses import replace

import pytest
from printed import to_review, worded_lines

from contactkit.model import Phone
from contactkit_plugins.card_scan.company_word_slips import capital_inside
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.lost_phone_rows import debris_beside
from contactkit_plugins.card_scan.name_checks import misread_put_back
from contactkit_plugins.card_scan.text_lines import Line, Word
from contactkit_plugins.card_scan.title_checks import ligature_read
from contactkit_plugins.card_scan.title_levels import title_level


def _spanish_card(name: str, email: str) -> list:
    return worded_lines(
        ("Ortega Sistemas S.L.", 34), (name, 44), ("Técnico Comercial", 30),
        ("T. +34 962.61.58.14", 26), (f"Email {email}", 26),
        ("Web http://www.ortegasistemas.es/", 26),
        ("Plaza de Espafia, 169, 3° B - 46027 Valencia - Espafia", 26),
    )  # fmt: skip


def test_a_given_names_u_acute_read_ti_is_put_back_and_the_name_sent_to_review():
    # Fresh photo seed 324 card 29: "Dr. Jestis Romero Rubio" beside jromero@, the name
    # accepted at email+other/hi as "Jestis Romero Rubio".
    parsed = parse_card(
        _spanish_card("Dr. Jestis Romero Rubio", "jromero@ortegasistemas.es"), default_region="US"
    )
    assert parsed.contact.name.full == "Jesús Romero Rubio"
    assert "name" in to_review(parsed)


@pytest.mark.parametrize(
    ("read", "countries", "local", "want"),
    [
        ("Jestis Romero Rubio", {"ES"}, "jromero", "Jesús Romero Rubio"),
        ("Ratil Ortega", {"MX"}, "ortega", "Raúl Ortega"),
        # Not on a card of a country that does not write the name so; a name read right stays.
        ("Jestis Romero", {"DE"}, None, "Jestis Romero"),
        ("Jesús Romero Rubio", {"ES"}, "jromero", "Jesús Romero Rubio"),
        ("Justo Romero", {"ES"}, "jromero", "Justo Romero"),
        ("Tito Martín", {"ES"}, "martin", "Tito Martín"),
    ],
)
def test_u_acute_read_ti_is_put_back_only_in_the_tables_names_on_a_spanish_card(
    read, countries, local, want
):
    assert misread_put_back(read, countries, local) == want


def test_a_company_word_with_its_umlaut_read_as_a_capital_sends_the_card_to_review():
    # Fresh photo seed 325 card 30: "KShler Prazisionsteile SE" for Köhler beside kpgroup.de,
    # the ö read S at 0.97, accepted at domain+legal+other/hi.
    lines = worded_lines(
        ("@ +49 89 97018761638", 26), ("E-Mail schmidt.annette@kpgroup.de", 26),
        ("www.kpgroup.de", 26), ("Annette Schmidt", 44), ("Einkäufer", 30),
        ("KShler Prazisionsteile SE", 36),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert parsed.evidence["organization"] == "domain+legal+other/lo"
    assert "organization" in to_review(parsed)


@pytest.mark.parametrize(
    ("company", "unchecked", "doubted"),
    [
        ("KShler Prazisionsteile SE", ["kshler", "prazisionsteile"], True),
        # A legal form with a capital inside, a word in capitals, a word the domain spells
        ("Nova Technik GmbH & Co. KGaA", ["technik"], False),
        ("KOHLER Technik SE", ["kohler", "technik"], False),
        ("McKinley Partners LLP", ["partners"], False),
        ("KShler Prazisionsteile SE", ["prazisionsteile"], False),
    ],
)
def test_a_capital_read_inside_a_word_is_doubted_only_in_a_word_nothing_checks(
    company, unchecked, doubted
):
    assert capital_inside(company, unchecked) is doubted


def _meishi(scrap: str) -> list[Line]:
    lines = worded_lines(
        ("Takahashi Tsusho K.K.", 30), ("CEO", 24), ("Ryo TANAKA", 44),
        ("3-15-28 Minatomirai, Kita-ku, Osaka", 26), ("530-7736 Japan", 26), (scrap, 26),
        ("06-8224-9268", 26), ("FAX: 06-5117-7046", 26), ("Mail: tanaka.ryo@ttgroup.co.jp", 26),
        ("https://ttgroup.co.jp/contact", 26),
    )  # fmt: skip
    # the scrap Tesseract hardly read, as it gave it
    lines[5] = Line([replace(w, conf=0.0) for w in lines[5].words])
    return lines


def test_a_scrap_over_two_numbers_read_is_a_third_numbers_row_lost():
    # Fresh photo seed 326 card 42: "© 070-8689-9782" read "® 0s!" at 0.00, the office and fax
    # numbers read, the phones accepted at bare/hi without the mobile.
    parsed = parse_card(_meishi("® 0s!"), default_region="US")
    assert parsed.evidence["phones"] == "bare+debris/hi"
    assert "phones" in to_review(parsed)


def test_a_phone_icon_read_alone_by_its_number_is_no_row_lost():
    # Fresh photo seed 325 card 99: the icon "®" on a line of its own over "(617) 779-2063".
    lines = _meishi("®")
    numbers = [Phone(text="06-8224-9268"), Phone(text="06-5117-7046")]
    assert not debris_beside(lines, [ln.text for ln in lines], {6, 7}, numbers)
    parsed = parse_card(lines, default_region="US")
    assert "+debris" not in parsed.evidence["phones"]


def _title_line(*words: tuple[str, float]) -> Line:
    return Line([Word(t, c, 40 + 80 * n, 100, 70, 30) for n, (t, c) in enumerate(words)])


@pytest.mark.parametrize(
    ("words", "level"),
    [
        # Pool scan 323 card 28 (session 32): "CIO" for CTO at strong/mid, accepted.
        ((("CIO", 0.85),), "strong/lo"),
        ((("CEO", 0.82), ("&", 0.9), ("Founder", 0.95)), "strong/lo"),
        # Read surely, a chief's title stands; another acronym read unsure is not one.
        ((("CTO", 0.96),), "strong/hi"),
        ((("CEO", 0.95), ("&", 0.95), ("Founder", 0.82)), "strong/mid"),
    ],
)
def test_a_chiefs_three_letter_title_read_unsure_is_doubted(words, level):
    line = _title_line(*words)
    assert title_level(line.text, line, strong=True, leftover=False) == level


@pytest.mark.parametrize(
    ("title", "slipped"),
    [
        # Fresh photo seed 327 card 99 (DejaVu Sans Light): "Chief Financial Officer" read
        # "ChiefFinancialomcer" at 0.94, accepted at strong/hi: the ffi read as one m.
        ("ChiefFinancialomcer", True),
        ("Chief Financial Omcer", True),
        ("Omce Manager", True),
        # Words with an m of their own, as printed
        ("Chief Financial Officer", False),
        ("Community Manager", False),
        ("Head of Communications", False),
        ("Immobilienmakler", False),
        ("Salesmanager", False),
    ],
)
def test_a_ligatures_letters_read_as_one_m_in_a_title_word_is_a_slip(title, slipped):
    assert ligature_read(title) is slipped


def test_a_title_read_with_its_ligature_as_m_is_sent_to_review():
    line = _title_line(("ChiefFinancialomcer", 0.94))
    assert title_level(line.text, line, strong=True, leftover=False) == "strong/lo"


@pytest.mark.parametrize(
    ("row", "doubted"),
    [
        ("Me 945 M1813", True),  # the mobile's digits, no phone made of them
        ("Mob 945 M1813", True),  # its label read whole (rev45; lost_phone_rows' label rule too)
        ("Unit 12, Riverside House 10745", False),  # more letters: an address row, not a number
    ],
)
def test_a_number_row_read_as_debris_holding_its_digits_doubts_the_phones(row, doubted):
    # Check photo 473 card 17: "Mob 07945 341813" read "Me 945 M1813" at 0.36 under "DDL 020
    # 7562 7757"; the direct line was accepted at bare/hi, the mobile lost.
    lines = worded_lines(
        ("CHRISTOPHER WILLIAMS", 44), ("Senior Buyer", 26), ("Ashworth Consulting LLP", 30),
        ("DDL 020 7562 7757", 26), (row, 26),
        ("Email: christopher.williams@ashworthconsulting.co.uk", 26),
    )  # fmt: skip
    lines[4] = Line([replace(w, conf=0.36) for w in lines[4].words])
    parsed = parse_card(lines, default_region="GB")
    assert ("phones" in to_review(parsed)) is doubted
    assert debris_beside(lines, [ln.text for ln in lines], {3}, parsed.contact.phones) is doubted
