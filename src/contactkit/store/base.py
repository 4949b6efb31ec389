"""The store's foundation: the engine, dialect helpers and small shared utilities."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from itertools import islice
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Executable,
    Result,
    bindparam,
    create_engine,
    event,
    insert,
)
from sqlalchemy.dialects import postgresql, sqlite

from contactkit.redact import remember
from contactkit.store import integrity, pg_copy
from contactkit.store import schema as t
from contactkit.store.index_groups import ADDED_LATER, REBUILT_INDEXES


class StoreError(RuntimeError):
    """The store cannot be opened or written; one line, no credentials."""


def as_utc(value: datetime | None) -> datetime | None:
    """SQLite hands datetimes back naive; everything in the store is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def in_utc(value: datetime) -> datetime:
    """A datetime as the store keeps it: in UTC. SQLite's datetime type drops the offset, so a
    mail's ``10:00 +02:00`` would be read back as 10:00 UTC."""
    return value.astimezone(UTC) if value.tzinfo is not None else value


class StoreBase:
    """One SQLAlchemy engine on SQLite (default) or PostgreSQL; the parts of `Store` share it."""

    def __init__(self, url: str, *, create: bool = True) -> None:
        """Open (with ``create``, make) the store; ``StoreError`` says in one line what is wrong.

        The store is checked first (``contactkit.store.integrity``): a missing store is not
        created unless ``create``, an empty or damaged one is refused, the schema version settled.
        """
        self.url = url
        self._copy_statements: dict[Any, str] = {}
        try:
            self.engine: Engine = create_engine(url, future=True)
        except Exception as exc:
            raise StoreError(f"cannot open store: bad URL ({type(exc).__name__})") from None
        where = self.engine.url.render_as_string(hide_password=True)
        if self.engine.url.password:
            remember(str(self.engine.url.password))
        path = integrity.sqlite_path(self.engine)
        if path is not None:
            where = str(path)
        try:
            if path is not None:
                integrity.check_file(path, create=create)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            else:
                pg_copy.watch_rollbacks(self.engine)
            with self.engine.begin() as conn:
                existed = integrity.check_open(conn, path, create=create, where=where)
                t.metadata.create_all(conn)
                integrity.restore_indexes(conn, REBUILT_INDEXES + ADDED_LATER)
                self.meta = integrity.settle_version(conn, existed=existed, where=where)
        except Exception as exc:
            self.engine.dispose()
            raise StoreError(integrity.explain(exc, where, path)) from None

    _can_stage: bool | None = None
    """PostgreSQL: whether bulk writes may go through a staging table (``pg_copy``)."""

    def close(self) -> None:
        self.engine.dispose()

    def _insert(self, table: Any) -> Any:
        """The dialect's INSERT (it alone has ON CONFLICT)."""
        dialect = postgresql if self.engine.dialect.name == "postgresql" else sqlite
        return dialect.insert(table)

    def _event(self, conn: Any, kind: str, values: Iterable[str]) -> None:
        """Tell the next merge who to re-resolve (``master_events``)."""
        rows = [{"kind": kind, "value": value} for value in values]
        if rows:
            conn.execute(insert(t.master_events), rows)

    def _insert_new(self, conn: Any, table: Any, rows: list[dict[str, Any]]) -> int:
        """Insert rows in bulk, skipping those already stored; return how many were new."""
        return self._bulk(conn, table, rows, do_nothing)

    def _bulk(
        self, conn: Any, table: Any, rows: list[dict[str, Any]], conflict: pg_copy.Conflict
    ) -> int:
        """Write rows in bulk with ``conflict``'s ``ON CONFLICT`` clause; return how many were
        written. SQLite: the driver's executemany. PostgreSQL: COPYed through a staging table
        (``pg_copy``), or psycopg's executemany where the role may not make one; rows that
        ``conflict`` updates must then be distinct on its key (one statement takes them all)."""
        if not rows:
            return 0
        if self.engine.dialect.name == "sqlite":
            return self._sqlite_executemany(conn, table, conflict(self._insert(table)), rows)
        if not self._stages(conn):
            return self._driver_executemany(conn, table, conflict(self._insert(table)), rows)
        names = [name for name in rows[0] if name in table.c]
        values = self._row_values(table, names, rows)
        return pg_copy.copy_insert(conn, table, names, values, conflict, self._copy_statements)

    def _stages(self, conn: Any) -> bool:
        """PostgreSQL: whether this store's role may make staging tables (asked once)."""
        if self._can_stage is None:
            self._can_stage = pg_copy.can_stage(conn)
        return self._can_stage

    def _sqlite_executemany(self, conn: Any, table: Any, stmt: Any, rows: list[dict]) -> int:
        """The driver's own executemany over plain tuples: SQLAlchemy's per-row parameter work
        was most of a harvest's store time. Its rowcount sums the rows each one inserted."""
        sql, order = self._compiled_for_rows(table, stmt, rows)
        return conn.exec_driver_sql(sql, self._row_values(table, order, rows)).rowcount

    def _row_values(self, table: Any, names: list[str], rows: list[dict]) -> list[tuple]:
        """Each row's values in the order of ``names``, through the columns' bind processors
        (what the driver is handed; SQLAlchemy's per-row parameter work costs more)."""
        dialect = self.engine.dialect
        processors = [table.c[name].type._cached_bind_processor(dialect) for name in names]
        return [
            tuple(
                value if proc is None or value is None else proc(value)
                for value, proc in zip((row[name] for name in names), processors, strict=True)
            )
            for row in rows
        ]

    def _driver_executemany(self, conn: Any, table: Any, stmt: Any, rows: list[dict]) -> int:
        """PostgreSQL without a staging table: psycopg's executemany, which pipelines the rows
        in one round trip and sums what each inserted."""
        sql, order = self._compiled_for_rows(table, stmt, rows)
        params = [
            dict(zip(order, values, strict=True)) for values in self._row_values(table, order, rows)
        ]
        cursor = conn.connection.driver_connection.cursor()
        try:
            cursor.executemany(sql, params)
            return cursor.rowcount
        finally:
            cursor.close()

    def _compiled_for_rows(self, table: Any, stmt: Any, rows: list[dict]) -> tuple[str, list[str]]:
        """The statement for these rows' columns and its parameter order."""
        dialect = self.engine.dialect
        names = [name for name in rows[0] if name in table.c]
        binds = {name: bindparam(name, type_=table.c[name].type) for name in names}
        compiled = stmt.values(binds).compile(dialect=dialect)
        return str(compiled), list(compiled.positiontup or names)


