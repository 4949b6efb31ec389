"""A title's row read as two touching pieces, the letter at the cut read on both sides.

On photos of two-column cards Tesseract parts a title row where two words meet and reads the
letter there twice, once in each piece, the stray copy in the wrong case: ``Kierownik`` |
``kLogistyki``, ``KierownikD`` | ``Dzialu Zakupow``, ``Purchasing`` | ``gManager`` (session 16,
blind seeds 11 and 18). The title was taken from one piece (``Kierownik`` at strong/hi, ``Dzialu
Zakupow`` at weak/hi: accepted wrong) or joined with no space (``PurchasingManager``).
"""

from __future__ import annotations

from .local_parts import given_name
from .name_rows import joined_lines, pairs
from .text_lines import Line
from .titles import title_score


def join_title_pieces(
    lines: list[Line], texts: list[str], candidates: list[int]
) -> tuple[list[Line], list[str], list[int]]:
    """Two touching pieces of one row whose letter at the cut is read twice, its stray copy
    marking a word's end or start by its case, joined with a space where they make a title."""
    for a, b, height in pairs(lines, candidates):
        la, lb = lines[a], lines[b]
        if (
            abs(la.top - lb.top) > 0.3 * height
            or not -0.3 * height <= lb.left - la.right <= 0.3 * height
        ):
            continue
        joined = doubled_cut(texts[a].rstrip(), texts[b].lstrip())
        if not joined or title_score(joined) != 2:
            continue
        # "Sales ManagerM" | "Max Mustermann", "Anna SchmidtS" | "Sales Manager": a name beside
        # the title is no part of it, on either side.
        if any(given_name(w) for w in f"{texts[a]} {texts[b]}".split()):
            continue
        return joined_lines(lines, texts, candidates, a, b, joined)
    return lines, texts, candidates


def doubled_cut(left: str, right: str) -> str | None:
    """``Kierownik`` + ``kLogistyki`` → ``Kierownik Logistyki``; ``KierownikD`` + ``Dzialu``
    → ``Kierownik Dzialu``: the copy whose case breaks its word is dropped. None where the
    letter at the cut is not read twice so."""
    if len(left) < 3 or len(right) < 3 or left[-1].lower() != right[0].lower():
        return None
    if right[0].islower() and right[1].isupper() and left[-1].isalpha():
        return f"{left} {right[1:]}"
    if left[-1].isupper() and left[-2].islower() and right[0].isupper():
        return f"{left[:-1]} {right}"
    return None
