"""Session 48: fields accepted wrong on fresh photos that RapidOCR's reading of the same row
spells otherwise: a partners' joining word lost from a company, a digit of a sure phone; and
the kinds of two unlabelled North American numbers, one of them read again."""

from __future__ import annotations

import pytest
from printed import rechecked, worded_lines

from contactkit.model import Phone
from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.phone_kinds import untold_kinds
from contactkit_plugins.card_scan.phone_recheck import line_disputed
from contactkit_plugins.card_scan.recheck_match import joiner_lost


def _petit(company: str, reading: str) -> list:
    # Fresh photo seed 558 card 27 as read (its rows, not its boxes).
    lines = worded_lines(
        ("Dr Thierry Blanc", 40),
        ("Controleur de gestion", 30),
        (company, 34),
        ("Tél. | 02 46 18 08 86", 30),
        ("Mob. | 06.57.79.36.46", 30),
        ("Courriel : blanc@petitfils.fr", 30),
        ("2 rue Victor Hugo", 30),
        ("44037 Nantes", 30),
    )
    return rechecked(lines, 2, (reading, 0.90))


def test_a_company_whose_joining_word_tesseract_lost_goes_to_review():
    lost = parse_card(_petit("PETIT FILS SARL", "PETIT ET FILS SARL"), default_region="FR")
    assert lost.evidence["organization"].endswith("+recheck")
    assert lost.confidence["organization"] < REVIEW_BELOW
    kept = parse_card(_petit("PETIT ET FILS SARL", "PETIT ET FILS SARL"), default_region="FR")
    assert "+recheck" not in kept.evidence["organization"]
    assert kept.confidence["organization"] >= REVIEW_BELOW


@pytest.mark.parametrize(
    ("company", "reading", "lost"),
    [
        ("PETIT FILS SARL", "PETIT ET FILS SARL", True),
        ("Weber Sohn KG", "Weber&Sohn KG", True),  # glued
        ("Smith Co. Ltd", "Smith & Co. Ltd", True),  # a word ending in a sign
        ("Müller Söhne GmbH", "Muller und Sohne GmbH", True),  # RapidOCR reads no diacritics
        ("Petit et Fils SARL", "PETIT ET FILS SARL", False),  # read alike
        ("Petit Fils SARL", "Petit Fils SARL et Cie", False),  # joined elsewhere
        ("Blanche Neige", "Blanche Neigeet", False),  # a word's own letters
        ("Weber Sohn KG", "Weber u. Sohn KG", True),  # German u.
        ("Petit Fils SARL", "Petit I Fils SARL", False),  # a capital I: a separator's bar
        ("Café ★ Bar", "Café e Bar", False),  # a sign no word of letters
    ],
)
def test_a_joiner_is_lost_only_between_two_words_side_by_side(company, reading, lost):
    assert joiner_lost(company, reading) is lost


def _fischer(reading: tuple[str, float] | None) -> list:
    # Fresh photo seed 553 card 55 as read: the number's first word read at 0.17.
    lines = worded_lines(
        ("Wolfgang Fischer", 40),
        ("Neumann Kunststofftechnik SE", 34),
        ("+4999 20600721", 30),
        ("E-Mail wolfgang.fischer@neumannkunststofftechnik.de", 30),
        ("Im Gewerbepark 214", 30),
        ("80809 München", 30),
        ("Deutschland", 30),
    )
    lines[2].words[0].conf, lines[2].words[1].conf = 0.17, 0.78
    lines[2].recheck = reading
    return lines


@pytest.mark.parametrize(
    ("reading", "doubted"),
    [
        (("98929620721", 0.60), True),  # the reading does not hold it: Tesseract's guess alone
        (("+4999 20600721", 0.60), False),  # held: read alike by both
        (("98929620721", 0.30), False),  # a reading this unsure is none
        (None, False),  # not read again
    ],
)
def test_a_phone_tesseract_was_unsure_of_and_rapidocr_reads_otherwise_goes_to_review(
    reading, doubted
):
    alone = parse_card(_fischer(None), default_region="US")
    assert alone.confidence["phones"] >= REVIEW_BELOW  # accepted at the base: its band a guess
    parsed = parse_card(_fischer(reading), default_region="US")
    assert parsed.evidence["phones"].endswith("+recheck/mid") is doubted
    assert (parsed.confidence["phones"] < REVIEW_BELOW) is doubted


def _king() -> list:
    # Fresh photo seed 553 card 58: the mobile's row read again, its sign lost.
    return [
        (Phone(text="+1 312-247-9340", e164="+13122479340", kind="work"), "reread+intl/hi"),
        (Phone(text="+1512-649-0752", e164="+15126490752", kind="work"), "bare+intl/hi"),
    ]


def test_a_reread_row_with_no_label_is_as_untold_as_a_bare_number():
    levels = [level for _, level in untold_kinds(_king(), unlabelled=frozenset({0}))]
    assert levels == ["reread+intl+untold/hi", "bare-untold+intl/hi"]
    assert all(probability("phones", level) < REVIEW_BELOW for level in levels)


def test_a_reread_row_whose_label_was_read_keeps_its_level():
    assert untold_kinds(_king()) == _king()


def test_only_the_numbers_own_words_tell_tesseract_was_unsure():
    line = worded_lines(("Leeds LS1 Tel. 0113 289 3391", 30))[0]
    line.words[1].conf = 0.4  # the postcode's, not the number's
    assert not line_disputed(line, ("Leeds LS1 Tel. 0113 289 339l", 0.7), ["1132893391"])
    line.words[3].conf = 0.4  # the number's first group
    assert line_disputed(line, ("Leeds LS1 Tel. 0113 289 3891", 0.7), ["1132893391"])
