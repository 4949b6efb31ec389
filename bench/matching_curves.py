"""Recall at the target precision for the ceiling bench (matching_ceiling.py): pair by pair, and
after clustering over a sweep of thresholds; and the true pairs a learner leaves apart, by what
they share.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np
from matching_pairs import prf
from matching_vectors import COLUMNS, Data

TARGET_P = 0.98


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
