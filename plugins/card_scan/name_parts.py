"""The name read, in its parts: the honorific printed before it kept as the prefix, and a
Spanish double family name kept whole ("García López", the father's and the mother's)."""

from __future__ import annotations

import re
import unicodedata

from contactkit import normalize
from contactkit.model import PersonName

from .degrees import printed_honorific
from .lexicon import NAME_PARTICLES
from .local_parts import given_name
from .name_checks import ACCENTED_SURNAMES, SPANISH_SPEAKING
from .row_pieces import left_on_row
from .text_lines import Line

_SPANISH_FOLDED = frozenset(normalize.fold(n) for n in ACCENTED_SURNAMES)
# Spanish given names the nickname tables lack, second in a compound given name ("Juan Pablo
# Montoya", "María Inés Vega", "María Luisa Pardo"): without them the rule made "Pablo Montoya"
# the family name (second review, session 33). A word here leaves the name to the parser.
_SPANISH_GIVEN = frozenset(
    {"juan", "pablo", "pedro", "javier", "diego", "jorge", "andres", "felipe", "esteban"}
    | {"emilio", "agustin", "joaquin", "vicente", "alvaro", "rodrigo", "mateo", "hugo", "jordi"}
    | {"josep", "xavier", "pau", "luisa", "ines", "belen", "rocio", "nuria", "eugenia", "adriana"}
    | {"gustavo", "ernesto", "hector", "octavio", "sergio", "ramiro", "horacio", "mauricio"}
    | {"consuelo", "amparo", "soledad", "lourdes", "macarena", "milagros", "ximena", "jimena"}
)


def _given(word: str) -> bool:
    return given_name(word) or normalize.fold(word) in _SPANISH_GIVEN


def person_name(full: str, lines: list[Line], at: int, countries: frozenset[str]) -> PersonName:
    """``full`` (the name as taken, degrees dropped) with its parts set: the split of the
    model's name parser, the prefix read from the name's own line or its row, a Spanish double
    family name whole. ``full`` stays the name itself, as the card's name has always been read."""
    parts = normalize.split_name(full)
    family = spanish_family(full, countries)
    if family:
        given = full.split()[: len(full.split()) - len(family.split())]
        parts.update(given=given[0], middle=" ".join(given[1:]), family=family)
    parts["prefix"] = _austrian_di(
        printed_prefix(lines[at].text, full) or row_prefix(lines, at), full, countries
    )
    return PersonName(full=full, **{k: v or None for k, v in parts.items()})


def _austrian_di(prefix: str, full: str, countries: frozenset[str]) -> str:
    """``prefix`` without Austria's ``DI`` where it may be an Italian family name's particle in
    capitals ("DI MAIO LUIGI", "DI STEFANO MARCO": the family name first; second review, session
    33): kept on an Austrian card, or on one no clue places whose name is not in capitals."""
    if "DI" not in prefix.split():
        return prefix
    if "AT" in countries or (not countries and not full.isupper()):
        return prefix
    return " ".join(w for w in prefix.split() if w != "DI")


def printed_prefix(line: str, full: str) -> str:
    """``Dr. Johannes König`` → ``Dr.``, ``Prof. Dr.``, ``Sra.``: the honorifics leading the
    name's line as printed, where what follows them is the name taken. Only words the tables
    hold as read: a degree misread or cut (``OR.``, ``ch.``) is dropped from the name and
    not kept, nor one whose I was read l (``Dipl.-lng.``)."""
    text = unicodedata.normalize("NFKC", " ".join(line.split()))
    text = re.sub(r"\s+(?=\.)", "", text)  # "Dott. Ing . Paola": the dot set apart
    words, kept = text.split(), []
    while len(words) > 2 and printed_honorific(words[0]):
        kept.append(words.pop(0))
    name = full.split()
    if not kept or not name or normalize.fold(words[0])[:1] != normalize.fold(name[0])[:1]:
        return ""
    return " ".join(_POLISH_DEGREE.get(w, w) for w in kept)


# Poland's engineer is always "inż."; the English model reads its ż as z ("dr inz.").
_POLISH_DEGREE = {"inz.": "inż.", "Inz.": "Inż.", "INZ.": "INŻ.", "inz": "inż", "INZ": "INŻ"}


def row_prefix(lines: list[Line], at: int) -> str:
    """``Dr.`` | ``Lucía López Suárez``: the honorifics read as lines of their own on the name's
    row, left of it (a wide gap after the title); only where every such line is one, so none
    is kept in part (``Or`` | ``sc. techn.`` | ``Ursula Bauer``: DR. misread)."""
    name = lines[at]
    left = sorted(
        (line for n, line in enumerate(lines) if n != at and left_on_row(line, name)),
        key=lambda line: line.left,
    )
    words = [w for line in left for w in line.text.split()]
    if not words or not all(printed_honorific(w) for w in words):
        return ""
    return " ".join(_POLISH_DEGREE.get(w, w) for w in words)


def spanish_family(full: str, countries: frozenset[str]) -> str:
    """``Juan Carlos García López`` → ``García López``: Spanish names carry two family names, the
    parser keeps the last alone and makes the first a middle name. The given names are the
    leading words the tables know, the first one always; the two family words (particles
    between or before, ``del Río Hernández``) neither. On a card of a Spanish-speaking country, or
    where both are common Spanish family names; else ``""``."""
    words = full.split()
    if len(words) < 3 or any(w.isupper() and len(w) > 1 for w in words):
        return ""  # a name in capitals: which word is the family's is the order's question
    n = 1
    while n < len(words) - 2 and words[n].lower() not in NAME_PARTICLES and _given(words[n]):
        n += 1
    family = words[n:]
    surnames = [w for w in family if w.lower() not in NAME_PARTICLES]
    if len(surnames) != 2:  # "Laura del Río Hernández" has two; "Ana de la Torre" one
        return ""
    if any(_given(w) for w in surnames) or family[-1].lower() in NAME_PARTICLES:
        return ""  # "Juan Carlos Martínez": Carlos a given name, the family name one word
    spanish = bool(countries & SPANISH_SPEAKING) or all(
        normalize.fold(w) in _SPANISH_FOLDED for w in surnames
    )
    return " ".join(family) if spanish else ""
