"""From scored pairs to people: constrained union-find, strongest evidence first.

Observations are named by their key ``source\\x1fsource_key`` (stable across runs), so a person's
decisions survive a rebuild: ``apart`` pairs (``contactkit unmerge``, or "different" in review)
are never joined, not even through a third observation; ``together`` pairs (confirmed in review)
are always joined.
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from contactkit.matching.blocking import candidate_pairs
from contactkit.matching.features import Features
from contactkit.matching.scoring import score

RARE_NAMES_FROM = 5000  # observations needed before a name's rarity counts as evidence


@dataclass(frozen=True)
class Thresholds:
    merge_above: float = 5.0
    review_above: float = 3.5
    max_block: int = 12
    window: int = 4


@dataclass
class Link:
    """Why two observations (indexes) are one person, or might be."""

    a: int
    b: int
    score: float
    reasons: list[str]


@dataclass
class Resolution:
    clusters: list[list[int]]
    links: list[Link] = field(default_factory=list)
    """The joins that built each cluster (a spanning tree per cluster)."""
    reviews: list[Link] = field(default_factory=list)
    """Pairs in the review band whose observations ended up in different clusters."""
    blocked: int = 0
    """Joins refused because a person said these observations are different people."""
    pairs_scored: int = 0


class ConstrainedUnionFind:
    def __init__(self, size: int, apart: dict[int, set[int]]) -> None:
        self.parent = list(range(size))
        # per root: the observations its members must never join
        self.apart: dict[int, set[int]] = {i: set(s) for i, s in apart.items()}
        self.members: dict[int, list[int]] = {}

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def _members(self, root: int) -> list[int]:
        return self.members.get(root, [root])

    def union(self, a: int, b: int) -> bool | None:
        """True when joined, None when already together, False when a constraint forbids it."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return None
        fa, fb = self.apart.get(ra), self.apart.get(rb)
        if fa or fb:
            ma, mb = self._members(ra), self._members(rb)
            if (fa and any(m in fa for m in mb)) or (fb and any(m in fb for m in ma)):
                return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if fa or fb:
            self.apart[ra] = (fa or set()) | (fb or set())
            self.apart.pop(rb, None)
        merged = self._members(ra) + self._members(rb)
        self.members[ra] = merged
        self.members.pop(rb, None)
        return True


def count_names(people: list[Features]) -> None:
    """How common each full name is here: a rare name shared is stronger evidence.

    Only in a data set big enough to tell: in a store of a few hundred contacts every name is
    "rare", and two Tom Webers there are no evidence of anything.
    """
    if len(people) < RARE_NAMES_FROM:
        return
    counts = Counter(f.name_key for f in people)
    counts.pop("", None)
    for f in people:
        f.name_count = counts.get(f.name_key, 0)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for a bulk pass.

    Matching allocates millions of small acyclic objects; each of Python's full collections
    walks all of them, which made a million observations take twice as long (and grow worse
    than linearly). Reference counting still frees everything as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def resolve(
    people: list[Features],
    keys: list[str] | None = None,
    apart: set[tuple[str, str]] | None = None,
    together: set[tuple[str, str]] | None = None,
    thresholds: Thresholds | None = None,
    pairs: set[tuple[int, int]] | None = None,
) -> Resolution:
    """Group observations into people; say which evidence joined them.

    ``pairs``: the candidate pairs, when the caller found them against a larger data set (the
    incremental master resolves a few people of a big store); it has then set each
    ``name_count`` from that data set too.
    """
    with paused_gc():
        return _resolve(people, keys, apart, together, thresholds or Thresholds(), pairs)


def _resolve(
    people: list[Features],
    keys: list[str] | None,
    apart: set[tuple[str, str]] | None,
    together: set[tuple[str, str]] | None,
    th: Thresholds,
    pairs: set[tuple[int, int]] | None = None,
) -> Resolution:
    index = {key: i for i, key in enumerate(keys or ())}
    apart_idx: dict[int, set[int]] = defaultdict(set)
    for ka, kb in apart or ():
        if ka in index and kb in index:
            apart_idx[index[ka]].add(index[kb])
            apart_idx[index[kb]].add(index[ka])
    uf = ConstrainedUnionFind(len(people), apart_idx)
    resolution = Resolution(clusters=[])
    # sorted: the same joins in every process (set order follows the per-process str hash)
    for ka, kb in sorted(together or ()):
        if ka in index and kb in index and uf.union(index[ka], index[kb]):
            resolution.links.append(Link(index[ka], index[kb], 99.0, ["confirmed by a person"]))

    strong: list[tuple[float, int, int, list[str]]] = []
    maybe: list[tuple[float, int, int, list[str]]] = []
    if pairs is None:
        count_names(people)
        pairs = candidate_pairs(people, th.max_block, th.window)
    resolution.pairs_scored = len(pairs)
    for a, b in pairs:
        points, reasons = score(people[a], people[b])
        if points >= th.merge_above:
            strong.append((points, a, b, reasons))
        elif points >= th.review_above:
            maybe.append((points, a, b, reasons))
    # strongest evidence first, so a weak link cannot claim an observation a strong one wanted
    strong.sort(key=lambda t: (-t[0], t[1], t[2]))
    for points, a, b, reasons in strong:
        joined = uf.union(a, b)
        if joined:
            resolution.links.append(Link(a, b, points, reasons))
        elif joined is False:
            resolution.blocked += 1
    maybe.sort(key=lambda t: (-t[0], t[1], t[2]))
    for points, a, b, reasons in maybe:
        if uf.find(a) != uf.find(b):
            resolution.reviews.append(Link(a, b, points, reasons))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(people)):
        groups[uf.find(i)].append(i)
    resolution.clusters = list(groups.values())
    return resolution
