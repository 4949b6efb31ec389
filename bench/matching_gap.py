"""Where the matcher leaves recall the evidence holds: the ceiling learner as a guide (tuning data).

``bench/matching_ceiling.py`` shows a supervised learner on the matcher's evidence reaching about
0.05 more recall at precision 0.98 than the hand points. This bench says where: on ONE tuning
seed (blind seed 1; never a report seed), it predicts every pair out of fold (the learner never
sees the person it scores), takes the pairs it accepts at pairwise precision >= 0.98, keeps the
true ones the matcher's clustering leaves apart, and groups them by cause, the matcher's own
evidence for the pair:

- ``held back``: the pair scores the threshold but the cluster check (or Jr./Sr.) kept the
  groups apart;
- ``not compared``: no blocking key of the matcher brings the two together;
- ``shared <contact> outweighed by <name evidence>``: an address or phone both carry, and the
  name comparison took it under the threshold;
- ``<name evidence> alone`` (plus what else agrees: title, street, postal code, city, company):
  nothing personal shared.

Each cause also counts the false pairs the learner accepts there and, over every wide pair the
matcher leaves apart, how many are one person and how many two: a rule for a cause is worth it
only where the second count is low.

    python bench/matching_gap.py --seed 1 --people 10000
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from matching_curves import TARGET_P
from matching_records import Record
from matching_vectors import CATEGORICAL, COLUMNS, Data

from contactkit.matching.clustering import HARD_NO, Thresholds, resolve
from contactkit.matching.scoring import PARTS, score


def _kind(label: str) -> str:
    """A reason's kind: its words before the detail in brackets."""
    return label.split(" (", 1)[0] if label else ""


def cause(ra: Record, rb: Record, candidate: bool, merge: float) -> str:
    """Why the matcher keeps a pair apart, in its own evidence's words."""
    a, b = ra.f, rb.f
    total, _ = score(a, b)
    parts = {name: part(a, b) for name, part in PARTS.items()}
    if total <= HARD_NO:
        return "generations"
    if total >= merge:
        return "held back by the cluster check (pair scores the threshold)"
    where = "" if candidate else " [not compared]"
    contact = [parts[n] for n in ("email", "phone") if parts[n][0] > 0]
    name_kind = _kind(parts["name"][1]) or "no name evidence"
    if contact:
        what = "+".join(sorted(_kind(label) for _, label in contact))
        if parts["name"][0] < 0:
            return f"shared {what}, outweighed by {name_kind}{where}"
        return f"shared {what} + {name_kind}, total {_band(total)}{where}"
    extra = [
        tag
        for tag, hit in (
            ("title", bool(a.title and a.title == b.title)),
            ("street", bool(a.streets & b.streets)),
            ("postal", bool(ra.postal & rb.postal)),
            ("city", bool(ra.city & rb.city)),
            ("company", parts["company"][0] > 0),
            ("diff company", parts["company"][0] < 0),
        )
        if hit
    ]
    also = " +" + "+".join(extra) if extra else ""
    return f"{name_kind} alone, total {_band(total)}{also}{where}"


def _band(total: float) -> str:
    if total >= 3.5:
        return "3.5-5"
    if total >= 2:
        return "2-3.5"
    return "<2"


def main() -> None:
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.model_selection import GroupKFold, cross_val_predict

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1, help="Tuning seed (blind).")
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/ck-eval"))
    parser.add_argument("--top", type=int, default=40, help="Causes to print.")
    parser.add_argument("--examples", type=int, default=0, help="Examples per top cause.")
    args = parser.parse_args()
    if args.seed in (2, 3, 4, 5):
        sys.exit("seeds 2-5 are report seeds: no per-pair detail on them")
    data = Data(args.seed, args.people, args.cache)
    cat = [COLUMNS.index(c) for c in CATEGORICAL]
    increasing = {"total", "email points", "phone points", "name points", "company points"}
    learner = HistGradientBoostingClassifier(
        max_iter=300,
        learning_rate=0.05,
        min_samples_leaf=100,
        l2_regularization=1.0,
        categorical_features=cat,
        monotonic_cst=[1 if c in increasing else 0 for c in COLUMNS],
        random_state=0,
    )
    groups = [data.truth[a] for a, _ in data.pairs]
    prob = cross_val_predict(
        learner, data.x, data.y, groups=groups, cv=GroupKFold(3), method="predict_proba"
    )[:, 1]
    order = np.argsort(-prob, kind="stable")
    precision = np.cumsum(data.y[order]) / np.arange(1, len(order) + 1)
    cut = float(prob[order[np.nonzero(precision >= TARGET_P)[0][-1]]])
    accepted = prob >= cut
    print(f"learner's pairwise threshold at P >= {TARGET_P} (out of fold): {cut:.4f}")

    res = resolve([r.f for r in data.records], data.keys, pairs=data.matcher)
    cluster = [0] * len(data.records)
    for c, members in enumerate(res.clusters):
        for m in members:
            cluster[m] = c
    merge = Thresholds().merge_above
    gained: Counter = Counter()  # true pairs the learner takes and the matcher does not
    cost: Counter = Counter()  # false pairs the learner takes there
    every: Counter = Counter()  # every pair the matcher leaves apart: one person
    wrong: Counter = Counter()  # ... and two
    joins: dict[str, set[tuple[int, int]]] = {}
    examples: dict[str, list[str]] = {}
    for k, (a, b) in enumerate(data.pairs):
        if cluster[a] == cluster[b]:
            continue
        why = cause(data.records[a], data.records[b], (a, b) in data.matcher, merge)
        (every if data.y[k] else wrong)[why] += 1
        if not accepted[k]:
            continue
        if data.y[k]:
            gained[why] += 1
            joins.setdefault(why, set()).add(tuple(sorted((cluster[a], cluster[b]))))
            if len(examples.setdefault(why, [])) < args.examples:
                fa, fb = data.records[a].f, data.records[b].f
                examples[why].append(f"{fa.display!r} {fa.key} ~ {fb.display!r} {fb.key}")
        else:
            cost[why] += 1
    total_true = data.true_pairs
    print(
        f"true pairs the learner accepts and the matcher leaves apart: {sum(gained.values()):,} "
        f"({sum(gained.values()) / total_true:.4f} of {total_true:,} true pairs); false pairs it "
        f"accepts there: {sum(cost.values()):,}"
    )
    print(f"{'learner +':>9} {'learner -':>9} {'joins':>6} {'all +':>6} {'all -':>7}  cause")
    for why, n in gained.most_common(args.top):
        print(f"{n:>9} {cost[why]:>9} {len(joins[why]):>6} {every[why]:>6} {wrong[why]:>7}  {why}")
        for line in examples.get(why, ()):
            print(f"{'':>42}{line}")


if __name__ == "__main__":
    main()
