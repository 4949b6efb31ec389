"""What the desk keeps between pages: a search index and the report, until the store changes.

On a store of 100,000 golden records, a substring search over the stored JSON or gathering the
report reads the whole store (0.7 s and 15 s). The desk reads it once, keeps a lower-cased line
per record and the report's data, and reads again only when the store's mark moves: the mark
is a handful of cheap counts and maxima that change with every run, review or forget.
"""

from __future__ import annotations

import json
import threading
from bisect import bisect_right
from typing import Any

from sqlalchemy import func, select

from contactkit.store import Store
from contactkit.store import schema as t
from contactkit.store_report import StoreReport, collect


def store_mark(store: Store) -> tuple[Any, ...]:
    """Changes whenever golden records, runs or reviews change (cheap on a large store)."""
    open_items = t.review_items.c.status == "open"
    open_pairs = t.match_reviews.c.status == "open"
    with store.engine.connect() as conn:
        return (
            conn.scalar(select(func.count()).select_from(t.golden)),
            conn.scalar(select(func.max(t.runs.c.id))),
            conn.scalar(select(func.max(t.runs.c.finished_at))),
            conn.scalar(select(func.count()).select_from(t.review_items).where(open_items)),
            conn.scalar(select(func.count()).select_from(t.match_reviews).where(open_pairs)),
            conn.scalar(select(func.count()).select_from(t.suppressions)),
        )


class SqliteVersion:
    """SQLite's own change counter: ``PRAGMA data_version`` moves whenever another
    connection commits, so one query tells whether anything at all changed."""

    def __init__(self, store: Store) -> None:
        self.connection = store.engine.raw_connection()

    def __call__(self) -> int:
        return int(self.connection.execute("PRAGMA data_version").fetchone()[0])


class SearchIndex:
    """Per record, what a search looks in (name, emails, phones in E.164, title, company), as
    one lower-cased text: a word is found with ``str.find`` over it, not record by record."""

    def __init__(self, ids: list[str], lines: list[str]) -> None:
        self.ids = ids
        self.lines = lines
        self.text = "\n".join(lines)
        self.starts: list[int] = []
        at = 0
        for line in lines:
            self.starts.append(at)
            at += len(line) + 1

    def find(self, words: list[str]) -> list[str]:
        """The records whose line holds every word, in id order."""
        if not words:
            return list(self.ids)
        first = max(words, key=len)  # the longest word finds the fewest places to check
        out: list[int] = []
        at = self.text.find(first)
        while at != -1:
            line = bisect_right(self.starts, at) - 1
            if all(word in self.lines[line] for word in words) and (not out or out[-1] != line):
                out.append(line)
            at = self.text.find(first, self.starts[line] + len(self.lines[line]) + 1)
        return [self.ids[i] for i in out]


def _line(payload: dict[str, Any]) -> str:
    name = payload.get("name") or {}
    organization = payload.get("organization") or {}
    parts = [
        name.get("full") or "",
        " ".join(payload.get("emails") or ()),
        " ".join((p.get("e164") or p.get("text") or "") for p in payload.get("phones") or ()),
        payload.get("title") or "",
        organization.get("name") or "",
        organization.get("domain") or "",
    ]
    return " ".join(parts).lower()


class DeskSnapshot:
    """The search index and the report for the store as it is now, rebuilt when it moves."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._mark: Any = None
        self._index: SearchIndex | None = None
        self._report: StoreReport | None = None
        self._version: SqliteVersion | None = None

    def _fresh(self, store: Store) -> None:
        if store.engine.dialect.name == "sqlite":
            if self._version is None:
                self._version = SqliteVersion(store)
            mark: Any = self._version()
        else:
            mark = store_mark(store)
        if mark != self._mark:
            self._mark, self._index, self._report = mark, None, None

    def index(self, store: Store) -> SearchIndex:
        with self._lock:
            self._fresh(store)
            if self._index is None:
                ids, lines = [], []
                query = select(t.golden.c.id, t.golden.c.payload).order_by(t.golden.c.id)
                with store.engine.connect() as conn:
                    for gid, payload in conn.execute(query):
                        data = json.loads(payload) if isinstance(payload, str) else payload
                        ids.append(gid)
                        lines.append(_line(data))
                self._index = SearchIndex(ids, lines)
            return self._index

    def report(self, store: Store) -> StoreReport:
        with self._lock:
            self._fresh(store)
            if self._report is None:
                self._report = collect(store)
            return self._report
