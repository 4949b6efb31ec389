"""Words as Tesseract reads them with one letter lost or changed: a list's words, slips nothing
else on the card checks (a title's words, a company's, a legal form, a domain's label), and
two readings of one printed word or number."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz.distance import Hamming, Prefix


def with_a_letter_lost(
    words: Iterable[str], shortest: int, ends_kept: bool = False
) -> frozenset[str]:
    """Each word of ``shortest`` letters or more as it reads with one letter lost; with
    ``ends_kept``, an inner letter only."""
    edge = 1 if ends_kept else 0
    return frozenset(
        w[:k] + w[k + 1 :] for w in words if len(w) >= shortest for k in range(edge, len(w) - edge)
    )


def letters_changed(one: str, other: str) -> int:
    """How many letters two words as long differ in, place by place: one printed word read
    twice, or read with letters changed (the caller sees that they are as long)."""
    return Hamming.distance(one, other)


def shared_start(one: str, other: str) -> int:
    """How many letters two readings of a word share from its start: where the slip begins."""
    return Prefix.similarity(one, other)


def words_one_letter_off(word: str, words: Iterable[str]) -> list[str]:
    """The words of ``words`` that ``word`` is with one letter changed (as long, one apart)."""
    return [w for w in words if len(w) == len(word) and letters_changed(w, word) == 1]


def one_letter_changed(word: str, words: Iterable[str]) -> bool:
    """``word`` is a word of ``words`` with one letter changed (as long, one letter apart)."""
    return bool(words_one_letter_off(word, words))


def letter_changed(word: str, listed: str) -> tuple[int, set[str]]:
    """Where ``word`` differs from ``listed``, one letter off it, and the two letters there."""
    at = next(n for n, (a, b) in enumerate(zip(word, listed, strict=True)) if a != b)
    return at, {word[at], listed[at]}


def places_apart(word: str, listed: str) -> list[int]:
    """Where two words as long differ, place by place (the caller sees that they are as long)."""
    return [n for n, (a, b) in enumerate(zip(word, listed, strict=True)) if a != b]


def two_side_by_side(word: str, listed: str) -> bool:
    """As long, two letters side by side read otherwise (kl read ld): a letter added and one
    lost elsewhere is a word's other form ("Direktionsreferent", "Kooperationsmanager")."""
    if len(word) != len(listed):
        return False
    apart = places_apart(word, listed)
    # Not at the end: "Administration" beside Spanish administrativo is the word's other ending.
    return len(apart) == 2 and apart[1] == apart[0] + 1 and apart[1] < len(word) - 2


def two_read_as_one(word: str, listed: str) -> bool:
    """One letter shorter, two letters side by side read as one (``ic`` read ``k``:
    "Entwkklungsingenieur"); not at the end, where a word's other form differs."""
    if len(word) != len(listed) - 1:
        return False
    return any(
        word[:k] + word[k + 1 :] == listed[:k] + listed[k + 2 :]
        and word[k] not in listed[k : k + 2]
        for k in range(1, len(word) - 2)
    )
