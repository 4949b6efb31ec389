"""A letter of the name read apart from its row: Tesseract set a thin letter between two of the
name's words as a line of its own, so the name read lacks it and nothing on the card says so
but the letter's place. ``card_fields_levels`` marks such a name's level (``+letter-apart``).
"""

from __future__ import annotations

from itertools import pairwise

from .text_lines import Line


def letter_read_apart(lines: list[Line], row: int) -> bool:
    """A line of one letter alone that stands in the gap between two of row ``row``'s words,
    inside the row's height: "Ma OONO" with "i" (and its dot, "e") read as lines of their own
    between them, for Mai Oono set wide (Free Serif, photo seed 380 card 40, accepted at
    email+initial/hi beside moono@: the address checks the initial only; session 36,
    late36a). A word of the row and a mark between words (a bullet, a bar) are no letter."""
    words = sorted(lines[row].words, key=lambda w: w.left)
    if len(words) < 2:
        return False
    top = min(w.top for w in words)
    bottom = max(w.top + w.height for w in words)
    gaps = [(a.left + a.width, b.left) for a, b in pairwise(words)]
    for k, line in enumerate(lines):
        if k == row or len(line.words) != 1:
            continue
        word = line.words[0]
        if len(word.text) != 1 or not word.text.isalpha():
            continue
        middle = word.left + word.width // 2
        inside = top <= word.top and word.top + word.height <= bottom
        if inside and any(start < middle < end for start, end in gaps):
            return True
    return False
