"""Data decay: when each value was last confirmed, and which records need re-verifying.

Contact data goes bad at about 3 % a month, so a value's chance to be still right is
``(1 - monthly_rate) ** months_since_last_confirmed``. A value is confirmed whenever any source
gives it again, and an email also whenever its owner writes to one of our mailboxes.

Flags on a record:

- ``stale``: the primary email (else phone) is likelier wrong than ``stale_below`` allows;
- ``bounced``: an email bounced after it was last confirmed;
- ``job change``: the person shows up at a new company domain after the old one was last seen
  (joined by a phone or a name), so the old work email and phone are probably dead; or an
  auto-reply from their address said they have left (a departure).

The re-verification queue (``contactkit report``) lists flagged records, most urgent first:
``priority = (1 - validity) × (1 + 2 × strongest relationship)``, and a bounce or a job change
counts as validity 0.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from contactkit import normalize

SECONDS_PER_MONTH = 30.44 * 86400


@dataclass(frozen=True)
class DecaySettings:
    monthly_rate: float = 0.03
    stale_below: float = 0.7


@dataclass
class Freshness:
    confirmed: dict[str, str] = field(default_factory=dict)
    """Value (email, E.164 phone) -> ISO time it was last confirmed."""
    confirmed_at: datetime | None = None
    validity: float = 1.0
    flags: list[str] = field(default_factory=list)

    def as_row(self) -> dict[str, Any]:
        return {
            "confirmed": self.confirmed,
            "confirmed_at": self.confirmed_at,
            "validity": round(self.validity, 4),
            "flags": self.flags,
        }


def validity(last: datetime | None, now: datetime, monthly_rate: float) -> float:
    if last is None:
        return 0.0
    months = max(0.0, (now - last).total_seconds() / SECONDS_PER_MONTH)
    return (1 - monthly_rate) ** months


def _later(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None:
        return b
    return a if b is None or a >= b else b


def freshness(
    members: Iterable[Any],
    contact: dict[str, Any],
    heard_from: dict[str, datetime],
    bounces: dict[str, datetime],
    now: datetime,
    settings: DecaySettings,
    departures: dict[str, datetime] | None = None,
) -> Freshness:
    """When each of a golden record's values was last confirmed, and what looks wrong."""
    fresh = Freshness()
    last: dict[str, datetime] = {}
    domain_span: dict[str, list[datetime]] = {}
    for obs in members:
        fresh.confirmed_at = _later(fresh.confirmed_at, obs.seen_at)
        for email in obs.payload.get("emails", ()):
            last[email] = _later(last.get(email), obs.seen_at)
            domain = normalize.email_domain(email)
            if not normalize.is_freemail(domain):
                span = domain_span.setdefault(domain, [obs.seen_at, obs.seen_at])
                span[0], span[1] = min(span[0], obs.seen_at), max(span[1], obs.seen_at)
        for phone in obs.payload.get("phones", ()):
            key = phone.get("e164") or phone.get("text")
            if key:
                last[key] = _later(last.get(key), obs.seen_at)
    for email in contact.get("emails", ()):
        heard = heard_from.get(email)
        if heard is not None:
            last[email] = _later(last.get(email), heard)
            fresh.confirmed_at = _later(fresh.confirmed_at, heard)
            domain = normalize.email_domain(email)
            if domain in domain_span:
                domain_span[domain][1] = max(domain_span[domain][1], heard)
    fresh.confirmed = {value: at.isoformat() for value, at in sorted(last.items())}

    emails = contact.get("emails") or []
    phones = contact.get("phones") or []
    primary = emails[0] if emails else None
    if primary is None and phones:
        primary = phones[0].get("e164") or phones[0].get("text")
    fresh.validity = validity(last.get(primary) if primary else None, now, settings.monthly_rate)
    if fresh.validity < settings.stale_below:
        when = last[primary].date().isoformat() if primary in last else "never"
        fresh.flags.append(f"stale: {primary} last confirmed {when}")
    for email in emails:
        bounced = bounces.get(email)
        if bounced is not None and bounced >= last.get(email, bounced):
            fresh.flags.append(f"bounced: {email} on {bounced.date().isoformat()}")
            if email == emails[0]:
                fresh.validity = 0.0
    for email in emails:
        left = (departures or {}).get(email)
        if left is not None and left >= last.get(email, left):
            when = left.date().isoformat()
            fresh.flags.append(f"job change: {email} left (auto-reply on {when})")
            if email == emails[0]:
                fresh.validity = 0.0
    if len(domain_span) >= 2:
        # the newest company domain first seen after the previous one went quiet: a job change
        spans = sorted(domain_span.items(), key=lambda kv: kv[1][0])
        (old, (_, old_last)), (new, (new_first, _)) = spans[-2], spans[-1]
        if new_first > old_last:
            fresh.flags.append(
                f"job change: {old} (last {old_last.date().isoformat()}) → {new} "
                f"(since {new_first.date().isoformat()})"
            )
            old_primary = bool(emails) and normalize.email_domain(emails[0]) == old
            fresh.validity = min(fresh.validity, 0.0 if old_primary else 0.5)
    return fresh


def priority(validity_value: float, strength: float) -> float:
    """Most urgent first: likely wrong, and someone here knows them well."""
    return round((1 - validity_value) * (1 + 2 * strength), 4)
