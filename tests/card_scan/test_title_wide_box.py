"""A title read as one word whose box is far wider than its letters (``CEO`` from the small
print ``President & CEO``, the box over the whole line): the rest of the line was not read, so
the title goes to review; titles read whole keep their level (session 36, wrongtext36)."""

from __future__ import annotations

import pytest

from contactkit_plugins.card_scan.text_lines import Line, Word
from contactkit_plugins.card_scan.title_levels import title_level, wide_box


def _line(*words: tuple[str, int, int]) -> Line:
    """One OCR line of (text, width, height) words, left to right."""
    out, left = [], 85
    for text, width, height in words:
        out.append(Word(text, 0.96, left, 313, width, height))
        left += width + 12
    return Line(out)


def test_a_lone_word_over_a_wide_box_is_cut():
    # Fresh photo seed 362 card 62: "CEO" at 0.96, its box 130 px wide and 31 high.
    line = _line(("CEO", 130, 31))
    assert wide_box("CEO", line)
    assert title_level("CEO", line, strong=True, leftover=False) == "cut/lo"


@pytest.mark.parametrize(
    ("text", "width", "height"),
    [
        ("CEO", 101, 34),  # the widest right "CEO" of the tuning seeds: 0.99
        ("CTO", 108, 35),
        ("Director", 180, 30),
        ("Geschäftsführer", 260, 28),
        ("MWM", 100, 30),  # wide letters: 1.11
    ],
)
def test_a_word_read_whole_keeps_its_level(text, width, height):
    line = _line((text, width, height))
    assert not wide_box(text, line)
    assert title_level(text, line, strong=True, leftover=False) == "strong/hi"


def test_a_title_of_several_words_is_not_asked():
    # "Chef de projet": a short word's box may be wide beside its neighbours; not one word.
    line = _line(("Chef", 210, 30), ("de", 40, 30), ("projet", 110, 30))
    assert not wide_box("Chef de projet", line)


@pytest.mark.parametrize(
    ("text", "width", "height"),
    [
        # Tesseract's boxes of one title word printed letter-spaced (tracked caps), read whole
        # as one word (review rev36c): a long word's box passes 1.25 at a tracking of 0.2-0.3 em.
        ("FOUNDER", 286, 30),  # DejaVu Sans Bold, 0.3 em: 1.36
        ("DIRECTOR", 288, 28),  # Liberation Sans, 0.3 em: 1.29
        ("MANAGER", 248, 28),  # Free Serif, 0.2 em: 1.27
        ("OWNER", 181, 28),  # Liberation Sans, 0.2 em: 1.29
        ("CEO", 99, 28),  # Liberation Sans, 0.2 em: 1.18
    ],
)
def test_a_letter_spaced_title_read_whole_keeps_its_level(text, width, height):
    line = _line((text, width, height))
    assert not wide_box(text, line)
    assert title_level(text, line, strong=True, leftover=False) == "strong/hi"
