"""The bulk write path: one statement per kind of item, same results as one row at a time."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from contactkit.model import Contact, Employee, Interaction, Observation, ReviewItem
from contactkit.store import Store
from contactkit.testing.postgres import create_database

NOW = datetime(2026, 11, 1, tzinfo=UTC)


def _batch() -> list:
    contact = Contact(name={"full": "Anna Li"}, emails=["anna@x.example"])
    anna = Observation(source="s", source_key="a", seen_at=NOW, contact=contact)
    mail = Interaction(employee_email="me@us.example", contact_email="anna@x.example",
                       message_id="<1>", role="received", at=NOW)  # fmt: skip
    return [
        anna,
        anna,  # the same twice in one batch: stored once
        mail,
        mail,
        Employee(email="me@us.example", name="Me Myself"),
        Employee(email="me@us.example", name=None, employee_id="E7"),  # keeps the name
        ReviewItem(kind="fields", source="s", source_key="a", title="Anna Li"),
    ]


def _check(store: Store) -> None:
    counts = store.write_batch(run_id=None, source="s", source_type="t", items=_batch(),
                               state={"done": 1})  # fmt: skip
    assert (counts.observations_new, counts.observations_unchanged) == (1, 1)
    assert counts.interactions_new == 1 and counts.reviews_new == 1
    assert store.employees()["me@us.example"]["name"] == "Me Myself"
    assert store.employees()["me@us.example"]["employee_id"] == "E7"
    again = store.write_batch(run_id=None, source="s", source_type="t", items=_batch(),
                              state=None)  # fmt: skip
    assert (again.observations_new, again.interactions_new, again.reviews_new) == (0, 0, 0)
    assert store.load_checkpoint("s") == {"done": 1}


def test_bulk_batch_on_sqlite(tmp_path: Path) -> None:
    _check(Store(f"sqlite:///{tmp_path / 's.db'}"))


def test_bulk_batch_on_postgresql(postgres_url: str) -> None:
    _check(Store(create_database(postgres_url, "writepath")))


@pytest.mark.parametrize("size", [1, 1500])
def test_big_batches_are_counted_exactly(tmp_path: Path, size: int) -> None:
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    items = [
        Observation(source="s", source_key=str(i), seen_at=NOW,
                    contact=Contact(name={"full": f"P {i}"}, emails=[f"p{i}@x.example"]))
        for i in range(size)
    ]  # fmt: skip
    first = store.write_batch(run_id=None, source="s", source_type="t", items=items, state=None)
    half = items[: size // 2 + 1]
    second = store.write_batch(run_id=None, source="s", source_type="t", items=half, state=None)
    assert first.observations_new == size
    assert (second.observations_new, second.observations_unchanged) == (0, len(half))


def _times_with_offsets(store: Store) -> None:
    """A mail's local time (+02:00) is kept as the same instant, whatever the store's type."""
    local = datetime.fromisoformat("2026-04-01T10:00:00+02:00")
    instant = datetime(2026, 4, 1, 8, 0, tzinfo=UTC)
    contact = Contact(name={"full": "Anna Li"}, emails=["anna@x.example"])
    mail = Interaction(employee_email="me@us.example", contact_email="anna@x.example",
                       message_id="<2>", role="received", at=local)  # fmt: skip
    seen = Observation(source="s", source_key="a", seen_at=local, contact=contact)
    store.write_batch(run_id=None, source="s", source_type="t", items=[seen, mail], state=None)
    store.add_bounce("bob@x.example", local, "s")
    assert [i.at for i in store.interactions_for(["anna@x.example"])] == [instant]
    assert store.last_heard_from(["anna@x.example"]) == {"anna@x.example": instant}
    assert store.bounces() == {"bob@x.example": instant}
    assert [o.seen_at for o in store.contact_observations()] == [instant]


def test_times_with_offsets_on_sqlite(tmp_path: Path) -> None:
    _times_with_offsets(Store(f"sqlite:///{tmp_path / 's.db'}"))


def test_times_with_offsets_on_postgresql(postgres_url: str) -> None:
    _times_with_offsets(Store(create_database(postgres_url, "offsets")))
