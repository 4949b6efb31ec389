"""Plugin state: source checkpoints (written as deltas) and the plugins' key-value cache."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import delete, func, select, tuple_
from sqlalchemy.engine import Connection

from contactkit.model import Checkpoint, stable_hash, utcnow
from contactkit.store import schema as t
from contactkit.store.base import StoreBase, as_utc, chunks, json_value, maybe_begin

WHOLE = "\x1f"
"""The entry key of a section stored whole (a value that is not a dict, or an empty dict)."""


class StatePart(StoreBase):
    """Source checkpoints and plugin caches."""

    def load_checkpoint(self, source: str) -> dict[str, Any]:
        """A source's state: each dict section put back together from its entries."""
        entries = t.checkpoint_entries
        query = (
            select(entries.c.section, entries.c.key, entries.c.value)
            .where(entries.c.source == source)
            .order_by(entries.c.id)
        )
        with self.engine.connect() as conn:
            legacy = conn.scalar(
                select(t.checkpoints.c.state).where(t.checkpoints.c.source == source)
            )
            state: dict[str, Any] = dict(json_value(legacy) or {})
            for section, key, value in conn.execute(query):
                value = json_value(value)
                if key == WHOLE:
                    state[section] = value
                else:
                    state.setdefault(section, {})[key] = value
        return state

    def save_state(
        self, conn: Connection, source: str, state: dict[str, Any], *, delta: bool = False
    ) -> None:
        """Write a source's checkpoint in the caller's transaction.

        Whole (``delta=False``): ``state`` replaces what was stored. Delta: each top-level
        section that is a dict is merged entry by entry (an entry whose value is None is
        removed), any other section replaces its stored value; sections not named are kept. A
        dict section is stored one row per entry either way, so a delta costs its own size.
        """
        entries = t.checkpoint_entries
        if not delta:
            conn.execute(delete(entries).where(entries.c.source == source))
        elif conn.scalar(select(t.checkpoints.c.source).where(t.checkpoints.c.source == source)):
            # a store from before deltas: move its whole state into entries once
            whole = Checkpoint(state=state, delta=True).apply(self.load_checkpoint(source))
            self.save_state(conn, source, whole)
            return
        conn.execute(delete(t.checkpoints).where(t.checkpoints.c.source == source))
        upserts: list[dict[str, Any]] = []
        removed: list[tuple[str, str]] = []
        for section, value in state.items():
            if isinstance(value, dict) and (value or delta):
                removed.append((section, WHOLE))
                for key, entry in value.items():
                    if entry is None and delta:
                        removed.append((section, str(key)))
                    else:
                        upserts.append(_entry(source, section, str(key), entry))
            else:
                upserts.append(_entry(source, section, WHOLE, value))
        if delta:
            for chunk in chunks(removed, 400):
                conn.execute(
                    delete(entries).where(
                        entries.c.source == source,
                        tuple_(entries.c.section, entries.c.key).in_(chunk),
                    )
                )
        self._bulk(conn, entries, upserts, _replace_value)

    def master_mark(self) -> list[Any]:
        """A cheap fingerprint of everything a merge reads (observations, interactions,
        decisions, pins, bounces): equal marks mean a merge would find nothing new."""
        mark: list[Any] = []
        with self.engine.connect() as conn:
            for table in (t.observations, t.interactions, t.match_decisions, t.master_events):
                mark += list(conn.execute(select(func.max(table.c.id), func.count())).one())
            # an id can come back after a delete (SQLite reuses the highest): its content too
            obs = t.observations.c
            last = select(func.max(obs.id)).scalar_subquery()
            mark.append(conn.scalar(select(obs.content_hash).where(obs.id == last)))
            mark.append(conn.scalar(select(func.count()).select_from(t.suppressions)))
            for table in (t.pins, t.email_bounces):
                rows = sorted(tuple(str(v) for v in r) for r in conn.execute(select(table)))
                mark.append(stable_hash(rows))
        return mark

    def master_state(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.master_state.c.name, t.master_state.c.value))
            return {name: json_value(value) for name, value in rows}

    def save_master_state(self, values: dict[str, Any], conn: Any = None) -> None:
        """Remember these entries (in the caller's transaction, when given)."""
        if not values:
            return
        rows = [{"name": k, "value": v} for k, v in values.items()]
        stmt = self._insert(t.master_state)
        stmt = stmt.on_conflict_do_update(
            index_elements=[t.master_state.c.name], set_={"value": stmt.excluded.value}
        )
        with maybe_begin(self, conn) as conn:
            conn.execute(stmt, rows)

    def cache(self, namespace: str) -> StoreCache:
        return StoreCache(self, namespace)


def _replace_value(stmt: Any) -> Any:
    """An entry already stored takes the new value."""
    entries = t.checkpoint_entries
    return stmt.on_conflict_do_update(
        index_elements=[entries.c.source, entries.c.section, entries.c.key],
        set_={"value": stmt.excluded.value},
    )


def _entry(source: str, section: str, key: str, value: Any) -> dict[str, Any]:
    return {"source": source, "section": section, "key": key, "value": value}


class StoreCache:
    """A plugin's persistent key-value cache (``RunContext.cache``)."""

    def __init__(self, store: StoreBase, namespace: str) -> None:
        self.store = store
        self.namespace = namespace

    def get(self, key: str, max_age: timedelta | None = None) -> Any | None:
        query = select(t.cache.c.value, t.cache.c.stored_at).where(
            t.cache.c.namespace == self.namespace, t.cache.c.key == key
        )
        with self.store.engine.connect() as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        if max_age is not None and utcnow() - as_utc(row.stored_at) > max_age:
            return None
        # the JSON column already decodes: decoding again strips the quotes of a stored
        # string such as an ETag ('"42f4"' came back as 42f4 and If-Match never matched)
        return row.value

    def put(self, key: str, value: Any) -> None:
        stmt = self.store._insert(t.cache).values(
            namespace=self.namespace, key=key, value=value, stored_at=utcnow()
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[t.cache.c.namespace, t.cache.c.key],
            set_={"value": stmt.excluded.value, "stored_at": stmt.excluded.stored_at},
        )
        with self.store.engine.begin() as conn:
            conn.execute(stmt)