def do_nothing(stmt: Any) -> Any:
    """``ON CONFLICT DO NOTHING`` (for ``StoreBase._bulk``)."""
    return stmt.on_conflict_do_nothing()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets `contactkit contacts` read while a run writes; NORMAL is durable at each commit
    # in WAL mode, which is what "a crash never leaves half a batch" needs.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


@contextmanager
def maybe_begin(store: StoreBase, conn: Any) -> Iterator[Any]:
    """The caller's transaction when it has one, else a new one."""
    if conn is not None:
        yield conn
    else:
        with store.engine.begin() as new:
            yield new


def json_value(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def streamed(conn: Connection, query: Executable, rows: int) -> Result[Any]:
    """``query``'s rows fetched ``rows`` at a time. On PostgreSQL this takes a server-side
    cursor: ``Result.yield_per`` called after ``execute`` only slices rows that psycopg has
    already fetched whole (a 1M store's block index held hundreds of megabytes)."""
    return conn.execution_options(yield_per=rows).execute(query)


def chunks(values: Iterable[Any], size: int) -> Iterator[Any]:
    """``values`` in runs of ``size``: slices of a sequence, lists of anything else."""
    if isinstance(values, Sequence):
        for i in range(0, len(values), size):
            yield values[i : i + size]
        return
    rest = iter(values)
    while batch := list(islice(rest, size)):
        yield batch
