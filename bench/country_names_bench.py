"""The first country name a process looks up that no common language knows: the shipped CLDR
table against reading every locale Babel ships (the baseline), in fresh interpreters, in turns.

    python bench/country_names_bench.py [--rounds 5]

A card's lines are looked up for country names; a line that names none used to read all of CLDR
once per process (every ``contactkit scan``, every import), so this is paid per command.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

LOOKUP = """
import time
t = time.process_time()
from contactkit import geo
if {built}:
    geo._shipped_names = lambda: None
assert geo.country_code("Nowhere Street 5") is None and geo.country_code("Svycarsko") == "CH"
print(time.process_time() - t)
"""


def first_lookup(built: bool) -> float:
    code = LOOKUP.format(built=built)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    shipped, built = [], []
    for _ in range(rounds):
        shipped.append(first_lookup(False))
        built.append(first_lookup(True))
    s, b = statistics.median(shipped), statistics.median(built)
    print(f"first lookup, CPU s (median of {rounds}): shipped table {s:.3f}, all of CLDR {b:.3f}")
    print(f"ratio shipped / built: {s / b:.3f}")


if __name__ == "__main__":
    main()
