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
from dataclasses import dataclass, field
from datetime import datetime

from contactkit.model import utcnow

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
