"""A Polish street's ł read as a t, put back where the word is one Polish streets bear.

OCR reads the ł's stroke away: "Wroctawska", "Podlegtosci", "Putawska". No letter rule tells
that t from a printed one (Polish writes "ut" and "at" everywhere), but a street's words come
from a short stock: the towns the road leads to, the people and days it honours, the field or
hill it crossed. A word that becomes one of those with its t made ł is that word.
"""

from __future__ import annotations

import re
from itertools import combinations

from contactkit import normalize

from .lexicon import POLISH_STREET_L_WORDS

# The letter OCR reads for an ł, its stroke lost. Not the i its bar is read as too: an i
# printed in a street word is as common ("ul. Pawia" is no Pawła)
L_READS = "t"
# A word with more such letters is tried no further: every t of it would be a guess
MOST_SPOTS = 5
WORD_RE = re.compile(r"[^\W\d_]{3,}")


def _folded(word: str) -> str:
    """``normalize.fold`` with the ł kept: OCR drops an ś or ó more often than it keeps it."""
    return "ł".join(normalize.fold(part) for part in word.lower().split("ł"))


KNOWN = frozenset(_folded(w) for w in POLISH_STREET_L_WORDS)


def street_l_back(text: str) -> str:
    """``text`` with each word's t made ł where that makes a word of ``POLISH_STREET_L_WORDS``
    ("Al. Niepodlegtosci 14" → "Al. Niepodległosci 14"); the rest as read ("Victoria Tower"
    on a Polish card keeps its t)."""
    return WORD_RE.sub(_word_l_back, text)


def _word_l_back(match: re.Match[str]) -> str:
    word = match.group(0)
    if _folded(word) in KNOWN:
        return word
    spots = [i for i, c in enumerate(word.lower()) if c in L_READS]
    if len(spots) > MOST_SPOTS:
        return word
    for size in range(1, len(spots) + 1):
        for chosen in combinations(spots, size):
            letters = list(word)
            for i in chosen:
                letters[i] = "Ł" if word[i].isupper() else "ł"
            if _folded(mended := "".join(letters)) in KNOWN:
                return mended
    return word
