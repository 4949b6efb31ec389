"""Observations: what one source said of one contact or organization, append-only."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, true
from sqlalchemy.engine import Connection

from contactkit.model import Observation, OrganizationObservation
from contactkit.store import schema as t
from contactkit.store.base import StoreBase, as_utc, chunks, in_utc, json_value, streamed

FOLD_CACHE_KB = 256_000
"""SQLite's page cache while staged observations move in (taken only as pages are used)."""


@dataclass
class BatchCounts:
    observations_new: int = 0
    observations_unchanged: int = 0
    employees: int = 0
    interactions_new: int = 0
    reviews_new: int = 0
    observations_staged: int = 0


@dataclass(frozen=True)
class StoredObservation:
    id: int
    source: str
    source_type: str
    source_key: str
    seen_at: datetime
    payload: dict[str, Any]
    confidence: dict[str, float]


def observation_row(
    obs: Observation | OrganizationObservation, run_id: int | None, source_type: str
) -> dict[str, Any]:
    """The observations row of a contact's or an organization's observation."""
    if isinstance(obs, OrganizationObservation):
        kind, subject = "organization", obs.organization_key
        payload = obs.organization.model_dump(mode="json", exclude_defaults=True)
        if obs.match_grade:
            payload["_match_grade"] = obs.match_grade
    else:
        kind, subject = "contact", None
        payload = obs.contact.model_dump(mode="json", exclude_defaults=True)
    return {
        "kind": kind,
        "source": obs.source,
        "source_type": source_type,
        "source_key": obs.source_key,
        "subject": subject,
        "seen_at": in_utc(obs.seen_at),
        "content_hash": obs.content_hash(),
        "payload": payload,
        "confidence": obs.confidence,
        "run_id": run_id,
    }


class ObservationsPart(StoreBase):
    """Observations in (deduplicated by content hash) and out (streamed, oldest first)."""

    def _add_observations(
        self,
        conn: Connection,
        run_id: int | None,
        source_type: str,
        items: list[Observation | OrganizationObservation],
        counts: BatchCounts,
    ) -> None:
        """Append in bulk what sources said, skipping what a source already said exactly so."""
        rows = [observation_row(obs, run_id, source_type) for obs in items]
        new = self._insert_new(conn, t.observations, rows)
        counts.observations_new += new
        counts.observations_unchanged += len(rows) - new

    def _stage_observations(
        self,
        conn: Connection,
        run_id: int | None,
        source_type: str,
        items: list[Observation | OrganizationObservation],
    ) -> int:
        """Append what sources said to ``observations_incoming`` (no index but its id): a
        batch costs its own size whatever the store holds. ``fold_incoming`` moves them in."""
        rows = [observation_row(obs, run_id, source_type) for obs in items]
        if rows:
            if self.engine.dialect.name == "sqlite":
                self._sqlite_executemany(
                    conn, t.observations_incoming, insert(t.observations_incoming), rows
                )
            else:
                conn.execute(insert(t.observations_incoming), rows)
        return len(rows)

    def fold_incoming(self) -> BatchCounts:
        """Move staged observations into ``observations`` in one transaction, in the order they
        came (so ids are as a direct write gives them), skipping what a source already said
        exactly so. Each index page is then written once per import, not once per batch."""
        counts = BatchCounts()
        staged = t.observations_incoming
        with self.engine.begin() as conn:
            waiting = conn.scalar(select(func.count()).select_from(staged)) or 0
            if not waiting:
                return counts
            if self.engine.dialect.name == "sqlite":
                # room for every page the pass dirties: a page spilled early is written twice
                conn.exec_driver_sql(f"PRAGMA cache_size=-{FOLD_CACHE_KB}")
            names = [c.name for c in t.observations.columns if c.name != "id"]
            query = select(*(staged.c[n] for n in names)).where(true()).order_by(staged.c.id)
            stmt = self._insert(t.observations).from_select(names, query).on_conflict_do_nothing()
            counts.observations_new = conn.execute(stmt).rowcount
            counts.observations_unchanged = waiting - counts.observations_new
            conn.execute(delete(staged))
            if self.engine.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA cache_size=-2000")  # SQLite's default again
        if self.engine.dialect.name == "sqlite":
            # the import ends with the file up to date: what it costs no longer depends on
            # where SQLite's automatic checkpoints happened to fall
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
        return counts

    def contact_observations(self, where: Any = None) -> Iterator[StoredObservation]:
        """Every contact observation (or those of them ``where`` selects), oldest first,
        streamed."""
        c = t.observations.c
        columns = (c.id, c.kind, c.source, c.source_type, c.source_key, c.seen_at, c.payload)
        query = select(*columns, c.confidence).order_by(c.id)
        # With ``where`` (ids, a range of them) the kind is checked here, not in SQL: given
        # ``kind = ?`` beside it, SQLite walked the (kind, ...) unique index over every contact
        # row for each query, which made a rebuild's reads grow with the square of the store.
        query = query.where(c.kind == "contact") if where is None else query.where(where)
        with self.engine.connect() as conn:
            for row in streamed(conn, query, 5000):
                if row.kind != "contact":
                    continue
                yield StoredObservation(
                    id=row.id,
                    source=row.source,
                    source_type=row.source_type,
                    source_key=row.source_key,
                    seen_at=as_utc(row.seen_at),
                    payload=json_value(row.payload),
                    confidence=json_value(row.confidence),
                )

    def organization_observations(self) -> list[dict[str, Any]]:
        query = (
            select(t.observations)
            .where(t.observations.c.kind == "organization")
            .order_by(t.observations.c.id)
        )
        with self.engine.connect() as conn:
            return [
                {**r._mapping, "seen_at": as_utc(r.seen_at), "payload": json_value(r.payload)}
                for r in conn.execute(query)
            ]

    def observation_refs(
        self, ids: list[int] | None = None
    ) -> dict[int, tuple[str, str, datetime]]:
        """id -> (source, source key, seen at) of these contact observations (None: all)."""
        cols = (
            t.observations.c.id,
            t.observations.c.source,
            t.observations.c.source_key,
            t.observations.c.seen_at,
        )
        out: dict[int, tuple[str, str, datetime]] = {}
        with self.engine.connect() as conn:
            if ids is None:
                query = select(*cols).where(t.observations.c.kind == "contact")
                rows = list(conn.execute(query))
            else:
                rows = [
                    r
                    for chunk in chunks(sorted(set(ids)), 500)
                    for r in conn.execute(select(*cols).where(t.observations.c.id.in_(chunk)))
                ]
        for r in rows:
            out[r.id] = (r.source, r.source_key, as_utc(r.seen_at))
        return out

    def observations_by_ids(self, ids: list[int]) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.observations).where(t.observations.c.id.in_(ids)))
            return [{**r._mapping, "seen_at": as_utc(r.seen_at)} for r in rows]
