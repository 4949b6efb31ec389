"""What the matching commands do (``unmerge``, ``pin``, ``bounced``, the re-verification queue,
match reviews); ``cli.py`` only parses arguments and prints."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from itertools import combinations
from typing import Any

from sqlalchemy import select

from contactkit.matching.decay import priority
from contactkit.matching.keys import key_of, show_key, split_key
from contactkit.model import Address, OrgRef, PersonName, Phone, Url
from contactkit.normalize import normalize_email
from contactkit.records import find_golden
from contactkit.relationships import Counts, strength
from contactkit.store import Store
from contactkit.store import schema as t

PINNABLE = (
    "name",
    "title",
    "department",
    "organization",
    "notes",
    "emails",
    "phones",
    "addresses",
    "urls",
)


class ActionError(ValueError):
    """One line for the user."""


def member_keys(store: Store, ref: str) -> tuple[str, list[str]]:
    """A golden record's id and its observations' keys (``source\\x1fsource_key``)."""
    record = find_golden(store, ref)
    if record is None:
        raise ActionError(f"no contact {ref!r}")
    row = store.golden_rows()[record.id]
    members = row.members if isinstance(row.members, list) else []
    rows = store.observations_by_ids(list(members))
    keys = sorted({key_of(r["source"], r["source_key"]) for r in rows})
    return record.id, keys


@dataclass
class Unmerged:
    golden_id: str
    moved: list[str]
    kept: list[str]
    pairs: int


def unmerge(store: Store, ref: str, observations: list[str]) -> Unmerged:
    """Split a golden record and remember never to join the parts again.

    ``observations`` (``source:key`` as ``contactkit show`` lists them) move out together into
    their own record; none given splits every observation apart.
    """
    golden_id, keys = member_keys(store, ref)
    if len(keys) < 2:
        raise ActionError(f"{golden_id} has a single observation: nothing to split")
    by_shown = {show_key(k): k for k in keys}
    if observations:
        unknown = [o for o in observations if o not in by_shown]
        if unknown:
            raise ActionError(
                f"{unknown[0]} is not an observation of {golden_id} "
                f"(its observations: {', '.join(sorted(by_shown))})"
            )
        moved = sorted(by_shown[o] for o in observations)
        kept = [k for k in keys if k not in moved]
        if not kept:
            raise ActionError("that would move every observation: name only the ones to split off")
        pairs = [(a, b) for a in moved for b in kept]
    else:
        moved, kept = keys, []
        pairs = list(combinations(keys, 2))
    count = store.add_match_decisions("apart", pairs, "unmerge")
    return Unmerged(golden_id, [show_key(k) for k in moved], [show_key(k) for k in kept], count)


@dataclass
class Merged:
    golden_id: str
    other_id: str
    pairs: int


def merge(store: Store, ref: str, other: str) -> Merged:
    """Join two golden records for good: every pair of their observations is "together" (which
    also takes back an ``unmerge`` that split them)."""
    golden_id, keys = member_keys(store, ref)
    other_id, other_keys = member_keys(store, other)
    if golden_id == other_id:
        raise ActionError(f"{ref} and {other} are one record already ({golden_id})")
    pairs = [(a, b) for a in keys for b in other_keys]
    count = store.add_match_decisions("together", pairs, "merge")
    return Merged(golden_id, other_id, count)


def undo_unmerge(store: Store, ref: str) -> tuple[str, int]:
    """Take back the ``unmerge`` decisions naming this record's observations: matching decides
    again, as before the split. The record's id and how many decisions were dropped."""
    golden_id, keys = member_keys(store, ref)
    dropped = store.drop_match_decisions("apart", keys, "unmerge")
    if not dropped:
        raise ActionError(f"{golden_id}: no unmerge of its observations to take back")
    return golden_id, dropped


