"""Person names in every form a source writes them, and how two forms relate.

A ``NameForm`` is a name reduced to keys (``text.skeleton``): titles dropped, particles (van, de,
von, di ...) set aside, double surnames and hyphenated ones split into tokens, the generational
suffix (Jr., Sr., II, III) kept apart because it is a hard difference: father and son share
everything else.

Relations, from most to least alike: ``same``, ``nickname`` (Bob ~ Robert, Pepe ~ José,
Kasia ~ Katarzyna, Chris ~ Christoph), ``part`` (Jean-Pierre ~ Jean; García López ~ García),
``slip`` (one OCR slip or typo), ``initial`` (J. ~ John), ``unknown`` (one side missing) and
``different``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from contactkit import normalize
from contactkit.matching.text import fold, skeleton

PARTICLES = frozenset(
    [
        "van",
        "von",
        "vom",
        "de",
        "der",
        "den",
        "del",
        "della",
        "delle",
        "dei",
        "degli",
        "di",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "la",
        "le",
        "lo",
        "ten",
        "ter",
        "te",
        "zu",
        "zum",
        "zur",
        "y",
        "e",
        "af",
        "av",
        "bin",
        "ibn",
        "al",
        "el",
        "st",
        "saint",
        "mac",
    ]
)
TITLES = frozenset(
    [
        "dr",
        "prof",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "herr",
        "frau",
        "hr",
        "fr",
        "ing",
        "dipl",
        "mag",
        "sir",
        "dame",
        "sig",
        "sigra",
        "signor",
        "signora",
        "dott",
        "dottssa",
        "mme",
        "mlle",
        "monsieur",
        "madame",
        "pan",
        "pani",
        "ir",
        "drs",
        "mgr",
    ]
)
# generational suffixes -> the generation they name: "Jr." and "II" are both the second
GENERATIONS = {
    "jr": "2",
    "junior": "2",
    "jun": "2",
    "ii": "2",
    "2nd": "2",
    "hijo": "2",
    "filho": "2",
    "fils": "2",
    "sr": "1",
    "senior": "1",
    "sen": "1",
    "pere": "1",
    "iii": "3",
    "3rd": "3",
    "neto": "3",
    "iv": "4",
    "4th": "4",
}
# written after a family name, only these are read as a suffix (Sen and Jun are also names)
TRAILING_GENERATIONS = frozenset(("jr", "junior", "sr", "senior", "ii", "iii", "iv"))
SLIP = 0.8  # normalized similarity of two spellings one OCR slip or typo apart


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


@dataclass(frozen=True, slots=True)
class NameForm:
    given: tuple[str, ...] = ()
    """Skeletons of the given names, the first one first (middle names after it)."""
    family: tuple[str, ...] = ()
    """Skeletons of the family name's tokens, particles left out."""
    family_full: str = ""
    """The whole family name as one skeleton, particles included: ``vanderberg``."""
    generation: str = ""
    initial: str = ""
    """The first given name's first letter as written (before any spelling key)."""

    @property
    def first(self) -> str:
        return self.given[0] if self.given else ""

    @property
    def surname(self) -> str:
        return "".join(self.family)


def _tokens(text: Any) -> list[str]:
    return fold(text).split() if isinstance(text, str) and text else []


@lru_cache(maxsize=200_000)
def _form(given: str, middle: str, family: str, suffix: str) -> NameForm:
    generation = ""
    for token in _tokens(suffix):
        generation = generation or GENERATIONS.get(token, "")
    given_tokens = [t for t in _tokens(given) if t not in TITLES]
    family_tokens = _tokens(family)
    while len(family_tokens) > 1 and family_tokens[-1] in TRAILING_GENERATIONS:
        generation = generation or GENERATIONS[family_tokens.pop()]
    while len(given_tokens) > 1 and given_tokens[-1] in TRAILING_GENERATIONS and not family:
        generation = generation or GENERATIONS[given_tokens.pop()]
    given_tokens += _tokens(middle)
    core = [t for t in family_tokens if t not in PARTICLES] or family_tokens
    return NameForm(
        given=tuple(skeleton(t) for t in given_tokens),
        family=tuple(skeleton(t) for t in core),
        family_full=skeleton("".join(family_tokens)),
        generation=generation,
        initial=given_tokens[0][0] if given_tokens else "",
    )


def name_form(name: dict[str, Any]) -> NameForm:
    """The keys of a stored name (``given``, ``middle``, ``family``, ``suffix``, ``full``)."""
    given, family = name.get("given") or "", name.get("family") or ""
    middle, suffix = name.get("middle") or "", name.get("suffix") or ""
    if not (given or family) and name.get("full"):
        parts = normalize.split_name(name["full"])
        given, family = parts.get("given") or "", parts.get("family") or ""
        middle, suffix = parts.get("middle") or "", parts.get("suffix") or suffix
    return _form(given, middle, family, suffix)


def similar(a: str, b: str) -> float:
    if a == b:
        return 1.0
    # one edit in a name of four letters or more is still a slip
    if min(len(a), len(b)) >= 4 and Levenshtein.distance(a, b, score_cutoff=1) <= 1:
        return 0.9
    return ratio(a, b) / 100


def given_relation(
    a: tuple[str, ...], b: tuple[str, ...], initial_a: str = "", initial_b: str = ""
) -> str:
    """How two given names relate (skeleton tuples; the initials as written, when known)."""
    if not a or not b:
        return "unknown"
    ga, gb = a[0], b[0]
    if len(ga) == 1 or len(gb) == 1:
        same = (initial_a or ga[0]) == (initial_b or gb[0])
        return "initial" if same else "different"
    if ga == gb:
        return "same"
    if given_keys(ga) & given_keys(gb):
        return "nickname"
    if min(len(ga), len(gb)) >= 3 and (ga.startswith(gb) or gb.startswith(ga)):
        return "nickname"  # a short form: Alex ~ Alexander, Chris ~ Christoph
    if set(a) & set(b):
        return "part"  # Jean-Pierre ~ Pierre, María José ~ José
    if similar(ga, gb) >= SLIP:
        return "slip"
    if len(ga) == len(gb) >= 3 and Levenshtein.distance(ga, gb, score_cutoff=1) <= 1:
        return "slip"  # Mla ~ Mia, Wel ~ Wei: one OCR slip in a short name
    return "different"


def family_relation(a: NameForm, b: NameForm) -> str:
    if not (a.family and b.family):
        return "unknown"
    if a.surname == b.surname or a.family_full == b.family_full:
        return "same"
    if similar(a.surname, b.surname) >= 0.85:
        return "slip"
    if set(a.family) & set(b.family):
        return "part"  # a dropped second surname, one half of a hyphenated one
    if set(a.given[1:]) & set(b.family) or set(b.given[1:]) & set(a.family):
        return "part"  # "Juan García López" read as given Juan, middle García, family López
    short, long_ = sorted((a.family_full, b.family_full), key=len)
    if len(short) >= 4 and short in long_:
        return "part"  # particles written together: Vandenberg ~ van den Berg
    for x in a.family:
        for y in b.family:
            if min(len(x), len(y)) >= 4 and similar(x, y) >= 0.85:
                return "part"
    return "different"


def swapped(a: NameForm, b: NameForm) -> bool:
    """b has a's given and family names the other way round (nicknames and slips allowed)."""
    if not (a.given and b.given and a.family and b.family):
        return False
    if similar(a.surname, b.first) < 0.9 and a.family_full != b.first:
        return False
    return given_relation(a.given, (b.surname,)) in ("same", "nickname", "slip")
