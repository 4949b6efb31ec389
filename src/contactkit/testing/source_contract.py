"""The contract every source must pass, as a base class to subclass in a test module.

The vendor provides ``make_source`` (a fixture returning ``context -> Source``) and
``add_records(records)`` (put these people into the backend the source reads: files, a server,
a fake API), and optionally ``add_bad_record()``. The kit checks:

* what is there is read: one observation per person, under the source's instance name, with a
  non-empty key, the right emails and (unicode) names, and the run ends with a JSON-able
  checkpoint;
* a re-run with the returned state reads nothing new; after adding one record it reads only that
  one;
* keys are stable: two fresh reads give the same keys;
* a bad record is a ``RecordError`` with its key and a one-line reason, and the run goes on.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from contactkit.model import (
    Checkpoint,
    Drop,
    Employee,
    GoldenRecord,
    Interaction,
    Observation,
    OrganizationObservation,
    RecordError,
    ReviewItem,
)
from contactkit.plugin import RunContext, Source
from contactkit.testing import records
from contactkit.testing.recording import contract_context

SOURCE_ITEMS = (
    Observation,
    OrganizationObservation,
    Employee,
    Interaction,
    RecordError,
    Drop,
    ReviewItem,
    Checkpoint,
)

INSTANCE = "contract-source"


def _nfc(text: str | None) -> str | None:
    return unicodedata.normalize("NFC", text) if text is not None else None


class SourceContractTests:
    """Subclass as ``class TestMySource(SourceContractTests)``; provide the two hooks below."""

    # -- what the vendor provides ------------------------------------------------------------

    @pytest.fixture
    def make_source(self) -> Callable[[RunContext], Source]:
        """Return ``lambda context: MySource(config, context, instance)``; override it."""
        raise NotImplementedError("override the make_source fixture")

    def add_records(self, people: list[GoldenRecord]) -> None:
        """Put these people into what the source reads (write a file, PUT to a server...)."""
        raise NotImplementedError("override add_records(people)")

    def add_bad_record(self) -> bool:
        """Put one unreadable record there; False if the backend cannot hold one."""
        return False

    # -- the kit's helpers ---------------------------------------------------------------------

    @pytest.fixture
    def source(self, make_source: Callable[[RunContext], Source]) -> Iterator[Source]:
        built = make_source(contract_context())
        assert isinstance(built, Source), "make_source must return a contactkit.plugin.Source"
        yield built
        built.close()

    def read(self, source: Source, state: dict[str, Any]) -> tuple[list, dict[str, Any]]:
        """All items of one run and the state to pass next time, checking the run's shape."""
        items = list(source.read(state))
        for item in items:
            assert isinstance(item, SOURCE_ITEMS), f"a source may not yield {type(item)}"
            if isinstance(item, RecordError):
                assert item.record_key and item.reason and "\n" not in item.reason, item
        checkpoints = [i for i in items if isinstance(i, Checkpoint)]
        assert checkpoints, "a source yields a Checkpoint after its work"
        assert isinstance(items[-1], Checkpoint), "nothing after the last checkpoint is stored"
        new_state = dict(state)
        for checkpoint in checkpoints:  # as the store keeps it: deltas applied in turn
            new_state = checkpoint.apply(new_state)
        json.dumps(new_state)  # the host stores it as JSON
        return items, new_state

    @staticmethod
    def observations(items: list) -> list[Observation]:
        return [i for i in items if isinstance(i, Observation)]

    # -- the contract --------------------------------------------------------------------------

    def test_source_contract_reads_what_is_there(self, source: Source) -> None:
        people = records.people(3, start=1) + records.unicode_people()
        self.add_records(people)
        items, _state = self.read(source, {})
        seen = self.observations(items)
        assert len(seen) == len(people), [o.contact.display_name for o in seen]
        by_email = {o.contact.emails[0]: o for o in seen if o.contact.emails}
        for person in people:
            obs = by_email.get(person.contact.emails[0])
            assert obs is not None, f"{person.contact.emails[0]} was not read"
            assert obs.source == source.instance
            assert obs.source_key
            assert _nfc(obs.contact.name.full) == _nfc(person.contact.name.full)

    def test_source_contract_rerun_reads_nothing_new(self, source: Source) -> None:
        self.add_records(records.people(2, start=11))
        _items, state = self.read(source, {})
        again, state2 = self.read(source, state)
        assert self.observations(again) == [], "nothing changed: nothing to read again"
        self.add_records([records.person(13)])
        more, _ = self.read(source, state2)
        assert [o.contact.emails[0] for o in self.observations(more)] == [
            records.person(13).contact.emails[0]
        ]

    def test_source_contract_keys_are_stable(self, source: Source) -> None:
        self.add_records(records.people(3, start=21))
        first, _ = self.read(source, {})
        second, _ = self.read(source, {})
        keys = sorted(o.source_key for o in self.observations(first))
        assert len(set(keys)) == 3, "each record needs its own key"
        assert keys == sorted(o.source_key for o in self.observations(second))

    def test_source_contract_bad_record_does_not_stop_the_run(self, source: Source) -> None:
        if not self.add_bad_record():
            pytest.skip("add_bad_record is not implemented for this backend")
        self.add_records(records.people(2, start=31))
        items, _ = self.read(source, {})
        assert len(self.observations(items)) == 2
        assert [i for i in items if isinstance(i, RecordError)], "the bad record was not reported"
