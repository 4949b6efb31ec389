"""Opening a store safely: refuse to lose decisions, explain what went wrong in one line.

A store holds what cannot be rebuilt from the sources: pins, review answers, unmerges and the
list of people who asked to be forgotten. So a store that is empty where one existed, or damaged,
is refused rather than silently replaced; a folder that cannot be written is named; read-only
commands never create a store; and the schema carries a version, so an older contactkit does not
write a newer store.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Index, inspect, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.schema import CreateIndex

from contactkit.store import schema as t
from contactkit.store.suppression import hash_clear_ids, hash_clear_suppressions

SCHEMA_VERSION = 4
"""0: stores before versioning; 1: suppressions, message and thread ids as keyed digests;
2: relationships count meetings; 3: golden records indexed by organization; 4: names' chance
(``match_names``)."""


CHECK_UP_TO = 64 * 2**20
"""Stores up to this size are checked page by page at every open (``PRAGMA quick_check``). The
check reads the whole file (seconds for a store of a million observations, more than the run it
guards when nothing is new), so a bigger store is checked as it is read: SQLite refuses a damaged
page when a query meets it."""


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class StoreOpenError(RuntimeError):
    """Raised with the one line the user sees (``StoreBase`` turns it into ``StoreError``)."""


def sqlite_path(engine: Engine) -> Path | None:
    """The store's file, or None for PostgreSQL and in-memory SQLite."""
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def check_file(path: Path, *, create: bool) -> None:
    """Before SQLite touches the file: missing, empty, or unwritable folder."""
    if not path.exists():
        if not create:
            raise StoreOpenError(
                f"no store at {path}: run 'contactkit run' first (or give --db / [store] url)"
            )
        folder = path.parent
        if not folder.is_dir():
            raise StoreOpenError(f"cannot create store {path}: folder {folder} does not exist")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise StoreOpenError(
                f"cannot create store {path}: no permission to write in folder {folder}"
            )
        return
    wal = Path(f"{path}-wal")
    if path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size > 0):
        raise StoreOpenError(
            f"store {path} is empty (0 bytes) but a store was here: restore it from a backup. "
            "Pins, review answers, unmerges and the forget list would be lost with a new one; "
            "to start over on purpose, delete the file"
        )
    if not os.access(path, os.R_OK):
        raise StoreOpenError(f"cannot read store {path}: permission denied")


def check_open(conn: Connection, path: Path | None, *, create: bool, where: str) -> bool:
    """Integrity and presence, on an open connection; True when the tables exist already."""
    if path is not None and _size(path) <= CHECK_UP_TO:
        verdict = conn.exec_driver_sql("PRAGMA quick_check(1)").scalar()
        if verdict != "ok":
            raise StoreOpenError(damaged(where, str(verdict)))
    exists = inspect(conn).has_table(t.observations.name)
    if not exists and not create:
        raise StoreOpenError(f"no store at {where}: run 'contactkit run' first")
    return exists


def settle_version(conn: Connection, *, existed: bool, where: str) -> dict[str, str]:
    """Read the store's metadata, upgrade an older store, refuse a newer one."""
    meta = {row.key: row.value for row in conn.execute(select(t.store_meta))}
    version = int(meta.get("schema_version", "0" if existed else str(SCHEMA_VERSION)))
    if version > SCHEMA_VERSION:
        raise StoreOpenError(
            f"store {where} has schema version {version}; this contactkit reads up to "
            f"{SCHEMA_VERSION}: upgrade contactkit"
        )
    if "suppression_key" not in meta:
        meta["suppression_key"] = secrets.token_hex(32)
        conn.execute(
            t.store_meta.insert().values(key="suppression_key", value=meta["suppression_key"])
        )
    if version < 1:
        hash_clear_suppressions(conn, meta["suppression_key"])
        hash_clear_ids(conn, meta["suppression_key"])
    if version < 2:
        add_meetings_count(conn)
    if version < 3:
        t.golden_by_organization.create(conn, checkfirst=True)
    if version < 4:
        # derived: made anew, and the index state it belongs to says the next merge rebuilds
        t.match_names.drop(conn, checkfirst=True)
        t.match_names.create(conn)
    if meta.get("schema_version") != str(SCHEMA_VERSION):
        conn.execute(t.store_meta.delete().where(t.store_meta.c.key == "schema_version"))
        conn.execute(t.store_meta.insert().values(key="schema_version", value=str(SCHEMA_VERSION)))
        meta["schema_version"] = str(SCHEMA_VERSION)
    return meta


