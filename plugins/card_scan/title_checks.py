"""A title word that is a word of the title lexicon with one letter lost (session 15, wrong15).

``Assistenz der Geschftsfuhrung`` (its ä lost, Tesseract sure of it) was accepted at ``strong/hi``:
"Assistenz" made it a title, and nothing looked at the word beside it. A long word that is no
lexicon word but one with a letter lost is that word misread; one letter changed or added is
as often the word's other form ("Amministrativo", "Logistyki", "Commerciale"), so not doubted.
"""

from __future__ import annotations

from .titles import TITLE_LINE_WORDS, lexicon_spelt, title_words

# Each lexicon word of nine letters or more, by what it reads with one letter lost.
_LOST: frozenset[str] = frozenset(
    w[:k] + w[k + 1 :] for w in TITLE_LINE_WORDS if len(w) >= 9 for k in range(len(w))
)


def lexicon_slip(title: str) -> bool:
    """A word of eight letters or more, no lexicon word, a lexicon word with a letter lost."""
    for word in title_words(title):
        word = word.strip(",.;:()")
        if len(word) >= 8 and word in _LOST and not lexicon_spelt(word):
            return True
    return False
