"""From scored pairs to people: constrained union-find, strongest evidence first.

A cluster-level check keeps a weak card from chaining people together: a link near the
threshold that would join two groups whose strong identifiers (personal addresses, personal
phones) differ and whose names conflict is held back until independent links between the same
two groups add up to ``merge_above + CONFIRM`` (two threshold-level links, say); held-back pairs
go to review. A generational difference (Jr. / Sr.) anywhere between the two groups forbids the
join whatever the evidence. Every tie breaks on the observations' keys, never on the order they
were read in, so the same inputs give the same people under any order and any hash seed.

Observations are named by their key ``source\\x1fsource_key`` (stable across runs), so a person's
decisions survive a rebuild: ``apart`` pairs (``contactkit unmerge``, or "different" in review)
are never joined, not even through a third observation; ``together`` pairs (confirmed in review)
are always joined.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from contactkit.gc_pacing import paused_gc
from contactkit.matching import faults
from contactkit.matching.blocking import candidate_pairs
from contactkit.matching.features import Features, specificity
from contactkit.matching.name_points import name_points
from contactkit.matching.scoring import HARD_NO, score, strong_identifiers

Scorer = Callable[[Features, Features], tuple[float, list[str]]]
CONFIRM = 2.0  # a link this far above the threshold joins groups whatever their names say
NEAR_FROM = 1.5  # pairs scoring this much, left apart, are "near candidates" in ``show``
CHECK_MEMBERS = 40  # members per side the cluster check compares (a huge group: its first ones)


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
    """Pairs left in different clusters that a person should look at: in the review band, held
    back by the cluster check, or sharing a personal address or phone."""
    near: list[Link] = field(default_factory=list)
    """Every pair scoring at least ``NEAR_FROM`` left in different clusters (``show``)."""
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


def resolve(
    people: list[Features],
    keys: list[str] | None = None,
    apart: set[tuple[str, str]] | None = None,
    together: set[tuple[str, str]] | None = None,
    thresholds: Thresholds | None = None,
    pairs: set[tuple[int, int]] | None = None,
    scorer: Scorer = score,
) -> Resolution:
    """Group observations into people; say which evidence joined them.

    ``pairs``: the candidate pairs, when the caller found them against a larger data set (the
    incremental master resolves a few people of a big store); it has then set what
    ``specificity`` sets from that data set too. ``scorer``: the hand points (``scoring``), or
    another weighing on the same scale (``bench/fs_vs_points.py`` passes learned weights).
    """
    with paused_gc():
        th = thresholds or Thresholds()
        return _resolve(people, keys, apart, together, th, pairs, scorer)


def _resolve(
    people: list[Features],
    keys: list[str] | None,
    apart: set[tuple[str, str]] | None,
    together: set[tuple[str, str]] | None,
    th: Thresholds,
    pairs: set[tuple[int, int]] | None = None,
    scorer: Scorer = score,
) -> Resolution:
    index = {key: i for i, key in enumerate(keys or ())}
    for f, key in zip(people, keys or (), strict=False):
        f.key = f.key or key
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

    if pairs is None:
        specificity(people)
        pairs = candidate_pairs(people, th.max_block, th.window)
    resolution.pairs_scored = len(pairs)
    scored: list[tuple[float, str, str, int, int, list[str]]] = []
    for a, b in pairs:
        points, reasons = scorer(people[a], people[b])
        if points >= NEAR_FROM or (points > HARD_NO and strong_identifiers(people[a], people[b])):
            ka, kb = people[a].key, people[b].key
            if kb < ka:
                a, b, ka, kb = b, a, kb, ka
            scored.append((points, ka, kb, a, b, reasons))
    # strongest evidence first, so a weak link cannot claim an observation a strong one wanted;
    # ties break on the observations' keys (then indexes, for callers without keys)
    scored.sort(key=lambda t: (-t[0], t[1], t[2], t[3], t[4]))
    check = ClusterCheck(people, uf, th.merge_above + CONFIRM)
    held: list[Link] = []
    for points, _, _, a, b, reasons in scored:
        if points < th.merge_above:
            break
        verdict = check.allows(a, b, points)
        if verdict is None:
            continue  # already together
        if not verdict:
            held.append(Link(a, b, points, [*reasons, "held back: names and identifiers differ"]))
            continue
        joined = uf.union(a, b)
        if joined:
            resolution.links.append(Link(a, b, points, reasons))
        elif joined is False:
            resolution.blocked += 1
    for points, _, _, a, b, reasons in scored:
        if uf.find(a) == uf.find(b):
            continue
        link = Link(a, b, points, reasons)
        resolution.near.append(link)
        if points >= th.review_above and points < th.merge_above:
            resolution.reviews.append(link)
        elif points < th.merge_above and points > HARD_NO:
            shared = strong_identifiers(people[a], people[b])
            if shared:
                resolution.reviews.append(Link(a, b, points, [*reasons, f"both carry {shared}"]))
    resolution.reviews.extend(h for h in held if uf.find(h.a) != uf.find(h.b))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(people)):
        groups[uf.find(i)].append(i)
    resolution.clusters = list(groups.values())
    return resolution


def _near_any(a: set[str], b: set[str]) -> bool:
    """Some phone tail of ``a`` equals, or is an OCR slip or two from, one of ``b``."""
    if a & b:
        return True
    return any(Levenshtein.distance(x, y, score_cutoff=3) <= 3 for x in a for y in b)


class ClusterCheck:
    """Whether a link may join two groups, looking at the groups as a whole."""

    def __init__(self, people: list[Features], uf: ConstrainedUnionFind, sure: float) -> None:
        self.people = people
        self.uf = uf
        self.sure = sure
        self.pending: dict[tuple[int, int], tuple[float, set[int]]] = {}

    def allows(self, a: int, b: int, points: float) -> bool | None:
        """None: already together; False: hold back; True: join."""
        ra, rb = self.uf.find(a), self.uf.find(b)
        if ra == rb:
            return None
        ma = self.uf._members(ra)[:CHECK_MEMBERS]
        mb = self.uf._members(rb)[:CHECK_MEMBERS]
        people = self.people
        conflict = False
        for x in ma:
            fx = people[x]
            for y in mb:
                fy = people[y]
                if fx.generation and fy.generation and fx.generation != fy.generation:
                    return False  # father and son: no evidence joins them
                if not conflict and self._names_conflict(fx, fy):
                    conflict = True
        if points >= self.sure:
            return True
        if self._two_people(ma, mb):
            return False  # two work addresses at one company, or two mobiles: namesakes
        if not conflict or not self._identifiers_differ(ma, mb):
            return True
        # independent evidence adds up: a second link with neither of this link's observations
        key = (ra, rb) if ra < rb else (rb, ra)
        total, used = self.pending.get(key, (0.0, set()))
        if a in used or b in used:
            return False
        total += points
        used |= {a, b}
        self.pending[key] = (total, used)
        return total >= self.sure and len(used) >= 4

    @staticmethod
    def _names_conflict(fx: Features, fy: Features) -> bool:
        try:
            return name_points(fx, fy)[0] <= -3.0
        except Exception as error:  # a bug meeting one pair: as a conflict, named in the report
            faults.record(fx.key, fy.key, error, "their link needs a second one")
            return True

    def _two_people(self, ma: list[int], mb: list[int]) -> bool:
        """The groups carry different work addresses at one company domain (by their spelling
        keys, so an OCR slip is no second address), or different mobiles."""
        work_a, mobiles_a = self._work_and_mobiles(ma)
        work_b, mobiles_b = self._work_and_mobiles(mb)
        if mobiles_a and mobiles_b and not _near_any(mobiles_a, mobiles_b):
            return True
        shared = work_a.keys() & work_b.keys()
        return any(not work_a[domain] & work_b[domain] for domain in sorted(shared))

    def _work_and_mobiles(self, members: list[int]) -> tuple[dict[str, set[str]], set[str]]:
        work: dict[str, set[str]] = defaultdict(set)
        mobiles: set[str] = set()
        for m in members:
            f = self.people[m]
            mobiles |= f.mobiles
            for skeleton, domain, _ in f.email_locals:
                if domain == f.org_domain and f"{skeleton}@{domain}" not in f.role_emails:
                    work[domain].add(skeleton)
        return work, mobiles

    def _identifiers_differ(self, ma: list[int], mb: list[int]) -> bool:
        ids_a, ids_b = self._identifiers(ma), self._identifiers(mb)
        return bool(ids_a and ids_b and not ids_a & ids_b)

    def _identifiers(self, members: list[int]) -> set[str]:
        out: set[str] = set()
        for m in members:
            f = self.people[m]
            out |= f.personal
            out |= {p for p in f.phones if p.partition(";ext=")[0][-8:] not in f.shared_tails}
        return out
