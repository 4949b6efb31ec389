"""The store's streamed readers stream on PostgreSQL too: each takes a server-side cursor.

psycopg fetches a plain cursor's result whole, so a reader that only sliced it afterwards held
the whole table (the 1M import's block index); on SQLite every cursor is lazy anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import event

from contactkit.store import Store
from contactkit.testing.postgres import create_database

READERS: dict[str, Callable[[Store], Any]] = {
    "latest_node_ids": lambda s: s.latest_node_ids(10**9),
    "golden_owners": lambda s: list(s.golden_owners()),
    "block_rows": lambda s: list(s.block_rows()),
    "nodes_in_sort_order": lambda s: list(s.nodes_in_sort_order()),
    "golden_by_organization": lambda s: list(s.golden_by_organization()),
    "contact_observations": lambda s: list(s.contact_observations()),
    "interaction_rows": lambda s: list(s.interaction_rows()),
}


@pytest.mark.parametrize("reader", READERS)
def test_a_streamed_reader_takes_a_server_side_cursor(postgres_url: str, reader: str) -> None:
    store = Store(create_database(postgres_url, f"streamed_{reader}"))
    cursors: list[str] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def _seen(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "DECLARE")):
            cursors.append(type(cursor).__name__)

    READERS[reader](store)
    store.close()
    assert cursors == ["ServerCursor"]
