"""A speck read as a digit after a whole number.

A photo's speck or the edge of an icon beside a number's end reads as a last digit of its own,
unsure, and the matcher takes it into a number that is valid with it and without it: "F 030
7834831199 3", its "3" at 0.34, read as +49 30 78348311993 (fresh photo seed 550 card 33,
accepted at labelled/lo; session 47). German numbers run to different lengths, so nothing in the
plan tells the speck from a digit. The phones go to review (``+speck``).
"""

from __future__ import annotations

from contactkit.model import Phone

from .phone_text import valid_e164
from .text_lines import Line

# A last word of one or two digits read under this is a speck as often as a digit.
SPECK_BELOW = 0.5


def speck_digit_end(lines: list[Line], used: set[int], read: list[Phone]) -> bool:
    """A row a number was read from ends on a word of one or two digits read unsure, after a
    word ending in a digit, and a number read ends on it that is valid without it too."""
    for i in used:
        words = lines[i].words if i < len(lines) else []
        if len(words) < 2:
            continue
        last, before = words[-1].text, words[-2].text
        if not (last.isdigit() and len(last) <= 2 and before[-1:].isdigit()):
            continue
        if words[-1].conf >= SPECK_BELOW:
            continue
        for phone in read:
            e164 = phone.e164 or ""
            if e164.endswith(last) and valid_e164(e164[: -len(last)]):
                return True
    return False
