"""PostgreSQL's bulk path (``contactkit.store.pg_copy``): COPY through a staging table of the
session, the same rows, counts and order as a row-by-row insert; safe across rollbacks; the
executemany path where the role may not make temporary tables."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from contactkit.model import Contact, Interaction, Observation
from contactkit.store import Store
from contactkit.store import schema as t
from contactkit.testing.postgres import (
    create_database,
    create_database_without_temporary_tables,
)

from .test_write_path import _check

NOW = datetime(2026, 11, 1, tzinfo=UTC)


def _mails(count: int, start: int = 0) -> list[Interaction]:
    return [
        Interaction(
            employee_email="me@us.example",
            contact_email=f"c{i % 7}@x.example",
            message_id=f"<{i}>",
            role="received",
            at=NOW + timedelta(minutes=i),
            thread_id=f"<t{i % 3}>" if i % 2 else None,
        )
        for i in range(start, start + count)
    ]


def test_rows_keep_their_order_and_duplicates_are_counted_once(postgres_url: str) -> None:
    store = Store(create_database(postgres_url, "copyorder"))
    mails = list(reversed(_mails(50)))
    first = store.write_batch(run_id=None, source="s", source_type="t", items=mails, state=None)
    # a batch overlapping the stored rows and repeating one of its own
    again = [*_mails(10, 45), _mails(1, 50)[0]]
    second = store.write_batch(run_id=None, source="s", source_type="t", items=again, state=None)
    assert (first.interactions_new, second.interactions_new) == (50, 5)
    with store.engine.connect() as conn:
        stored = conn.execute(
            select(t.interactions.c.at, t.interactions.c.thread_id).order_by(t.interactions.c.id)
        ).all()
    # ids follow the batch's order, as a row-by-row insert gives them
    assert [at for at, _ in stored] == [m.at for m in mails] + [m.at for m in _mails(5, 50)]
    assert sum(thread is None for _, thread in stored) == 28


def test_a_rollback_after_staging_leaves_the_next_batch_working(postgres_url: str) -> None:
    store = Store(create_database(postgres_url, "copyrollback"))
    anna = Contact(name={"full": "Anna Li"}, emails=["anna@x.example"])
    obs = Observation(source="s", source_key="a", seen_at=NOW, contact=anna)
    with pytest.raises(RuntimeError), store.engine.begin() as conn:
        # the transaction that made the staging tables is undone (a killed batch)
        session = conn.connection.driver_connection.info.backend_pid
        store._add_interactions(conn, "s", _mails(3))
        store.save_state(conn, "s", {"folders": {"INBOX": 3}}, delta=True)
        raise RuntimeError("killed")
    counts = store.write_batch(run_id=None, source="s", source_type="t",
                               items=[obs, *_mails(3)], state={"folders": {"INBOX": 3}},
                               delta=True)  # fmt: skip
    assert (counts.observations_new, counts.interactions_new) == (1, 3)
    assert store.load_checkpoint("s") == {"folders": {"INBOX": 3}}
    with store.engine.connect() as conn:  # nothing staged outlives its transaction
        # the same session throughout (used one after the other, the pool holds one)
        assert conn.connection.driver_connection.info.backend_pid == session
        staged = conn.exec_driver_sql("SELECT count(*) FROM contactkit_staging_interactions")
        assert staged.scalar() == 0


def test_without_temporary_tables_executemany_gives_the_same(postgres_url: str) -> None:
    store = Store(create_database_without_temporary_tables(postgres_url, "notemp"))
    _check(store)
    assert store._can_stage is False


def test_a_second_update_in_one_transaction_does_not_meet_the_first(postgres_url: str) -> None:
    store = Store(create_database(postgres_url, "copyupdate"))
    items = [
        Observation(
            source="s", source_key=k, seen_at=NOW, contact=Contact(emails=[f"{k}@x.example"])
        )
        for k in "abc"
    ]
    store.write_batch(run_id=None, source="s", source_type="t", items=items, state=None)
    ids = _ids(store)
    with store.engine.begin() as conn:
        store._update_column(conn, "observations", "id", "bigint", "source_key",
                             [(ids[0], "first"), (ids[1], "first")])  # fmt: skip
        store._update_column(conn, "observations", "id", "bigint", "source_key",
                             [(ids[1], "second"), (ids[2], "second")])  # fmt: skip
        staged = conn.exec_driver_sql(
            "SELECT count(*) FROM contactkit_update_observations_source_key"
        ).scalar()
    assert staged == 2  # the first update's rows were gone before the second's came
    with store.engine.connect() as conn:
        keys = conn.execute(select(t.observations.c.source_key).order_by(t.observations.c.id))
        assert list(keys.scalars()) == ["first", "second", "second"]


def _ids(store: Store) -> list[int]:
    with store.engine.connect() as conn:
        return list(conn.scalars(select(t.observations.c.id).order_by(t.observations.c.id)))
