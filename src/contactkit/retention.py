"""The retention rule: contacts with no interaction and no confirmation for N months.

``[retention] months`` in the config. A contact's last sign of life is the later of when any
source last confirmed one of their values (``golden_meta.confirmed_at``: a source gave it again,
or they wrote to one of our mailboxes) and their last interaction with any employee. Due contacts
are listed by ``contactkit report``; with ``action = "forget"`` a run erases them as ``forget``
does, so a rollout can publish the rule and keep it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from contactkit.config import Config
from contactkit.matching.decay import SECONDS_PER_MONTH
from contactkit.model import utcnow
from contactkit.store import Store, as_utc
from contactkit.store import schema as t
from contactkit.store.base import json_value


@dataclass(frozen=True)
class Due:
    golden_id: str
    name: str
    last_sign_of_life: datetime | None


def due(store: Store, months: int, now: datetime | None = None) -> list[Due]:
    """Golden records past the rule, longest silent first."""
    now = now or utcnow()
    limit = months * SECONDS_PER_MONTH
    with store.engine.connect() as conn:
        confirmed = dict(
            conn.execute(select(t.golden_meta.c.golden_id, t.golden_meta.c.confirmed_at)).all()
        )
        talked = dict(
            conn.execute(
                select(t.relationships.c.golden_id, func.max(t.relationships.c.last_seen)).group_by(
                    t.relationships.c.golden_id
                )
            ).all()
        )
        rows = list(conn.execute(select(t.golden.c.id, t.golden.c.payload)))
    out = []
    for golden_id, payload in rows:
        moments = [as_utc(m) for m in (confirmed.get(golden_id), talked.get(golden_id)) if m]
        last = max(moments) if moments else None
        if last is None or (now - last).total_seconds() > limit:
            contact = json_value(payload)
            name = (contact.get("name") or {}).get("full") or next(
                iter(contact.get("emails", [])), ""
            )
            out.append(Due(golden_id, name, last))
    epoch = datetime.min.replace(tzinfo=now.tzinfo)
    return sorted(out, key=lambda d: (d.last_sign_of_life or epoch, d.golden_id))


def describe(config: Config) -> str:
    rule = config.retention
    if rule.months is None:
        return "Retention: no rule (set [retention] months in the config)"
    verb = "erased at each run" if rule.action == "forget" else "flagged here"
    return (
        f"Retention: contacts with no interaction and no confirmation for {rule.months} months "
        f"are {verb}"
    )
