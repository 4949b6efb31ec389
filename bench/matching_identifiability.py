"""Is recall 0.95 at precision 0.98 in the data at all? A bound from raw evidence and the truth.

The ceiling bench (``matching_ceiling.py``) bounds what a learner makes of the matcher's own
comparison features. This one does not use the matcher: it reads the blind file's raw records,
lists for every pair of records what raw evidence they share, and asks what the best classifier
that sees only that evidence could reach.

- evidence per record: email (case-folded), email folded (plus tag, dots, OCR slips), email local
  part (any domain), phone (parsed, any kind), mobile, full name as written, name folded (accents,
  case, order), a name word + another word's initial ("family + initial"), a name word; context:
  company (legal form dropped), email domain, city, title. An email or phone shared by more than
  ``--shared`` records is its own, weaker kind ("switchboard", "role address").
- a pair's class: the kinds it shares, and how many records carry the rarest name key the two
  share (a bucket). Pairs that share only context, or a name key more than ``--cap`` records
  carry, are classed by their context alone; they are counted by grouping (inclusion-exclusion
  over the context keys), never enumerated.
- the oracle: knowing each class's true and false pairs (hindsight), it merges whole classes in
  order of precision and the last one in part, as long as precision stays >= 0.98. No classifier
  that sees only these classes does better (the fractional-knapsack bound).
- clusters: ``matching_eval`` counts recall over record pairs of the final clusters, so pairs
  also join through other records. Reported: the oracle's merges closed transitively (its P and
  R), the closure of its true links only (P 1, the most closure can add), and the closure of the
  true pairs sharing any key at all (recall with perfect judgement of every shared key).
- beside the matcher (``--matcher``: its clusters, cached from a ``matching_eval`` run): its
  recall per class, and its missed pairs by class, in the oracle's classes or not.

- ``--choose-on SEED``: the classes the oracle takes on another seed, measured here (no
  hindsight), and the matcher's missed pairs in classes at precision >= 0.98 on both seeds.

    nice -n 15 python bench/matching_identifiability.py --blind 2 --people 10000 --matcher
    nice -n 15 python bench/matching_identifiability.py --blind 3 --people 10000 --matcher \
        --choose-on 2
"""

from __future__ import annotations

import argparse
import json
import sys
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from matching_data import data_arguments, data_file, read_lines
from matching_pairs import prf
from pair_evidence import CONTEXT, Evidence, count_classes
from union_find import components

TARGET_P = 0.98
TARGET_R = 0.95
BANDS = (0.98, 0.9, 0.5, 0.1, 0.0)


