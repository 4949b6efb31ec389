"""A source that yields records given in its config: the pipeline's tests drive it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

import pytest

from contactkit.config import Config, config_from_dict
from contactkit.model import Checkpoint, Contact, Drop, Observation, RecordError, describe_error
from contactkit.plugin import PluginConfig, Source
from contactkit.plugins import Registry, build_registry, registry

RECORDS_SEEN_AT = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


class ListSourceConfig(PluginConfig):
    records: list[dict[str, Any]]
    checkpoint_every: int = 2
    die_after: int | None = None
    """Kill the whole process (no cleanup at all) after yielding this many records."""


class ListSource(Source):
    """Yields ``records``; each is a Contact dict with ``key``, or ``{"bad": reason}``."""

    name: ClassVar[str] = "listsource"
    Config = ListSourceConfig

    def read(self, state: dict[str, Any]) -> Iterator[Any]:
        start = state.get("next", 0)
        for i, raw in enumerate(self.config.records[start:], start):
            if self.config.die_after is not None and i >= self.config.die_after:
                os._exit(9)
            record = dict(raw)
            key = record.pop("key", str(i))
            if "bad" in record:
                yield RecordError(source=self.instance, record_key=key, reason=record["bad"])
            elif "drop" in record:
                yield Drop(source=self.instance, record_key=key, reason=record["drop"])
            else:
                try:
                    contact = Contact.model_validate(record)
                except ValueError as exc:
                    reason = describe_error(exc)
                    yield RecordError(source=self.instance, record_key=key, reason=reason)
                else:
                    # a record's time is its own, not the reading's: two runs over the same
                    # list (one killed and resumed) see the same observations
                    seen = RECORDS_SEEN_AT + timedelta(minutes=i)
                    yield Observation(
                        source=self.instance, source_key=key, contact=contact, seen_at=seen
                    )
            if (i + 1) % self.config.checkpoint_every == 0:
                yield Checkpoint(state={"next": i + 1})
        yield Checkpoint(state={"next": len(self.config.records)})


@pytest.fixture
def test_registry(monkeypatch: pytest.MonkeyPatch) -> Registry:
    """The installed plugins plus ``listsource``, also for the CLI."""
    reg = registry()
    monkeypatch.setitem(reg.sources, "listsource", ListSource)
    return reg


@pytest.fixture
def fresh_registry() -> Registry:
    reg = build_registry()
    reg.sources["listsource"] = ListSource
    return reg


def make_config(tmp_path: Path, records: list[dict[str, Any]], **extra: Any) -> Config:
    raw: dict[str, Any] = {
        "region": "DE",
        "store": {"url": f"sqlite:///{tmp_path / 'store.db'}"},
        "sources": [{"type": "listsource", "records": records, **extra.pop("source", {})}],
        "sinks": [{"type": "jsonl", "path": str(tmp_path / "out.jsonl")}],
        **extra,
    }
    return config_from_dict(raw, base_dir=tmp_path)


PEOPLE = [
    {"key": "a1", "name": {"full": "Anna Schmidt"}, "emails": ["anna@acme.example"]},
    {
        "key": "a2",
        "name": {"full": "Anna Schmidt"},
        "emails": ["Anna@ACME.example", "anna.s@gmail.com"],
        "title": "Head of Purchasing",
        "phones": [{"text": "030 1234567", "kind": "work"}],
    },
    {"key": "b1", "name": {"full": "Bernd Maier"}, "phones": [{"text": "+49 89 7654321"}]},
    {
        "key": "b2",
        "name": {"given": "Bernd", "family": "Maier"},
        "phones": [{"text": "089 7654321", "kind": "work"}],
        "organization": {"name": "Maier Logistik GmbH"},
    },
    {"key": "c1", "name": {"full": "Carla Rossi"}, "emails": ["carla@rossi.example"]},
    {"key": "d1", "name": {"full": "Dan Brown"}, "emails": ["dan@brown.example"]},
]
