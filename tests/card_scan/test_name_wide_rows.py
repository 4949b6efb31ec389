"""A name spaced wide across a centred card, read as two lines of one row far apart, joined on
the address's word and sent to review (session 35, names35: photo seed 349 card 16)."""

from __future__ import annotations

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.text_lines import Line, Word


def _line(text: str, left: int, top: int, height: int = 30, conf: float = 0.96) -> Line:
    words, x = [], left
    for token in text.split():
        width = len(token) * height // 2
        words.append(Word(token, conf, x, top, width, height))
        x += width + height // 2
    return Line(words)


def _card(given: str, family: str, email: str) -> list[Line]:
    return [
        _line("Cobalt S.r.l.", 574, 257, 41),
        _line(given, 240, 368, 70),  # 9 letters of 70 px: ends at 555
        _line(family, 793, 370, 52),  # 240 px to the right on the same row
        _line("Managing Director", 491, 455, 50),
        _line(email, 551, 678, 36),
        _line("www.cobalt.it", 597, 720, 42),
    ]


def test_a_name_spaced_wide_is_joined_on_the_address_and_goes_to_review():
    parsed = parse_card(_card("Pierluigi", "Ferrari", "ferrari@cobalt.it"), default_region="IT")
    assert parsed.contact.name.full == "Pierluigi Ferrari"
    level = parsed.evidence["name"]
    assert level == "email+other+wide-row"
    assert probability("name", level) < REVIEW_BELOW


def test_words_far_apart_that_no_address_spells_stay_apart():
    # The address names someone else: the two words are no name it checks.
    parsed = parse_card(_card("Pierluigi", "Ferrari", "info@cobalt.it"), default_region="IT")
    assert parsed.contact.name.full != "Pierluigi Ferrari"


def test_a_name_the_address_spells_whole_keeps_its_level():
    parsed = parse_card(
        _card("Pierluigi", "Ferrari", "pierluigi.ferrari@cobalt.it"), default_region="IT"
    )
    assert parsed.contact.name.full == "Pierluigi Ferrari"
    assert parsed.evidence["name"] == "email"
