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

from contactkit.matching import faults, name_points, scoring
from contactkit.matching import features as features_module
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


real_family_relation = name_points.family_relation


def _names_bug(givens: set[str]) -> Any:
    """``family_relation`` (the name comparison both ``score`` and the cluster check call) that
    raises for two given names."""

    def family_relation(x: Any, y: Any) -> str:
        if {x.given_raw, y.given_raw} == givens:
            raise IndexError("string index out of range")
        return real_family_relation(x, y)

    return family_relation


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


def _always_raises(x: Any, y: Any) -> str:
    raise IndexError("string index out of range")


BUGS = {
    "a comparison in score": [(scoring, "_generation_points", _buggy(("Ito", "Carla")))],
    "the name comparison, also in the cluster check": [
        (name_points, "family_relation", _names_bug({"jon", "john"})),
    ],
}


@pytest.mark.parametrize("bug", BUGS)
@pytest.mark.parametrize(
    ("oracle", "seed"),
    [*(("incremental", seed) for seed in range(3)), *(("streamed", seed) for seed in (200, 201))],
)
def test_every_merge_path_still_gives_the_same_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, oracle: str, seed: int, bug: str
) -> None:
    """Incremental against a full rebuild, streamed against in memory, with the bug in place."""
    for patch in BUGS[bug]:
        monkeypatch.setattr(*patch)
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
    real = faults.record

    def counting(*args: Any) -> None:
        seen["pairs"] += 1
        real(*args)

    monkeypatch.setattr(faults, "record", counting)
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


KEN_ITO = [
    # z shares an address with each of x and y; x and y share nothing and their names
    # compare (the bug) in the cluster check that z's second link runs
    {"key": "z", "name": {"given": "Ken", "family": "Ito"},
     "emails": ["ken@ito.example", "kito@mail.example"]},
    {"key": "x", "name": {"given": "Kenneth", "family": "Ito"}, "emails": ["ken@ito.example"]},
    {"key": "y", "name": {"given": "Kenny", "family": "Ito"}, "emails": ["kito@mail.example"]},
]  # fmt: skip


def test_a_name_comparison_failing_in_the_cluster_check_holds_the_link_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_registry: Any
) -> None:
    monkeypatch.setattr(name_points, "family_relation", _names_bug({"kenneth", "kenny"}))
    seen = _count_faults(monkeypatch)
    report = Pipeline(make_config(tmp_path, KEN_ITO), registry=fresh_registry).run()
    assert seen["pairs"] == 2  # scoring x and y, then checking z's second link: x's name and y's
    assert report.status == "partial"
    assert report.errors == [  # one pair, named once
        "merge: listsource:x + listsource:y: not compared (IndexError: string index out of "
        "range); kept apart"
    ]
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == report.merge["golden records"]


def test_a_run_that_changes_nothing_reports_the_pair_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_registry: Any
) -> None:
    monkeypatch.setattr(scoring, "_generation_points", _buggy(("Maier",)))
    config = make_config(tmp_path, PEOPLE)
    first = Pipeline(config, registry=fresh_registry).run()
    second = Pipeline(config, registry=fresh_registry).run()
    assert second.sources["listsource"].read == 0  # nothing new: the last merge's result stands
    assert (second.status, second.errors) == ("partial", first.errors)
    assert second.merge["pairs not compared"] == 1


def test_a_second_merge_in_the_run_keeps_the_first_ones_faults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_registry: Any
) -> None:
    from contactkit.plugin import Enricher

    class Nothing(Enricher):
        name = "nothing"

        def enrich(self, organizations: Any) -> Any:
            return iter(())

    fresh_registry.enrichers["nothing"] = Nothing  # a run with an enricher merges twice
    monkeypatch.setattr(scoring, "_generation_points", _buggy(("Maier",)))
    config = make_config(tmp_path, PEOPLE, enrichers=[{"type": "nothing"}])
    report = Pipeline(config, registry=fresh_registry).run()
    assert report.status == "partial"
    assert report.merge["pairs not compared"] == 1
    assert len(report.errors) == 1


def test_a_secret_in_the_message_is_masked_before_the_line_is_cut() -> None:
    from contactkit.redact import REDACTOR

    secret = "s3cr3t-TOKEN-abcdefgh"
    REDACTOR.remember(secret)
    try:
        with faults.collecting() as failed:
            faults.record("a\x1f1", "b\x1f2", ValueError("x" * 150 + f" token={secret} more"))
    finally:
        REDACTOR.forget_all()
    [line] = failed.lines
    assert "s3cr3t" not in line and "TOKEN" not in line


def test_pairs_past_the_remembered_ones_are_counted_in_flat_memory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(faults, "DEDUPED", 5)
    with faults.collecting() as failed:
        for i in range(50):
            faults.record(f"s\x1f{i}", "t\x1f0", IndexError("x"))
            faults.record(f"s\x1f{i}", "t\x1f0", IndexError("x"))  # scored twice: once if known
    assert len(failed._seen) == 5
    assert failed.count == 5 + 2 * 45


SWITCHBOARD = [
    # one number under three family names: a switchboard, whose sharing is counted by comparing
    # the names behind it; Ada Berg's own address joins her two records
    {"key": f"s{i}", "name": {"given": given, "family": family},
     "phones": [{"text": "+49 30 9000 100", "kind": "work"}], "emails": [email]}
    for i, (given, family, email) in enumerate(
        [("Ada", "Berg", "ada@berg.example"), ("Ada", "Berg", "ada@berg.example"),
         ("Bo", "Lind", "bo@lind.example"), ("Cy", "Moor", "cy@moor.example")]
    )
]  # fmt: skip


def test_a_failing_comparison_of_the_names_behind_a_shared_number_counts_them_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_registry: Any
) -> None:
    monkeypatch.setattr(features_module, "family_relation", _always_raises)
    report = Pipeline(make_config(tmp_path, SWITCHBOARD), registry=fresh_registry).run()
    assert report.status == "partial"
    assert report.errors and all(
        line.startswith("merge: name:") and line.endswith("; counted as two people")
        for line in report.errors
    )
    assert report.merge["golden records"] == 3  # the two Ada Berg records still one person
