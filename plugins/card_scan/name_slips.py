"""Slips in a name read: a given name the tables know, one a letter off one, and the letters
Tesseract's English model makes of ü, ñ and ł."""

from __future__ import annotations

import re

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from contactkit import normalize
from contactkit.matching.nicknames import NICKNAME_GROUPS
from contactkit.matching.text import skeleton

from .local_parts import spelt_fold, spelt_words


def known_given(name: str) -> bool:
    """A word of the name is a given name the matcher's nickname tables know."""
    return any(skeleton(normalize.fold(w)) in NICKNAME_GROUPS for w in name.split())


def near_given(word: str) -> bool:
    """A name's first word, of seven letters or more, that is no given name but one letter off
    one the tables know ("Maegorzata" for Małgorzata, the ł read as e): a letter misread. Only
    the first word: family names are often one letter off a given name ("Richards")."""
    key = skeleton(spelt_fold(word))
    if len(key) < 7 or key in NICKNAME_GROUPS:
        return False
    found = process.extractOne(key, _GIVEN, scorer=Levenshtein.distance, score_cutoff=1)
    return found is not None


_GIVEN = list(NICKNAME_GROUPS)


# Letters Tesseract's English model makes of ü and ñ inside a name (Tesseract is sure of them):
# "Miiller", "Pefia", "Mufioz". Names hardly ever hold them (a given name the tables know,
# "Zofia", does).
SLIP_RE = re.compile(r"ii|(?<=[a-z])fi(?=[aeou])")
# An l read as i after a vowel in a Polish family name ("Oiszewska" for Olszewska): Polish writes
# no "ois"/"oiz" there.
POLISH_SLIP_RE = re.compile(r"(?i)^\w*[aeo]i[sz]\w*(?:sk|ck|dzk)[aiy]$")


def family_slip(local: str, name: str) -> bool:
    """``pweiss@`` beside "Peter Weie": the given name's initial and a word one or two letters
    off a later word of the name, which OCR misread (ß read as e) and the email did not."""
    words = spelt_words(name)
    plain = local.lower()
    if len(words) < 2 or not words[0] or not plain.startswith(words[0][0]):
        return False
    rest = re.sub(r"[^a-z]", "", plain[1:])
    return len(rest) >= 4 and any(
        len(w) >= 3 and w[:2] == rest[:2] and 0 < Levenshtein.distance(rest, w) <= 2
        for w in words[1:]
    )


# The local part of an address printed and not read whole ("ziolkowski.jakub@technologiequant"
# without its suffix): it still checks the name.
PRINTED_LOCAL_RE = re.compile(r"(?<![\w.-])([a-z][a-z._-]{2,}[a-z])@[a-z]")


def printed_local(texts: list[str]) -> str | None:
    found = next((m for t in texts if (m := PRINTED_LOCAL_RE.search(t))), None)
    return found.group(1) if found else None
