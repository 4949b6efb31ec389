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

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import OSA, Levenshtein
from rapidfuzz.fuzz import ratio

from contactkit import normalize
from contactkit.matching.nicknames import given_keys, ocr_given_keys
from contactkit.matching.text import fold, fold_keep_punctuation, skeleton

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
        "d",
        "dna",
        "don",
        "dona",
        "sr",
        "sra",
        "srta",
        "eng",
        "mme",
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
ALIKE = ("same", "nickname", "slip")  # given-name relations that count as the same name
SLIP = 0.8  # normalized similarity of two spellings one OCR slip or typo apart


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
    given_raw: str = ""
    """The first given name folded to ASCII, no spelling key: OCR slips compare on it."""
    family_raw: str = ""
    """The family name folded (particles left out), no spelling key."""
    family_initial: str = ""
    """The family name's initial when that is all a source gave (``Maria S.``)."""
    tokens: frozenset[str] = frozenset()
    """Every name word's key (given, middle and family; no particles): order-free."""
    surname: str = ""
    """The family name's tokens as one key (``"".join(family)``): most pairs compare it."""

    @property
    def family_letters(self) -> frozenset[str]:
        """First letters of the family name's words and of the middle names (a double surname
        is often read as a middle name and a family name)."""
        words = (*self.family, *self.given[1:])
        # and the particle's: "Jan d." and "Johanna v." write van den Heuvel's first letter
        extra = {self.family_raw[:1], self.family_full[:1]}
        return frozenset(w[0] for w in words if w) | extra - {""}

    @property
    def first(self) -> str:
        return self.given[0] if self.given else ""


def _tokens(text: Any) -> list[str]:
    return fold(text).split() if isinstance(text, str) and text else []


@lru_cache(maxsize=200_000)
def _form(given: str, middle: str, family: str, suffix: str) -> NameForm:
    generation = ""
    for token in _tokens(suffix):
        generation = generation or GENERATIONS.get(token, "")
    family_tokens = _tokens(family)
    while len(family_tokens) > 1 and family_tokens[-1] in TRAILING_GENERATIONS:
        generation = generation or GENERATIONS[family_tokens.pop()]
    given_tokens = _tokens(given)
    while len(given_tokens) > 1 and given_tokens[-1] in TRAILING_GENERATIONS and not family:
        generation = generation or GENERATIONS[given_tokens.pop()]
    given_tokens += _tokens(middle)
    while len(given_tokens) > 1 and given_tokens[0] in TITLES:
        given_tokens.pop(0)  # Dr., Ing., D. (Doña), Sra.: only before a name, never the name
    lone: list[str] = []
    titles_only = all(t in TITLES and len(t) > 1 for t in given_tokens)  # "D." is an initial too
    if given_tokens and titles_only and len(family_tokens) == 1:
        # "Dr. Felipe", "Dr. Müller": a title and one word that may be either name; it says
        # nothing for or against (a title read as a given name made every pair "different")
        lone, given_tokens, family_tokens = family_tokens, [], []
    core = [t for t in family_tokens if t not in PARTICLES] or family_tokens
    family_initial = ""
    if len(core) == 1 and len(core[0]) == 1:
        family_initial, core, family_tokens = core[0], [], []  # "Maria S.": an initial only
    family_keys = tuple(skeleton(t) for t in core)
    return NameForm(
        given=tuple(skeleton(t) for t in given_tokens),
        family=family_keys,
        family_full=skeleton("".join(family_tokens)),
        generation=generation,
        initial=given_tokens[0][0] if given_tokens else "",
        given_raw=given_tokens[0] if given_tokens else "",
        family_raw="".join(core),
        family_initial=family_initial,
        tokens=frozenset(
            skeleton(t) for t in (*given_tokens, *core, *lone) if len(t) > 1 and t not in PARTICLES
        ),
        surname="".join(family_keys),
    )


_COMPANY_IN_NAME = re.compile(r"\s*(?:[|–—/(@]|\s-\s|\sat\s).*$")
# a generation written at the end of a display name: "Klaus Fischer, sen.", "João Silva Filho";
# Jun and Sen are names too, so only with a comma before or a full stop after them
_GENERATION_AT_END = re.compile(
    r"(?:,\s*|\s)(jr|sr|junior|senior|filho|neto|hijo|fils|ii|iii|iv)\.?\s*$"
    r"|(?:,\s*(jun|sen)\.?|\s(jun|sen)\.)\s*$",
    re.IGNORECASE,
)


_NAME_PARTS = ("given", "family", "middle", "suffix", "prefix", "full")


def name_form(name: dict[str, Any]) -> NameForm:
    """The keys of a stored name (``given``, ``middle``, ``family``, ``suffix``, ``full``)."""
    parts = tuple(name.get(part) or "" for part in _NAME_PARTS)
    try:
        return _name_form(*parts)
    except TypeError:  # a value that is no string (not from the model): nothing to cache on
        return _name_form.__wrapped__(*parts)


