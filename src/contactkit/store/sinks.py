"""The sink map: what was sent to which sink, and what sinks must withdraw."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select

from contactkit.model import utcnow
from contactkit.store import schema as t
from contactkit.store.base import StoreBase, chunks


class SinkMapPart(StoreBase):
    """What each sink holds, so a run pushes only what changed."""

    def sink_state(self, sink: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.sink_map).where(t.sink_map.c.sink == sink))
            return {r.golden_id: r for r in rows}

    def record_push(self, sink: str, sent: list[tuple[str, str | None, str, dict]]) -> None:
        """Remember (golden id, external id, hash, payload) of what the sink accepted."""
        if not sent:
            return
        now = utcnow()
        with self.engine.begin() as conn:
            for golden_id, external_id, sent_hash, payload in sent:
                stmt = self._insert(t.sink_map).values(
                    sink=sink,
                    golden_id=golden_id,
                    external_id=external_id,
                    sent_hash=sent_hash,
                    sent_payload=payload,
                    sent_at=now,
                )
                conn.execute(
                    stmt.on_conflict_do_update(
                        index_elements=[t.sink_map.c.sink, t.sink_map.c.golden_id],
                        set_={
                            "external_id": func.coalesce(
                                stmt.excluded.external_id, t.sink_map.c.external_id
                            ),
                            "sent_hash": stmt.excluded.sent_hash,
                            "sent_payload": stmt.excluded.sent_payload,
                            "sent_at": stmt.excluded.sent_at,
                        },
                    )
                )

    def drop_sink_entries(self, sink: str, golden_ids: list[str]) -> None:
        with self.engine.begin() as conn:
            for chunk in chunks(golden_ids, 500):
                conn.execute(
                    delete(t.sink_map).where(
                        t.sink_map.c.sink == sink, t.sink_map.c.golden_id.in_(chunk)
                    )
                )

    def withdrawn_ids(self) -> list[str]:
        """Golden records erased or merged away, that sinks may still hold."""
        with self.engine.connect() as conn:
            return list(conn.scalars(select(t.withdrawn.c.golden_id)))
