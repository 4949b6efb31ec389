"""Relationships from the store's counts per (employee, contact email) equal relationships
counted from every interaction, on SQLite and PostgreSQL."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from contactkit.model import Interaction
from contactkit.relationships import derive_relationships, relationships_of
from contactkit.store import Store
from contactkit.testing.postgres import create_database

NOW = datetime(2026, 11, 1, tzinfo=UTC)
EMPLOYEES = [f"e{i}@us.example" for i in range(3)]
EMAILS = [f"c{i}@them.example" for i in range(12)]
# c0-c2 are one person's three addresses, c3-c4 another's; c10 and c11 are no one's
OWNER = {e: "g0" for e in EMAILS[:3]} | {e: "g1" for e in EMAILS[3:5]}
OWNER |= {e: f"g{i}" for i, e in enumerate(EMAILS[5:10], start=2)}


def _history(seed: int) -> list[Interaction]:
    rng = random.Random(seed)
    zones = [UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5))]
    items = []
    for m in range(400):
        minutes, micros = rng.randrange(500_000), rng.randrange(10**6)
        at = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=minutes, microseconds=micros)
        at = at.astimezone(rng.choice(zones))
        thread = rng.choice([None, "", f"<t{rng.randrange(40)}>"])
        employee, reply = rng.choice(EMPLOYEES), rng.random() < 0.4  # one message's, as mail is
        # a message often reaches one person through two of their addresses: counted once
        for contact in rng.sample(EMAILS[:5], 2) if m % 3 == 0 else [rng.choice(EMAILS)]:
            items.append(
                Interaction(
                    employee_email=employee,
                    contact_email=contact,
                    message_id=f"<m{m}>",
                    role=rng.choice(["sent", "received", "cc", "meeting"]),
                    at=at,
                    thread_id=thread,
                    is_reply=reply,
                )
            )
    return items


def _check(store: Store, seed: int) -> None:
    store.write_batch(run_id=None, source="mail", source_type="email_harvest",
                      items=_history(seed), state=None)  # fmt: skip
    every = sorted(
        derive_relationships(store.interaction_rows(), OWNER, NOW),
        key=lambda r: (r["golden_id"], r["employee_email"]),
    )
    assert len(every) > 20 and any(r["threads"] for r in every) and any(r["replies"] for r in every)
    assert relationships_of(store, OWNER, NOW) == every
    # only some emails (an incremental merge's): the pairs of the records owning them
    some = {e: g for e, g in OWNER.items() if g in ("g0", "g3")}
    assert relationships_of(store, some, NOW, some) == [
        r for r in every if r["golden_id"] in ("g0", "g3")
    ]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_tallies_equal_every_interaction_on_sqlite(tmp_path: Path, seed: int) -> None:
    _check(Store(f"sqlite:///{tmp_path / 's.db'}"), seed)


def test_tallies_equal_every_interaction_on_postgresql(postgres_url: str) -> None:
    _check(Store(create_database(postgres_url, "tallies")), 4)


def test_one_message_to_two_addresses_of_one_person_counts_once(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    at = NOW - timedelta(days=3)
    items = [
        Interaction(
            employee_email="e@us.example",
            contact_email=c,
            message_id="<1>",
            role="sent",
            at=at,
            thread_id="<t>",
        )
        for c in ("a@them.example", "b@them.example")
    ]
    b, e = "b@them.example", "e@us.example"
    items.append(Interaction(employee_email=e, contact_email=b, message_id="<2>",
                             role="received", at=at, thread_id="<t>"))  # fmt: skip
    store.write_batch(run_id=None, source="m", source_type="m", items=items, state=None)
    (row,) = relationships_of(store, {"a@them.example": "g", "b@them.example": "g"}, NOW)
    assert (row["sent"], row["received"], row["threads"]) == (1, 1, 1)
