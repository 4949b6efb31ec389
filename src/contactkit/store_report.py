"""What the store holds, told for the business: the data behind ``report --html`` and the desk.

A rollout lead shows this to the people who asked for the CRM: how many contacts each source
brought and when, what was dropped and why, how complete the records are, which companies we
know best, what needs re-verifying, and how the runs went. One function gathers it
(``collect``); the desk's report page and the single-file HTML report render the same data.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from contactkit.match_actions import QueueEntry, reverification_queue
from contactkit.model import utcnow
from contactkit.runs import FailedRecord, Waiting, recent_runs, run_errors, waiting_reviews
from contactkit.store import Store, as_utc
from contactkit.store import schema as t

COMPLETENESS_FIELDS = ("emails", "phones", "title", "organization", "addresses")
QUEUE_AGES = ((0, "under 6 months"), (6, "6-12 months"), (12, "1-2 years"), (24, "2 years +"))


@dataclass
class RunRow:
    id: int
    started_at: datetime | None
    status: str
    read: int
    kept: int
    failed: int
    errors: list[FailedRecord] = field(default_factory=list)


@dataclass
class CompanyStrength:
    organization_id: str
    name: str
    contacts: int
    strength: float
    best_connector: str


@dataclass
class StoreReport:
    generated_at: datetime
    counts: dict[str, int]
    waiting: Waiting
    by_source_month: dict[str, dict[str, int]]
    """source type -> month (YYYY-MM) -> observations first seen that month."""
    drops: Counter[str]
    completeness: dict[str, float]
    """Share of golden records that have each field."""
    companies: list[CompanyStrength]
    queue: list[QueueEntry]
    queue_by_age: list[tuple[str, int]]
    runs: list[RunRow]

    @property
    def months(self) -> list[str]:
        return sorted({m for months in self.by_source_month.values() for m in months})


def collect(store: Store, runs: int = 10, companies: int = 12) -> StoreReport:
    """Everything the report shows, read from the store in a handful of queries."""
    now = utcnow()
    queue = reverification_queue(store)
    return StoreReport(
        generated_at=now,
        counts=store.counts(),
        waiting=waiting_reviews(store),
        by_source_month=_by_source_month(store),
        drops=_drops(store),
        completeness=_completeness(store),
        companies=_companies(store, companies),
        queue=queue,
        queue_by_age=_queue_by_age(queue, now),
        runs=_runs(store, runs),
    )


def _by_source_month(store: Store) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = defaultdict(dict)
    query = select(t.observations.c.source_type, t.observations.c.seen_at, func.count()).group_by(
        t.observations.c.source_type, t.observations.c.seen_at
    )
    with store.engine.connect() as conn:
        for source_type, seen_at, count in conn.execute(query):
            month = as_utc(seen_at).strftime("%Y-%m") if seen_at else "unknown"
            months = out[source_type]
            months[month] = months.get(month, 0) + count
    return dict(out)


def _drops(store: Store) -> Counter[str]:
    """Dropped records by reason, over every run's summary."""
    drops: Counter[str] = Counter()
    with store.engine.connect() as conn:
        for (summary,) in conn.execute(select(t.runs.c.summary)):
            data = json.loads(summary) if isinstance(summary, str) else (summary or {})
            for tally in data.get("sources", {}).values():
                drops.update(tally.get("dropped", {}))
    return drops


def _completeness(store: Store) -> dict[str, float]:
    have: Counter[str] = Counter()
    total = 0
    with store.engine.connect() as conn:
        for (payload,) in conn.execute(select(t.golden.c.payload)):
            data = json.loads(payload) if isinstance(payload, str) else payload
            total += 1
            for name in COMPLETENESS_FIELDS:
                have[name] += bool(data.get(name))
    return {name: have[name] / total if total else 0.0 for name in COMPLETENESS_FIELDS}


def _companies(store: Store, limit: int) -> list[CompanyStrength]:
    """The companies we know best: summed relationship strength of their people."""
    query = (
        select(
            t.golden.c.organization_id,
            t.relationships.c.golden_id,
            t.relationships.c.employee_email,
            t.relationships.c.strength,
        )
        .join(t.golden, t.golden.c.id == t.relationships.c.golden_id)
        .where(t.golden.c.organization_id.is_not(None))
    )
    strength: Counter[str] = Counter()
    people: dict[str, set[str]] = defaultdict(set)
    by_employee: dict[str, Counter[str]] = defaultdict(Counter)
    with store.engine.connect() as conn:
        for org_id, golden_id, employee, value in conn.execute(query):
            strength[org_id] += value
            people[org_id].add(golden_id)
            by_employee[org_id][employee] += value
        top = [org_id for org_id, _ in strength.most_common(limit)]
        names = {
            row.id: json.loads(row.payload) if isinstance(row.payload, str) else row.payload
            for row in conn.execute(
                select(t.organizations.c.id, t.organizations.c.payload).where(
                    t.organizations.c.id.in_(top)
                )
            )
        }
    return [
        CompanyStrength(
            organization_id=org_id,
            name=(names.get(org_id) or {}).get("name") or org_id,
            contacts=len(people[org_id]),
            strength=strength[org_id],
            best_connector=by_employee[org_id].most_common(1)[0][0],
        )
        for org_id in top
    ]


def _queue_by_age(queue: list[QueueEntry], now: datetime) -> list[tuple[str, int]]:
    counts = Counter[str]()
    for entry in queue:
        months = (now - as_utc(entry.confirmed_at)).days / 30.4 if entry.confirmed_at else 999
        label = next(label for start, label in reversed(QUEUE_AGES) if months >= start)
        counts[label] += 1
    return [(label, counts[label]) for _, label in QUEUE_AGES]


def _runs(store: Store, limit: int) -> list[RunRow]:
    out = []
    for row in recent_runs(store, limit):
        summary: dict[str, Any] = row["summary"] or {}
        sources = summary.get("sources", {}).values()
        _, errors = run_errors(store, row["id"])
        out.append(
            RunRow(
                id=row["id"],
                started_at=as_utc(row["started_at"]),
                status=row["status"],
                read=sum(s.get("read", 0) for s in sources),
                kept=sum(s.get("kept", 0) for s in sources),
                failed=len(errors),
                errors=errors[:50],
            )
        )
    return out
