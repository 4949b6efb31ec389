"""Name and address keys that survive accents, transliteration, OCR slips and nicknames.

Keys, never display values: ``skeleton("Müller") == skeleton("Mueller") == skeleton("Muller")``,
and ``skeleton("Srnith") == skeleton("Smith")`` (an OCR reading ``m`` as ``rn``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

# Letters unidecode spells differently from how names are written in the languages concerned.
_TRANSLIT = str.maketrans({"ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o"})

# Order matters: OCR confusions first (digits read for letters), then spelling variants.
_OCR = (("0", "o"), ("1", "l"), ("5", "s"), ("rn", "m"), ("vv", "w"), ("|", "l"))
_SPELLING = (
    # transliterations of one sound (German, Polish, Czech, Russian spellings of it)
    ("tsch", "ch"),
    ("sch", "sh"),
    ("sz", "sh"),
    ("cz", "ch"),
    ("kh", "h"),
    ("ch", "h"),
    ("ck", "k"),
    ("c", "k"),
    ("x", "ks"),
    ("w", "v"),
    ("ae", "a"),
    ("oe", "o"),
    ("ue", "u"),
    ("ph", "f"),
    ("th", "t"),
    ("dt", "t"),
    ("y", "i"),
    ("ai", "ei"),
)
_DOUBLE = re.compile(r"(.)\1+")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case ASCII with single spaces: ``Jürgen Groß`` → ``jurgen gross``."""
    # unidecode transliterates every script (Cyrillic, Greek, ...) as well as accents
    ascii_text = unidecode(text.translate(_TRANSLIT)).lower()
    return _NON_ALNUM.sub(" ", ascii_text).strip()


@lru_cache(maxsize=100_000)
def fold_keep_punctuation(text: str) -> str:
    """ASCII, case and punctuation kept: ``Júnior, Filho.`` → ``Junior, Filho.``."""
    return unidecode(text.translate(_TRANSLIT))


@lru_cache(maxsize=200_000)
def skeleton(token: str) -> str:
    """A folded word reduced to what survives spelling variants and OCR slips."""
    text = token.replace(" ", "").replace("-", "")
    for a, b in _OCR:
        text = text.replace(a, b)
    for a, b in _SPELLING:
        text = text.replace(a, b)
    return _DOUBLE.sub(r"\1", text)


@lru_cache(maxsize=100_000)
def email_local_skeleton(local: str) -> str:
    """``J.Srnith-83`` → ``jsmith83``: separators dropped, OCR confusions undone (not digits)."""
    text = local.lower().split("+", 1)[0]
    text = re.sub(r"[._\-]", "", text)
    # a digit between letters is an OCR slip (r0bert, wi1son); digits at the end are the address's
    text = _DIGIT_IN_WORD.sub(lambda m: _OCR_DIGITS[m.group(0)], text)
    return text.replace("rn", "m").replace("vv", "w")


_OCR_DIGITS = {"0": "o", "1": "l", "5": "s", "3": "e"}
_DIGIT_IN_WORD = re.compile(r"(?<=[a-z])[0135](?=[a-z])")
