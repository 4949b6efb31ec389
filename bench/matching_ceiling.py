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
import math
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from matching_eval import blind_file, pair_counts, prf, read_lines, valid_contact
from rapidfuzz.fuzz import ratio
from union_find import components

from contactkit.matching.blocking import block_pairs, candidate_pairs
from contactkit.matching.clustering import Thresholds, resolve
from contactkit.matching.features import Features, features, specificity
from contactkit.matching.names import family_relation, first_names
from contactkit.matching.scoring import PARTS, score
from contactkit.matching.text import fold

TARGET_P = 0.98
SOURCES = ("card_scan", "crm_export", "email_harvest", "vcard")
RELATIONS = ("same", "nickname", "part", "slip", "initial", "unknown", "different", "")


class Record:
    """One observation: the matcher's features and the raw values it does not compare."""

    __slots__ = ("city", "country", "dept", "domains", "f", "postal", "seen", "source", "web")

    def __init__(self, x: dict[str, Any], f: Features) -> None:
        c = x["contact"]
        self.f = f
        self.source = SOURCES.index(x["source"]) if x["source"] in SOURCES else len(SOURCES)
        self.seen = datetime.fromisoformat(str(x.get("seen") or "2026-01-01").replace("Z", ""))
        addresses = c.get("addresses") or ()
        self.city = {fold(a["city"]) for a in addresses if a.get("city")}
        self.postal = {
            str(a["postal_code"]).replace(" ", "") for a in addresses if a.get("postal_code")
        }
        self.country = {a["country"] for a in addresses if a.get("country")}
        self.dept = fold(c.get("department") or "")
        self.web = {_host(u.get("url") or "") for u in c.get("urls") or () if u.get("url")}
        self.web.discard("")
        self.domains = {e.rpartition("@")[2].lower() for e in c.get("emails") or ()}


def _host(url: str) -> str:
    host = url.split("//", 1)[-1].split("/", 1)[0].lower()
    return "" if "linkedin" in host else host.removeprefix("www.")


def load(seed: int, people: int, cache: Path) -> tuple[list[Record], list[str], list[str]]:
    lines = sorted(
        read_lines(blind_file(seed, people, cache)), key=lambda x: (x["source"], str(x["key"]))
    )
    keys = [f"{x['source']}\x1f{x['key']}" for x in lines]
    feats = []
    for key, x in zip(keys, lines, strict=True):
        payload = valid_contact(x).model_dump(mode="json", exclude_defaults=True)
        feats.append(features(payload, x.get("confidence"), key=key))
    specificity(feats)
    records = [Record(x, f) for x, f in zip(lines, feats, strict=True)]
    return records, keys, [x["truth"] for x in lines]


def wide_keys(r: Record) -> Iterator[str]:
    """Looser keys than the matcher's: what a model that compared more pairs would see."""
    f = r.f
    if f.family:
        yield "F|" + f.family
    if f.given_key:
        for company in {f.org_domain, f.company} - {""}:
            yield f"G|{f.given_key}|{company}"
        for city in r.city:
            yield f"C|{f.given_key}|{city}"
        for postal in r.postal:
            yield f"P|{f.given_key}|{postal}"
    if f.family:
        for company in {f.org_domain, f.company} - {""}:
            yield f"K|{f.family}|{company}"
    for street in f.streets:
        yield "S|" + street
    if f.title and (f.family or f.given_key):
        yield f"T|{f.title}|{f.family or f.given_key}"
    for host in r.web:
        yield f"W|{host}|{f.family or f.given_key}"


def universe(records: list[Record]) -> set[tuple[int, int]]:
    feats = [r.f for r in records]
    pairs = candidate_pairs(feats)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        for key in set(wide_keys(r)):
            blocks[key].append(i)
    order = lambda i: (feats[i].full, feats[i].org_domain, feats[i].key)  # noqa: E731
    for members in blocks.values():
        if len(members) >= 2:
            pairs.update(block_pairs(members, 40, 12, order))
    return pairs


def _agree(a: set[str] | str, b: set[str] | str) -> int:
    """1 the same, -1 both known and different, 0 one side unknown."""
    if not a or not b:
        return 0
    if isinstance(a, str) or isinstance(b, str):
        return 1 if a == b else -1
    return 1 if a & b else -1


