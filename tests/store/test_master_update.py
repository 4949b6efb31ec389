"""A merge with nothing new is skipped; anything a merge reads makes the next one run."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from contactkit import incremental, master
from contactkit.forget import forget_person
from contactkit.model import Contact, Interaction, Observation
from contactkit.store import Store

NOW = datetime(2026, 11, 1, tzinfo=UTC)
RANKING = ["vcard", "mail"]


def _obs(key: str, name: str, email: str) -> Observation:
    contact = Contact(name={"full": name}, emails=[email])
    return Observation(source="mail", source_key=key, contact=contact, seen_at=NOW)


def _write(store: Store, items: list[Any]) -> None:
    store.write_batch(run_id=None, source="mail", source_type="mail", items=items, state=None)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(f"sqlite:///{tmp_path / 's.db'}")
    _write(s, [_obs("a", "Anna Schmidt", "anna@acme.example"), _obs("b", "Bo Li", "bo@x.example")])
    incremental.merge(s, RANKING, NOW)
    yield s
    s.close()


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Which merges ran: 'incremental', 'rebuild'."""
    calls: list[str] = []
    rebuild, update = master.rebuild, incremental.update

    def counting_rebuild(*args: Any, **kwargs: Any) -> master.MergeStats:
        calls.append("rebuild")
        return rebuild(*args, **kwargs)

    def counting_update(*args: Any, **kwargs: Any) -> Any:
        done = update(*args, **kwargs)
        if done is not None:
            calls.append("incremental")
        return done

    monkeypatch.setattr(master, "rebuild", counting_rebuild)
    monkeypatch.setattr(incremental, "update", counting_update)
    return calls


def test_nothing_new_reads_nothing_and_reports_the_last_merge(store, monkeypatch) -> None:
    calls = _spy(monkeypatch)
    stats = incremental.merge(store, RANKING, NOW)
    assert calls == []
    assert (stats.observations, stats.golden, stats.created) == (2, 2, 0)
    _write(store, [_obs("a", "Anna Schmidt", "anna@acme.example")])  # the same again: no-op
    incremental.merge(store, RANKING, NOW)
    assert calls == []


def _bounce(s: Store) -> None:
    s.add_bounce("bo@x.example", NOW, "test")


def _pin(s: Store) -> None:
    s.set_pin(next(iter(s.golden_rows())), "title", "CEO")


def _apart(s: Store) -> None:
    s.add_match_decisions("apart", [("mail\x1fa", "mail\x1fb")], "test")


def _interaction(s: Store) -> None:
    item = Interaction(
        employee_email="me@us.example", contact_email="bo@x.example", message_id="<m1>",
        role="received", at=NOW,
    )  # fmt: skip
    _write(s, [item])


def _changed(s: Store) -> None:
    _write(s, [_obs("b", "Bo Li", "bo.li@x.example")])


def _forget(s: Store) -> None:
    forget_person(s, "bo@x.example")


@pytest.mark.parametrize(
    ("change", "merge"),
    [
        (_bounce, "incremental"),
        (_pin, "incremental"),
        (_apart, "incremental"),
        (_interaction, "incremental"),
        (_changed, "incremental"),
        (_forget, "rebuild"),  # an erasure is rare: the rebuild does it
    ],
)
def test_any_input_of_a_merge_makes_it_run(
    store: Store, monkeypatch, change: Callable[[Store], None], merge: str
) -> None:
    change(store)
    calls = _spy(monkeypatch)
    incremental.merge(store, RANKING, NOW)
    assert calls == [merge]
    incremental.merge(store, RANKING, NOW)
    assert calls == [merge], "and then nothing is new again"


def test_a_changed_setting_makes_it_rebuild(store, monkeypatch) -> None:
    calls = _spy(monkeypatch)
    incremental.merge(store, ["mail", "vcard"], NOW)
    assert calls == ["rebuild"]
