"""An access request's answer: everything the store holds about one person, as one JSON document.

Beside ``forget`` (the right to erasure), this is the right of access: the person's values with
the source and time of each, every observation as the source gave it, their interactions with
the company counted per employee, their relationships, and what was sent to which sink and when.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import func, or_, select

from contactkit.matching.keys import key_of
from contactkit.model import utcnow
from contactkit.records import find_golden
from contactkit.store import Store, as_utc
from contactkit.store import schema as t
from contactkit.store.base import json_value

FORMAT = "contactkit.person-export/1"


class NotHeld(LookupError):
    """The store holds nothing about this person (or only a digest on the forget list)."""


def export_person(store: Store, ref: str) -> dict[str, Any]:
    """The whole record of a person, by email, phone or golden id."""
    record = find_golden(store, ref)
    if record is None:
        forgotten = store.forgotten().is_forgotten(ref)
        raise NotHeld(
            f"no contact {ref!r}"
            + (": they were forgotten, only a keyed digest of it is kept" if forgotten else "")
        )
    emails = list(record.contact.emails)
    with store.engine.connect() as conn:
        members = json_value(
            conn.scalar(select(t.golden.c.members).where(t.golden.c.id == record.id))
        )
        observations = [
            {
                "source": row.source,
                "source_type": row.source_type,
                "key": row.source_key,
                "seen_at": _iso(row.seen_at),
                "values": json_value(row.payload),
                "confidence": json_value(row.confidence),
            }
            for row in conn.execute(
                select(t.observations)
                .where(t.observations.c.id.in_(list(members or [])))
                .order_by(t.observations.c.seen_at)
            )
        ]
        interactions = _interaction_counts(conn, emails)
        sent = [
            {
                "sink": row.sink,
                "external_id": row.external_id,
                "sent_at": _iso(row.sent_at),
                "sent": json_value(row.sent_payload),
            }
            for row in conn.execute(select(t.sink_map).where(t.sink_map.c.golden_id == record.id))
        ]
        pins = {
            row.field: {"value": json_value(row.value), "since": _iso(row.created_at)}
            for row in conn.execute(select(t.pins).where(t.pins.c.golden_id == record.id))
        }
        bounces = [
            {"email": row.email, "at": _iso(row.at), "source": row.source}
            for row in conn.execute(
                select(t.email_bounces).where(t.email_bounces.c.email.in_(emails))
            )
        ]
        keys = [key_of(o["source"], o["key"]) for o in observations]
        reviews = conn.scalar(
            select(func.count())
            .select_from(t.match_reviews)
            .where(or_(t.match_reviews.c.a.in_(keys), t.match_reviews.c.b.in_(keys)))
        )
    provenance = {
        field: [
            {
                "source": ref.source,
                "key": ref.source_key,
                "seen_at": _iso(ref.seen_at),
                "confidence": ref.confidence,
            }
            for ref in refs
        ]
        for field, refs in sorted(record.provenance.items())
    }
    return {
        "format": FORMAT,
        "exported_at": _iso(utcnow()),
        "id": record.id,
        "contact": record.contact.model_dump(mode="json", exclude_defaults=True),
        "provenance": provenance,
        "organization": record.organization.model_dump(mode="json", exclude_defaults=True)
        if record.organization
        else None,
        "observations": observations,
        "interactions": interactions,
        "relationships": [r.model_dump(mode="json") for r in record.relationships],
        "owner": record.owner.email if record.owner else None,
        "sinks": sent,
        "pins": pins,
        "bounces": bounces,
        "match_reviews": reviews or 0,
    }


def _interaction_counts(conn: Any, emails: list[str]) -> dict[str, Any]:
    """Counts per employee and role, with first and last: the messages themselves are not kept."""
    per: dict[str, Counter[str]] = {}
    span: dict[str, list[Any]] = {}
    query = select(
        t.interactions.c.employee_email, t.interactions.c.role, t.interactions.c.at
    ).where(t.interactions.c.contact_email.in_(emails))
    for employee, role, at in conn.execute(query):
        per.setdefault(employee, Counter())[role] += 1
        first_last = span.setdefault(employee, [at, at])
        first_last[0], first_last[1] = min(first_last[0], at), max(first_last[1], at)
    return {
        "total": sum(sum(c.values()) for c in per.values()),
        "by_employee": {
            employee: {
                **dict(counts),
                "first": _iso(span[employee][0]),
                "last": _iso(span[employee][1]),
            }
            for employee, counts in sorted(per.items())
        },
    }


def _iso(value: Any) -> str | None:
    return as_utc(value).isoformat() if value is not None else None
