"""A company whose legal form was read as scraps beside its end (session 17, wrong17).

``SISTEMAS ORBIS`` and, right after it on its row, ``一`` | ``C`` | ``S`` (own seed 30 scan 77,
Sistemas Orbis S.A.): the small form read as specks, each a line of its own, left over. Without
them the name passed as ``domain`` (two words the domain spells, no form): a company with no form
whose row goes on in scraps lost its end.
"""

from __future__ import annotations

from collections.abc import Collection

from .clues import has_legal_form
from .ocr import Line


def form_scraps(company: str, lines: list[Line], index: int, taken: Collection[int]) -> bool:
    """A company with no legal form, read from the line at ``index``, and left-over lines of
    one to three marks right after it on its row, within one and a half of its height, holding
    two letters or more between them."""
    line = lines[index]
    if not line.words or has_legal_form(company):
        return False
    tall = line.bottom - line.top
    letters = 0
    for j, other in enumerate(lines):
        if j == index or j in taken or not other.words:
            continue
        text = other.text.replace(" ", "")
        if len(text) > 3:
            continue
        middle = (other.top + other.bottom) / 2
        if not line.top <= middle <= line.bottom:
            continue
        if 0 <= other.left - line.right <= 1.5 * tall:
            letters += sum(c.isalpha() for c in text)
    return letters >= 2
