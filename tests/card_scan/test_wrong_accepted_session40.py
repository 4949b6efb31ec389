"""Fields accepted wrong, doubted (session 40, wrong40p): a German title compound whose field,
its joining s off, is a lexicon word one letter off; a German mobile of a seven-digit block
read unsurely with a digit read twice (session 39's check); a mobile alone on a firm's card;
a name whose unchecked last word runs into the other column's text. The & of "GmbH & Co. KG"
read "a" is in test_read_companies_ampersand_and_echo_slips. Hand-made OCR lines as
Tesseract gave them, and the right shapes each rule must leave."""

from __future__ import annotations

from dataclasses import replace

import pytest
from printed import to_review, worded_lines

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.review_reasons import reason
from contactkit_plugins.card_scan.text_lines import Line, Word
from contactkit_plugins.card_scan.title_checks import word_slip
from contactkit_plugins.card_scan.title_levels import title_level


def _line(text: str) -> Line:
    return Line([Word(w, 0.94, 40 + 200 * n, 40, 180, 30) for n, w in enumerate(text.split())])


def test_a_compound_whose_field_before_its_joining_s_is_one_letter_off_is_doubted():
    # tuning photo 431 card 11: "Vertricbsleiter" at 0.94, accepted at strong/hi
    assert word_slip("Vertricbsleiter")
    assert title_level("Vertricbsleiter", _line("Vertricbsleiter"), True, False) == "strong/lo"


@pytest.mark.parametrize(
    "title",
    ["Vertriebsleiter", "Einkaufsleiter", "Abteilungsleiter", "Prozessingenieur"],
)
def test_compounds_spelt_right_stand(title):
    # "Prozessingenieur": a field's own ss is no joining s ("prozes" is one off "prezes")
    assert not word_slip(title)
    assert title_level(title, _line(title), True, False) == "strong/hi"


def _mobile_card(number: str, conf: float) -> list[Line]:
    lines = worded_lines(
        ("Sabine Scholz", 60), ("Einkaufsleiterin", 34), ("Schmitt Medizintechnik GmbH", 40),
        (f"Mobil {number}", 30), ("sabine.scholz@schmitt-medizin.de", 22),
    )  # fmt: skip
    row = lines[3]
    row.words[-1] = replace(row.words[-1], conf=conf)
    return lines


def test_a_german_mobile_of_a_seven_digit_block_read_unsure_with_eight_is_doubted():
    # check photo 423 card 64 (session 39): "0160 18646156" for 0160 1846156, at 0.8
    parsed = parse_card(_mobile_card("+49 160 18646156", 0.8), default_region="DE")
    assert parsed.evidence["phones"].endswith("+long-mobile/mid")
    assert "phones" in to_review(parsed)
    assert reason("phones", parsed.evidence["phones"]) == "a digit may be read twice"


@pytest.mark.parametrize(
    ("number", "conf"),
    [
        ("+49 160 1846156", 0.8),  # seven digits, as the block gives
        ("+49 176 18646156", 0.8),  # 0176 gives eight
        ("+49 160 91846156", 0.8),  # and so does 01609
        ("+49 160 18646156", 0.95),  # read surely: as read
    ],
)
def test_other_german_mobiles_stand(number, conf):
    parsed = parse_card(_mobile_card(number, conf), default_region="DE")
    assert "long-mobile" not in parsed.evidence["phones"]


def _firm_card(*numbers: str) -> list[Line]:
    return worded_lines(
        ("BENEDIKT FRIEDRICH", 40), ("Product Manager", 38), ("ALPENGLUHEN AG", 60), *numbers,
        ("bfriedrich@alpengluehen.at", 28), ("alpengluehen.at", 33),
        ("Hauptplatz 189 - 8011 Graz - Osterreich", 32),
    )  # fmt: skip


def test_a_firm_printing_a_mobile_alone_stands():
    # One-person firms and field staff print a mobile alone: doubting every such card (a rule
    # tried in session 40 for one photo whose office line was read nowhere) would send right
    # real cards to review by the thousand for a row lost once in 1,400 generated cards.
    parsed = parse_card(_firm_card(("Mobil: +43 (0)664 3217956", 32)), default_region="AT")
    assert parsed.evidence["phones"] == "labelled+intl/hi"
    assert "phones" not in to_review(parsed)


def _two_columns(web_left: int) -> list[Line]:
    """s437 card 47 as read: the name's last word in the left column and the site's row of the
    right column starting ``web_left`` px on the same row."""

    def row(top: int, height: int, *words: tuple[str, int, int]) -> Line:
        return Line([Word(t, 0.95, x, top, w, height) for t, x, w in words])

    return [
        row(60, 22, ("Movil", 549, 70), ("717085141", 630, 120)),
        row(100, 22, ("Tlf.", 549, 50), ("936058348", 610, 120)),
        row(175, 39, ("isabel.jimenez@altair.es", 550, 308)),
        row(209, 15, ("Isabel", 61, 104), ("Jiménez", 190, 134), ("Goikoetx", 350, 153)),
        row(214, 26, ("“Web", web_left, 72), ("https://www.altair.es", web_left + 80, 290)),
        row(234, 15, ("Jefe", 54, 30), ("de", 84, 15), ("Compras", 99, 53)),
        row(272, 14, ("ALTAIR", 54, 60), ("S.L.", 120, 30)),
    ]


def test_a_name_whose_unchecked_last_word_runs_into_another_column_is_cut():
    # s437 card 47: "Goikoetx" for Goikoetxea, 1.6 letters before "“Web", email+other/hi
    parsed = parse_card(_two_columns(534), default_region="ES")
    assert parsed.evidence["name"] == "cut"
    assert "name" in to_review(parsed)


def test_a_name_well_apart_from_the_other_column_stands():
    parsed = parse_card(_two_columns(700), default_region="ES")
    assert parsed.evidence["name"] == "email+other/hi"
