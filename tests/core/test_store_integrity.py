"""A store that refuses to lose decisions: empty, damaged, unwritable, missing, newer."""

from __future__ import annotations

import json
import os
import sqlite3
from collections import namedtuple
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from contactkit.cli import cli
from contactkit.store import Store, StoreError
from contactkit.store.integrity import SCHEMA_VERSION

from .test_cli import workdir  # noqa: F401 (fixture)


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def one_line(result) -> str:
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    return lines[0]


def test_a_store_emptied_to_zero_bytes_is_refused_not_replaced(workdir: Path) -> None:  # noqa: F811
    assert run("run").exit_code == 0
    assert run("forget", "anna@acme.example", "--yes").exit_code == 0
    db = workdir / "contactkit.db"
    Store(f"sqlite:///{db}").close()  # checkpoints the WAL into the file
    for side in ("-wal", "-shm"):
        Path(f"{db}{side}").unlink(missing_ok=True)
    db.write_bytes(b"")
    for command in (["run"], ["report"], ["contacts"]):
        result = run(*command)
        assert result.exit_code == 2
        line = one_line(result)
        assert "is empty (0 bytes) but a store was here: restore it from a backup" in line
    assert db.stat().st_size == 0  # nothing replaced it


def test_a_damaged_store_is_one_line_exit_2_not_a_traceback(workdir: Path) -> None:  # noqa: F811
    assert run("run").exit_code == 0
    db = workdir / "contactkit.db"
    Store(f"sqlite:///{db}").close()
    for side in ("-wal", "-shm"):
        Path(f"{db}{side}").unlink(missing_ok=True)
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) > 3 * page
    data[2 * page + 8 : 3 * page] = os.urandom(page - 8)  # a page in the middle, garbled
    db.write_bytes(bytes(data))
    result = run("report")
    assert result.exit_code == 2
    line = one_line(result)
    assert f"store {db} is damaged" in line and "restore it from a backup" in line
    assert "Traceback" not in result.output


def test_a_file_that_is_no_database_is_damaged(tmp_path: Path) -> None:
    db = tmp_path / "contactkit.db"
    db.write_text("these are notes, not a store\n" * 200)
    with pytest.raises(StoreError, match=r"is damaged \(file is not a database\)"):
        Store(f"sqlite:///{db}")


def test_os_errors_are_explained(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"folder .*nowhere does not exist"):
        Store(f"sqlite:///{tmp_path / 'nowhere' / 'contactkit.db'}")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who may write anywhere (root): no permission to miss")
        with pytest.raises(StoreError, match=r"no permission to write in folder"):
            Store(f"sqlite:///{locked / 'contactkit.db'}")
    finally:
        locked.chmod(0o700)


def test_an_unwritable_store_names_the_cause(tmp_path: Path, monkeypatch) -> None:
    """Even as root: a store whose folder is gone between check and open, or read-only media."""
    db = tmp_path / "contactkit.db"
    Store(f"sqlite:///{db}").close()
    uri = f"sqlite:///file:{db}?mode=ro&uri=true"
    store = Store(uri)  # opening read-only media works...
    with pytest.raises(Exception) as caught, store.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE x (a)")
    assert "readonly" in str(caught.value).lower()
    from contactkit.store.integrity import explain

    line = explain(caught.value, str(db), db)
    assert line == f"cannot write store {db}: the file or its folder is read-only"


def test_read_only_commands_never_create_a_store(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    for command in (["contacts"], ["report"], ["show", "x@y.example"], ["report", "--errors"]):
        result = run(*command)
        assert result.exit_code == 2, result.output
        assert "no store at" in one_line(result)
    assert list(tmp_path.iterdir()) == []


def test_schema_version_is_written_and_a_newer_store_refused(tmp_path: Path) -> None:
    db = tmp_path / "contactkit.db"
    store = Store(f"sqlite:///{db}")
    assert store.meta["schema_version"] == str(SCHEMA_VERSION)
    store.close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE store_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match=r"schema version 99; this contactkit reads up to"):
        Store(f"sqlite:///{db}")


def test_an_old_store_is_upgraded_and_its_suppressions_hashed(tmp_path: Path) -> None:
    db = tmp_path / "contactkit.db"
    Store(f"sqlite:///{db}").close()
    with sqlite3.connect(db) as conn:  # what a store from before versioning looked like
        conn.execute("DROP TABLE store_meta")
        conn.execute(
            "INSERT INTO suppressions VALUES ('jane.doe@contoso.example', 'forgotten', "
            "'2026-01-01 00:00:00')"
        )
    store = Store(f"sqlite:///{db}")
    assert store.meta["schema_version"] == str(SCHEMA_VERSION)
    (value,) = store.suppressed_values()
    assert "jane" not in value and len(value) == 64
    assert store.suppression_digest("Jane.Doe@Contoso.example") == value


