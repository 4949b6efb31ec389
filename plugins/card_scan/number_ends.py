"""Where a number read ends its row in a way that says digits were lost after it.

A number's last digits are the ones a photo loses first: cut off at the image's edge, or a thin
1 read as the closing bracket beside it. Either way the digits before read right and the number
is a valid one of another length, so nothing else doubts it.
"""

from __future__ import annotations

import re

from contactkit.model import Phone

from .phone_recheck import number_lines
from .phone_text import digits_of
from .text_lines import Line

# A closing mark glued to a number's last digit ("3132767133)").
CLOSED_AFTER_DIGIT_RE = re.compile(r"(\d)[)\]}](?!\S)")


def number_at_edge(lines: list[Line], read: list[Phone]) -> bool:
    """A number read ends its line at the image's right edge (``Word.at_edge``): its last
    digits may have run off ("Tel.00390117529" for 011 752 9693, a photo cropped through the
    card's right column: fresh photo seed 648 card 22, accepted at labelled+intl/hi)."""
    for i, held in number_lines(lines, [p.e164 for p in read if p.e164]):
        digits = digits_of(lines[i].text)
        if lines[i].words[-1].at_edge and any(digits.endswith(n) for n in held):
            return True
    return False


def bracket_for_last_digit(lines: list[Line], read: list[Phone]) -> bool:
    """A number read ends on a closing bracket glued to its last digit, none left open before it
    on the row ("(01) 3132767133)" closed its own): no printed number closes a bracket it did
    not open, so the mark is a digit read otherwise ("Tel. 01 3132767133)" for 01 31327671331,
    a 1 read as the bracket and the Austrian number valid without it: fresh photo seed 640
    card 85, accepted at labelled/mid)."""
    for i, held in number_lines(lines, [p.e164 for p in read if p.e164]):
        text = lines[i].text
        for found in CLOSED_AFTER_DIGIT_RE.finditer(text):
            before = text[: found.end(1)]
            if _left_open(before):
                continue
            if any(digits_of(before).endswith(n) for n in held):
                return True
    return False


def _left_open(text: str) -> bool:
    """A bracket opened in ``text`` and not closed again."""
    return any(text.count(a) > text.count(b) for a, b in ("()", "[]", "{}"))
