"""PostgreSQL's bulk path (``contactkit.store.pg_copy``): COPY through a staging table of the
session, the same rows, counts and order as a row-by-row insert; safe across rollbacks; the
executemany path where the role may not make temporary tables."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from sqlalchemy import select

from contactkit.model import Contact, Interaction, Observation
from contactkit.store import Store
from contactkit.store import schema as t
from contactkit.testing.postgres import create_database

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
    base, _, _ = postgres_url.rpartition("/")
    admin = base.replace("postgresql+psycopg://", "postgresql://") + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute("CREATE ROLE ck_notemp LOGIN")
        conn.execute('CREATE DATABASE "notemp" OWNER ck_notemp')
        conn.execute('REVOKE TEMPORARY ON DATABASE "notemp" FROM PUBLIC, ck_notemp')
    host = base.rpartition("@")[2]
    store = Store(f"postgresql+psycopg://ck_notemp@{host}/notemp")
    _check(store)
    assert store._can_stage is False
