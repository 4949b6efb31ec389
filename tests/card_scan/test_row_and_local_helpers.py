"""The helpers two or more modules share since session 37 (code37): a line left of another on
its row (row_pieces.left_on_row: a name's degree before it, a stacked name's first half) and an
address's local part in its letters (local_parts.local_letters)."""

from __future__ import annotations

from contactkit_plugins.card_scan.local_parts import local_letters
from contactkit_plugins.card_scan.row_pieces import left_on_row
from contactkit_plugins.card_scan.text_lines import Line, Word


def _line(text: str, left: int, top: int, height: int = 30) -> Line:
    return Line([Word(text, 0.9, left, top, 18 * len(text), height)])


def test_a_degree_before_the_name_on_its_row_stands_left_of_it():
    degree, name = _line("Dr.", 100, 200), _line("Anna Keller", 180, 203)
    assert left_on_row(degree, name)
    assert not left_on_row(name, degree)  # right of it, not left


def test_a_line_on_the_row_below_is_not_on_the_row():
    assert not left_on_row(_line("Dr.", 100, 240), _line("Anna Keller", 180, 200))


def test_a_line_overlapping_the_other_is_not_left_of_it():
    assert not left_on_row(_line("Dr. med.", 100, 200), _line("Anna", 150, 200))


def test_local_letters_keeps_the_letters_of_the_local_part():
    assert local_letters("J.Mueller-2") == "jmueller"
    assert local_letters("anna_keller") == "annakeller"
    assert local_letters("") == ""