def pin_value(field: str, text: str, region: str | None = None) -> Any:
    """The JSON value a pin stores, normalized as a source's value would be."""
    text = text.strip()
    if field not in PINNABLE:
        raise ActionError(f"cannot pin {field!r} (one of {', '.join(PINNABLE)})")
    context = {"default_region": region} if region else None
    try:
        if field == "name":
            return PersonName(full=text).model_dump(mode="json", exclude_none=True)
        if field == "organization":
            return OrgRef(name=text).model_dump(mode="json", exclude_none=True)
        if field == "emails":
            return normalize_email(text)
        if field == "phones":
            phone = Phone.model_validate({"text": text}, context=context)
            return phone.model_dump(mode="json", exclude_defaults=True) | {"e164": phone.e164}
        if field == "urls":
            return Url(url=text).model_dump(mode="json", exclude_defaults=True)
        if field == "addresses":
            return Address(street=text).model_dump(mode="json", exclude_defaults=True)
    except ValueError as exc:
        raise ActionError(f"{field}: {str(exc).splitlines()[-1].strip()}") from None
    return text


def pin(store: Store, ref: str, field: str, text: str | None, region: str | None = None) -> str:
    """Pin (or, with ``text=None``, unpin) a field's value on a golden record; its id."""
    record = find_golden(store, ref)
    if record is None:
        raise ActionError(f"no contact {ref!r}")
    if field not in PINNABLE:
        raise ActionError(f"cannot pin {field!r} (one of {', '.join(PINNABLE)})")
    value = None if text is None else pin_value(field, text, region)
    store.set_pin(record.id, field, value)
    return record.id


@dataclass
class QueueEntry:
    golden_id: str
    name: str
    flags: list[str]
    confirmed_at: datetime | None
    validity: float
    strength: float
    priority: float


def _lasting_strength(row: Any) -> float:
    """A relationship's strength when it was last active: what it is worth to win back.

    The stored strength fades with time since the last message, which is exactly when a
    record goes stale; the queue wants the relationship's worth, not its current heat.
    """
    counts = Counts.of(row)
    return strength(counts, now=counts.last_seen) if counts.last_seen else row.strength


def reverification_queue(store: Store, limit: int | None = None) -> list[QueueEntry]:
    """Flagged records, most urgent first: likely wrong, and strongly connected."""
    meta = store.golden_meta()
    rows = store.golden_rows()
    rels = store.relationships_by_golden()
    out = []
    for gid, m in meta.items():
        if not m["flags"] or gid not in rows:
            continue
        strength = max((_lasting_strength(r) for r in rels.get(gid, ())), default=0.0)
        name = (rows[gid].payload.get("name") or {}).get("full") or next(
            iter(rows[gid].payload.get("emails") or ()), gid
        )
        out.append(
            QueueEntry(
                gid,
                name,
                m["flags"],
                m["confirmed_at"],
                m["validity"],
                strength,
                priority(m["validity"], strength),
            )
        )
    oldest = datetime.max.replace(tzinfo=None)
    out.sort(
        key=lambda e: (
            -e.priority,
            e.confirmed_at.replace(tzinfo=None) if e.confirmed_at else oldest,
            e.golden_id,
        )
    )
    return out[:limit] if limit is not None else out


def observation_columns(store: Store, key: str) -> dict[str, str]:
    """One observation (by key) as columns for a side-by-side match review."""
    source, source_key = split_key(key)
    query = (
        select(t.observations.c.payload, t.observations.c.seen_at)
        .where(t.observations.c.source == source, t.observations.c.source_key == source_key)
        .order_by(t.observations.c.seen_at.desc(), t.observations.c.id.desc())
        .limit(1)
    )
    with store.engine.connect() as conn:
        row = conn.execute(query).first()
    if row is None:
        return {"source": f"{source}:{source_key}", "name": "(gone)"}
    payload = json.loads(row.payload) if isinstance(row.payload, str) else row.payload
    org = payload.get("organization") or {}
    phones = [p.get("e164") or p.get("text", "") for p in payload.get("phones") or ()]
    return {
        "source": f"{source}:{source_key}",
        "seen": str(row.seen_at)[:10],
        "name": (payload.get("name") or {}).get("full") or "",
        "emails": ", ".join(payload.get("emails") or ()),
        "phones": ", ".join(phones),
        "company": org.get("name") or org.get("domain") or "",
        "title": payload.get("title") or "",
    }
