"""Fellegi-Sunter weights learned from unlabelled pairs (EM), as Splink learns them.

Each comparison (email, phone, name, company, generation) puts a pair at one *level*: the kind
of the evidence ``scoring`` finds (``mobile``, ``office phone``, ``nickname`` ...), ``different``
when both sides have the field and nothing agrees, or *null* when a side lacks it (no weight).
For every level the model holds

- ``u``: how often two *different* people show it, counted on pairs drawn at random (seeded);
- ``m``: how often *one person's* two observations show it, learned by expectation-maximisation
  over the candidate pairs (``u`` held fixed, a fixed number of iterations: deterministic);

and a level weighs ``log2(m / u)`` bits. A pair's match weight is the sum over its comparisons,
plus a term-frequency adjustment on an exact name (``log2(u_same / frequency of that name)``),
so a name few carry weighs more than a common one, relative to the data set's size.

EM starts from the hand points (``scoring``): a level worth ``p`` points starts at a Bayes
factor of ``2 ** p``; the data then moves each weight where it fits.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from contactkit.matching.blocking import block_keys
from contactkit.matching.features import Features
from contactkit.matching.scoring import HARD_NO, PARTS

NULL = ""
LEVEL_OF: dict[str, dict[str, str]] = {
    "email": {
        "email": "same",
        "email slip": "slip",
        "emails alike": "alike",
        "emails one letter apart": "alike",
        "numbered addresses": "numbered",
        "shared mailbox": "shared",
    },
    "phone": {
        "mobile": "mobile",
        "phone": "direct",
        "office phone": "office",
        "phone digits": "digits",
        "shared phone": "shared",
        "switchboard": "shared",
        "extensions": "extensions",
    },
    "name": {"rare name": "same name"},  # rarity is the term-frequency adjustment here
    "company": {"company": "same", "different companies": "different"},
    "generation": {"generations": "different", "generation": "one side"},
}
FLOOR = 1e-6  # no probability below this: a level never seen is not infinitely telling


def _has(comparison: str, f: Features) -> bool:
    if comparison == "email":
        return bool(f.emails)
    if comparison == "phone":
        return bool(f.tails)
    if comparison == "company":
        return bool(f.company or f.org_domain)
    return False


def levels(a: Features, b: Features) -> tuple[tuple[str, float, str], ...]:
    """Per comparison: its level (``NULL`` when a side lacks the field), the hand points and the
    reason ``scoring`` gives."""
    out = []
    for comparison, part in PARTS.items():
        points, label = part(a, b)
        kind = label.split(" (", 1)[0]
        if kind:
            level = LEVEL_OF[comparison].get(kind, kind)
        elif _has(comparison, a) and _has(comparison, b):
            level = "alike" if comparison == "company" else "different"
        else:
            level = NULL
        out.append((level, points, label))
    return tuple(out)


@dataclass
class Model:
    """Learned m and u per comparison level, and the prior."""

    prior: float
    """The chance that two observations drawn at random are one person."""
    m: dict[str, dict[str, float]]
    u: dict[str, dict[str, float]]
    name_frequency: dict[str, float] = field(default_factory=dict)
    """Each name key's share of the observations (the term frequencies)."""
    iterations: int = 0

    def weight(self, comparison: str, level: str) -> float:
        if level == NULL:
            return 0.0
        m = max(self.m[comparison].get(level, FLOOR), FLOOR)
        u = max(self.u[comparison].get(level, FLOOR), FLOOR)
        return math.log2(m / u)

    def tf_adjustment(self, a: Features, b: Features) -> float:
        """An exact name weighs by how common *this* name is, not the average name."""
        share = max(
            self.name_frequency.get(a.name_key, 0.0), self.name_frequency.get(b.name_key, 0.0)
        )
        u_same = self.u["name"].get("same name", 0.0)
        if not share or not u_same:
            return 0.0
        return math.log2(u_same / share)

    def match_weight(self, a: Features, b: Features) -> tuple[float, list[str]]:
        """Bits of evidence that a and b are one person (prior included), and why."""
        total = math.log2(self.prior / (1 - self.prior))
        reasons = []
        for comparison, (level, _, label) in zip(PARTS, levels(a, b), strict=True):
            if level == NULL:
                continue
            bits = self.weight(comparison, level)
            if comparison == "name" and level == "same name":
                bits += self.tf_adjustment(a, b)
            total += bits
            reasons.append(f"{label or comparison + ' ' + level} ({bits:+.1f} bits)")
        return total, reasons


# EM runs once per blocking family, on the pairs that family's keys bring together, and learns
# m only for the comparisons the blocking did not select on: pairs blocked on a name agree on the
# name by construction, so they cannot say how often one person's names agree (Splink does the
# same with its training blocking rules)
SESSIONS: dict[str, tuple[str, ...]] = {
    "email": ("e|", "l|"),
    "name": ("n|", "d|"),
    "phone": ("p|",),
}
BLOCK_MAX = 12  # keys shared by more observations (a common name) are left out of training


def scorer(
    model: Model, merge_above: float, threshold_bits: float = 0.0, per_bit: float = 0.5
) -> Callable[[Features, Features], tuple[float, list[str]]]:
    """Learned weights on the points scale ``clustering`` reads: ``threshold_bits`` of posterior
    log-odds lands on ``merge_above``, each bit more is ``per_bit`` points. The hard constraint
    stays: a generational difference (Jr. / Sr.) is ``HARD_NO`` whatever the weights say."""

    def weigh(a: Features, b: Features) -> tuple[float, list[str]]:
        if a.generation and b.generation and a.generation != b.generation:
            return HARD_NO, [f"generations ({a.display} / {b.display})"]
        bits, reasons = model.match_weight(a, b)
        return merge_above + (bits - threshold_bits) * per_bit, reasons

    return weigh


