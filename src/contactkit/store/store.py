"""The master store: one SQLAlchemy engine, and every read and write the host makes.

Each public write is one transaction, so a crash never leaves half a batch behind.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from contactkit.model import (
    Employee,
    Interaction,
    Observation,
    OrganizationObservation,
    ReviewItem,
    utcnow,
)
from contactkit.store import schema as t


class StoreError(RuntimeError):
    """The store cannot be opened or written; one line, no credentials."""


def as_utc(value: datetime | None) -> datetime | None:
    """SQLite hands datetimes back naive; everything in the store is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


@dataclass
class BatchCounts:
    observations_new: int = 0
    observations_unchanged: int = 0
    employees: int = 0
    interactions_new: int = 0
    reviews_new: int = 0


@dataclass(frozen=True)
class StoredObservation:
    id: int
    source: str
    source_type: str
    source_key: str
    seen_at: datetime
    payload: dict[str, Any]
    confidence: dict[str, float]


class Store:
    """The contact master on SQLite (default) or PostgreSQL."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine: Engine = create_engine(url, future=True)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            t.metadata.create_all(self.engine)
        except Exception as exc:
            safe_url = self.engine.url.render_as_string(hide_password=True)
            raise StoreError(f"cannot open store {safe_url}: {type(exc).__name__}") from None

    def close(self) -> None:
        self.engine.dispose()

    def _insert(self, table):
        dialect = postgresql if self.engine.dialect.name == "postgresql" else sqlite
        return dialect.insert(table)

    # -- runs ------------------------------------------------------------------------------

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

    # -- ingest ----------------------------------------------------------------------------

    def load_checkpoint(self, source: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            state = conn.scalar(
                select(t.checkpoints.c.state).where(t.checkpoints.c.source == source)
            )
        return dict(state or {})

    def write_batch(
        self,
        *,
        run_id: int | None,
        source: str,
        source_type: str,
        items: list[Any],
        state: dict[str, Any] | None,
    ) -> BatchCounts:
        """Store a source's items and (when given) its new checkpoint, atomically."""
        counts = BatchCounts()
        with self.engine.begin() as conn:
            for item in items:
                if isinstance(item, Observation):
                    self._add_observation(conn, run_id, source_type, item, counts)
                elif isinstance(item, OrganizationObservation):
                    self._add_org_observation(conn, run_id, source_type, item, counts)
                elif isinstance(item, Interaction):
                    counts.interactions_new += self._add_interaction(conn, source, item)
                elif isinstance(item, Employee):
                    self._upsert_employee(conn, source, item)
                    counts.employees += 1
                elif isinstance(item, ReviewItem):
                    counts.reviews_new += self._add_review(conn, item)
            if state is not None:
                self._save_checkpoint(conn, source, state)
        return counts

    def _add_observation(
        self, conn: Connection, run_id: int | None, source_type: str, obs: Observation, counts
    ) -> None:
        payload = obs.contact.model_dump(mode="json", exclude_defaults=True)
        self._insert_observation(conn, counts, obs, "contact", None, payload, run_id, source_type)

    def _add_org_observation(
        self,
        conn: Connection,
        run_id: int | None,
        source_type: str,
        obs: OrganizationObservation,
        counts: BatchCounts,
    ) -> None:
        payload = obs.organization.model_dump(mode="json", exclude_defaults=True)
        if obs.match_grade:
            payload["_match_grade"] = obs.match_grade
        subject = obs.organization_key
        self._insert_observation(
            conn, counts, obs, "organization", subject, payload, run_id, source_type
        )

    def _insert_observation(
        self,
        conn: Connection,
        counts: BatchCounts,
        obs: Observation | OrganizationObservation,
        kind: str,
        subject: str | None,
        payload: dict[str, Any],
        run_id: int | None,
        source_type: str,
    ) -> None:
        """Append unless this source already said exactly this about this record."""
        stmt = (
            self._insert(t.observations)
            .values(
                kind=kind,
                source=obs.source,
                source_type=source_type,
                source_key=obs.source_key,
                subject=subject,
                seen_at=obs.seen_at,
                content_hash=obs.content_hash(),
                payload=payload,
                confidence=obs.confidence,
                run_id=run_id,
            )
            .on_conflict_do_nothing()
        )
        if conn.execute(stmt).rowcount:
            counts.observations_new += 1
        else:
            counts.observations_unchanged += 1

    def _add_interaction(self, conn: Connection, source: str, item: Interaction) -> int:
        stmt = (
            self._insert(t.interactions)
            .values(
                employee_email=item.employee_email,
                contact_email=item.contact_email,
                message_id=item.message_id,
                role=item.role.value,
                at=item.at,
                thread_id=item.thread_id,
                is_reply=int(item.is_reply),
                source=source,
            )
            .on_conflict_do_nothing()
        )
        return conn.execute(stmt).rowcount

    def _upsert_employee(self, conn: Connection, source: str, item: Employee) -> None:
        values = {"name": item.name, "employee_id": item.employee_id, "source": source}
        stmt = self._insert(t.employees).values(email=item.email, **values)
        # Keep what is known: a later source without a name must not erase one.
        stmt = stmt.on_conflict_do_update(
            index_elements=[t.employees.c.email],
            set_={k: func.coalesce(stmt.excluded[k], t.employees.c[k]) for k in values},
        )
        conn.execute(stmt)

    def _add_review(self, conn: Connection, item: ReviewItem) -> int:
        stmt = (
            self._insert(t.review_items)
            .values(
                kind=item.kind,
                source=item.source,
                source_key=item.source_key,
                payload=item.model_dump(mode="json"),
                status="open",
                created_at=utcnow(),
            )
            .on_conflict_do_nothing()
        )
        return conn.execute(stmt).rowcount

    def _save_checkpoint(self, conn: Connection, source: str, state: dict[str, Any]) -> None:
        stmt = self._insert(t.checkpoints).values(source=source, state=state, updated_at=utcnow())
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=[t.checkpoints.c.source],
                set_={"state": stmt.excluded.state, "updated_at": stmt.excluded.updated_at},
            )
        )

    # -- reads -----------------------------------------------------------------------------

    def contact_observations(self) -> Iterator[StoredObservation]:
        """Every contact observation, oldest first."""
        query = (
            select(
                t.observations.c.id,
                t.observations.c.source,
                t.observations.c.source_type,
                t.observations.c.source_key,
                t.observations.c.seen_at,
                t.observations.c.payload,
                t.observations.c.confidence,
            )
            .where(t.observations.c.kind == "contact")
            .order_by(t.observations.c.id)
        )
        with self.engine.connect() as conn:
            for row in conn.execute(query).yield_per(5000):
                yield StoredObservation(
                    id=row.id,
                    source=row.source,
                    source_type=row.source_type,
                    source_key=row.source_key,
                    seen_at=as_utc(row.seen_at),
                    payload=_json(row.payload),
                    confidence=_json(row.confidence),
                )

    def organization_observations(self) -> list[dict[str, Any]]:
        query = (
            select(t.observations)
            .where(t.observations.c.kind == "organization")
            .order_by(t.observations.c.id)
        )
        with self.engine.connect() as conn:
            return [
                {**r._mapping, "seen_at": as_utc(r.seen_at), "payload": _json(r.payload)}
                for r in conn.execute(query)
            ]

    def observations_by_ids(self, ids: list[int]) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.observations).where(t.observations.c.id.in_(ids)))
            return [{**r._mapping, "seen_at": as_utc(r.seen_at)} for r in rows]

    def employees(self) -> dict[str, dict[str, Any]]:
        with self.engine.connect() as conn:
            return {r.email: dict(r._mapping) for r in conn.execute(select(t.employees))}

    def interactions_for(self, emails: Iterable[str]) -> list[Interaction]:
        """Past interactions with these correspondents (for a source's relevance checks)."""
        wanted = list(emails)
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(t.interactions).where(t.interactions.c.contact_email.in_(wanted))
            )
            return [
                Interaction(
                    employee_email=r.employee_email,
                    contact_email=r.contact_email,
                    message_id=r.message_id,
                    role=r.role,
                    at=as_utc(r.at),
                    thread_id=r.thread_id,
                    is_reply=bool(r.is_reply),
                )
                for r in rows
            ]

    def interaction_rows(self) -> Iterator[Any]:
        with self.engine.connect() as conn:
            yield from conn.execute(select(t.interactions)).yield_per(10000)

    # -- derived: golden, organizations, relationships ---------------------------------------

    def golden_rows(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            return {r.id: r for r in conn.execute(select(t.golden))}

    def golden_index(self) -> dict[str, tuple[str, list[int]]]:
        """id -> (content hash, member observation ids), for diffing a rebuild."""
        query = select(t.golden.c.id, t.golden.c.content_hash, t.golden.c.members)
        with self.engine.connect() as conn:
            return {r.id: (r.content_hash, _json(r.members)) for r in conn.execute(query)}

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
            if deletes:
                for chunk in _chunks(deletes, 500):
                    conn.execute(delete(t.golden).where(t.golden.c.id.in_(chunk)))
                withdraw = self._insert(t.withdrawn).on_conflict_do_nothing()
                rows = [{"golden_id": g, "reason": "merged", "created_at": now} for g in deletes]
                conn.execute(withdraw, rows)
            if upserts:
                ids = [row["id"] for row in upserts]
                for chunk in _chunks(ids, 500):
                    conn.execute(delete(t.golden).where(t.golden.c.id.in_(chunk)))
                    # an id back in use (e.g. after unmerge) is no longer to be withdrawn
                    conn.execute(
                        delete(t.withdrawn).where(
                            t.withdrawn.c.golden_id.in_(chunk), t.withdrawn.c.reason == "merged"
                        )
                    )
                conn.execute(insert(t.golden), upserts)
            conn.execute(delete(t.organizations))
            if organizations:
                conn.execute(insert(t.organizations), organizations)
            conn.execute(delete(t.relationships))
            if relationships:
                conn.execute(insert(t.relationships), relationships)

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

    # -- sinks -----------------------------------------------------------------------------

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
            for chunk in _chunks(golden_ids, 500):
                conn.execute(
                    delete(t.sink_map).where(
                        t.sink_map.c.sink == sink, t.sink_map.c.golden_id.in_(chunk)
                    )
                )

    def withdrawn_ids(self) -> list[str]:
        """Golden records erased or merged away, that sinks may still hold."""
        with self.engine.connect() as conn:
            return list(conn.scalars(select(t.withdrawn.c.golden_id)))

    # -- forget ----------------------------------------------------------------------------

    def suppressed_values(self) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.scalars(select(t.suppressions.c.value)))

    def forget(
        self,
        golden_id: str,
        values: set[str],
        observation_ids: list[int],
        observation_keys: Iterable[str] = (),
    ) -> None:
        """Erase a person everywhere in the store, in one transaction; keep them out.

        Observations, interactions, the golden record and relationships go, and so does what
        matching kept (decisions, reviews, pins, evidence, bounces); emails and phones are
        suppressed for later runs.
        """
        now = utcnow()
        emails = [v for v in values if "@" in v]
        with self.engine.begin() as conn:
            self.forget_matching(golden_id, observation_keys, emails, conn=conn)
            for value in values:
                stmt = self._insert(t.suppressions).values(
                    value=value, reason="forgotten", created_at=now
                )
                conn.execute(stmt.on_conflict_do_nothing())
            for chunk in _chunks(observation_ids, 500):
                conn.execute(delete(t.observations).where(t.observations.c.id.in_(chunk)))
            if emails:
                conn.execute(
                    delete(t.interactions).where(t.interactions.c.contact_email.in_(emails))
                )
            conn.execute(delete(t.golden).where(t.golden.c.id == golden_id))
            conn.execute(delete(t.relationships).where(t.relationships.c.golden_id == golden_id))
            conn.execute(
                self._insert(t.withdrawn)
                .values(golden_id=golden_id, reason="forgotten", created_at=now)
                .on_conflict_do_update(
                    index_elements=[t.withdrawn.c.golden_id], set_={"reason": "forgotten"}
                )
            )

    # -- review ----------------------------------------------------------------------------

    def open_reviews(self) -> list[tuple[int, ReviewItem]]:
        query = (
            select(t.review_items.c.id, t.review_items.c.payload)
            .where(t.review_items.c.status == "open")
            .order_by(t.review_items.c.id)
        )
        with self.engine.connect() as conn:
            return [
                (r.id, ReviewItem.model_validate(_json(r.payload))) for r in conn.execute(query)
            ]

    def resolve_review(self, review_id: int, status: str, observations: list[Any]) -> None:
        """Close a review item and store what the person confirmed, atomically."""
        counts = BatchCounts()
        with self.engine.begin() as conn:
            for obs in observations:
                if isinstance(obs, OrganizationObservation):
                    self._add_org_observation(conn, None, "review", obs, counts)
                else:
                    self._add_observation(conn, None, "review", obs, counts)
            conn.execute(
                update(t.review_items)
                .where(t.review_items.c.id == review_id)
                .values(status=status, resolved_at=utcnow())
            )

    # -- cache -----------------------------------------------------------------------------

    def cache(self, namespace: str) -> StoreCache:
        return StoreCache(self, namespace)

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

    # -- matching: decisions, reviews, pins, bounces, evidence (docs/matching.md) ------------

    def match_decisions(self) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
        """(apart, together): observation-key pairs a person decided on."""
        apart: set[tuple[str, str]] = set()
        together: set[tuple[str, str]] = set()
        query = select(t.match_decisions.c.kind, t.match_decisions.c.a, t.match_decisions.c.b)
        with self.engine.connect() as conn:
            for kind, a, b in conn.execute(query):
                (apart if kind == "apart" else together).add((a, b))
        return apart, together

    def add_match_decisions(
        self, kind: str, pairs: Iterable[tuple[str, str]], reason: str, conn: Any = None
    ) -> int:
        """Remember that these observations are ('apart') or are not ('together') one person."""
        rows = [
            {"kind": kind, "a": min(a, b), "b": max(a, b), "reason": reason, "created_at": utcnow()}
            for a, b in pairs
            if a != b
        ]
        if not rows:
            return 0
        other = "together" if kind == "apart" else "apart"
        stmt = self._insert(t.match_decisions).on_conflict_do_nothing()
        with _maybe_begin(self, conn) as c:
            for row in rows:
                # a later decision overrides an earlier opposite one
                c.execute(
                    delete(t.match_decisions).where(
                        t.match_decisions.c.kind == other,
                        t.match_decisions.c.a == row["a"],
                        t.match_decisions.c.b == row["b"],
                    )
                )
            c.execute(stmt, rows)
        return len(rows)

    def sync_match_reviews(self, pairs: list[dict[str, Any]]) -> int:
        """Open a review for each new pair (a, b, score, reasons); retire open ones not listed."""
        now = utcnow()
        wanted = {(p["a"], p["b"]) for p in pairs}
        opened = 0
        with self.engine.begin() as conn:
            held = {
                (r.a, r.b): (r.id, r.status)
                for r in conn.execute(
                    select(
                        t.match_reviews.c.id,
                        t.match_reviews.c.a,
                        t.match_reviews.c.b,
                        t.match_reviews.c.status,
                    )
                )
            }
            stale = [rid for key, (rid, st) in held.items() if st == "open" and key not in wanted]
            for chunk in _chunks(stale, 500):
                conn.execute(
                    update(t.match_reviews)
                    .where(t.match_reviews.c.id.in_(chunk))
                    .values(status="obsolete", resolved_at=now)
                )
            for p in pairs:
                key = (p["a"], p["b"])
                if key in held:
                    if held[key][1] == "obsolete":
                        conn.execute(
                            update(t.match_reviews)
                            .where(t.match_reviews.c.id == held[key][0])
                            .values(
                                status="open",
                                score=p["score"],
                                reasons=p["reasons"],
                                resolved_at=None,
                            )
                        )
                        opened += 1
                    continue
                conn.execute(
                    insert(t.match_reviews).values(
                        a=p["a"],
                        b=p["b"],
                        score=p["score"],
                        reasons=p["reasons"],
                        status="open",
                        created_at=now,
                    )
                )
                opened += 1
        return opened

    def open_match_reviews(self) -> list[dict[str, Any]]:
        query = (
            select(t.match_reviews)
            .where(t.match_reviews.c.status == "open")
            .order_by(t.match_reviews.c.score.desc(), t.match_reviews.c.id)
        )
        with self.engine.connect() as conn:
            return [{**r._mapping, "reasons": _json(r.reasons)} for r in conn.execute(query)]

    def resolve_match_review(self, review_id: int, same: bool) -> None:
        """Close a match review and remember the answer as a decision, atomically."""
        with self.engine.begin() as conn:
            row = conn.execute(
                select(t.match_reviews).where(t.match_reviews.c.id == review_id)
            ).first()
            if row is None:
                return
            kind = "together" if same else "apart"
            self.add_match_decisions(kind, [(row.a, row.b)], "review", conn=conn)
            conn.execute(
                update(t.match_reviews)
                .where(t.match_reviews.c.id == review_id)
                .values(status="same" if same else "different", resolved_at=utcnow())
            )

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
            conn.execute(
                delete(t.pins).where(t.pins.c.golden_id == golden_id, t.pins.c.field == field)
            )
            if value is not None:
                conn.execute(
                    insert(t.pins).values(
                        golden_id=golden_id, field=field, value=value, created_at=utcnow()
                    )
                )

    def bounces(self) -> dict[str, datetime]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.email_bounces.c.email, t.email_bounces.c.at))
            return {r.email: as_utc(r.at) for r in rows}

    def add_bounce(self, email: str, at: datetime, source: str, detail: str | None = None) -> None:
        """An email bounced (a delivery failure report); the latest bounce is kept."""
        stmt = self._insert(t.email_bounces).values(
            email=email, at=at, source=source, detail=detail
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[t.email_bounces.c.email],
            set_={
                "at": stmt.excluded.at,
                "source": stmt.excluded.source,
                "detail": stmt.excluded.detail,
            },
        )
        with self.engine.begin() as conn:
            conn.execute(stmt)

    def last_heard_from(self) -> dict[str, datetime]:
        """Per contact email, the last message they sent us (proof the address is alive)."""
        query = (
            select(t.interactions.c.contact_email, func.max(t.interactions.c.at))
            .where(t.interactions.c.role == "received")
            .group_by(t.interactions.c.contact_email)
        )
        with self.engine.connect() as conn:
            return {email: as_utc(at) for email, at in conn.execute(query)}

    def replace_golden_meta(self, rows: list[dict[str, Any]]) -> None:
        """Merge evidence and freshness of every golden record (derived: replaced whole)."""
        with self.engine.begin() as conn:
            conn.execute(delete(t.golden_meta))
            for chunk in _chunks(rows, 5000):
                conn.execute(insert(t.golden_meta), chunk)

    def forget_matching(
        self, golden_id: str, keys: Iterable[str], emails: Iterable[str], conn: Any = None
    ) -> None:
        """Erase what matching kept of a forgotten person: decisions and reviews naming their
        observations (``source\x1fsource_key``), their pins, evidence and bounces."""
        keys, emails = list(keys), list(emails)
        with _maybe_begin(self, conn) as conn:
            for chunk in _chunks(keys, 250):
                for table in (t.match_decisions, t.match_reviews):
                    conn.execute(delete(table).where(table.c.a.in_(chunk) | table.c.b.in_(chunk)))
            conn.execute(delete(t.pins).where(t.pins.c.golden_id == golden_id))
            conn.execute(delete(t.golden_meta).where(t.golden_meta.c.golden_id == golden_id))
            for chunk in _chunks(emails, 500):
                conn.execute(delete(t.email_bounces).where(t.email_bounces.c.email.in_(chunk)))

    def golden_meta(self, golden_id: str | None = None) -> dict[str, dict[str, Any]]:
        query = select(t.golden_meta)
        if golden_id is not None:
            query = query.where(t.golden_meta.c.golden_id == golden_id)
        with self.engine.connect() as conn:
            return {
                r.golden_id: {
                    "evidence": _json(r.evidence),
                    "confirmed": _json(r.confirmed),
                    "confirmed_at": as_utc(r.confirmed_at),
                    "validity": r.validity,
                    "flags": _json(r.flags),
                }
                for r in conn.execute(query)
            }


class StoreCache:
    """A plugin's persistent key-value cache (``RunContext.cache``)."""

    def __init__(self, store: Store, namespace: str) -> None:
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


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets `contactkit contacts` read while a run writes; NORMAL is durable at each commit
    # in WAL mode, which is what "a crash never leaves half a batch" needs.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


@contextmanager
def _maybe_begin(store: Store, conn: Any) -> Iterator[Any]:
    """The caller's transaction when it has one, else a new one."""
    if conn is not None:
        yield conn
    else:
        with store.engine.begin() as new:
            yield new


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _chunks(values: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]
