"""Checkpoints: whole states replace, deltas merge entry by entry, old stores still load."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import insert

from contactkit.model import Checkpoint, utcnow
from contactkit.store import Store
from contactkit.store import schema as t


def _save(store: Store, state: dict, delta: bool = False) -> None:
    store.write_batch(run_id=None, source="src", source_type="x", items=[], state=state,
                      delta=delta)  # fmt: skip


def test_deltas_merge_and_none_removes(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    _save(store, {"files": {"a": {"n": 1}}, "v": 2})
    _save(store, {"files": {"b": {"n": 2}}}, delta=True)
    _save(store, {"files": {"a": {"n": 3}, "c": None}, "v": 3}, delta=True)
    assert store.load_checkpoint("src") == {"files": {"a": {"n": 3}, "b": {"n": 2}}, "v": 3}
    _save(store, {"files": {"a": None}}, delta=True)
    assert store.load_checkpoint("src") == {"files": {"b": {"n": 2}}, "v": 3}
    _save(store, {"files": {}, "other": [1, 2]})  # whole: replaces everything
    assert store.load_checkpoint("src") == {"files": {}, "other": [1, 2]}
    assert store.load_checkpoint("elsewhere") == {}


def test_a_delta_writes_its_own_entries_only(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    for i in range(50):
        _save(store, {"files": {f"f{i}": {"n": i}}}, delta=True)
    with store.engine.connect() as conn:
        ids = sorted(r.id for r in conn.execute(t.checkpoint_entries.select()))
    assert len(ids) == 50 and ids[-1] == 50, "one row per entry, none rewritten"
    assert list(store.load_checkpoint("src")["files"]) == [f"f{i}" for i in range(50)]


def test_a_store_from_before_deltas_keeps_its_state(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    with store.engine.begin() as conn:
        conn.execute(
            insert(t.checkpoints).values(
                source="src", state={"files": {"a": 1}, "v": 1}, updated_at=utcnow()
            )
        )
    assert store.load_checkpoint("src") == {"files": {"a": 1}, "v": 1}
    _save(store, {"files": {"b": 2}}, delta=True)
    assert store.load_checkpoint("src") == {"files": {"a": 1, "b": 2}, "v": 1}
    with store.engine.connect() as conn:
        assert conn.execute(t.checkpoints.select()).first() is None


def test_checkpoint_apply_folds_deltas() -> None:
    state = Checkpoint(state={"files": {"a": 1}}).apply({"old": 1})
    state = Checkpoint(state={"files": {"b": 2, "a": None}}, delta=True).apply(state)
    assert state == {"files": {"b": 2}}
