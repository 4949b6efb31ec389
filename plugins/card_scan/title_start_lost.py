"""A title opening on a lexicon word's end: the row's first letters unread."""

from __future__ import annotations

from .titles import (
    JOINING_WORDS,
    SLIP_SOURCE_WORDS,
    TITLE_LINE_WORDS,
    lexicon_spelt,
    title_words,
)

# The ends of the lexicon's words with their first one to three letters lost, four letters at
# least, that are no title words themselves: "Nior So are Engineer" for Senior Software
# Engineer (fresh photo seed 505 card 7, accepted at strong/mid), its row's start unread.
# Not the ends that are words of their own and may open a title: a rector in four languages, an
# airman, "Port Manager", "Under Secretary", "Search Consultant", Dutch "Koper" (a buyer); nor
# the ends of Affairs and Achats that are English words.
_OWN_WORDS = frozenset(
    {"rector", "rektor", "recteur", "rettore", "airman", "port", "stand", "under", "search"}
    | {"vision", "count", "enter", "gent", "koper", "airs", "fairs", "chats"}
)
_ENDS = {w[k:] for w in SLIP_SOURCE_WORDS if w.isalpha() for k in (1, 2, 3) if len(w) - k >= 4}
_TAILS = _ENDS - TITLE_LINE_WORDS - JOINING_WORDS - _OWN_WORDS


def start_lost(title: str) -> bool:
    """The title opens on a lexicon word's end, its first letters lost: no word the lexicon
    has, nor one with the next word ("Oper ations Analyst", read apart at wide spacing). Over
    the 7,400 titles of the seen cards it found that card alone, and one already doubted."""
    words = [w.strip(",.;:()") for w in title_words(title)]
    if not words or words[0] not in _TAILS:
        return False
    return len(words) == 1 or not lexicon_spelt(words[0] + words[1])
