"""Clusters from the ceiling bench's pairs (matching_ceiling.py): what a perfect model on a set of
pairs would reach, plain union-find on learned probabilities, the matcher's own clustering on
them, and the hand points through the matcher's clustering as the reference.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from matching_pairs import prf
from matching_vectors import Data
from union_find import components

from contactkit.matching.clustering import Thresholds, resolve
from contactkit.matching.features import Features


def blocking_ceiling(data: Data, pairs: Any) -> float:
    """Recall of a perfect model on these pairs: every true pair among them taken, and the
    true pairs their chains reach (transitivity), no false one."""
    true = ((a, b) for a, b in pairs if data.truth[a] == data.truth[b])
    _, r, _ = prf(data.truth, components(len(data.records), true))
    return r


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


def matcher_reference(data: Data) -> tuple[float, float]:
    """The hand points through the matcher's own clustering, in memory (no store)."""
    res = resolve([r.f for r in data.records], data.keys, pairs=data.matcher)
    cluster = [0] * len(data.records)
    for c, members in enumerate(res.clusters):
        for m in members:
            cluster[m] = c
    p, r, _ = prf(data.truth, cluster)
    return p, r
