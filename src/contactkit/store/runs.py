"""Runs and their errors: what each `contactkit run` did, and the store's counts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, insert, select, update

from contactkit.model import utcnow
from contactkit.store import schema as t
from contactkit.store.base import StoreBase


class RunsPart(StoreBase):
    """Runs, their errors, the counts a report shows."""

    def start_run(self) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(insert(t.runs).values(started_at=utcnow(), status="running"))
            return int(result.inserted_primary_key[0])

    def finish_run(self, run_id: int, status: str, summary: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(t.runs)
                .where(t.runs.c.id == run_id)
                .values(finished_at=utcnow(), status=status, summary=summary)
            )

    def add_errors(self, run_id: int, errors: Iterable[tuple[str, str, str]]) -> None:
        rows = [{"run_id": run_id, "step": s, "record_key": k, "reason": r} for s, k, r in errors]
        if rows:
            with self.engine.begin() as conn:
                conn.execute(insert(t.run_errors), rows)

    def last_runs(self, limit: int = 10) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.runs).order_by(t.runs.c.id.desc()).limit(limit))
            return [dict(r._mapping) for r in rows]

    def counts(self) -> dict[str, int]:
        tables = {
            "observations": t.observations,
            "golden records": t.golden,
            "organizations": t.organizations,
            "employees": t.employees,
            "interactions": t.interactions,
            "relationships": t.relationships,
            "open reviews": t.review_items,
            "suppressed values": t.suppressions,
        }
        out = {}
        with self.engine.connect() as conn:
            for label, table in tables.items():
                query = select(func.count()).select_from(table)
                if table is t.review_items:
                    query = query.where(t.review_items.c.status == "open")
                out[label] = conn.scalar(query) or 0
        return out
