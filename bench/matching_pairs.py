"""Pairwise scores of a clustering against the truth: pairs joined in both, precision, recall, F1;
and the clusters once a person answered every open review pair "same"."""

from __future__ import annotations

from collections import Counter
from typing import Any

from union_find import components


def pair_counts(truth: list[Any], predicted: list[Any]) -> tuple[int, int, int]:
    def pairs(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    return (
        pairs(Counter(zip(truth, predicted, strict=True))),
        pairs(Counter(predicted)),
        pairs(Counter(truth)),
    )


def prf(truth: list[Any], predicted: list[Any]) -> tuple[float, float, float]:
    joint, pred, true = pair_counts(truth, predicted)
    p = joint / pred if pred else 1.0
    r = joint / true if true else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def after_review(keys: list[tuple[str, str]], cluster: list[str], reviews: list) -> list[int]:
    """Clusters once a person answered "same" to every open review pair."""
    index = {tuple(k): i for i, k in enumerate(keys)}
    first: dict[str, int] = {}
    members = [(first.setdefault(c, i), i) for i, c in enumerate(cluster)]
    answered = [(index[tuple(a)], index[tuple(b)]) for a, b in reviews]
    return components(len(keys), members + answered)
