"""A word firms add to a name or for their trade, read with one letter wrong: checked by
nothing on the card."""

from __future__ import annotations

from .lexicon import COMPANY_WORDS, TRADE_WORDS
from .local_parts import umlaut_plain
from .word_slips import one_letter_changed, with_a_letter_lost

_PLAIN = frozenset(umlaut_plain(w) for w in COMPANY_WORDS | TRADE_WORDS)
# Each trade word of seven letters or more with one inner letter lost ("industral"): its first
# and last letters kept, so no word's other form ("Partner" beside partners) is among them.
_INNER_LOST = with_a_letter_lost(TRADE_WORDS, 7, ends_kept=True) - TRADE_WORDS


def company_word_slip(words: list[str]) -> bool:
    """A word (folded) one letter off a word of ``lexicon.COMPANY_WORDS`` or ``TRADE_WORDS`` and
    no such word itself (same length only: ``Partner`` beside ``partners`` is a word of its own),
    or a trade word with an inner letter lost. The list checks the word read right; read wrong,
    nothing does, and Tesseract is as sure of the slip: ``Söhme`` for Söhne (held-out photo 649),
    ``Métaliurgie`` (b25 photo 27), ``Industral`` at 0.97 (b63 photo 40), each accepted."""
    return any(
        len(word) >= 5 and word not in _PLAIN and one_letter_changed(word, _PLAIN)
        for word in map(umlaut_plain, words)
    ) or any(word in _INNER_LOST for word in words)
