from datetime import UTC, datetime, timedelta
from pathlib import Path

from contactkit import master
from contactkit.model import Contact, Employee, Interaction, Observation
from contactkit.records import find_golden
from contactkit.relationships import Counts, strength
from contactkit.store import Store

NOW = datetime(2026, 11, 1, tzinfo=UTC)


def counts(*messages: tuple[str, int]) -> Counts:
    c = Counts()
    for i, (role, days_ago) in enumerate(messages):
        c.add(role, NOW - timedelta(days=days_ago), "t", role == "received", f"m{i}")
    return c


def test_one_way_scores_zero() -> None:
    assert strength(counts(("received", 3), ("received", 10)), NOW) == 0.0
    assert strength(counts(("sent", 3), ("sent", 10)), NOW) == 0.0


def test_reciprocal_recent_sustained_scores_higher() -> None:
    weekly_year = counts(*[(role, d) for d in range(7, 365, 7) for role in ("sent", "received")])
    short_old = counts(("sent", 700), ("received", 699))
    brief_recent = counts(("sent", 2), ("received", 1))
    assert weekly_year.sent == 52
    assert strength(weekly_year, NOW) > 0.9
    assert strength(weekly_year, NOW) > strength(brief_recent, NOW) > strength(short_old, NOW)


def test_the_same_message_counts_once() -> None:
    c = Counts()
    c.add("sent", NOW, "t", False, "<m1@x>")
    c.add("sent", NOW, "t", False, "<m1@x>")
    assert c.sent == 1


def test_relationships_and_owner_reach_the_golden_record(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    items: list = [
        Employee(email="ida@northwind.example", name="Ida Berg"),
        Employee(email="max@northwind.example", name="Max Roth"),
        Observation(source="mail", source_key="k", contact=Contact(emails=["kim@acme.example"])),
        Observation(source="mail", source_key="l", contact=Contact(emails=["lu@acme.example"])),
    ]
    at = NOW - timedelta(days=5)
    for i, (employee, contact, role) in enumerate(
        [
            ("ida", "kim", "sent"),
            ("ida", "kim", "received"),
            ("ida", "lu", "sent"),
            ("ida", "lu", "received"),
            ("max", "kim", "sent"),
            ("max", "kim", "received"),
            ("max", "kim", "received"),  # a second message
        ]
    ):
        items.append(
            Interaction(
                employee_email=f"{employee}@northwind.example",
                contact_email=f"{contact}@acme.example",
                message_id=f"<{i}@x>",
                role=role,
                at=at,
            )
        )
    store.write_batch(run_id=None, source="mail", source_type="mail", items=items, state=None)
    master.rebuild(store, [], now=NOW)
    kim = find_golden(store, "kim@acme.example")
    assert {r.employee_email: (r.sent, r.received) for r in kim.relationships} == {
        "ida@northwind.example": (1, 1),
        "max@northwind.example": (1, 2),
    }
    # ida corresponds with more of acme's people: she is the best connector, so the owner
    assert kim.owner is not None and kim.owner.email == "ida@northwind.example"
    assert kim.owner.name == "Ida Berg"
