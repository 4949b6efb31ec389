"""A merge with nothing new is skipped; anything a merge reads makes the next one run."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from contactkit import master
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
    master.update(s, RANKING, NOW)
    yield s
    s.close()


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = master.rebuild

    def counting(*args: Any, **kwargs: Any) -> master.MergeStats:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(master, "rebuild", counting)
    return calls


def test_nothing_new_reads_nothing_and_reports_the_last_merge(store, monkeypatch) -> None:
    calls = _spy(monkeypatch)
    stats = master.update(store, RANKING, NOW)
    assert calls == []
    assert (stats.observations, stats.golden, stats.created) == (2, 2, 0)
    _write(store, [_obs("a", "Anna Schmidt", "anna@acme.example")])  # the same again: no-op
    master.update(store, RANKING, NOW)
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


@pytest.mark.parametrize("change", [_bounce, _pin, _apart, _interaction, _changed, _forget])
def test_any_input_of_a_merge_makes_it_run(
    store: Store, monkeypatch, change: Callable[[Store], None]
) -> None:
    change(store)
    calls = _spy(monkeypatch)
    master.update(store, RANKING, NOW)
    assert calls == [1]
    master.update(store, RANKING, NOW)
    assert calls == [1], "and then nothing is new again"


def test_a_changed_setting_makes_it_run(store, monkeypatch) -> None:
    calls = _spy(monkeypatch)
    master.update(store, ["mail", "vcard"], NOW)
    assert calls == [1]