def session_pairs(people: list[Features], prefixes: tuple[str, ...]) -> list[tuple[int, int]]:
    """Pairs sharing a blocking key of these kinds (small blocks only), sorted."""
    blocks: dict[str, list[int]] = {}
    for i, f in enumerate(people):
        for key in set(block_keys(f)):
            if key.startswith(prefixes):
                blocks.setdefault(key, []).append(i)
    pairs = set()
    for members in blocks.values():
        if 2 <= len(members) <= BLOCK_MAX:
            pairs.update((a, b) for x, a in enumerate(members) for b in members[x + 1 :])
    return sorted(pairs)


def fit(
    people: list[Features],
    pairs: set[tuple[int, int]],
    iterations: int = 25,
    random_pairs: int = 100_000,
    seed: int = 0,
) -> Model:
    """Learn u (on pairs drawn at random with ``seed``), m (EM per blocking family) and the
    share of ``pairs`` (the candidate pairs) that match."""
    comparisons = list(PARTS)
    n = len(people)
    # u: different people, which random pairs nearly always are
    rng = random.Random(seed)
    u_counts = {c: Counter[str]() for c in comparisons}
    order = sorted(range(n), key=lambda i: people[i].key)  # the same draws in any input order
    for _ in range(random_pairs if n > 1 else 0):
        i, j = order[rng.randrange(n)], order[rng.randrange(n)]
        if i == j:
            continue
        for c, (level, _, _) in zip(comparisons, levels(people[i], people[j]), strict=True):
            if level != NULL:
                u_counts[c][level] += 1
    hand: dict[str, dict[str, float]] = {c: {} for c in comparisons}
    all_patterns = _patterns(people, sorted(pairs), hand)
    keys = {c: sorted(set(u_counts[c]) | set(hand[c])) for c in comparisons}
    u = {c: _shares(u_counts[c], keys[c]) for c in comparisons}
    # start: each level's Bayes factor 2 ** (its hand points)
    m = {
        c: _normalised({lv: u[c][lv] * 2.0 ** hand[c].get(lv, 0.0) for lv in keys[c]})
        for c in comparisons
    }
    learned: dict[str, list[dict[str, float]]] = {c: [] for c in comparisons}
    for fixed, prefixes in SESSIONS.items():
        rows = _patterns(people, session_pairs(people, prefixes), hand)
        free = [c for c in comparisons if c != fixed]
        session_m, _ = _em(rows, {c: m[c] for c in free}, u, 0.3, iterations, keys)
        for c in free:
            learned[c].append(session_m[c])
    m = {
        c: {lv: sum(s[lv] for s in learned[c]) / len(learned[c]) for lv in keys[c]}
        if learned[c]
        else m[c]
        for c in comparisons
    }
    # the chance that two observations drawn at random are one person: EM over all pairs, m and
    # u held, every pair blocking never brings together counted as two people
    _, prior = _em(
        all_patterns, m, u, 1e-4, iterations, keys, learn_m=False, total=n * (n - 1) // 2
    )
    names = Counter(f.name_key for f in people if f.name_key)
    return Model(
        prior=prior,
        m=m,
        u=u,
        name_frequency={key: count / n for key, count in names.items()},
        iterations=iterations,
    )


def _patterns(
    people: list[Features], pairs: list[tuple[int, int]], hand: dict[str, dict[str, float]]
) -> list[tuple[tuple[str, ...], int]]:
    """Pairs compressed to their distinct level patterns (and counts); records hand points."""
    patterns: Counter[tuple[str, ...]] = Counter()
    for a, b in pairs:
        found = levels(people[a], people[b])
        patterns[tuple(lv for lv, _, _ in found)] += 1
        for c, (level, points, _) in zip(PARTS, found, strict=True):
            if level != NULL:
                hand[c].setdefault(level, points)
    return sorted(patterns.items())


def _em(
    rows: list[tuple[tuple[str, ...], int]],
    m: dict[str, dict[str, float]],
    u: dict[str, dict[str, float]],
    prior: float,
    iterations: int,
    keys: dict[str, list[str]],
    learn_m: bool = True,
    total: int = 0,
) -> tuple[dict[str, dict[str, float]], float]:
    """Expectation-maximisation over level patterns; comparisons not in ``m`` are ignored."""
    index = [(k, c) for k, c in enumerate(PARTS) if c in m]
    total = total or sum(count for _, count in rows) or 1
    for _ in range(iterations):
        mass = {c: Counter[str]() for _, c in index}
        matched = 0.0
        for gamma, count in rows:
            pm, pu = prior, 1 - prior
            for k, c in index:
                level = gamma[k]
                if level != NULL:
                    pm *= max(m[c][level], FLOOR)
                    pu *= max(u[c][level], FLOOR)
            p = pm / (pm + pu)
            matched += p * count
            for k, c in index:
                if gamma[k] != NULL:
                    mass[c][gamma[k]] += p * count
        prior = min(max(matched / total, FLOOR), 1 - FLOOR)
        if learn_m:
            m = {c: _shares(mass[c], keys[c]) for _, c in index}
    return m, prior


def _shares(counts: Counter[str], keys: list[str]) -> dict[str, float]:
    """Counts as shares, with a floor so a level never seen keeps a finite weight."""
    total = sum(counts.values())
    return {k: max(counts.get(k, 0) / total if total else 0.0, FLOOR) for k in keys}


def _normalised(values: dict[str, float]) -> dict[str, float]:
    total = sum(values.values()) or 1.0
    return {k: v / total for k, v in values.items()}
