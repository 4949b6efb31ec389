"""A name spaced wide across a centred card: its given name and family name read as two lines
of one row, farther apart than ``name_rows.join_row`` joins on a given name alone.

"Pierluigi" | "Ferrari" (photo seed 349 card 16, the words 250 px apart on a 70 px row, beside
ferrari@): no name was read. Joined only where the email is written from the words in one of
the usual forms, spelling the family name whole, and the left word is written as a given name;
a logo's word or a column's word standing on the name's row spells no such address. Where the
given name is one the tables lack, the name goes to review (``confidence.name_level``): the
gap is the print's, but nothing measured such joins.
"""

from __future__ import annotations

from contactkit import normalize

from .clues import has_legal_form, is_country
from .lexicon import COMPANY_WORDS, DEPARTMENT_WORDS
from .local_parts import given_name, local_match, spelt_letters
from .name_rows import joined_lines, pairs
from .people import name_like
from .text_lines import Line
from .titles import title_score

# The widest gap between the two words, in the row's height: a centred name's letters spaced
# wide (250 px at 70 px high); farther is another column.
WIDEST_GAP = 6.0
# The two words stand on one row: their tops or their feet within this share of its height.
ROW_SHARE = 0.2


class WideRowLine(Line):
    """A given name and a family name joined across a wide gap on the email's word."""


def _one_word(text: str) -> bool:
    word = text.strip()
    return len(word.split()) == 1 and word.isalpha() and word[:1].isupper()


def _given_like(word: str) -> bool:
    """A given name the tables know, or a word written as one in either case ("Pierluigi",
    which the tables lack): the email checks the family name beside it, and the name goes to
    review."""
    return given_name(word) or (len(word) >= 3 and (word.istitle() or word.isupper()))


def _between(lines: list[Line], a: Line, b: Line) -> bool:
    """Another box standing between the two words on their row."""
    return any(
        line is not a
        and line is not b
        and a.right < line.left < b.left
        and min(line.bottom, a.bottom) - max(line.top, a.top) > 0
        for line in lines
    )


def join_wide_row(
    lines: list[Line], texts: list[str], candidates: list[int], local: str | None
) -> tuple[list[Line], list[str], list[int]]:
    """``Pierluigi`` | ``Ferrari`` beside ferrari@: one name, joined left word first."""
    if not local:
        return lines, texts, candidates
    for a, b, height in pairs(lines, candidates):
        la, lb = lines[a], lines[b]
        if not (_one_word(texts[a]) and _one_word(texts[b])):
            continue
        if min(abs(la.top - lb.top), abs(la.bottom - lb.bottom)) > ROW_SHARE * height:
            continue
        if not 0 < lb.left - la.right <= WIDEST_GAP * height or _between(lines, la, lb):
            continue
        first, family = texts[a].strip(), texts[b].strip()
        joined = f"{first} {family}"
        if not _given_like(first) or not name_like(joined) or title_score(joined):
            continue
        folded = {normalize.fold(w) for w in joined.split()}
        if folded & (DEPARTMENT_WORDS | COMPANY_WORDS) or has_legal_form(joined):
            continue
        if is_country(family):
            continue
        words = [spelt_letters(first), spelt_letters(family)]
        if local_match(local.lower(), words) == 2 and words[1] in spelt_letters(local):
            return joined_lines(lines, texts, candidates, a, b, joined, WideRowLine)
    return lines, texts, candidates
