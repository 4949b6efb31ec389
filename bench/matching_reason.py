"""How precise one reason of the scorer is, at the size that binds (tuning data only).

A rule that is right at 10,000 people may not be at 100,000, where namesakes grow with size.
On ONE tuning seed (blind seed 1; never a report seed), this scores the matcher's candidate
pairs in memory and, for every reason whose words start with ``--reason``, counts the pairs
that carry it: one person or two, and how many of each the clustering joined. It ends with the
matcher's P / R on that data (as ``matching_memory.py``).

    nice -n 15 python bench/matching_reason.py --seed 1 --people 100000 \\
        --reason "mobile of this family name"
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from matching_pairs import prf
from matching_records import load

from contactkit.matching.blocking import candidate_pairs
from contactkit.matching.clustering import resolve
from contactkit.matching.scoring import score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1, help="Tuning seed (blind).")
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/ck-eval"))
    parser.add_argument("--reason", action="append", required=True, help="A reason's first words.")
    parser.add_argument("--examples", type=int, default=0, help="Wrong pairs to print per reason.")
    args = parser.parse_args()
    if args.seed in (2, 3, 4, 5):
        sys.exit("seeds 2-5 are report seeds: no per-pair detail on them")
    started = time.perf_counter()
    records, keys, truth = load(args.seed, args.people, args.cache)
    people = [r.f for r in records]
    pairs = candidate_pairs(people)
    res = resolve(people, keys, pairs=pairs)
    cluster = [0] * len(records)
    for c, members in enumerate(res.clusters):
        for m in members:
            cluster[m] = c
    counts: Counter = Counter()  # (reason, one person?, joined?) -> pairs
    wrong: dict[str, list[str]] = {}
    for a, b in sorted(pairs):
        _, reasons = score(people[a], people[b])
        for reason in args.reason:
            if not any(r.startswith(reason) for r in reasons):
                continue
            same = truth[a] == truth[b]
            counts[reason, same, cluster[a] == cluster[b]] += 1
            if not same and len(wrong.setdefault(reason, [])) < args.examples:
                wrong[reason].append(f"{people[a].display!r} ~ {people[b].display!r}: {reasons}")
    print(f"blind seed {args.seed}, {args.people:,} people ({len(records):,} observations)")
    for reason in args.reason:
        one, two = (counts[reason, s, True] + counts[reason, s, False] for s in (True, False))
        print(
            f"{reason!r}: {one:,} pairs one person ({counts[reason, True, True]:,} joined), "
            f"{two:,} two people ({counts[reason, False, True]:,} joined)"
        )
        for line in wrong.get(reason, ()):
            print(f"    {line}")
    p, r, f1 = prf(truth, cluster)
    print(f"P {p:.4f} R {r:.4f} F1 {f1:.4f} [{time.perf_counter() - started:.0f} s]")


if __name__ == "__main__":
    main()
