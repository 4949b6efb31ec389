"""A bug in one pair's comparison is reported, and every merge path still gives the same records.

The bug is injected (a comparison that raises for some names); the oracle tests of
``test_incremental`` then run with it: incremental against full rebuild, streamed against in
memory.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from store.test_incremental import _hold_streamed_to_rebuild, _hold_to_rebuild

from contactkit.matching import faults, scoring
from contactkit.matching.features import Features, features
from contactkit.pipeline import Pipeline
from contactkit.store import Store

from .conftest import PEOPLE, make_config

real_generation_points = scoring._generation_points


def _buggy(names: tuple[str, ...]) -> Any:
    """``_generation_points`` that raises when either side's name holds one of ``names``."""

    def generation_points(a: Features, b: Features) -> tuple[float, str]:
        if any(n in f.display for f in (a, b) for n in names):
            raise IndexError("string index out of range")
        return real_generation_points(a, b)

    return generation_points


def _person(key: str, name: str, email: str) -> Features:
    return features({"name": {"full": name}, "emails": [email]}, key=key)


def test_a_failing_comparison_scores_no_points_and_names_both_records(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(scoring, "_generation_points", _buggy(("Ito",)))
    a = _person("vcard\x1fk-2", "Ken Ito", "ken@ito.example")
    b = _person("mail\x1fken@ito.example", "Ken Ito", "ken@ito.example")
    with faults.collecting() as failed:
        assert scoring.score(a, b) == (0.0, [faults.NOT_COMPARED])
        scoring.score(b, a)  # the same pair again: one line
    assert failed.count == 1
    assert failed.lines == [
        "mail:ken@ito.example + vcard:k-2: not compared "
        "(IndexError: string index out of range); kept apart"
    ]
    assert caplog.messages == failed.lines  # logged as it happens, too
    # a pair the bug does not meet is scored as before
    c = _person("vcard\x1fk-3", "Ada Berg", "ada@berg.example")
    d = _person("mail\x1fada@berg.example", "Ada Berg", "ada@berg.example")
    assert scoring.score(c, d)[0] >= 5


def test_a_bug_that_meets_every_pair_is_counted_not_listed(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(scoring, "_generation_points", _buggy(("",)))
    people = [_person(f"s\x1f{i}", "Ken Ito", f"k{i}@ito.example") for i in range(30)]
    with caplog.at_level(logging.WARNING), faults.collecting() as failed:
        for i in range(1, 30):
            scoring.score(people[0], people[i])
    assert failed.count == 29
    assert len(failed.lines) == len(caplog.messages) == faults.KEPT


@pytest.mark.parametrize(
    ("oracle", "seed"),
    [*(("incremental", seed) for seed in range(3)), *(("streamed", seed) for seed in (200, 201))],
)
def test_every_merge_path_still_gives_the_same_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, oracle: str, seed: int
) -> None:
    """Incremental against a full rebuild, streamed against in memory, with the bug in place."""
    monkeypatch.setattr(scoring, "_generation_points", _buggy(("Ito", "Carla")))
    seen = _count_faults(monkeypatch)
    one = Store(f"sqlite:///{tmp_path / 'one.db'}")
    other = Store(f"sqlite:///{tmp_path / 'other.db'}")
    if oracle == "incremental":
        _hold_to_rebuild(monkeypatch, one, other, seed, 40)
    else:
        _hold_streamed_to_rebuild(monkeypatch, one, other, seed, 30)
    assert seen["pairs"] > 0  # the bug met pairs: the oracle held with it


def _count_faults(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    seen = {"pairs": 0}
    real = faults.not_compared

    def counting(*args: Any) -> tuple[float, list[str]]:
        seen["pairs"] += 1
        return real(*args)

    monkeypatch.setattr(faults, "not_compared", counting)
    return seen


def test_the_run_reports_the_pair_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_registry: Any
) -> None:
    monkeypatch.setattr(scoring, "_generation_points", _buggy(("Maier",)))
    report = Pipeline(make_config(tmp_path, PEOPLE), registry=fresh_registry).run()
    assert report.errors == [
        "merge: listsource:b1 + listsource:b2: not compared "
        "(IndexError: string index out of range); kept apart"
    ]
    assert report.merge["pairs not compared"] == 1
    assert report.status == "partial"
    # the Anna pair merged as always; the two Bernd records stay apart; every record is written
    assert report.merge["golden records"] == 5
    assert report.sinks["jsonl"].statuses["created"] == 5
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 5
