"""PostgreSQL's bulk path: a batch's rows are COPYed into a staging table of the session, then
moved in with one ``INSERT ... SELECT ... ON CONFLICT`` (or set with one ``UPDATE ... FROM``),
all in the caller's transaction; rows no one else can conflict with are COPYed straight in.

psycopg's executemany binds and executes each row on its own: the client formats every row as
parameters and the server runs the insert once per row. COPY sends the rows as one stream the
server parses in bulk, and the insert runs once per batch (what a harvest's writer and the
server, sharing the machine's cores with the reading, pay: ``bench/email_harvest_bench.py
--pg``, figures in docs/email_harvest.md).

The staging table is ``TEMPORARY ... ON COMMIT DELETE ROWS``: private to the session, emptied at
every commit and before each batch, so nothing staged outlives its batch and a killed process
leaves nothing behind. It is made once per connection; a rollback (which may have undone the
making) makes the next batch ask again (``IF NOT EXISTS``). Rows keep their order
(``ordinal``), so ids come out as a row-by-row insert gives them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Table, column, event, select
from sqlalchemy import table as table_clause
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Connection, Engine

STAGED = "contactkit_staged"
"""Key, in the pooled connection's ``info``, of the staging tables made on it."""
ORDINAL = "contactkit_ordinal"
"""The staging table's extra column: each row's place in its batch."""

Conflict = Callable[[postgresql.Insert], postgresql.Insert]
"""Adds the ``ON CONFLICT`` clause to the insert (``on_conflict_do_nothing`` and the like)."""


def watch_rollbacks(engine: Engine) -> None:
    """Forget a connection's staging tables when it rolls back: the rollback may have undone
    the transaction that made them."""
    for name in ("rollback", "rollback_savepoint"):
        event.listen(engine, name, _forget_staged)


def _forget_staged(conn: Connection, *_: Any) -> None:
    if not conn.invalidated:
        conn.connection.info.pop(STAGED, None)


def can_stage(conn: Connection) -> bool:
    """Whether the store's role may make temporary tables (a locked-down database may not)."""
    query = "SELECT has_database_privilege(current_database(), 'TEMPORARY')"
    return bool(conn.exec_driver_sql(query).scalar())


def staging_name(target: Table) -> str:
    return f"contactkit_staging_{target.name}"


def copy_insert(
    conn: Connection,
    target: Table,
    names: Sequence[str],
    rows: Sequence[Sequence[Any]],
    conflict: Conflict,
    statements: dict[Any, str],
) -> int:
    """Insert ``rows`` (values in the order of ``names``, ready for the driver) into ``target``
    with ``conflict``'s clause; return how many rows the insert wrote. ``statements`` caches the
    compiled insert per table, columns and clause."""
    staging = staging_name(target)
    cursor = conn.connection.driver_connection.cursor()
    try:
        _empty_staging(conn, cursor, staging, _create_staging(target, staging))
        _copy(cursor, staging, [*names, ORDINAL], ((*row, i) for i, row in enumerate(rows)))
        key = (target.name, tuple(names), conflict)
        sql = statements.get(key)
        if sql is None:
            sql = statements[key] = _move_in(conn, target, staging, names, conflict)
        cursor.execute(sql)
        return cursor.rowcount
    finally:
        cursor.close()


def copy_rows(
    conn: Connection, target: Table, names: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Append ``rows`` to ``target`` with one COPY: for tables a rebuild fills anew, where no
    row can conflict and no id is wanted back (SQLAlchemy's batched INSERT spent most of the
    client's time there formatting parameters)."""
    cursor = conn.connection.driver_connection.cursor()
    try:
        _copy(cursor, target.name, names, rows)
    finally:
        cursor.close()


def copy_update(
    conn: Connection,
    table: str,
    key: str,
    key_type: str,
    column: str,
    value_type: str,
    rows: Sequence[tuple[Any, str]],
) -> None:
    """Set ``table.column`` to each row's value where ``key`` is the row's key: the rows
    COPYed into a staging table of the session, then one ``UPDATE ... FROM``. Arrays through
    ``unnest`` cost the client about 33 µs a row to format (a golden record's evidence),
    COPY under 1 µs."""
    staging = f"contactkit_update_{table}_{column}"
    create = (
        f'CREATE TEMPORARY TABLE IF NOT EXISTS "{staging}" (k {key_type}, v text) '
        "ON COMMIT DELETE ROWS"
    )
    cursor = conn.connection.driver_connection.cursor()
    try:
        _empty_staging(conn, cursor, staging, create)
        _copy(cursor, staging, ["k", "v"], rows)
        cursor.execute(
            f'UPDATE "{table}" AS x SET "{column}" = s.v::{value_type} '
            f'FROM "{staging}" AS s WHERE x."{key}" = s.k'
        )
    finally:
        cursor.close()


def _copy(cursor: Any, table: str, names: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """``rows`` (values in the order of ``names``) into ``table``, as one COPY stream."""
    quoted = ", ".join(f'"{name}"' for name in names)
    with cursor.copy(f'COPY "{table}" ({quoted}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(row)


def _empty_staging(conn: Connection, cursor: Any, staging: str, create: str) -> None:
    """Make the staging table on this connection if it is not made yet, else empty it: a
    second batch in one transaction would otherwise meet the first one's rows."""
    staged: set[str] = conn.connection.info.setdefault(STAGED, set())
    if staging in staged:
        cursor.execute(f'DELETE FROM "{staging}"')
    else:
        cursor.execute(create)
        staged.add(staging)


def _create_staging(target: Table, staging: str) -> str:
    """The staging table: the target's columns and types (no id of its own, no constraints)."""
    columns = ", ".join(
        f'"{c.name}"' for c in target.columns if c is not target.autoincrement_column
    )
    return (
        f'CREATE TEMPORARY TABLE IF NOT EXISTS "{staging}" ON COMMIT DELETE ROWS AS '
        f'SELECT {columns}, 0::bigint AS "{ORDINAL}" FROM "{target.name}" WITH NO DATA'
    )


def _move_in(
    conn: Connection, target: Table, staging: str, names: Sequence[str], conflict: Conflict
) -> str:
    source = table_clause(staging, *(column(name) for name in [*names, ORDINAL]))
    query = select(*(source.c[name] for name in names)).order_by(source.c[ORDINAL])
    stmt = conflict(postgresql.insert(target).from_select(list(names), query))
    return str(stmt.compile(dialect=conn.dialect))
