"""Identity resolution: precision, recall and time at 10k, 100k and 1M observations.

The observations come from the tests' generator of realistic duplicates with known truth
(nicknames, OCR slips, swapped names, job changes, phones without country code, missing fields).
Per size, two matchers run on the same in-memory observations (plain dicts, no store):

- baseline: the exact keys of the first master (same email, or same phone and same name key),
  union-find; the cheapest thing that still merges;
- fuzzy: ``contactkit.matching`` (features, blocking, scoring, constrained clustering).

Printed: pairwise precision and recall of each (R+rev: the recall once a person has said "same"
to every pair ``contactkit review`` asks about), their times, the fuzzy/baseline time ratio, and
the growth factor of each time from one size to the next, per 10x observations (10 is linear,
100 would be all pairs; the baseline's own growth shows what the machine adds at that size).
``--store N`` also times a full ``master.rebuild`` through SQLite
at N observations against a bare scan of the same rows (the store write dominates at 1M, so the
1M point is matching only).

    python bench/matching_bench.py [--sizes 10000 100000 1000000] [--store 10000]
"""

from __future__ import annotations

import argparse
import gc
import math
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "matching"))

from generator import Generator, pair_metrics  # noqa: E402

from contactkit import normalize  # noqa: E402
from contactkit.gc_pacing import paused_gc  # noqa: E402
from contactkit.matching.clustering import resolve  # noqa: E402
from contactkit.matching.features import features  # noqa: E402


def exact_baseline(observations: list[dict]) -> list[int]:
    """The first master's exact keys: email, or E.164 phone plus the folded name."""
    parent = list(range(len(observations)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, o in enumerate(observations):
        payload = o["payload"]
        keys = [f"e:{e}" for e in payload.get("emails", ())]
        name = payload.get("name") or {}
        key = normalize.name_key(name.get("given"), name.get("family"))
        if key:
            keys += [f"p:{p['e164']}|{key}" for p in payload.get("phones", ()) if p.get("e164")]
        for k in keys:
            j = first.setdefault(k, i)
            if j != i:
                a, b = find(i), find(j)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    return [find(i) for i in range(len(observations))]


def fuzzy(observations: list[dict]) -> tuple[list[int], list[int], int]:
    """Clusters as merged, clusters if a person said "same" to every review pair, pairs scored."""
    people = [features(o["payload"], o["confidence"]) for o in observations]
    resolution = resolve(people)
    predicted = [0] * len(observations)
    for c, members in enumerate(resolution.clusters):
        for m in members:
            predicted[m] = c
    parent = list(range(len(resolution.clusters)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for link in resolution.reviews:
        a, b = find(predicted[link.a]), find(predicted[link.b])
        parent[max(a, b)] = min(a, b)
    reviewed = [find(c) for c in predicted]
    return predicted, reviewed, resolution.pairs_scored


def bench_store(count: int) -> None:
    from contactkit import master
    from contactkit.model import Contact, Observation
    from contactkit.store import Store

    observations = Generator(seed=3).observations(count)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/bench.db")
        by_source: dict[str, list] = defaultdict(list)
        for o in observations:
            contact = Contact.model_validate(o["payload"], context={"default_region": "DE"})
            by_source[o["source"]].append(
                Observation(
                    source=o["source"],
                    source_key=o["source_key"],
                    seen_at=o["seen_at"],
                    contact=contact,
                    confidence=o["confidence"],
                )
            )
        for source, items in by_source.items():
            store.write_batch(
                run_id=None, source=source, source_type=source, items=items, state=None
            )
        t0 = time.perf_counter()
        rows = list(store.contact_observations())
        scan = time.perf_counter() - t0
        t0 = time.perf_counter()
        stats = master.rebuild(store, ["card_scan", "vcard", "crm", "mailbox"])
        took = time.perf_counter() - t0
        store.close()
    print(
        f"\nstore rebuild at {count:,} observations ({len(rows):,} rows): {took:.2f}s, "
        f"bare scan {scan:.2f}s, ratio {took / scan:.1f}x; {stats.golden:,} golden, "
        f"{stats.review_pairs:,} review pairs, {stats.flagged:,} flagged for re-verification"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--store", type=int, default=0, help="Also time a store rebuild at N.")
    args = parser.parse_args()

    header = (
        f"{'observations':>12} {'base P':>7} {'base R':>7} {'base s':>7} "
        f"{'P':>7} {'R':>7} {'R+rev':>7} {'fuzzy s':>8} {'ratio':>6} {'pairs/obs':>9} "
        f"{'growth/10x':>10} {'base growth':>11}"
    )
    print(header)
    previous: tuple[int, float, float] | None = None
    for size in args.sizes:
        observations = Generator(seed=7).observations(size)
        truth = [o["person"] for o in observations]
        # both with the cyclic GC paused, as master.match does: see paused_gc()
        gc.collect()
        t0 = time.perf_counter()
        with paused_gc():
            base = exact_baseline(observations)
        base_s = time.perf_counter() - t0
        gc.collect()
        t0 = time.perf_counter()
        with paused_gc():
            predicted, reviewed, pairs = fuzzy(observations)
        fuzzy_s = time.perf_counter() - t0
        bp, br = pair_metrics(truth, base)
        p, r = pair_metrics(truth, predicted)
        _, rr = pair_metrics(truth, reviewed)
        growth = base_growth = ""
        if previous is not None:
            # normalized to a 10x step, whatever the sizes asked for
            per_10x = 1 / math.log10(size / previous[0])
            growth = f"{(fuzzy_s / previous[1]) ** per_10x:.1f}"
            base_growth = f"{(base_s / previous[2]) ** per_10x:.1f}"
        print(
            f"{size:>12,} {bp:>7.4f} {br:>7.4f} {base_s:>7.2f} {p:>7.4f} {r:>7.4f} {rr:>7.4f} "
            f"{fuzzy_s:>8.2f} {fuzzy_s / base_s:>5.1f}x {pairs / size:>9.2f} {growth:>10} "
            f"{base_growth:>11}",
            flush=True,
        )
        previous = (size, fuzzy_s, base_s)
        del observations, truth, base, predicted, reviewed
    if args.store:
        bench_store(args.store)


if __name__ == "__main__":
    main()
