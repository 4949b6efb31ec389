"""Two readings of one domain a small l apart, and a word of the card read with one's slip.

A card prints its domain twice, in the address and the site, and Tesseract may read the l of
one as an i ("karin.lindberg@karlssonwallinsystem.se" beside "karissonwallinsystem.se"). Where
the company's line carries the same slip ("Karisson & Wallin System AB"), the rest of the card
names the wrong reading, and the address was rewritten to it and accepted (tuning photo 16/14).
The company's word as read is no name the census tables list, and the other reading spells one
in its place ("karlsson"): that reading is the print. The name must stand where the card's own
word does; a name found anywhere in a run of letters would be chance ("falconi" in
falconlogistics, "derian" in polderland: review rev65).
"""

from __future__ import annotations

from .census_names import in_census

# The shortest word of the card that counts: short names turn up inside any word.
NAME_LETTERS = 6
SWAPS = {("l", "i"), ("i", "l")}


def name_spelling_side(first: str, second: str, words: list[str]) -> int | None:
    """0 or 1: of two labels one letter apart (an l in one where the other has an i), the one
    that spells a census name where the other spells one of ``words`` (the card's other words,
    folded) that is none; None where no word of the card tells."""
    if len(first) != len(second):
        return None
    apart = [i for i, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
    if len(apart) != 1 or (first[apart[0]], second[apart[0]]) not in SWAPS:
        return None
    at = apart[0]
    labels = (first, second)
    for word in {w for w in words if len(w) >= NAME_LETTERS and not in_census(w)}:
        for side in (0, 1):
            start = labels[side].find(word)
            while start >= 0:
                end = start + len(word)
                if start <= at < end and in_census(labels[1 - side][start:end]):
                    return 1 - side
                start = labels[side].find(word, start + 1)
    return None
