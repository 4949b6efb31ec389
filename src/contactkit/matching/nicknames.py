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


def _load_nicknames() -> dict[str, frozenset[int]]:
    """Given name -> nickname groups: ours (European languages) and the ``nicknames`` package's
    hand-curated English table (a canonical name and its nicknames form one group)."""
    groups: dict[str, set[int]] = {}
    ours = files("contactkit.matching") / "data" / "nicknames.txt"
    lines = [ln for ln in ours.read_text(encoding="utf-8").splitlines() if ln.strip()]
    group = 0
    for group, line in enumerate(ln for ln in lines if not ln.startswith("#")):
        for name in line.split():
            groups.setdefault(skeleton(fold(name)), set()).add(group)
    english: dict[str, set[str]] = {}
    with (files("nicknames") / "names.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            english.setdefault(row["name1"], set()).add(row["name2"])
    for offset, (canonical, nicks) in enumerate(sorted(english.items()), start=group + 1):
        for name in (canonical, *sorted(nicks)):
            groups.setdefault(skeleton(fold(name)), set()).add(offset)
    return {name: frozenset(ids) for name, ids in groups.items()}


NICKNAME_GROUPS = _load_nicknames()


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
