"""Accounting for runs: one run per store at a time, dead runs marked, failures listed.

A run holds the store's lock from start to end: on SQLite an OS file lock beside the store
(``contactkit.db.lock``), on PostgreSQL a session advisory lock. The OS releases both when the
process dies, even by ``kill -9``; so a run that finds rows still ``running`` when it gets the lock
knows their process is gone, and marks them ``interrupted``.
"""

from __future__ import annotations

import fcntl
import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text, update

from contactkit.model import utcnow
from contactkit.store import Store, StoreError
from contactkit.store import schema as t

_ADVISORY_KEY = zlib.crc32(b"contactkit run lock")


class StoreBusy(StoreError):
    """Another run holds the store."""


class RunLock:
    """The store's run lock; ``acquire`` raises ``StoreBusy`` with a one-line message."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._fd: int | None = None
        self._conn: Any = None

    def acquire(self) -> None:
        if self.store.engine.dialect.name == "sqlite":
            self._acquire_file()
        else:
            self._acquire_advisory()

    def _acquire_file(self) -> None:
        database = self.store.engine.url.database
        if not database or database == ":memory:":
            return  # a private in-memory store: nobody else can reach it
        path = Path(f"{database}.lock")
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
            os.close(fd)
            raise StoreBusy(
                f"another contactkit run is using the store {database} ({holder or 'pid unknown'}):"
                " wait for it to end, then run again"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, since {utcnow():%Y-%m-%d %H:%M:%S} UTC".encode(), 0)
        self._fd = fd

    def _acquire_advisory(self) -> None:
        conn = self.store.engine.connect()
        if not conn.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": _ADVISORY_KEY}):
            conn.close()
            safe = self.store.engine.url.render_as_string(hide_password=True)
            raise StoreBusy(
                f"another contactkit run is using the store {safe}: wait for it to end, "
                "then run again"
            )
        conn.commit()
        self._conn = conn

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
        if self._conn is not None:
            # the pool keeps the session open: unlock explicitly (a dead process's session ends)
            self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _ADVISORY_KEY})
            self._conn.commit()
            self._conn.close()
            self._conn = None

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(self, *_: Any) -> None:
        self.release()


def run_in_progress(store: Store) -> bool:
    """Whether a run holds the store's lock now (a quick try, released at once)."""
    lock = RunLock(store)
    try:
        lock.acquire()
    except StoreBusy:
        return True
    lock.release()
    return False


def recent_runs(store: Store, limit: int = 10) -> list[dict[str, Any]]:
    """The latest runs, a ``running`` one shown ``interrupted`` when no run holds the lock (its
    process died: ``kill -9``, a power cut); the next run marks it so in the store."""
    rows = store.last_runs(limit)
    if any(r["status"] == "running" for r in rows) and not run_in_progress(store):
        rows = [{**r, "status": "interrupted"} if r["status"] == "running" else r for r in rows]
    return rows


def mark_interrupted(store: Store) -> list[int]:
    """Runs still ``running`` whose process is gone become ``interrupted``; call under the lock."""
    with store.engine.begin() as conn:
        dead = list(conn.scalars(select(t.runs.c.id).where(t.runs.c.status == "running")))
        if dead:
            conn.execute(
                update(t.runs)
                .where(t.runs.c.id.in_(dead))
                .values(status="interrupted", finished_at=utcnow())
            )
    return dead


@dataclass(frozen=True)
class FailedRecord:
    run_id: int
    step: str
    record_key: str
    reason: str


def run_errors(store: Store, run_id: int | None = None) -> tuple[int | None, list[FailedRecord]]:
    """Every failed record of a run (default: the latest run that has any), in order."""
    with store.engine.connect() as conn:
        if run_id is None:
            run_id = conn.scalar(select(func.max(t.run_errors.c.run_id)))
        if run_id is None:
            return None, []
        rows = conn.execute(
            select(t.run_errors).where(t.run_errors.c.run_id == run_id).order_by(t.run_errors.c.id)
        )
        return run_id, [FailedRecord(r.run_id, r.step, r.record_key, r.reason) for r in rows]


def run_exists(store: Store, run_id: int) -> bool:
    with store.engine.connect() as conn:
        return conn.scalar(select(t.runs.c.id).where(t.runs.c.id == run_id)) is not None


@dataclass(frozen=True)
class Waiting:
    """What waits for a person in ``contactkit review``."""

    cards: int
    matches: int

    @property
    def total(self) -> int:
        return self.cards + self.matches

    def describe(self) -> str:
        return f"{self.cards} card review(s) and {self.matches} match review(s) waiting"


def waiting_reviews(store: Store) -> Waiting:
    with store.engine.connect() as conn:
        cards = conn.scalar(
            select(func.count())
            .select_from(t.review_items)
            .where(t.review_items.c.status == "open")
        )
        matches = conn.scalar(
            select(func.count())
            .select_from(t.match_reviews)
            .where(t.match_reviews.c.status == "open")
        )
    return Waiting(cards or 0, matches or 0)
