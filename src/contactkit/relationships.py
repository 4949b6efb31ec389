"""Who-knows-whom: relationship counts from interactions, and the strength score.

The counts are the facts and are stored; the strength is a formula over them, recomputed on every
merge, so it can change without re-harvesting anything.

Strength, 0..1 (``docs/relationships.md`` explains it for IT and sales):

- one-way correspondence scores 0: a contact who only ever wrote (cold mail) or was only ever
  written to without an answer is no relationship yet; a meeting (both invited to one calendar
  event) is evidence in both directions at once;
- otherwise ``reciprocity × (volume + sustained) / 2 × recency``:

  - volume: ``1 - exp(-(sent + received + replies) / 10)``, saturating near 30 messages;
  - reciprocity: ``min(sent, received) / max(sent, received)`` lifted to at least 0.3 once both
    directions exist, so a 1:5 exchange still counts;
  - sustained: months between first and last message, saturating at 12;
  - recency: halves every 180 days since the last message.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from contactkit.model import utcnow
from contactkit.store.base import as_utc

HALF_LIFE_DAYS = 180.0


@dataclass
class Counts:
    sent: int = 0
    received: int = 0
    cc_only: int = 0
    replies: int = 0
    meetings: int = 0
    threads: set[str] = field(default_factory=set)
    messages: set[tuple[str, str]] = field(default_factory=set)
    first_seen: datetime | None = None
    last_seen: datetime | None = None

    @classmethod
    def of(cls, row: Any) -> Counts:
        """The counts a stored relationship or a store's tally holds (threads aside)."""
        return cls(
            sent=row.sent,
            received=row.received,
            cc_only=row.cc_only,
            replies=row.replies,
            meetings=row.meetings,
            first_seen=as_utc(row.first_seen),
            last_seen=as_utc(row.last_seen),
        )

    def add(self, role: str, at: datetime, thread: str | None, is_reply: bool, msg: str) -> None:
        # A message reaching one contact through two of their addresses counts once.
        if (msg, role) in self.messages:
            return
        self.messages.add((msg, role))
        if role == "sent":
            self.sent += 1
        elif role == "cc":
            self.cc_only += 1
        elif role == "meeting":
            self.meetings += 1
        else:
            self.received += 1
        if is_reply:
            self.replies += 1
        if thread:
            self.threads.add(thread)
        self.first_seen = at if self.first_seen is None else min(self.first_seen, at)
        self.last_seen = at if self.last_seen is None else max(self.last_seen, at)


def strength(c: Counts, now: datetime | None = None) -> float:
    """Recent, reciprocal, sustained correspondence scores high; one-way scores zero."""
    outgoing = c.sent + c.cc_only + c.meetings
    incoming = c.received + c.meetings
    if outgoing == 0 or incoming == 0 or c.last_seen is None or c.first_seen is None:
        return 0.0
    volume = 1 - math.exp(-(outgoing + incoming + c.replies) / 10)
    reciprocity = max(0.3, min(outgoing, incoming) / max(outgoing, incoming))
    months = (c.last_seen - c.first_seen).days / 30.4
    sustained = min(1.0, months / 12)
    age_days = max(0.0, ((now or utcnow()) - c.last_seen).days)
    recency = 0.5 ** (age_days / HALF_LIFE_DAYS)
    return round(reciprocity * (volume + sustained) / 2 * recency, 4)


def relationships_of(
    store: Any, email_owner: dict[str, str], now: datetime, emails: Iterable[str] | None = None
) -> list[dict[str, Any]]:
    """Relationships per (golden record, employee), from the store's counts per (employee,
    contact email) (of all contact emails, or of ``emails``).

    A record that wrote with one employee through two of its emails may have one message
    counted under both (sent to both addresses): those pairs are counted again from their
    interactions, where a message counts once. Gives what ``derive_relationships`` gives over
    every interaction.
    """
    tallies: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for tally in store.interaction_tallies(emails):
        gid = email_owner.get(tally.contact_email)
        if gid is not None:  # else a correspondent who never became a contact (cold mail)
            tallies[(gid, tally.employee_email)].append(tally)
    out: dict[tuple[str, str], dict[str, Any]] = {}
    shared = {k for k, held in tallies.items() if len(held) > 1}
    if shared:
        wanted = {t.contact_email for k in shared for t in tallies[k]}
        rows = store.interaction_rows_for(wanted)
        owned = {e: g for e, g in email_owner.items() if e in wanted}
        for row in derive_relationships(rows, owned, now):
            if (row["golden_id"], row["employee_email"]) in shared:
                out[(row["golden_id"], row["employee_email"])] = row
    for (gid, employee), held in tallies.items():
        if len(held) == 1:
            (tally,) = held
            out[(gid, employee)] = _row(gid, employee, Counts.of(tally), tally.threads, now)
    return [out[key] for key in sorted(out)]


def derive_relationships(
    interactions: Iterable[Any], email_owner: dict[str, str], now: datetime
) -> list[dict[str, Any]]:
    """Aggregate interactions per (golden record, employee); strength from the counts."""
    counts: dict[tuple[str, str], Counts] = defaultdict(Counts)
    for row in interactions:
        gid = email_owner.get(row.contact_email)
        if gid is None:
            continue  # a correspondent who never became a contact (e.g. cold mail)
        counts[(gid, row.employee_email)].add(
            row.role, as_utc(row.at), row.thread_id, bool(row.is_reply), row.message_id
        )
    return [_row(gid, employee, c, len(c.threads), now) for (gid, employee), c in counts.items()]


def _row(gid: str, employee: str, c: Counts, threads: int, now: datetime) -> dict[str, Any]:
    return {
        "golden_id": gid,
        "employee_email": employee,
        "sent": c.sent,
        "received": c.received,
        "cc_only": c.cc_only,
        "replies": c.replies,
        "meetings": c.meetings,
        "threads": threads,
        "first_seen": c.first_seen,
        "last_seen": c.last_seen,
        "strength": strength(c, now),
    }
