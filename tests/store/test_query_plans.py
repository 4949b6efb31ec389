"""The rebuild's and the merge's reads of observations by id go by the primary key.

Given ``kind = ?`` beside an id list or range, SQLite's planner (no statistics) walked the
(kind, source, ...) unique index over every contact row for each query: a rebuild's reads grew
with the square of the store. The plans are read off the statements the store really runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event

from contactkit.store import Store


def _plans(store: Store, read: Any) -> list[str]:
    seen: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "FROM observations" in statement:
            seen.append((statement, params))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        read()
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    assert seen, "the read ran no query on observations"
    with store.engine.connect() as conn:
        driver = conn.connection.driver_connection
        return [
            " | ".join(row[-1] for row in driver.execute(f"EXPLAIN QUERY PLAN {sql}", params))
            for sql, params in seen
        ]


def test_reads_by_id_use_the_primary_key(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'plans.db'}")
    ids = list(range(1, 1001))
    reads = {
        "stored_observations": lambda: store.stored_observations(ids),
        "observations_in_range": lambda: store.observations_in_range(ids),
        "observations_after": lambda: store.observations_after(10, 5000),
    }
    for name, read in reads.items():
        for plan in _plans(store, read):
            assert "PRIMARY KEY" in plan and "autoindex" not in plan, f"{name}: {plan}"
    store.close()