COLUMNS: list[str] = [
    "total",
    *[f"{name} points" for name in PARTS],
    "bonuses",
    "family relation",
    "given relation",
    "name bearers (max)",
    "name bearers (min)",
    "name chance",
    "rare",
    "name similarity",
    "family similarity",
    "both have a family name",
    "city",
    "postal code",
    "street",
    "country",
    "title",
    "department",
    "web",
    "company domain",
    "company name",
    "email domain",
    "source pair",
    "years apart",
    "matcher candidate",
    "mobiles differ",
    "personal addresses both",
]
CATEGORICAL = ["family relation", "given relation", "source pair"]


def vector(
    ra: Record, rb: Record, counts: tuple[Counter, Counter, int], candidate: bool
) -> list[float]:
    a, b = ra.f, rb.f
    total, _ = score(a, b)
    parts = [part(a, b)[0] for part in PARTS.values()]
    given_n, family_n, n = counts
    chance = max(
        given_n[f.given_key] * family_n[f.family] / n if f.given_key and f.family else 99.0
        for f in (a, b)
    )
    fam = family_relation(a.name, b.name) if a.name.family and b.name.family else ""
    giv = first_names(a.name, b.name) if a.name.given and b.name.given else ""
    s1, s2 = sorted((ra.source, rb.source))
    return [
        total,
        *parts,
        total - sum(parts),
        RELATIONS.index(fam) if fam in RELATIONS else 7,
        RELATIONS.index(giv) if giv in RELATIONS else 7,
        max(a.name_count, b.name_count),
        min(a.name_count, b.name_count),
        math.log10(chance + 1e-3),
        float(a.rare or b.rare),
        ratio(a.full, b.full) if a.full and b.full else -1.0,
        ratio(a.family, b.family) if a.family and b.family else -1.0,
        float(bool(a.family and b.family)),
        _agree(ra.city, rb.city),
        _agree(ra.postal, rb.postal),
        _agree(a.streets, b.streets),
        _agree(ra.country, rb.country),
        _agree(a.title, b.title),
        _agree(ra.dept, rb.dept),
        _agree(ra.web, rb.web),
        _agree(a.org_domain, b.org_domain),
        _agree(a.company, b.company),
        _agree(ra.domains, rb.domains),
        s1 * 5 + s2,
        abs((ra.seen - rb.seen).days) / 365.0,
        float(candidate),
        float(bool(a.mobiles and b.mobiles and not a.mobiles & b.mobiles)),
        float(bool(a.personal and b.personal)),
    ]


class Data:
    """One seed's pairs, their vectors and labels, and what clustering needs."""

    def __init__(self, seed: int, people: int, cache: Path) -> None:
        started = time.perf_counter()
        self.records, self.keys, self.truth = load(seed, people, cache)
        records = self.records
        matcher = candidate_pairs([r.f for r in records])
        pairs = sorted(universe(records))
        self.pairs = pairs
        self.matcher = matcher
        vectors = cache / f"ceiling-{seed}-{people}.npz"
        got = np.load(vectors) if vectors.exists() else None
        if got is not None and got["x"].shape[1] == len(COLUMNS):
            self.x, self.y = got["x"], got["y"]
        else:
            given_n = Counter(r.f.given_key for r in records if r.f.given_key)
            family_n = Counter(r.f.family for r in records if r.f.family)
            counts = (given_n, family_n, len(records))
            # filled row by row: a list of Python rows first took 4 GB at 100,000 people
            self.x = np.empty((len(pairs), len(COLUMNS)), dtype=np.float64)
            for k, (a, b) in enumerate(pairs):
                self.x[k] = vector(records[a], records[b], counts, (a, b) in matcher)
            self.y = np.array([self.truth[a] == self.truth[b] for a, b in pairs], dtype=bool)
            np.savez(vectors, x=self.x, y=self.y)
        _, _, self.true_pairs = pair_counts(self.truth, self.truth)
        took = time.perf_counter() - started
        print(
            f"seed {seed}: {len(records):,} observations, {self.true_pairs:,} true pairs; "
            f"{len(matcher):,} matcher pairs, {len(pairs):,} with wide blocking "
            f"({int(self.y.sum()):,} true, {self._in(matcher):,} true among the matcher's) "
            f"[{took:.0f} s]"
        )

    def _in(self, pairs: set[tuple[int, int]]) -> int:
        return sum(1 for a, b in pairs if self.truth[a] == self.truth[b])


