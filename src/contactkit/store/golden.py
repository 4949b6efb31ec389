"""Derived records: golden records, their evidence and pins, organizations, relationships."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select

from contactkit.model import utcnow
from contactkit.store import schema as t
from contactkit.store.base import StoreBase, as_utc, chunks, json_value


class GoldenPart(StoreBase):
    """Golden records and what is derived with them (rebuildable from observations)."""

    def golden_rows(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            return {r.id: r for r in conn.execute(select(t.golden))}

    def golden_index(self) -> dict[str, tuple[str, list[int]]]:
        """id -> (content hash, member observation ids), for diffing a rebuild."""
        query = select(t.golden.c.id, t.golden.c.content_hash, t.golden.c.members)
        with self.engine.connect() as conn:
            return {r.id: (r.content_hash, json_value(r.members)) for r in conn.execute(query)}

    def apply_golden(
        self,
        upserts: list[dict[str, Any]],
        deletes: list[str],
        organizations: list[dict[str, Any]],
        relationships: list[dict[str, Any]],
    ) -> None:
        """Replace the derived tables' changed rows in one transaction.

        A deleted golden record merged into another: sinks holding it are told to drop it, so a
        CRM keeps one record per person too.
        """
        now = utcnow()
        with self.engine.begin() as conn:
            self._write_golden(conn, upserts, deletes, now)
            conn.execute(delete(t.organizations))
            if organizations:
                conn.execute(insert(t.organizations), organizations)
            conn.execute(delete(t.relationships))
            if relationships:
                conn.execute(insert(t.relationships), relationships)

    def _write_golden(
        self, conn: Any, upserts: list[dict[str, Any]], deletes: list[str], now: datetime
    ) -> None:
        if deletes:
            for chunk in chunks(deletes, 500):
                conn.execute(delete(t.golden).where(t.golden.c.id.in_(chunk)))
            withdraw = self._insert(t.withdrawn).on_conflict_do_nothing()
            rows = [{"golden_id": g, "reason": "merged", "created_at": now} for g in deletes]
            conn.execute(withdraw, rows)
        if upserts:
            ids = [row["id"] for row in upserts]
            for chunk in chunks(ids, 500):
                conn.execute(delete(t.golden).where(t.golden.c.id.in_(chunk)))
                # an id back in use (e.g. after unmerge) is no longer to be withdrawn
                conn.execute(
                    delete(t.withdrawn).where(
                        t.withdrawn.c.golden_id.in_(chunk), t.withdrawn.c.reason == "merged"
                    )
                )
            conn.execute(insert(t.golden), upserts)

    def organizations(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            return {r.id: r for r in conn.execute(select(t.organizations))}

    def relationships_by_golden(self) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = {}
        query = select(t.relationships).order_by(t.relationships.c.strength.desc())
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                out.setdefault(row.golden_id, []).append(row)
        return out

    def golden_meta(self, golden_id: str | None = None) -> dict[str, dict[str, Any]]:
        query = select(t.golden_meta)
        if golden_id is not None:
            query = query.where(t.golden_meta.c.golden_id == golden_id)
        with self.engine.connect() as conn:
            return {
                r.golden_id: {
                    "evidence": json_value(r.evidence),
                    "confirmed": json_value(r.confirmed),
                    "confirmed_at": as_utc(r.confirmed_at),
                    "validity": r.validity,
                    "flags": json_value(r.flags),
                }
                for r in conn.execute(query)
            }

    def replace_golden_meta(self, rows: list[dict[str, Any]]) -> None:
        """Merge evidence and freshness of every golden record (derived: replaced whole)."""
        with self.engine.begin() as conn:
            conn.execute(delete(t.golden_meta))
            for chunk in chunks(rows, 5000):
                conn.execute(insert(t.golden_meta), chunk)

    def pins(self) -> dict[str, dict[str, tuple[Any, datetime]]]:
        """golden id -> field -> (pinned value, when)."""
        out: dict[str, dict[str, tuple[Any, datetime]]] = {}
        with self.engine.connect() as conn:
            for r in conn.execute(select(t.pins)):
                out.setdefault(r.golden_id, {})[r.field] = (r.value, as_utc(r.created_at))
        return out

    def set_pin(self, golden_id: str, field: str, value: Any | None) -> None:
        """Pin a field's value on a golden record; None removes the pin."""
        with self.engine.begin() as conn:
            self._event(conn, "golden", [golden_id])
            conn.execute(
                delete(t.pins).where(t.pins.c.golden_id == golden_id, t.pins.c.field == field)
            )
            if value is not None:
                conn.execute(
                    insert(t.pins).values(
                        golden_id=golden_id, field=field, value=value, created_at=utcnow()
                    )
                )