@lru_cache(maxsize=100_000)
def _name_form(
    given: str, family: str, middle: str, suffix: str, prefix: str, full: str
) -> NameForm:
    """``name_form`` of one name's parts; every observation of one name shares its form (and
    a rebuild that reads the store in passes computes it once)."""
    suffix = " ".join(v for v in (suffix, prefix) if v)
    if full:
        written = fold_keep_punctuation(full)
        cleaned = written
        found = _GENERATION_AT_END.search(cleaned)
        if found:
            suffix = f"{suffix} {next(g for g in found.groups() if g)}"
            cleaned = cleaned[: found.start()].rstrip(" ,")
        cleaned = _COMPANY_IN_NAME.sub("", cleaned)
        if cleaned != written or not (given or family):
            # the name part of "Paco García | Altair S.A." or "Bruno Almeida (Atlas), Filho"
            parts = normalize.split_name(cleaned or full)
            given, family = parts.get("given") or "", parts.get("family") or ""
            middle = parts.get("middle") or ""
            suffix = f"{suffix} {parts.get('suffix') or ''}"
    return _form(given, middle, family, suffix.strip())


def similar(a: str, b: str) -> float:
    if a == b:
        return 1.0
    # one edit (or two letters swapped: Jansne ~ Jansen) in a name of four letters or more
    if min(len(a), len(b)) >= 4 and OSA.distance(a, b, score_cutoff=1) <= 1:
        return 0.9
    return ratio(a, b) / 100


def given_relation(
    a: tuple[str, ...],
    b: tuple[str, ...],
    initial_a: str = "",
    initial_b: str = "",
    raw_a: str = "",
    raw_b: str = "",
) -> str:
    """How two given names relate (skeleton tuples; the initials and the first names as
    written, when known)."""
    if not a or not b or not a[0] or not b[0]:
        return "unknown"  # also a family name only an initial gave: ("",) as a given name
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
    if any(given_keys(x) & given_keys(y) for x in a[1:] for y in b[:1]) or any(
        given_keys(x) & given_keys(y) for x in a[:1] for y in b[1:]
    ):
        return "nickname"  # a short form of the middle name: María Dolores ~ Lola
    if (
        raw_a
        and raw_b
        and (ocr_given_keys(raw_a) & given_keys(gb) or ocr_given_keys(raw_b) & given_keys(ga))
    ):
        return "nickname"  # through an OCR slip: a card's Charlcs ~ a vCard's Chuck
    if similar(ga, gb) >= SLIP or (raw_a and raw_b and similar(raw_a, raw_b) >= SLIP):
        return "slip"
    if len(ga) == len(gb) >= 3 and Levenshtein.distance(ga, gb, score_cutoff=1) <= 1:
        return "slip"  # Mla ~ Mia, Wel ~ Wei: one OCR slip in a short name
    return "different"


def first_names(a: NameForm, b: NameForm) -> str:
    """How the given names of two name forms relate."""
    return given_relation(a.given, b.given, a.initial, b.initial, a.given_raw, b.given_raw)


def family_relation(a: NameForm, b: NameForm) -> str:
    if not (a.family and b.family):
        return "unknown"
    if a.surname == b.surname or a.family_full == b.family_full:
        return "same"
    if similar(a.surname, b.surname) >= 0.85 or similar(a.family_raw, b.family_raw) >= 0.85:
        return "slip"  # the raw form too: an OCR's Fiscber is one letter from Fischer
    if set(a.family) & set(b.family):
        return "part"  # a dropped second surname, one half of a hyphenated one
    for x, y in ((a, b), (b, a)):
        for middle in x.given[1:]:
            if any(similar(middle, f) >= 0.85 for f in y.family):
                return "part"  # "Juan García López" read as given Juan, middle García
    short, long_ = sorted((a.family_full, b.family_full), key=len)
    if len(short) >= 4 and short in long_:
        return "part"  # particles written together: Vandenberg ~ van den Berg
    for x in a.family:
        for y in b.family:
            if min(len(x), len(y)) >= 4 and similar(x, y) >= 0.85:
                return "part"
    return "different"


def swapped_relation(a: NameForm, b: NameForm) -> str:
    """How a's given name relates to b's family name when b's family name equals a's given
    one (b written family first: ``Jones Daniel`` ~ ``D. Jones``), else ``different``."""
    if not (a.given and b.given and a.family and b.family):
        return "different"
    if a.family_full != b.first and given_relation((a.surname,), b.given) not in ALIKE:
        return "different"  # b's first word is a's family name (or its nickname: Tere ~ Teresa)
    return given_relation(a.given, (b.surname,))
