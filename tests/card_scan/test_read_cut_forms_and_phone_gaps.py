"""Two wrong fields accepted on the lead's fresh check of session 29 (photo seeds 233 and 234),
each now doubted: a Polish company whose form was read only to its "Sp.", and a phone number
with a gap wider than its others where digits were not read. Each failed before its fix."""

from __future__ import annotations

import pytest

from contactkit_plugins.card_scan.company_confidence import company_level
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.phone_marks import digits_lost_in_gap
from contactkit_plugins.card_scan.text_lines import Line, Word


def _line(text: str) -> Line:
    return Line([Word(w, 0.95, 40 + 120 * n, 40, 110, 30) for n, w in enumerate(text.split())])


@pytest.mark.parametrize("company", ["Automatyka Cobalt Sp.", "AUTOMATYKA COBALT SP", "Nexus Sp"])
def test_a_polish_form_read_to_its_sp_only_is_cut(company):
    assert company_level(company, _line(company), "automatyka.pl") == "cut"


@pytest.mark.parametrize(
    "company", ["Automatyka Cobalt Sp. z o.o.", "Automatyka Cobalt Sp.k.", "Automatyka Cobalt S.A."]
)
def test_a_whole_polish_form_is_not_cut(company):
    assert company_level(company, _line(company), "automatyka.pl") != "cut"


def _row(*words: tuple[str, int, int]) -> Line:
    """A phone row, each word by its left edge and width."""
    return Line([Word(text, 0.96, left, 1043, width, 30) for text, left, width in words])


def _card(row: Line) -> list[Line]:
    return [
        Line([Word("Dieter", 0.97, 719, 630, 172, 59), Word("Richter", 0.97, 914, 630, 214, 59)]),
        row,
        Line([Word("richter@sonnenfeld.de", 0.96, 709, 1207, 340, 31)]),
    ]


# "0711-89781679 32" read "0711-8978 79 32": the "16" lost, leaving a valid number and a gap.
# The boxes as read (fresh photo seed 234 card 37): a 35 px gap where the others are 10.
LOST = _row(("Telefon", 709, 100), ("0711-8978", 828, 149), ("79", 1012, 34), ("32", 1056, 35))
WHOLE = _row(("Telefon", 709, 100), ("0711-8978", 828, 149), ("79", 987, 34), ("32", 1031, 35))


def test_a_phone_with_a_gap_wider_than_its_others_is_doubted():
    assert digits_lost_in_gap(LOST, "0711-8978 79 32")
    evidence = parse_card(_card(LOST), default_region="DE").evidence["phones"]
    assert evidence.startswith("gap-lost")


def test_a_phone_spaced_evenly_keeps_its_level():
    assert not digits_lost_in_gap(WHOLE, "0711 8978 79 32")
    evidence = parse_card(_card(WHOLE), default_region="DE").evidence["phones"]
    assert evidence.startswith("labelled")


def test_a_word_boxed_narrower_than_its_ink_is_no_gap():
    # "020 3208 2116" with "2116" boxed at half its width: the gap is the box's, not lost ink
    row = Line(
        [
            Word("020", 0.96, 1086, 431, 52, 44),
            Word("3208", 0.96, 1155, 431, 71, 44),
            Word("2116", 0.96, 1285, 436, 33, 26),
        ]
    )
    assert not digits_lost_in_gap(row, "020 3208 2116")
