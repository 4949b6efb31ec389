"""A list's words as Tesseract reads them with one letter lost or changed: slips nothing else
on the card checks, in a title's words or a company's."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz.distance import Hamming


def with_a_letter_lost(
    words: Iterable[str], shortest: int, ends_kept: bool = False
) -> frozenset[str]:
    """Each word of ``shortest`` letters or more as it reads with one letter lost; with
    ``ends_kept``, an inner letter only."""
    edge = 1 if ends_kept else 0
    return frozenset(
        w[:k] + w[k + 1 :] for w in words if len(w) >= shortest for k in range(edge, len(w) - edge)
    )


def one_letter_changed(word: str, words: Iterable[str]) -> bool:
    """``word`` is a word of ``words`` with one letter changed (as long, one letter apart)."""
    return any(len(w) == len(word) and Hamming.distance(w, word) == 1 for w in words)
