"""A name word one OCR slip from a frequent name of the US census tables, itself in none.

Source: the US Census Bureau's 1990 name files (dist.all.last, dist.female.first,
dist.male.first; public domain, a work of the US government), as shipped in the sdist of the
package ``names`` 0.3.0 (MIT). ``data/census_names.txt.gz`` keeps them folded, most frequent
first; ``bench/census_names_table.py`` rebuilds it from the three files. Loaded once, on first use.

The tables are American: a real name from Poland, Vietnam or Nigeria is often in none of them,
and may be one letter from one. So a word is doubted only where the table name it could be is
frequent and the step from it is one Tesseract makes of print (an n read l or m, rn read m, an i
read l, a letter lost), not any one-letter change.
"""

from __future__ import annotations

import gzip
import re
from functools import cache
from importlib.resources import files

from contactkit import normalize
from contactkit.matching.nicknames import GIVEN_SPELLINGS, NICKNAME_GROUPS
from contactkit.matching.text import skeleton

# How far down each list a name is "frequent": Braun is 1,149th of 88,799 family names, Werner
# 1,056th. Given names past the first 1,000 of 5,494 are rare in the US and one letter from many
# a real foreign name (Fatima 1,800th beside Turkish Fatma, Maricela beside Filipino Maricel);
# a given name of any rank counts where the matcher's nickname tables know it too (Zofia, 3,636th:
# a European name the census ranks low); their keys alone are skeletons, no printed spelling.
FREQUENT_FAMILY = 3000
FREQUENT_GIVEN = 1000
# Letters Tesseract reads in place of a printed one, as seen on the tuning photos.
LETTER_SLIPS = {"n": ("l", "m"), "i": ("l",), "l": ("i",)}
# Letters Tesseract loses from a word: thin ones, a single stroke that merges with its
# neighbour ("Zofia" read "Zofa"). Any letter lost made real names doubted: Samir (Samira),
# Erez (Perez), Aster (Easter), Duan (Duran), Mala (Marla), Made (Meade); review rev42n.
LOST_LETTERS = frozenset("iljtf")
PAIR_SLIPS = {"rn": "m", "m": "rn"}
SHORTEST = 4  # "Zofa": shorter words are too often a name of their own one letter from another


@cache
def _tables() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The family names and the given names, most frequent first."""
    raw = (files(__package__) / "data" / "census_names.txt.gz").read_bytes()
    family: list[str] = []
    given: list[str] = []
    section = family
    for line in gzip.decompress(raw).decode("ascii").splitlines():
        if line.startswith("#") or not line:
            continue
        if line.startswith("["):
            section = given if line == "[given]" else family
            continue
        section.append(line)
    return tuple(family), tuple(given)


@cache
def _census_names() -> frozenset[str]:
    family, given = _tables()
    return frozenset(family) | frozenset(given)


def in_census(word: str) -> bool:
    """A folded word the census tables list as it is spelt (no nickname's skeleton)."""
    return word in _census_names()


def known_name(word: str) -> bool:
    """A folded word the census tables list, or the matcher's nickname tables (by skeleton)."""
    return word in _census_names() or skeleton(word) in NICKNAME_GROUPS


# The first two letters of every name of the tables, and of names they lack: Uwe, the Welsh
# Fforde, the Albanian Xhafa, and the prenasal and cluster openings of southern and West African
# names (Ndlovu, Ntuli, Nxumalo, Mkhize, Mpofu, Kgosi, Tlou) and of Georgian, Armenian and
# Mongolian ones (Rtveladze, Mkrtchyan, Lkhagva; review rev49), the Indian Jyoti, the Greek
# Gkika. A first word opening otherwise was misread at its start: "Jki" for Yuki (its Y and u
# read as a J, fresh photo 584/29, accepted at largest+given/hi beside "Ota").
_MORE_OPENINGS = frozenset(
    re.findall(r"\w+", "uw ff xh nd nt nz nx ns nj nq ny ng nk nn mb mp mk mn")
)
_MORE_OPENINGS |= frozenset(re.findall(r"\w+", "md ms mz mv mm mh kg tl rt lk pk ws jy gk"))


@cache
def _openings() -> frozenset[str]:
    family, given = _tables()
    spellings = (normalize.fold(g) for g in GIVEN_SPELLINGS)
    names = (*family, *given, *spellings)
    return frozenset(name[:2] for name in names if name[:2].isalpha()) | _MORE_OPENINGS


def odd_opening(word: str) -> bool:
    """A word of three letters or more (folded, letters only) whose first two no name opens
    with (``_MORE_OPENINGS`` and the tables'): a misread start ("Jki")."""
    return len(word) >= 3 and word.isalpha() and word[:2] not in _openings()


def slips_of(name: str) -> set[str]:
    """What Tesseract may read for ``name`` (folded): one printed letter misread, or a thin
    one lost."""
    out = {name[:i] + name[i + 1 :] for i, letter in enumerate(name) if letter in LOST_LETTERS}
    for i, letter in enumerate(name):
        for read in LETTER_SLIPS.get(letter, ()):
            out.add(name[:i] + read + name[i + 1 :])
    for printed, read in PAIR_SLIPS.items():
        start = name.find(printed)
        while start >= 0:
            out.add(name[:start] + read + name[start + len(printed) :])
            start = name.find(printed, start + 1)
    out.discard(name)
    return out


@cache
def _slip_index() -> dict[str, str]:
    """Each slip of a frequent name, to the name it is a slip of."""
    family, given = _tables()
    index: dict[str, str] = {}
    european = [name for name in given[FREQUENT_GIVEN:] if name in NICKNAME_GROUPS]
    for name in [*family[:FREQUENT_FAMILY], *given[:FREQUENT_GIVEN], *european]:
        for read in slips_of(name):
            index.setdefault(read, name)
    return index


def census_slip(word: str) -> str | None:
    """The frequent name ``word`` (folded, letters only) is one slip of, where ``word`` is in
    no table: ``Braul`` -> braun, ``Wermer`` -> werner, ``Zofa`` -> zofia; None otherwise."""
    if len(word) < SHORTEST or not word.isalpha() or known_name(word):
        return None
    return _slip_index().get(word)
