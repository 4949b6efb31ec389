"""What any model could do with the evidence the records carry: a supervised ceiling for matching.

The hand points (``matching/scoring.py``) reach recall ~0.86 at precision 0.99 on the blind
sets. Is 0.95 at 0.98 there to be had? This bench gives the same evidence, and more, to a
supervised learner that sees the truth, and asks how far it gets on seeds it never saw:

- pairs: the matcher's candidate pairs plus a *wide* blocking (the family name alone, the given
  name at one company, city or postal code, one street, one title, one web domain; bigger
  blocks, wider windows), so most true pairs the matcher never compares are in, along with the
  negatives such keys bring (a true pair outside both is a miss for every model);
- per pair: the matcher's total and each comparison's points and level (names, email, phone,
  company, generation), how rare the name is (bearers, chance from its given and family names'
  counts), agreement of city, postal code, street, country, title, department, web domain,
  company domain, email domains, the two sources' kinds, how far apart in time they were seen,
  string similarity of the names;
- a gradient-boosted classifier (scikit-learn ``HistGradientBoostingClassifier``) trained on one
  seed's pairs with their truth labels; evaluated on other seeds: the best pairwise recall at
  precision >= 0.98 (every true pair counted, compared or not), and after clustering (plain
  union-find at a probability threshold; and the matcher's own clustering with its cluster check,
  the probability turned into points), at the threshold chosen on the training seed and at the
  best threshold in hindsight on the test seed (an upper bound).

Being supervised on the truth of a set from the same generator, the learner's figure is a
ceiling for any weighing of this evidence, not a figure contactkit could ship. Where it stays
below 0.95, the records do not carry the evidence; where it is above, the feature importances say
which evidence carries the rest.

    python bench/matching_ceiling.py --train 1 --test 2 3 --people 10000
    nice -n 15 python bench/matching_ceiling.py --train 1 --train-people 10000 --test 2 \
        --people 100000
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from matching_clusters import blocking_ceiling, matcher_reference, union_find, with_check
from matching_curves import TARGET_P, best, curve, missed_by_evidence, pairwise
from matching_vectors import CATEGORICAL, COLUMNS, Data


def main() -> None:
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.inspection import permutation_importance
    from sklearn.model_selection import GroupKFold, cross_val_predict

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=int, default=1, help="Blind seed to train on.")
    parser.add_argument("--test", type=int, nargs="+", default=[2, 3], help="Blind seeds.")
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument(
        "--train-people", type=int, help="Size of the training set (default: --people)."
    )
    parser.add_argument("--cache", type=Path, default=Path("/tmp/ck-eval"))
    parser.add_argument("--no-check", action="store_true", help="Skip the matcher's clustering.")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)

    train = Data(args.train, args.train_people or args.people, args.cache)
    cat = [COLUMNS.index(c) for c in CATEGORICAL]

    # more evidence never makes a pair less likely one person: without these constraints and
    # the larger leaves, a handful of trees gave different-name pairs probability 1.0
    increasing = {"total", "email points", "phone points", "name points", "company points"}
    monotonic = [1 if c in increasing else 0 for c in COLUMNS]

    def learner() -> Any:
        return HistGradientBoostingClassifier(
            max_iter=300,
            learning_rate=0.05,
            min_samples_leaf=100,
            l2_regularization=1.0,
            categorical_features=cat,
            monotonic_cst=monotonic,
            random_state=0,
        )

    # the threshold is chosen on the training seed, out of fold (folds by person)
    groups = [train.truth[a] for a, _ in train.pairs]
    oof = cross_val_predict(
        learner(), train.x, train.y, groups=groups, cv=GroupKFold(3), method="predict_proba"
    )[:, 1]
    train_curve = curve(train, oof, with_check)
    chosen = best(train_curve)[0]
    print(f"training seed, out of fold, matcher's clustering: threshold {chosen}")
    model = learner().fit(train.x, train.y)
    total = COLUMNS.index("total")

    for seed in args.test:
        data = Data(seed, args.people, args.cache)
        prob = model.predict_proba(data.x)[:, 1]
        mp, mr = matcher_reference(data)
        print(f"\nblind seed {seed} (never trained on):")
        print(f"  the matcher (hand points, its clustering, in memory): P {mp:.4f} R {mr:.4f}")
        print(
            "  a perfect model on the matcher's pairs would reach recall "
            f"{blocking_ceiling(data, data.matcher):.4f}; on the wide pairs "
            f"{blocking_ceiling(data, data.pairs):.4f}"
        )
        ranked, _ = pairwise(data.x[:, total], data)
        learned, _ = pairwise(prob, data)
        print(
            f"  pairwise recall at P >= {TARGET_P}: matcher's points {ranked:.4f}, "
            f"learner {learned:.4f}"
        )
        uf = curve(data, prob, union_find)
        check = curve(data, prob, with_check) if not args.no_check else []
        print(f"  {'threshold':>9} {'UF P':>7} {'UF R':>7} {'check P':>8} {'check R':>8}")
        for k, (threshold, p, r) in enumerate(uf):
            cp, cr = (check[k][1], check[k][2]) if check else (float("nan"),) * 2
            mark = "  <- chosen on the training seed" if threshold == chosen else ""
            print(f"  {threshold:>9} {p:>7.4f} {r:>7.4f} {cp:>8.4f} {cr:>8.4f}{mark}")
        for label, pts in (("union-find", uf), ("matcher's clustering", check)):
            if pts:
                thr, p, r = best(pts)
                print(f"  best recall at P >= {TARGET_P}, {label}: {r:.4f} (P {p:.4f}, {thr})")
        print(f"  true pairs the learner leaves apart at {chosen}, by what they share:")
        for label, n in missed_by_evidence(data, prob, chosen).most_common():
            print(f"    {n:>6}  {label}")
        if seed == args.test[0]:
            rng = np.random.RandomState(0)
            sample = rng.choice(len(data.y), size=min(len(data.y), 60_000), replace=False)
            imp = permutation_importance(
                model,
                data.x[sample],
                data.y[sample],
                scoring="average_precision",
                n_repeats=3,
                random_state=0,
            )
            print("  permutation importance (average precision lost), top 15:")
            for i in np.argsort(-imp.importances_mean)[:15]:
                print(f"    {imp.importances_mean[i]:>8.4f}  {COLUMNS[i]}")


if __name__ == "__main__":
    main()
