"""Name and address keys that survive accents, transliteration, OCR slips and nicknames.

Keys, never display values: ``skeleton("Müller") == skeleton("Mueller") == skeleton("Muller")``,
and ``skeleton("Srnith") == skeleton("Smith")`` (an OCR reading ``m`` as ``rn``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib.resources import files

_CYRILLIC_LATIN = (*"abvgdeziiklmnoprstuf", "kh", "ts", "y", "e")
# Letters NFKD does not decompose into ASCII, and a basic Cyrillic table (ISO 9 simplified).
_TRANSLIT = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "ss",
        "æ": "ae",
        "Æ": "ae",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "þ": "th",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        **dict(
            zip(
                "абвгдезийклмнопрстуфхцыэ",
                _CYRILLIC_LATIN,
                strict=True,
            )
        ),
        "ё": "yo",
        "ж": "zh",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ю": "yu",
        "я": "ya",
        "ъ": "",
        "ь": "",
    }
)

# Order matters: OCR confusions first (digits read for letters), then spelling variants.
_OCR = (("0", "o"), ("1", "l"), ("5", "s"), ("rn", "m"), ("vv", "w"), ("|", "l"))
_SPELLING = (
    ("ae", "a"),
    ("oe", "o"),
    ("ue", "u"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("dt", "t"),
    ("y", "i"),
    ("ai", "ei"),
)
_DOUBLE = re.compile(r"(.)\1+")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case ASCII with single spaces: ``Jürgen Groß`` → ``jurgen gross``."""
    lowered = text.lower().translate(_TRANSLIT)
    decomposed = unicodedata.normalize("NFKD", lowered)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub(" ", ascii_text).strip()


@lru_cache(maxsize=200_000)
def skeleton(token: str) -> str:
    """A folded word reduced to what survives spelling variants and OCR slips."""
    text = token.replace(" ", "").replace("-", "")
    for a, b in _OCR:
        text = text.replace(a, b)
    for a, b in _SPELLING:
        text = text.replace(a, b)
    return _DOUBLE.sub(r"\1", text)


def name_tokens(text: str | None) -> list[str]:
    return fold(text).split() if text else []


def _load_nicknames() -> dict[str, frozenset[int]]:
    groups: dict[str, set[int]] = {}
    path = files("contactkit.matching") / "data" / "nicknames.txt"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    for group, line in enumerate(ln for ln in lines if not ln.startswith("#")):
        for name in line.split():
            groups.setdefault(skeleton(name), set()).add(group)
    return {name: frozenset(ids) for name, ids in groups.items()}


NICKNAME_GROUPS = _load_nicknames()


def given_keys(given_skeleton: str) -> frozenset[str]:
    """Keys two given names share when they are the same name: itself and its nickname groups."""
    groups = NICKNAME_GROUPS.get(given_skeleton)
    if not groups:
        return frozenset((given_skeleton,))
    return frozenset((given_skeleton, *(f"#{g}" for g in groups)))


def email_local_skeleton(local: str) -> str:
    """``J.Srnith-83`` → ``jsmith83``: separators dropped, OCR confusions undone (not digits)."""
    text = local.lower().split("+", 1)[0]
    text = re.sub(r"[._\-]", "", text)
    return text.replace("rn", "m").replace("vv", "w")
