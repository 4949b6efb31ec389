"""Precision and recall on generated duplicates with known truth, and near-linear blocking."""

from __future__ import annotations

from contactkit.matching.blocking import candidate_pairs
from contactkit.matching.clustering import resolve
from contactkit.matching.features import features

from .generator import Generator, pair_metrics


def _run(count: int, seed: int):
    observations = Generator(seed=seed).observations(count)
    people = [features(o["payload"], o["confidence"]) for o in observations]
    resolution = resolve(people)
    predicted = [0] * len(observations)
    for cluster, members in enumerate(resolution.clusters):
        for m in members:
            predicted[m] = cluster
    truth = [o["person"] for o in observations]
    return observations, resolution, pair_metrics(truth, predicted)


def test_precision_and_recall_above_floors() -> None:
    _, resolution, (precision, recall) = _run(20_000, seed=11)
    # measured 0.999+ and 0.95; the floors leave room for generator changes, not for regressions
    assert precision >= 0.99, precision
    assert recall >= 0.94, recall
    assert resolution.reviews, "the review band should catch some same-name pairs"


def test_every_kind_of_duplicate_is_found() -> None:
    observations, resolution, _ = _run(6_000, seed=3)
    right: dict[str, int] = {}
    for link in resolution.links:
        if observations[link.a]["person"] == observations[link.b]["person"]:
            for reason in link.reasons:
                kind = reason.split(" (", 1)[0]
                right[kind] = right.get(kind, 0) + 1
    kinds = " | ".join(right)
    for evidence in ("nickname", "email slip", "phone digits", "swapped", "name slip"):
        assert evidence in kinds, (evidence, kinds)


def test_pairs_grow_linearly_not_quadratically() -> None:
    small = Generator(seed=5).observations(5_000)
    large = Generator(seed=5).observations(20_000)
    pairs_small = len(candidate_pairs([features(o["payload"]) for o in small]))
    pairs_large = len(candidate_pairs([features(o["payload"]) for o in large]))
    # 4x the observations: all pairs would be 16x; blocking stays near 4x
    assert pairs_large / pairs_small < 6, (pairs_small, pairs_large)
    assert pairs_large < 20 * len(large)


def test_metrics_helper_counts_pairs() -> None:
    assert pair_metrics([1, 1, 2, 2], [1, 1, 2, 2]) == (1.0, 1.0)
    precision, recall = pair_metrics([1, 1, 2, 2], [1, 1, 1, 1])
    assert (precision, recall) == (2 / 6, 1.0)
    assert pair_metrics([1, 1, 1], [1, 2, 3]) == (1.0, 0.0)
