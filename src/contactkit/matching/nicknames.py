"""Given names that are one name: nickname groups, and a nickname read through an OCR slip.

Groups come from ``data/nicknames.txt`` (European languages, one group per line) and the
``nicknames`` package's hand-curated English table. A scanned card's ``Charlcs`` or
``Mołgorzata`` is one OCR confusion away from a name whose nicknames (``Chuck``, ``Gosia``) a
mailbox or an old vCard gives: ``ocr_given_keys`` reads the confusion back before looking it up.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib.resources import files

from contactkit.matching.text import fold, skeleton


def _name_groups() -> list[list[str]]:
    """Each group of given names as written: ours (European languages), then the ``nicknames``
    package's hand-curated English table (a canonical name and its nicknames form one group)."""
    ours = files("contactkit.matching") / "data" / "nicknames.txt"
    lines = [ln for ln in ours.read_text(encoding="utf-8").splitlines() if ln.strip()]
    out = [line.split() for line in lines if not line.startswith("#")]
    english: dict[str, set[str]] = {}
    with (files("nicknames") / "names.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            english.setdefault(row["name1"], set()).add(row["name2"])
    return out + [[canonical, *sorted(nicks)] for canonical, nicks in sorted(english.items())]


def _load_nicknames(name_groups: list[list[str]]) -> dict[str, frozenset[int]]:
    """Given name (as a skeleton) -> nickname groups."""
    groups: dict[str, set[int]] = {}
    for group, names in enumerate(name_groups):
        for name in names:
            groups.setdefault(skeleton(fold(name)), set()).add(group)
    return {name: frozenset(ids) for name, ids in groups.items()}


_NAME_GROUPS = _name_groups()
NICKNAME_GROUPS = _load_nicknames(_NAME_GROUPS)
# The same names folded but not made skeletons: "bernd" is one, "bemd" (its rn read as m) not,
# where NICKNAME_GROUPS holds both as one skeleton.
GIVEN_SPELLINGS = frozenset(fold(name) for names in _NAME_GROUPS for name in names)


@lru_cache(maxsize=100_000)
def given_keys(given_skeleton: str) -> frozenset[str]:
    """Keys two given names share when they are the same name: itself and its nickname groups."""
    groups = NICKNAME_GROUPS.get(given_skeleton)
    if not groups:
        return frozenset((given_skeleton,))
    return frozenset((given_skeleton, *(f"#{g}" for g in sorted(groups))))


# letters OCR reads for one another (what skeletons do not undo already: 0/o, 1/l, rn/m are)
_OCR_READINGS = (("c", "e"), ("e", "c"), ("l", "i"), ("i", "l"), ("o", "a"), ("a", "o"))
_OCR_READINGS += (("q", "g"), ("b", "h"), ("h", "b"), ("n", "h"), ("h", "n"), ("u", "v"))


@lru_cache(maxsize=100_000)
def ocr_given_keys(raw: str) -> frozenset[str]:
    """The nickname groups of the names ``raw`` (a given name folded to ASCII) reads as with one
    OCR confusion undone (``charlcs`` -> Charles's, ``molgorzata`` -> Małgorzata's); only names
    the nickname table knows, never the variant itself."""
    out: set[str] = set()
    for i, letter in enumerate(raw):
        for seen, meant in _OCR_READINGS:
            if letter == seen:
                variant = skeleton(raw[:i] + meant + raw[i + 1 :])
                if variant in NICKNAME_GROUPS:
                    out |= given_keys(variant) - {variant}
    return frozenset(out)
