"""Employees, their interactions with contacts, and bounced addresses."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import case, distinct, func, select
from sqlalchemy.engine import Connection

from contactkit.model import Bounce, Employee, Interaction
from contactkit.store import schema as t
from contactkit.store.base import StoreBase, as_utc, chunks, in_utc, streamed

LEFT_PREFIX = "left: "
"""A bounce whose detail starts so is a departure (an auto-reply said the person left)."""


class InteractionRow(NamedTuple):
    employee_email: str
    contact_email: str
    message_id: str
    role: str
    at: datetime | None
    thread_id: str | None
    is_reply: int


class InteractionTally(NamedTuple):
    """One employee's interactions with one contact email, counted by the store."""

    employee_email: str
    contact_email: str
    sent: int
    received: int
    cc_only: int
    meetings: int
    replies: int
    threads: int
    first_seen: datetime
    last_seen: datetime


def _stored_datetime(value: Any) -> datetime | None:
    """A datetime as SQLite keeps it (``2024-01-02 10:00:00.000000``)."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


class InteractionsPart(StoreBase):
    """Who of the company wrote with whom, and which addresses bounced."""

    def _add_interactions(self, conn: Connection, source: str, items: list[Interaction]) -> int:
        """Store interactions in bulk; one already stored (same message, same role) is skipped.

        Message and thread ids are stored as keyed digests (``private_id``): only their equality
        counts, and an id often names its sender (``<m2.jane.doe@contoso.example>``).
        """
        keyed = self.private_id  # type: ignore[attr-defined]  # ErasurePart's, on Store
        rows = [
            {
                "employee_email": item.employee_email,
                "contact_email": item.contact_email,
                "message_id": keyed(item.message_id),
                "role": item.role.value,
                "at": in_utc(item.at),
                "thread_id": keyed(item.thread_id) if item.thread_id else None,
                "is_reply": int(item.is_reply),
                "source": source,
            }
            for item in items
        ]
        return self._insert_new(conn, t.interactions, rows)

    def _upsert_employees(self, conn: Connection, source: str, items: list[Employee]) -> None:
        """Keep what is known: a later sighting without a name must not erase one."""
        merged: dict[str, dict[str, Any]] = {}
        for item in items:
            row = merged.setdefault(
                item.email,
                {"email": item.email, "name": None, "employee_id": None, "source": source},
            )
            for field in ("name", "employee_id"):
                value = getattr(item, field)
                row[field] = value if value is not None else row[field]
        if not merged:
            return
        stmt = self._insert(t.employees)
        stmt = stmt.on_conflict_do_update(
            index_elements=[t.employees.c.email],
            set_={
                k: func.coalesce(stmt.excluded[k], t.employees.c[k])
                for k in ("name", "employee_id", "source")
            },
        )
        conn.execute(stmt, list(merged.values()))

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

    def interaction_rows(self) -> Iterator[InteractionRow]:
        """Every interaction, streamed. On SQLite straight from the driver, dates read by
        ``datetime.fromisoformat``: the general row processing cost half of a harvest's merge."""
        c = t.interactions.c
        columns = [c.employee_email, c.contact_email, c.message_id, c.role, c.at, c.thread_id,
                   c.is_reply]  # fmt: skip
        with self.engine.connect() as conn:
            if self.engine.dialect.name != "sqlite":
                for row in streamed(conn, select(*columns), 10000):
                    yield InteractionRow(*row)
                return
            names = ", ".join(f'"{column.name}"' for column in columns)
            cursor = conn.connection.driver_connection.cursor()
            cursor.execute(f"SELECT {names} FROM interactions")
            while rows := cursor.fetchmany(10000):
                for employee, contact, message, role, at, thread, reply in rows:
                    at = _stored_datetime(at)
                    yield InteractionRow(employee, contact, message, role, at, thread, reply)

    def interaction_tallies(self, emails: Iterable[str] | None = None) -> list[InteractionTally]:
        """Per (employee, contact email), of all contact emails or of ``emails``: the
        interactions counted by role, replies, distinct threads, first and last message.

        The store counts (one row per pair, not per message: a harvest's merge read 17k rows to
        count 600 pairs). Interactions are unique per (employee, contact email, message, role),
        so nothing within a pair is counted twice."""
        c = t.interactions.c

        def of_role(*roles: str) -> Any:
            return func.sum(case((c.role.in_(roles), 1), else_=0))

        query = select(
            c.employee_email,
            c.contact_email,
            of_role("sent"),
            func.sum(case((c.role.in_(("sent", "cc", "meeting")), 0), else_=1)),
            of_role("cc"),
            of_role("meeting"),
            func.sum(case((c.is_reply != 0, 1), else_=0)),
            func.count(distinct(func.nullif(c.thread_id, ""))),
            func.min(c.at),
            func.max(c.at),
        ).group_by(c.employee_email, c.contact_email)
        with self.engine.connect() as conn:
            if emails is None:
                rows = conn.execute(query).all()
            else:
                rows = []
                for chunk in chunks(sorted(set(emails)), 500):
                    rows += conn.execute(query.where(c.contact_email.in_(chunk))).all()
        return [
            InteractionTally(*row[:8], *(as_utc(_stored_datetime(at)) for at in row[8:]))
            for row in rows
        ]

    def last_heard_from(self, emails: Iterable[str] | None = None) -> dict[str, datetime]:
        """Per contact email (all, or these), the last message they sent us (proof the address
        is alive)."""
        query = (
            select(t.interactions.c.contact_email, func.max(t.interactions.c.at))
            .where(t.interactions.c.role == "received")
            .group_by(t.interactions.c.contact_email)
        )
        with self.engine.connect() as conn:
            if emails is None:
                return {email: as_utc(at) for email, at in conn.execute(query)}
            out = {}
            for chunk in chunks(sorted(set(emails)), 500):
                rows = conn.execute(query.where(t.interactions.c.contact_email.in_(chunk)))
                out.update({email: as_utc(at) for email, at in rows})
            return out

    def bounces(self) -> dict[str, datetime]:
        """Per email, when it last bounced (delivery failures, not departures)."""
        return self._bounces(left=False)

    def departures(self) -> dict[str, datetime]:
        """Per email, when an auto-reply said its owner had left the company."""
        return self._bounces(left=True)

    def _bounces(self, *, left: bool) -> dict[str, datetime]:
        is_left = t.email_bounces.c.detail.like(f"{LEFT_PREFIX}%")
        where = is_left if left else (~is_left | t.email_bounces.c.detail.is_(None))
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.email_bounces.c.email, t.email_bounces.c.at).where(where))
            return {r.email: as_utc(r.at) for r in rows}

    def add_bounce(self, email: str, at: datetime, source: str, detail: str | None = None) -> None:
        """An email bounced (a delivery failure report); the latest bounce is kept."""
        with self.engine.begin() as conn:
            self._add_bounces(
                conn, source, [Bounce(source=source, email=email, at=at, detail=detail)]
            )

    def _add_bounces(self, conn: Connection, source: str, items: list[Bounce]) -> None:
        """Bounces and departures found by a source, in bulk; the latest per email is kept."""
        latest: dict[str, Bounce] = {}
        for item in items:
            if item.email not in latest or item.at >= latest[item.email].at:
                latest[item.email] = item
        if not latest:
            return
        rows = [
            {
                "email": b.email,
                "at": in_utc(b.at),
                "source": source,
                "detail": f"{LEFT_PREFIX}{b.detail or ''}" if b.left else b.detail,
            }
            for b in latest.values()
        ]
        stmt = self._insert(t.email_bounces)
        stmt = stmt.on_conflict_do_update(
            index_elements=[t.email_bounces.c.email],
            set_={
                "at": stmt.excluded.at,
                "source": stmt.excluded.source,
                "detail": stmt.excluded.detail,
            },
        )
        conn.execute(stmt, rows)
        self._event(conn, "email", list(latest))
