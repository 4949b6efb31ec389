"""Two readings of one domain a small l apart: the one that spells a known name there.

A card prints its domain twice, in the address and the site, and Tesseract may read the l of
one as an i ("karin.lindberg@karlssonwallinsystem.se" beside "karissonwallinsystem.se"). Where
the company's line carries the same slip ("Karisson & Wallin System AB"), the rest of the card
names the wrong one, and the address was rewritten to it and accepted (tuning photo 16/14). A
name the census tables know across the letter ("karlsson", where "karisson" spells only a
shorter one inside it, "risso") tells the print.
"""

from __future__ import annotations

from .census_names import known_name

# The shortest name that counts, and how much longer it must be than any the other reading
# spells across the same letter: short census names turn up inside any run of letters.
NAME_LETTERS = 6
LONGER_BY = 2
SWAPS = {("l", "i"), ("i", "l")}


def name_spelling_side(first: str, second: str) -> int | None:
    """0 or 1, the label of the two (one letter apart, an l in one where the other has an i)
    that spells the longer known name across that letter; None where neither clearly does."""
    if len(first) != len(second):
        return None
    apart = [i for i, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
    if len(apart) != 1 or (first[apart[0]], second[apart[0]]) not in SWAPS:
        return None
    lengths = [_longest_name_across(label, apart[0]) for label in (first, second)]
    for side in (0, 1):
        if lengths[side] >= NAME_LETTERS and lengths[side] >= lengths[1 - side] + LONGER_BY:
            return side
    return None


def _longest_name_across(label: str, at: int) -> int:
    """The letters of the longest known name in ``label`` that covers position ``at``."""
    return max(
        (
            end - start
            for start in range(at + 1)
            for end in range(at + 1, len(label) + 1)
            if end - start >= NAME_LETTERS - LONGER_BY and known_name(label[start:end])
        ),
        default=0,
    )
