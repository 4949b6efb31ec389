"""Precision and recall of the matcher in memory (features, blocking, scoring, clustering; no
store): the stored path's figures to the fourth digit, in a fraction of its time and memory, so
100,000 people fit in about 2.3 GB.

    nice -n 15 python bench/matching_memory.py --blind 2 --people 100000
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from matching_pairs import prf
from matching_records import load

from contactkit.matching.clustering import resolve


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blind", type=int, required=True, help="Blind generator seed.")
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/ck-eval"))
    args = parser.parse_args()
    started = time.perf_counter()
    records, keys, truth = load(args.blind, args.people, args.cache)
    res = resolve([r.f for r in records], keys)
    cluster = [0] * len(records)
    for c, members in enumerate(res.clusters):
        for m in members:
            cluster[m] = c
    p, r, f1 = prf(truth, cluster)
    print(
        f"blind seed {args.blind}, {args.people:,} people ({len(records):,} observations): "
        f"P {p:.4f} R {r:.4f} F1 {f1:.4f}, {res.pairs_scored:,} pairs scored "
        f"[{time.perf_counter() - started:.0f} s]"
    )


if __name__ == "__main__":
    main()
