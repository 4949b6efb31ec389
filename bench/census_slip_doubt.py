"""How many real names ``census_names.census_slip`` would doubt: its cost on the world's cards.

    python bench/census_slip_doubt.py [bench/census_slip_real_names.txt]

The list holds names of 28 countries written by hand; the generator's own lists
(``bench/blind/_data.py``) are left out, so the figure is not the one the tuning cards give.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from contactkit import normalize
from contactkit_plugins.card_scan.census_names import census_slip, known_name

sys.path.insert(0, str(Path(__file__).parent / "blind"))
import _data

NAMES = Path(__file__).parent / "census_slip_real_names.txt"


def generator_words() -> set[str]:
    """Every word of the generator's given and family names, folded."""
    out: set[str] = set()
    for table in (_data._GIVEN, _data._FAMILY):
        for value in table.values():
            texts = value.values() if isinstance(value, dict) else [value]
            for text in texts:
                joined = text if isinstance(text, str) else ";".join(text)
                out |= {normalize.fold(w) for w in re.split(r"[;\s]+", joined) if w}
    return out


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else NAMES
    skip = generator_words()
    words: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        country, _, rest = line.partition(":")
        if line.startswith("#") or not rest:
            continue
        for word in rest.split():
            folded = normalize.fold(word)
            if folded not in skip:
                words.setdefault(folded, country)
    doubted = {w: census_slip(w) for w in words if census_slip(w)}
    unknown = sum(not known_name(w) for w in words)
    share = 100 * len(doubted) / len(words)
    print(f"{len(words)} names, {len(set(words.values()))} countries, {unknown} in no table")
    print(f"doubted {len(doubted)} ({share:.1f} %)")
    for word, name in doubted.items():
        print(f"  {words[word]} {word} (one slip from {name})")


if __name__ == "__main__":
    main()