def closed_oracle(
    truth: list[str], classes: dict[Any, list[int]], pairs: tuple[array, array, array], ids: dict
) -> tuple[tuple[float, float, int], tuple[float, float] | None]:
    """Merge whole classes in order of precision, closing transitively: (P, R, classes taken) while
    the clusters' pairwise precision (as matching_eval counts it) stays >= TARGET_P, and (P, R)
    once recall first reaches TARGET_R (None if it never does)."""
    pi, pj, pc = pairs
    by_class: dict[int, list[int]] = defaultdict(list)
    for k in range(len(pc)):
        by_class[pc[k]].append(k)
    parent = list(range(len(truth)))
    members: list[Counter | None] = [Counter([t]) for t in truth]
    size = [1] * len(truth)
    total_true = sum(m * (m - 1) // 2 for m in Counter(truth).values())

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    joint = pred = taken = 0
    best = (1.0, 0.0, 0)
    order = sorted(ids, key=lambda c: -classes[c][0] / max(1, sum(classes[c])))
    for c in order:
        for k in by_class[ids[c]]:
            a, b = find(pi[k]), find(pj[k])
            if a == b:
                continue
            ma, mb = members[a], members[b]
            assert ma is not None and mb is not None
            if size[a] < size[b]:
                a, b, ma, mb = b, a, mb, ma
            pred += size[a] * size[b]
            size[a] += size[b]
            joint += sum(n * ma[t] for t, n in mb.items())
            ma.update(mb)
            members[b] = None
            parent[b] = a
        taken += 1
        if pred and joint / pred >= TARGET_P:
            best = (joint / pred, joint / total_true, taken)
        if joint >= TARGET_R * total_true:
            return best, (joint / pred, joint / total_true)
    return best, None


def precision_at(classes: dict[Any, list[int]], total_true: int) -> float:
    """The best precision of whole classes (the last in part) reaching recall TARGET_R."""
    tp = fp = 0.0
    for c in sorted(classes, key=lambda c: -classes[c][0] / max(1, sum(classes[c]))):
        t, f = classes[c]
        x = min(1.0, (TARGET_R * total_true - tp) / t) if t else 0.0
        tp, fp = tp + x * t, fp + x * f
        if tp >= TARGET_R * total_true - 1e-9:
            return tp / (tp + fp)
    return 0.0


def oracle(classes: dict[Any, list[int]], total_true: int) -> tuple[float, set, Any]:
    """Best recall at precision >= TARGET_P merging whole classes (the last one in part)."""
    order = sorted(classes, key=lambda c: -classes[c][0] / max(1, sum(classes[c])))
    tp = fp = 0.0
    chosen: set = set()
    for c in order:
        t, f = classes[c]
        if (tp + t) / max(1.0, tp + t + fp + f) >= TARGET_P:
            tp, fp = tp + t, fp + f
            chosen.add(c)
            continue
        # the part x of this class that keeps precision at TARGET_P
        x = (TARGET_P * (tp + fp) - tp) / (t - TARGET_P * (t + f)) if t else 0.0
        tp += max(0.0, x) * t
        return tp / total_true, chosen, c
    return tp / total_true, chosen, None


# -- the run ----------------------------------------------------------------------------------


def matcher_clusters(args: argparse.Namespace, lines: list[dict[str, Any]]) -> list[Any] | None:
    """The matcher's cluster per line, from a cached matching_eval run (run it when missing)."""
    seed = "own" if args.own is not None else (args.blind or 1)
    cached = args.cache / f"contactkit-{seed}-{args.people}.json"
    if not cached.exists():
        from matching_run import in_subprocess

        path, _ = data_file(args)
        cached.write_text(json.dumps(in_subprocess("contactkit", path)))
    res = json.loads(cached.read_text())
    where = {tuple(k): c for k, c in zip(res["keys"], res["cluster"], strict=True)}
    return [where.get((x["source"], str(x["key"]))) for x in lines]


@dataclass
class Choice:
    chosen: set
    precise: set


def chosen_elsewhere(args: argparse.Namespace) -> Choice:
    """The oracle's classes, and the classes at precision >= TARGET_P, on another blind seed."""
    other = argparse.Namespace(**{**vars(args), "blind": args.choose_on, "own": None})
    path, _ = data_file(other)
    counts = count_classes(Evidence(read_lines(path), args.shared, args.cap))
    _, chosen, _ = oracle(counts.classes, len(counts.true_label))
    precise = {c for c, (t, f) in counts.classes.items() if t and t >= TARGET_P * (t + f)}
    return Choice(chosen, precise)


def family(label: Any) -> str:
    """A class in a few words: what the two records have that could tell they are one person."""
    kinds, name = label
    shared = {k for k in kinds if not k.startswith("not ")}
    if name == CONTEXT:
        return "context only (company, domain, city, title) or nothing"
    if shared & {"email", "email folded", "mobile", "phone"}:
        return "an own email or phone"
    if any("shared by" in k for k in shared):
        return "a shared email or phone (switchboard, role address)"
    if "email local" in shared:
        return "the same email local part at another domain"
    context = " + company or domain" if shared & {"company", "domain"} else ""
    rare = "rare" if name in ("name on <=2", "name on <=5") else "common"
    return f"a {rare} name{context}" + (", a conflict" if len(shared) < len(kinds) else "")


def describe(label: Any) -> str:
    kinds, name = label
    if name == CONTEXT:
        return f"{CONTEXT}: {' + '.join(kinds) or 'nothing'}"
    return f"{' + '.join(kinds)} [{name}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    data_arguments(parser)
    parser.add_argument("--shared", type=int, default=5, help="An email/phone on more: shared.")
    parser.add_argument("--cap", type=int, default=500, help="Keys on more records: not paired.")
    parser.add_argument("--matcher", action="store_true", help="Compare with the matcher.")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument(
        "--choose-on", type=int, help="Blind seed to choose the oracle's classes on (no hindsight)."
    )
    args = parser.parse_args()
    path, label = data_file(args)
    lines = read_lines(path)
    ev = Evidence(lines, args.shared, args.cap)
    n = len(lines)
    print(
        f"{label}: {args.people:,} people, {n:,} records; {ev.capped} keys on >{args.cap} "
        "records not paired"
    )

    counts = count_classes(ev)
    classes, (pi, pj, pc), ids = counts.classes, counts.pairs, counts.ids
    true_label = counts.true_label
    total_true = len(true_label)
    recall, chosen, part = oracle(classes, total_true)
    enumerated = len(pi)
    print(
        f"true pairs {total_true:,}; pairs sharing a key {enumerated:,}; "
        f"true pairs sharing only context or a common name key {counts.context_true:,}"
    )
    print(
        f"\noracle, pairwise: recall {recall:.4f} at precision {TARGET_P} "
        f"({len(chosen)} of {len(classes)} classes, part of {describe(part) if part else '-'})"
    )

    print(f"  precision at recall {TARGET_R}: {precision_at(classes, total_true):.4f}")
    (p, r, taken), at_target = closed_oracle(ev.truth, classes, (pi, pj, pc), ids)
    print(
        f"  {'whole classes while clusters keep P 0.98':<40} P {p:.4f}  R {r:.4f} ({taken} classes)"
    )
    if at_target:
        print(
            f"  {'  and at recall ' + str(TARGET_R):<40} P {at_target[0]:.4f}  R {at_target[1]:.4f}"
        )
    else:
        print(f"  {'  recall ' + str(TARGET_R)} is not reached merging every class")
    chosen_ids = {ids[c] for c in chosen if c in ids}
    anchor_ok = {ids[c] for c in ids}
    for name, keep, true_only in (
        ("oracle's merges, closed", chosen_ids, False),
        ("oracle's true links, closed", chosen_ids, True),
        ("every true pair sharing a key, closed", anchor_ok, True),
    ):
        edges = (
            (pi[k], pj[k])
            for k in range(enumerated)
            if pc[k] in keep and (not true_only or ev.truth[pi[k]] == ev.truth[pj[k]])
        )
        p, r, _ = prf(ev.truth, components(n, edges))
        print(f"  {name:<40} P {p:.4f}  R {r:.4f}")

    clusters = matcher_clusters(args, lines) if args.matcher else None
    found: Counter = Counter()
    per_class: Counter = Counter(true_label.values())
    if clusters is not None:
        p, r, _ = prf(ev.truth, clusters)
        for (i, j), lab in true_label.items():
            if clusters[i] == clusters[j]:
                found[lab] += 1
        missed = total_true - sum(found.values())
        in_oracle = sum(per_class[c] - found[c] for c in chosen)
        print(
            f"\nmatcher: P {p:.4f}  R {r:.4f}; missed {missed:,} true pairs, {in_oracle:,} "
            f"({in_oracle / total_true:.4f} recall) in classes the oracle merges"
        )
    if clusters is not None:
        print("\nmissed pairs by the precision of their class (pairs with their evidence):")
        bands: Counter = Counter()
        for c, (t, f) in classes.items():
            prec = t / max(1, t + f)
            band = next(b for b in BANDS if prec >= b)
            bands[band] += per_class[c] - found[c]
        for band in BANDS:
            print(
                f"  class P >= {band:<5} {bands[band]:>7} ({bands[band] / total_true:.4f} recall)"
            )
        precise = [c for c, (t, f) in classes.items() if t and t >= TARGET_P * (t + f)]
        precise.sort(key=lambda c: -(per_class[c] - found[c]))
        print(f"  of which in classes with P >= {TARGET_P}, the most:")
        for c in precise[:8]:
            t, f = classes[c]
            print(f"    {per_class[c] - found[c]:>5} of {t:>5} (false {f:>3})  {describe(c)}")
    if args.choose_on is not None:
        other = chosen_elsewhere(args)
        picked = [c for c in other.chosen if c in classes]
        t, f = sum(classes[c][0] for c in picked), sum(classes[c][1] for c in picked)
        print(
            f"\nthe classes the oracle takes on blind seed {args.choose_on}, here: "
            f"P {t / max(1, t + f):.4f}  R {t / total_true:.4f}"
        )
        if clusters is not None:
            both = [c for c in other.precise if c in precise]
            lost = sum(per_class[c] - found[c] for c in both)
            print(
                f"  the matcher's missed pairs in classes with P >= {TARGET_P} on both seeds: "
                f"{lost} ({lost / total_true:.4f} recall), in {len(both)} classes"
            )
    fam_rows: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0])
    for c, (t, _) in classes.items():
        row = fam_rows[family(c)]
        row[0] += t
        row[1] += t if c in chosen else 0
        row[2] += found[c]
    print(f"\n{'true pairs by what they share':<64} {'true':>7} {'oracle':>7} {'matcher':>7}")
    for name, (t, o, m) in sorted(fam_rows.items(), key=lambda kv: -kv[1][0]):
        print(f"{name:<64} {t:>7} {o:>7.0f} {m if clusters else '':>7}")
    print(
        f"\n{'class (kinds shared) [records on the rarest shared name]':<78} {'true':>7} "
        f"{'false':>11} {'P':>6} {'oracle':>6} {'matcher':>7} {'missed':>6}"
    )
    rows = sorted(classes, key=lambda c: -(per_class[c] - found[c]) if clusters else -classes[c][0])
    for c in rows[: args.top]:
        t, f = classes[c]
        mark = "yes" if c in chosen else ("part" if c == part else "")
        share = f"{found[c] / t:.3f}" if clusters is not None and t else ""
        print(
            f"{describe(c)[:78]:<78} {t:>7} {f:>11} {t / max(1, t + f):>6.3f} {mark:>6} "
            f"{share:>7} {per_class[c] - found[c] if clusters else '':>6}"
        )


if __name__ == "__main__":
    main()