def restore_indexes(conn: Connection, indexes: Iterable[Index]) -> None:
    """Create those of these indexes that are missing (a rebuild drops them while it fills
    their tables; one killed midway leaves them out). Looked up first: on PostgreSQL even
    ``CREATE INDEX IF NOT EXISTS`` locks the table against writers."""
    inspector = inspect(conn)
    present: dict[str, set[str]] = {}
    for index in indexes:
        table = index.table.name  # type: ignore[union-attr]
        if table not in present:
            present[table] = {ix["name"] for ix in inspector.get_indexes(table) if ix["name"]}
        if index.name not in present[table]:
            conn.execute(CreateIndex(index))


def add_meetings_count(conn: Connection) -> None:
    """Version 2: relationships count meetings (calendar invitations) too."""
    from sqlalchemy import inspect, text

    columns = {c["name"] for c in inspect(conn).get_columns("relationships")}
    if "meetings" not in columns:
        conn.execute(
            text("ALTER TABLE relationships ADD COLUMN meetings INTEGER NOT NULL DEFAULT 0")
        )


def explain(exc: BaseException, where: str, path: Path | None) -> str:
    """One line for an error met while opening the store."""
    if isinstance(exc, StoreOpenError):
        return str(exc)
    original: Any = getattr(exc, "orig", None) or exc
    text = str(original).strip().splitlines()[0] if str(original).strip() else type(exc).__name__
    lowered = text.lower()
    if isinstance(original, sqlite3.DatabaseError) or isinstance(exc, DatabaseError):
        if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
            return damaged(where, text)
        if "readonly" in lowered or "read-only" in lowered:
            return f"cannot write store {where}: the file or its folder is read-only"
        if "disk is full" in lowered or "disk full" in lowered:
            return f"cannot write store {where}: the disk is full"
        if "unable to open" in lowered and path is not None:
            return f"cannot open store {where}: {_os_reason(path)}"
        if "locked" in lowered:
            return f"store {where} is locked by another program: wait for it, then run again"
    if isinstance(exc, OperationalError | OSError):
        return f"cannot open store {where}: {text}"
    return f"cannot open store {where}: {type(original).__name__}: {text}"


def explain_later(exc: BaseException) -> str | None:
    """One line for a store error met after opening (mid-run), or None if it is no such error."""
    original: Any = getattr(exc, "orig", None)
    if not isinstance(original, sqlite3.Error):
        return None
    lowered = str(original).lower()
    if "disk is full" in lowered:
        return "the store's disk is full: free space, then run again (the run resumes)"
    if "readonly" in lowered or "read-only" in lowered:
        return "the store became read-only: check the file's and folder's permissions"
    if "malformed" in lowered or "not a database" in lowered:
        return (
            "the store is damaged: restore it from a backup; 'sqlite3 FILE .recover' saves what "
            "is still readable"
        )
    if "disk i/o error" in lowered:
        return "the store's disk failed to read or write (disk I/O error): check the device"
    return None


def damaged(where: str, detail: str) -> str:
    lines = [x.strip() for x in detail.splitlines() if x.strip() and not x.startswith("***")]
    detail = lines[0] if lines else "integrity check failed"
    return (
        f"store {where} is damaged ({detail}): restore it from a backup; "
        f"'sqlite3 {where} .recover | sqlite3 rescued.db' saves what is still readable"
    )


def _os_reason(path: Path) -> str:
    folder = path.parent
    if not folder.is_dir():
        return f"folder {folder} does not exist"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"no permission to write in folder {folder}"
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        return "permission denied on the file"
    return "the operating system refused to open the file"
