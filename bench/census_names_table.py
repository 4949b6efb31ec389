"""Derive card_scan's name table (``plugins/card_scan/data/census_names.txt.gz``) from the US
Census Bureau's 1990 name files.

    python bench/census_names_table.py DIR   # DIR holds dist.all.last, dist.female.first,
                                             # dist.male.first

The three files are the Census Bureau's frequency lists of the 1990 census (public domain: a
work of the US government); the sdist of the package ``names`` 0.3.0 (MIT) ships them in its
``names/`` folder and says so in its README. The table keeps each list's names folded to lower
case, most frequent first (the order is the rank ``census_names`` reads), given names of both
lists merged by their share of people. Written with a fixed gzip time: a rebuild is
byte-identical.
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

OUT = Path(__file__).parent.parent / "plugins" / "card_scan" / "data" / "census_names.txt.gz"
HEADER = (
    "# US Census Bureau, 1990 census name files (public domain): dist.all.last, then\n"
    "# dist.female.first and dist.male.first merged; most frequent first. Rebuilt by\n"
    "# bench/census_names_table.py.\n"
)


def ranked(path: Path) -> list[tuple[str, float]]:
    """A census file's names with their share of people (percent), in the file's order."""
    rows = []
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4:
            rows.append((parts[0].lower(), float(parts[1])))
    return rows


def table_text(folder: Path) -> str:
    """The table's text: a ``[family]`` and a ``[given]`` section, a name a line."""
    family = [name for name, _ in ranked(folder / "dist.all.last")]
    given: dict[str, float] = {}
    for file in ("dist.female.first", "dist.male.first"):
        for name, share in ranked(folder / file):
            given[name] = max(share, given.get(name, 0.0))
    # Stable sort: names of equal share keep the order they were first listed in.
    by_share = sorted(given, key=lambda name: -given[name])
    return HEADER + "[family]\n" + "\n".join(family) + "\n[given]\n" + "\n".join(by_share) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = gzip.compress(table_text(args.folder).encode("ascii"), mtime=0)
    args.out.write_bytes(data)
    print(f"{args.out}: {len(data)} bytes")


if __name__ == "__main__":
    main()
