"""A name not checked by the email whose word lost its start: "AS BRAUN" for Lukas Braun,
"AMURA Ryo" beside ryo_nakamura@ (session 38, wrong38: photo seeds 363 card 82, 370 card 3,
accepted at largest/hi). A photo's blur or the card's edge takes a word's first letters and
leaves a word that reads well; only the card's other prints tell.
"""

from __future__ import annotations

import re

from contactkit.matching.nicknames import GIVEN_SPELLINGS

from .calibration import UNMEASURED, probability
from .lexicon import HONORIFICS, NAME_PARTICLES
from .local_parts import local_pieces, spelt_letters, spelt_words
from .name_slips import known_given

_LOCAL_RE = re.compile(r"([\w.\-]+)@")

# Two-letter words that start real names printed as read: family names printed first (Chinese
# "Li Na", "Xu Lei", "Ng Wei", "Ip Man", "Au Yeung"; Vietnamese "Vu Thi Mai", "Do Hung", "Ly
# Minh"; Korean "Yi Jun", "Oh Min", "Im Soo"), given names the tables lack ("Ty"), and
# particles they lack ("Le Gall", "Lo Bianco", "Ap Rhys").
_SHORT_FAMILY_NAMES = (
    "li xu wu hu he lu ma yu ng ho do vu le ly ha oh yi ko an no go bo fu gu qi su na so to ta "
    "ou ye ji lo ap el al au mo ip im ke ra pi be ka sa ty"
)
TWO_LETTER_NAME_STARTS = frozenset({*NAME_PARTICLES, *_SHORT_FAMILY_NAMES.split()})
# The fewest letters a word loses for its end to count as cut ("Lukas" read "AS").
_LOST_AT_LEAST = 2
# The last two letters of the given names the tables spell with two or more letters before them.
_GIVEN_ENDS = frozenset(
    g[-2:] for g in GIVEN_SPELLINGS if g.isalpha() and len(g) >= 2 + _LOST_AT_LEAST
)


def given_end_left(name: str) -> bool:
    """The name's first word is two letters with no dot that no table knows as a given name or
    a name's start, and that end a longer given name ("As" of Lukas): the given name's start
    cut. One dotless letter is an initial ("J Smith") and stays as read."""
    words = name.split()
    if len(words) < 2 or "." in words[0] or words[0].lower() in HONORIFICS:
        return False  # "Dr Anna Schmidt", "Ir Jan de Vries": no given name
    first = spelt_letters(words[0])
    return (
        len(first) == 2
        and first not in TWO_LETTER_NAME_STARTS
        and not known_given(first)  # "Bo", "Jo", "Ed" are given names
        and first in _GIVEN_ENDS
    )


def _built_from(prefix: str, words: list[str]) -> bool:
    """``prefix`` is the starts of the name's words run together in order ("jvan" of Jan van
    Dijk, "fl" of Florian): an address's way to write the name, no lost start."""
    if not prefix:
        return True
    return any(
        prefix.startswith(word[:n]) and _built_from(prefix[n:], words[i + 1 :])
        for i, word in enumerate(words)
        for n in range(len(word), 0, -1)
    )


def _cut_piece(word: str, pieces: list[str], others: list[str]) -> bool:
    """A piece of the address ends with ``word`` two or more letters longer, its start not the
    name's other words run together, and another piece is another word of the name or its
    start: the address is the person's and spells the word whole."""
    for piece in pieces:
        lost = piece[: -len(word)] if piece.endswith(word) else ""
        if len(lost) < _LOST_AT_LEAST or _built_from(lost, others):
            continue
        if any(p != piece and o.startswith(p) for p in pieces for o in others):
            return True
    return False


def start_lost(name: str, texts: list[str]) -> bool:
    """A word of the name, three letters or more, is the end of a piece of an address printed on
    the card ("AMURA Ryo" beside ryo_nakamura@; "MILIAN FUCHS" beside maximilian.fuchs@). Not
    an address that writes the name's words run together ("jvandijk@", "flbeck@"), and not a
    role address ("marketing@" beside "Wang Ting", "admin@" beside "Kim Min"): it has no piece
    that is another word of the name."""
    words = [w for w in spelt_words(name) if w]
    for text in texts:
        for found in _LOCAL_RE.finditer(text):
            pieces = [p for p in map(spelt_letters, local_pieces(found.group(1))) if p]
            for word in words:
                others = [w for w in words if w != word]
                if len(word) >= 3 and _cut_piece(word, pieces, others):
                    return True
    return False


def start_lost_level(level: str, name: str, texts: list[str]) -> str:
    """``level`` with ``+start-lost`` (unmeasured: to review) where neither an address nor a
    given-name table checks the name and a word of it may have lost its start."""
    if level.startswith("email") or "given" in level:
        return level  # its letters checked
    if probability("name", level) <= UNMEASURED:
        return level  # to review already: the tag would raise its confidence
    if given_end_left(name) or start_lost(name, texts):
        return f"{level}+start-lost"
    return level
