"""Plugin state: source checkpoints and the plugins' key-value cache."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from contactkit.model import utcnow
from contactkit.store import schema as t
from contactkit.store.base import StoreBase, as_utc


class StatePart(StoreBase):
    """Source checkpoints and plugin caches."""

    def load_checkpoint(self, source: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            state = conn.scalar(
                select(t.checkpoints.c.state).where(t.checkpoints.c.source == source)
            )
        return dict(state or {})

    def _save_checkpoint(self, conn: Connection, source: str, state: dict[str, Any]) -> None:
        stmt = self._insert(t.checkpoints).values(source=source, state=state, updated_at=utcnow())
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=[t.checkpoints.c.source],
                set_={"state": stmt.excluded.state, "updated_at": stmt.excluded.updated_at},
            )
        )

    def cache(self, namespace: str) -> StoreCache:
        return StoreCache(self, namespace)


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