def test_a_disk_full_mid_run_is_one_line_that_says_what_to_do(workdir: Path, monkeypatch) -> None:  # noqa: F811
    from contactkit.store.runs import RunsPart

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    assert run("run").exit_code == 0
    from sqlalchemy.exc import OperationalError

    def start_run(self):
        raise OperationalError(
            "INSERT INTO runs", {}, sqlite3.OperationalError("database or disk is full")
        )

    monkeypatch.setattr(RunsPart, "start_run", start_run)
    result = run("run")
    assert result.exit_code == 2
    assert one_line(result) == (
        "error: the store's disk is full: free space, then run again (the run resumes)"
    )


def test_a_version_3_store_gets_names_chance_and_its_next_merge_rebuilds(
    workdir: Path,  # noqa: F811
) -> None:
    assert run("run").exit_code == 0
    db = workdir / "contactkit.db"
    store = Store(f"sqlite:///{db}")
    state = store.master_state()
    counted = store.names_touching([], [], [r.name_key for r in _names(db)])
    store.close()
    assert counted and all(row.chance >= 1 for row in counted.values())
    with sqlite3.connect(db) as conn:  # match_names and the index state as version 3 wrote them
        conn.execute("DROP TABLE match_names")
        conn.execute(
            "CREATE TABLE match_names (name_key VARCHAR(300) PRIMARY KEY, given_key VARCHAR(200)"
            " NOT NULL, family VARCHAR(200) NOT NULL, bearers INTEGER NOT NULL)"
        )
        conn.execute("UPDATE store_meta SET value = '3' WHERE key = 'schema_version'")
        index = {**state["index"], "names": True}
        conn.execute("UPDATE master_state SET value = ? WHERE name = 'index'", [json.dumps(index)])
        conn.execute("UPDATE master_state SET value = 'null' WHERE name = 'mark'")
    store = Store(f"sqlite:///{db}")
    assert store.meta["schema_version"] == str(SCHEMA_VERSION)
    assert _names(db) == []  # made anew, empty until the next merge
    store.close()
    assert run("run").exit_code == 0
    assert {r.name_key: tuple(r) for r in _names(db)} == {k: tuple(r) for k, r in counted.items()}


_Name = namedtuple("_Name", "name_key given_key family bearers chance")


def _names(db: Path) -> list[Any]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute("SELECT name_key, given_key, family, bearers, chance FROM match_names")
        return [_Name(*row) for row in rows]


def _index_names(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_a_rebuild_killed_midway_leaves_a_store_that_gets_its_indexes_back(
    workdir: Path,  # noqa: F811
) -> None:
    assert run("run").exit_code == 0
    db = workdir / "contactkit.db"
    full = _index_names(db)
    assert {"ix_match_blocks_key", "ix_match_nodes_golden", "ix_golden_emails_email"} <= full
    store = Store(f"sqlite:///{db}")
    store.clear_derived_for_rebuild()  # a rebuild's first step; it is killed here
    store.engine.dispose()
    assert not _index_names(db) >= full
    Store(f"sqlite:///{db}").close()
    assert _index_names(db) == full
    assert run("rebuild").exit_code == 0
    assert _index_names(db) == full


def test_a_store_from_before_the_reviews_index_gets_it_and_a_scoped_lookup_uses_it(
    tmp_path: Path,
) -> None:
    db = tmp_path / "old.db"
    Store(f"sqlite:///{db}").close()
    added = {"ix_match_reviews_b", "ix_match_decisions_b"}
    with sqlite3.connect(db) as conn:
        for name in added:
            conn.execute(f"DROP INDEX {name}")  # as a store made by an earlier version
    assert not added & _index_names(db)
    Store(f"sqlite:///{db}").close()
    assert added <= _index_names(db)
    with sqlite3.connect(db) as conn:
        # what an incremental merge asks: the reviews naming a few keys, on either side
        plan = conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM match_reviews WHERE a IN (?, ?) OR b IN (?, ?)",
            ("k1", "k2", "k1", "k2"),
        ).fetchall()
    steps = " / ".join(row[-1] for row in plan)
    assert "SCAN match_reviews" not in steps, steps
    assert "ix_match_reviews_b" in steps, steps
