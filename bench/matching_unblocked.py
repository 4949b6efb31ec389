"""What more blocking could win: the true pairs the matcher never compares (tuning data only).

Last session about a third of the pairs the matcher misses on blind data were never compared (no
blocking key shared). A new key only wins recall when the pairs it brings would then score the
merge threshold, so on ONE tuning seed (blind seed 1; never a report seed) this bench:

1. takes the people the matcher leaves in two or more records, and of each two of their
   records' clusters, whether any pair between them was compared;
2. for the cluster pairs never compared, scores every pair between them as if it had been, and
   counts how many would reach the threshold, with the evidence they would carry;
3. with ``--try``, adds looser keys to the matcher's and gives P / R, pairs scored and CPU
   beside the matcher's own (each key family capped like the matcher's: ``max_block``):

   - ``words-company``: the name's words, order-free, at one company (its domain's label or its
     name without spaces: ``barnesclarke`` for both ``Barnes Clarke`` and barnesclarke.co.uk);
   - ``letter-company``: the given name's key and each first letter of the family name's words at
     one company (``Karen H.`` at Barnes Clarke ~ ``Hughes, Karen``);
   - ``initial-company``: the initial and family name at the company in that same form.

    nice -n 15 python bench/matching_unblocked.py --seed 1 --people 10000 --try all
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from matching_pairs import prf
from matching_records import load

from contactkit.matching import blocking
from contactkit.matching.clustering import Thresholds, resolve
from contactkit.matching.features import Features
from contactkit.matching.scoring import score


def _companies(f: Features) -> set[str]:
    """The company in one form whether a source gave its name or its domain."""
    out = set()
    if f.org_domain:
        out.add(f.org_domain.split(".", 1)[0].replace("-", ""))
    if f.company:
        out.add(f.company.replace(" ", ""))
    return out - {""}


def _words_company(f: Features) -> Iterator[str]:
    words = sorted(f.name.tokens)
    if 2 <= len(words) <= 3:
        for company in _companies(f):
            yield "xw|" + "|".join(words) + "|" + company


def _letter_company(f: Features) -> Iterator[str]:
    if f.given_key:
        letters = set(f.name.family_letters) | {f.name.family_initial} - {""}
        for company in _companies(f):
            for letter in letters:
                yield f"xl|{f.given_key}|{letter}|{company}"


def _initial_company(f: Features) -> Iterator[str]:
    if f.family and f.initial:
        for company in _companies(f):
            yield f"xi|{f.initial}|{f.family}|{company}"


TRIES: dict[str, Callable[[Features], Iterator[str]]] = {
    "words-company": _words_company,
    "letter-company": _letter_company,
    "initial-company": _initial_company,
}


def clusters_of(people: list[Features], keys: list[str]) -> tuple[list[int], int]:
    res = resolve(people, keys)
    cluster = [0] * len(people)
    for c, members in enumerate(res.clusters):
        for m in members:
            cluster[m] = c
    return cluster, res.pairs_scored


def never_compared(people: list[Features], keys: list[str], truth: list[str]) -> None:
    pairs = blocking.candidate_pairs(people)
    cluster, _ = clusters_of(people, keys)
    by_person: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(truth):
        by_person[t].append(i)
    apart: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for members in by_person.values():
        for x, a in enumerate(members):
            for b in members[x + 1 :]:
                if cluster[a] != cluster[b]:
                    ca, cb = sorted((cluster[a], cluster[b]))
                    apart[ca, cb].append((min(a, b), max(a, b)))
    missed = sum(len(v) for v in apart.values())
    unseen = [k for k, v in apart.items() if not any(p in pairs for p in v)]
    print(
        f"true pairs left apart: {missed:,} between {len(apart):,} cluster pairs; never compared: "
        f"{len(unseen):,} cluster pairs ({sum(len(apart[k]) for k in unseen):,} pairs)"
    )
    merge = Thresholds().merge_above
    bands: Counter = Counter()
    would: Counter = Counter()
    for k in unseen:
        total, reasons = max((score(people[a], people[b]) for a, b in apart[k]), key=lambda s: s[0])
        bands[f">= {merge:g}" if total >= merge else ("3 to 5" if total >= 3 else "< 3")] += 1
        if total >= merge:
            would[" & ".join(r.split(" (", 1)[0] for r in reasons)] += 1
    shown = ", ".join(f"{b}: {n}" for b, n in bands.items())
    print(f"  their best pair's score if compared: {shown}")
    for what, n in would.most_common(10):
        print(f"    {n:>4}  {what}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1, help="Tuning seed (blind).")
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/ck-eval"))
    parser.add_argument("--try", dest="tries", nargs="*", default=[], help="Keys to add, or all.")
    args = parser.parse_args()
    if args.seed in (2, 3, 4, 5):
        sys.exit("seeds 2-5 are report seeds: no per-pair detail on them")
    records, keys, truth = load(args.seed, args.people, args.cache)
    people = [r.f for r in records]
    never_compared(people, keys, truth)
    tries = list(TRIES) if args.tries == ["all"] else args.tries
    own = blocking.block_keys
    for label in ["the matcher's keys", *tries]:
        extra = TRIES.get(label)

        def keys_with(f: Features, extra: Callable[[Features], Iterator[str]] | None = extra):
            yield from own(f)
            if extra:
                yield from extra(f)

        blocking.block_keys = keys_with  # candidate_pairs reads it from the module
        started = time.process_time()
        cluster, scored = clusters_of(people, keys)
        p, r, _ = prf(truth, cluster)
        print(
            f"{label:>20}: P {p:.4f} R {r:.4f}, {scored:,} pairs scored, "
            f"{time.process_time() - started:.1f} s CPU"
        )
    blocking.block_keys = own


if __name__ == "__main__":
    main()
