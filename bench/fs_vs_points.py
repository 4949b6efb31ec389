"""Learned Fellegi-Sunter weights against the hand points, on the same data in the same run.

Both weigh the same comparisons (``fellegi_sunter.levels`` reads the hand scorer's evidence as
levels) and go through the same clustering (strongest first, the cluster check, Jr. / Sr. a
hard no); only the weights differ. The learned weights are fitted on the data being matched (u
on random pairs, m by EM per blocking family, the prior over all pairs), then swept over
posterior thresholds, so the learned side gets its best threshold with hindsight, which
flatters it. Matching core only (no store): ``matching_eval.py`` measures the stored path.

    python bench/fs_vs_points.py --blind 1 --people 10000
    python bench/fs_vs_points.py --own 7 --people 10000
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from matching_data import data_arguments, data_file, read_lines, valid_contact
from matching_pairs import prf

from contactkit.matching.blocking import candidate_pairs
from contactkit.matching.clustering import Thresholds, resolve
from contactkit.matching.features import features, specificity
from contactkit.matching.fellegi_sunter import fit, scorer

THRESHOLDS = (-2.0, 0.0, 2.0, 4.0, 6.0, 8.0, 10.0, 12.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    data_arguments(parser)
    path, label = data_file(parser.parse_args())
    lines = sorted(read_lines(path), key=lambda x: (x["source"], str(x["key"])))
    keys = [f"{x['source']}\x1f{x['key']}" for x in lines]
    truth = [x["truth"] for x in lines]
    people = []
    for key, x in zip(keys, lines, strict=True):
        payload = valid_contact(x).model_dump(mode="json", exclude_defaults=True)
        people.append(features(payload, x.get("confidence"), key=key))
    specificity(people)
    pairs = candidate_pairs(people)
    print(f"{label}: {len(people):,} observations, {len(pairs):,} candidate pairs")

    def measure(label: str, **kw: object) -> None:
        started = time.perf_counter()
        res = resolve(people, keys, pairs=pairs, **kw)  # type: ignore[arg-type]
        cluster = [0] * len(people)
        for c, members in enumerate(res.clusters):
            for m in members:
                cluster[m] = c
        p, r, f1 = prf(truth, cluster)
        took = time.perf_counter() - started
        print(f"{label:<34} {p:>7.4f} {r:>7.4f} {f1:>7.4f} {took:>7.1f}")

    print(f"\n{'weights':<34} {'P':>7} {'R':>7} {'F1':>7} {'s':>7}")
    measure("hand points (scoring)")
    started = time.perf_counter()
    model = fit(people, pairs)
    print(f"(fitted in {time.perf_counter() - started:.1f} s, prior {model.prior:.2e})")
    merge_above = Thresholds().merge_above
    for bits in THRESHOLDS:
        measure(f"learned, posterior odds >= 2^{bits:+g}", scorer=scorer(model, merge_above, bits))
    print(
        "\nlearned weights, bits (log2 m/u); prior "
        f"{math.log2(model.prior / (1 - model.prior)):+.1f} bits:"
    )
    for comparison in model.m:
        levels = sorted(model.m[comparison], key=lambda lv: -model.weight(comparison, lv))
        shown = ", ".join(f"{lv} {model.weight(comparison, lv):+.1f}" for lv in levels)
        print(f"  {comparison:<10} {shown}")


if __name__ == "__main__":
    main()
