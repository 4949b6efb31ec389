"""Build ``plugins/card_scan/data/common_names.txt`` from the names-dataset package's tables.

    pip install names-dataset==3.3.1        # Apache-2.0; ~55 MB, needed only to rebuild
    python bench/card_scan_name_tables.py

names-dataset (Philippe Rémy, https://github.com/philipperemy/name-dataset, Apache License 2.0)
ranks first and last names per country by how many people bear them. Written per country: the
``COMMON_GIVEN`` most common given names and ``COMMON_FAMILY`` most common family names; and the
names in their own right (a given name within ``KNOWN_GIVEN`` or a family name within
``KNOWN_FAMILY`` of any country's ranking) that are one letter off one of those common names: the
only ones ``common_names.near_common`` asks about ("Marek" is Mark's neighbour and a name itself).
Deeper ranks are left out on purpose: the source is names people typed themselves, and past a few
thousand a country's list holds their typos of its common names (Polish "Katarzyn", "Adrzej"),
the very slips the check is for.
"""

from __future__ import annotations

import gzip
import pickle
from importlib.util import find_spec
from pathlib import Path

from contactkit_plugins.card_scan.common_names import one_letter_off
from contactkit_plugins.card_scan.local_parts import spelt_fold

COMMON_GIVEN = 300
COMMON_FAMILY = 100
KNOWN_GIVEN = 2000
KNOWN_FAMILY = 5000
# Countries whose common names are written: Europe's and the Americas', as names-dataset has them
# (no Ukraine: Russia's and Moldova's lists hold its names). Not Japan's: romanised Japanese names
# are built of syllables, and one letter off a common one is mostly another name (Mizuo beside
# Mizuno, Tetsuka beside Tetsuya: 13 % of the given and 8 % of the family names past the known
# depth, against 1-3 % in Germany, Spain, Britain). A name of any country's ranking counts as a
# name in its own right.
_COUNTRIES = """AL AT BE BG CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LT LU MD MT NL NO PL PT
RS RU SE SI TR AR BO BR CA CL CO CR EC GT HN HT JM MX PA PE PR SV US UY"""
COUNTRIES = frozenset(_COUNTRIES.split())
OUT = Path(__file__).parent.parent / "plugins" / "card_scan" / "data" / "common_names.txt"
HEADER = """\
# Given and family names common in a country, and names in their own right one letter off them.
# Built by bench/card_scan_name_tables.py from names-dataset 3.3.1 (Philippe Remy,
# https://github.com/philipperemy/name-dataset), Apache License 2.0. Folded as an address spells
# a name (ł l, ß ss, accents dropped). Lines: COUNTRY<TAB>given|family<TAB>names, most common
# first; *<TAB>known<TAB>names.
"""


def _word(name: str) -> str | None:
    """The name folded, where it is one plain word of three letters or more."""
    folded = spelt_fold(name)
    return folded if len(folded) >= 3 and folded.isascii() and folded.isalpha() else None


def _ranked(path: Path, depth: int) -> dict[str, list[str]]:
    """Per country, the folded names ranked within ``depth``, most common first."""
    with gzip.open(path, "rb") as fh:
        table = pickle.load(fh)  # the package's own pickle: trusted as the package is
    ranked: dict[str, list[tuple[int, str]]] = {}
    for name, info in table.items():
        word = _word(name)
        for country, rank in (info.get("rank") or {}).items():
            if word and rank is not None and rank <= depth:
                ranked.setdefault(country, []).append((rank, word))
    return {c: list(dict.fromkeys(w for _, w in sorted(v))) for c, v in ranked.items()}


def main() -> None:
    spec = find_spec("names_dataset")
    if spec is None or spec.origin is None:
        raise SystemExit("pip install names-dataset==3.3.1 first")
    folder = Path(spec.origin).parent / "v3"
    given = _ranked(folder / "first_names.pkl.gz", KNOWN_GIVEN)
    family = _ranked(folder / "last_names.pkl.gz", KNOWN_FAMILY)
    rows, common = [], set()
    for country in sorted(COUNTRIES & (set(given) | set(family))):
        top_given = given.get(country, [])[:COMMON_GIVEN]
        top_family = family.get(country, [])[:COMMON_FAMILY]
        common |= set(top_given) | set(top_family)
        rows.append(f"{country}\tgiven\t{' '.join(top_given)}")
        rows.append(f"{country}\tfamily\t{' '.join(top_family)}")
    pool = {w for v in [*given.values(), *family.values()] for w in v} - common
    known = sorted(w for w in pool if one_letter_off(w, common))
    rows.append(f"*\tknown\t{' '.join(known)}")
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(common)} common names, {len(known)} known beside them")


if __name__ == "__main__":
    main()
