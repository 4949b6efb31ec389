"""What an address's local part says by its separators: a hyphen between the name's two words
(``axel-danielsson``), or none, lost or never printed (``/joined``, ``/single``, an initial glued
to the family name, two whole names run together). ``confidence.email_level`` measures each
kind apart."""

from __future__ import annotations

import re

from .lexicon import NAME_PARTICLES
from .local_parts import spelt_letters, spelt_words, umlaut_plain
from .spellings import PLAIN_UMLAUT


def hyphened_words(local: str, name: str) -> bool:
    """The local part is two whole words of the name, a hyphen between ("axel-danielsson")."""
    pieces = [umlaut_plain(p) for p in local.lower().split("-")]
    words = {umlaut_plain(w) for w in spelt_words(name)}
    return len(pieces) == 2 and all(len(p) >= 2 and p in words for p in pieces)


def joined_kind(local: str, name: str, seen_twice: bool) -> str:
    """What a local part the name and the domain check says by its lack of a separator, which
    it may have lost ("lwisniewska" for l.wisniewska), measured apart: ``/joined`` or one of its
    kinds; "" where it has one."""
    if re.search(r"[._-]", local):
        return ""
    # One word of a longer name ("gerald@" for Gerald McKenzie): the usual form, or the
    # start of "mckenzie.gerald" not read; measured apart.
    words = spelt_words(name)
    if len(words) >= 2 and (local.lower() in words or one_printed_word(local, name)):
        return "/single"
    if initial_joined(local.lower(), words):
        # "fkoehler" for Florian Köhler: an initial and a family name, where the dot after
        # the initial (the smallest glyph on the card) is the first Tesseract drops.
        return "/joined-initial" + ("+twice" if seen_twice else "")
    if two_full_words(local.lower(), words):
        # "muellerwolfgang" for Wolfgang Müller: two whole names joined, a form hardly
        # anyone uses; the separator was more likely lost. Measured apart.
        return "/joined-whole"
    return "/joined"


def one_printed_word(local: str, name: str) -> bool:
    """The local part is one word of a name of several as printed, its hyphen or apostrophe
    dropped ("karlheinz@" for Karl-Heinz Schulz, "dellacqua@" for Gianluca Dell'Acqua): a word
    of its own, not two joined that lost their separator (session 24: 10 of 10 on the pool)."""
    words = name.split()
    # Its umlauts folded or written out ("Müller" as muller or mueller), no looser: "fabioe"
    # (Fabio E.) is no word of Fabio Esposito's.
    printed = {spelt_letters(w) for w in words} | {
        spelt_letters(w.translate(PLAIN_UMLAUT)) for w in words
    }
    return len(words) >= 2 and local.lower() in printed


def initial_joined(local: str, words: list[str]) -> bool:
    """The local part is one word's initial and another whole word of the name, joined.

    A family name with its particles is not taken for one word ("ddejong" for d.dejong@ beside
    Daan de Jong stays ``/joined``): weighed on 1,200 fresh tuning cards, doubting it sent 7
    cards to review for 1 wrong address caught (session 27, cost27)."""
    plain = umlaut_plain(local)
    return any(
        a and b and plain == umlaut_plain(a[0] + b)
        for i, a in enumerate(words)
        for j, b in enumerate(words)
        if i != j and len(b) >= 3
    )


def two_full_words(local: str, words: list[str]) -> bool:
    """The local part is two whole words of the name, neither a particle, joined; or every
    word of a longer name, in its order or the family name first ("hanspeterhoffmann",
    "fleurvandenbroek": the separator between the given and the family name lost)."""
    whole = [w for w in words if len(w) >= 3 and w not in NAME_PARTICLES]
    plain = umlaut_plain(local)
    every = len(words) >= 3 and plain in (
        umlaut_plain("".join(words)),
        umlaut_plain("".join(words[1:] + words[:1])),
    )
    return every or any(
        plain in (umlaut_plain(a + b), umlaut_plain(b + a))
        for i, a in enumerate(whole)
        for b in whole[i + 1 :]
    )