def blocking_ceiling(data: Data, pairs: Any) -> float:
    """Recall of a perfect model on these pairs: every true pair among them taken, and the
    true pairs their chains reach (transitivity), no false one."""
    true = ((a, b) for a, b in pairs if data.truth[a] == data.truth[b])
    _, r, _ = prf(data.truth, components(len(data.records), true))
    return r


def pairwise(prob: np.ndarray, data: Data) -> tuple[float, float]:
    """Best pairwise recall at precision >= TARGET_P (every true pair in the denominator), and
    the probability threshold that gives it."""
    order = np.argsort(-prob, kind="stable")
    hits = np.cumsum(data.y[order])
    precision = hits / np.arange(1, len(order) + 1)
    ok = np.nonzero(precision >= TARGET_P)[0]
    if not len(ok):
        return 0.0, 1.0
    last = ok[-1]
    return hits[last] / data.true_pairs, float(prob[order[last]])


def union_find(data: Data, prob: np.ndarray, threshold: float) -> list[int]:
    """Clusters of the pairs at or above the threshold, no cluster check."""
    edges = (data.pairs[k] for k in np.nonzero(prob >= threshold)[0])
    return components(len(data.records), edges)


def with_check(data: Data, prob: np.ndarray, threshold: float) -> list[int]:
    """The matcher's clustering (strongest first, cluster check, Jr./Sr.) on learned points:
    log-odds above the threshold's, on the hand points' scale (the threshold is 5)."""
    merge = Thresholds().merge_above
    cut = _logit(threshold)
    points = {
        (data.keys[a], data.keys[b]): merge + 2.0 * (_logit(p) - cut)
        for (a, b), p in zip(data.pairs, prob, strict=True)
        if p >= threshold / 4
    }

    def scorer(fa: Features, fb: Features) -> tuple[float, list[str]]:
        got = points.get((fa.key, fb.key), points.get((fb.key, fa.key), -10.0))
        return got, ["learned"]

    pairs = {(a, b) for (a, b), p in zip(data.pairs, prob, strict=True) if p >= threshold / 4}
    res = resolve([r.f for r in data.records], data.keys, pairs=pairs, scorer=scorer)
    cluster = [0] * len(data.records)
    for c, members in enumerate(res.clusters):
        for m in members:
            cluster[m] = c
    return cluster


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


SWEEP = (0.5, 0.7, 0.8, 0.82, 0.84, 0.86, 0.88, 0.9, 0.95, 0.98, 0.99, 0.995, 0.998, 0.999)


def curve(data: Data, prob: np.ndarray, cluster_at: Any) -> list[tuple[float, float, float]]:
    """(threshold, precision, recall) after clustering, over a sweep of thresholds."""
    out = []
    for threshold in SWEEP:
        p, r, _ = prf(data.truth, cluster_at(data, prob, threshold))
        out.append((threshold, p, r))
    return out


def best(points: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """The point with the highest recall at precision >= TARGET_P (threshold, P, R)."""
    ok = [pt for pt in points if pt[1] >= TARGET_P]
    return max(ok, key=lambda pt: pt[2]) if ok else (float("nan"), 0.0, 0.0)


def matcher_reference(data: Data) -> tuple[float, float]:
    """The hand points through the matcher's own clustering, in memory (no store)."""
    res = resolve([r.f for r in data.records], data.keys, pairs=data.matcher)
    cluster = [0] * len(data.records)
    for c, members in enumerate(res.clusters):
        for m in members:
            cluster[m] = c
    p, r, _ = prf(data.truth, cluster)
    return p, r


def missed_by_evidence(data: Data, prob: np.ndarray, threshold: float) -> Counter:
    """True pairs the learner leaves below the threshold, by what they share."""
    out: Counter = Counter()
    outside = data.true_pairs - int(data.y.sum())
    out["outside every blocking (no key shared)"] = outside
    col = {c: i for i, c in enumerate(COLUMNS)}
    for k in np.nonzero(data.y & (prob < threshold))[0]:
        v = data.x[k]
        if v[col["email points"]] > 0 or v[col["phone points"]] > 0:
            out["a shared address or phone"] += 1
        elif v[col["name points"]] > 0:
            out["names agree, nothing else personal"] += 1
        else:
            out["names disagree or one missing, nothing personal"] += 1
    return out


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
