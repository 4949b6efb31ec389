"""Each pair's evidence as a vector for the ceiling bench's learner (matching_ceiling.py): the
matcher's total and each comparison's points, name relations and rarity, agreement of the values
the matcher does not compare; and one seed's pairs with their vectors and labels (``Data``).
"""

from __future__ import annotations

import math
import time
from collections import Counter
from pathlib import Path

import numpy as np
from matching_pairs import pair_counts
from matching_records import Record, load, universe
from rapidfuzz.fuzz import ratio

from contactkit.matching.blocking import candidate_pairs
from contactkit.matching.names import family_relation, first_names
from contactkit.matching.scoring import PARTS, score

RELATIONS = ("same", "nickname", "part", "slip", "initial", "unknown", "different", "")


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
