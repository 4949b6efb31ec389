"""The built-in file sinks pass the same contract as any CRM sink."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from contactkit.testing import SinkContractTests, StoredContact
from contactkit_plugins.file_sinks.csv_sink import CsvSink
from contactkit_plugins.file_sinks.jsonl_sink import JsonlSink


class TestCsvSink(SinkContractTests):
    uses_http = False

    @pytest.fixture
    def make_sink(self, tmp_path: Path):
        self.path = tmp_path / "out" / "contacts.csv"
        return lambda context: CsvSink(CsvSink.Config(path=self.path), context)

    def fetch(self, external_id: str) -> StoredContact | None:
        if not self.path.exists():
            return None
        with self.path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["contactkit ID"] == external_id:
                    emails = [row["Email"], *filter(None, row["Other Emails"].split(";"))]
                    return StoredContact(
                        full_name=row["Full Name"] or None,
                        emails=[e for e in emails if e],
                        title=row["Job Title"] or None,
                        phones=[p for p in (row["Phone"], row["Mobile Phone"]) if p],
                        organization=row["Company"] or None,
                        owner_email=row["Owner Email"] or None,
                    )
        return None


class TestJsonlSink(SinkContractTests):
    uses_http = False

    @pytest.fixture
    def make_sink(self, tmp_path: Path):
        self.path = tmp_path / "contacts.jsonl"
        return lambda context: JsonlSink(JsonlSink.Config(path=self.path), context)

    def fetch(self, external_id: str) -> StoredContact | None:
        if not self.path.exists():
            return None
        for line in self.path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["id"] == external_id:
                contact = row["contact"]
                return StoredContact(
                    full_name=contact["name"].get("full"),
                    emails=contact.get("emails", []),
                    title=contact.get("title"),
                    phones=[p.get("e164") or p["text"] for p in contact.get("phones", [])],
                    organization=(row.get("organization") or {}).get("name"),
                    owner_email=(row.get("owner") or {}).get("email"),
                )
        return None


def test_csv_file_is_replaced_whole_never_half_written(tmp_path: Path) -> None:
    from contactkit.plugin import PushItem
    from contactkit.testing import records, standalone_context

    path = tmp_path / "c.csv"
    sink = CsvSink(CsvSink.Config(path=path), standalone_context())
    sink.write([PushItem(r) for r in records.people(3)])
    before = path.read_text()

    class Boom(Exception):
        pass

    def explode(rows, handle):
        handle.write("partial")
        raise Boom

    sink.file._dump = explode
    with pytest.raises(Boom):
        sink.write([PushItem(records.person(9))])
    assert path.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["c.csv"]  # no temp file left behind


def test_csv_countries_are_iso_codes_and_the_family_has_columns(tmp_path: Path):
    from contactkit.model import Address
    from contactkit.plugin import PushItem
    from contactkit.testing import standalone_context
    from contactkit.testing.records import family_person

    path = tmp_path / "contacts.csv"
    sink = CsvSink(CsvSink.Config(path=path), standalone_context())
    records = [
        family_person(1, addresses=[Address(city="Berlin", country="Deutschland")]),
        family_person(2, addresses=[Address(city="Köln", country="Germany")]),
        family_person(3, addresses=[Address(city="Austin", country="United States")]),
        family_person(4, addresses=[Address(city="Nowhere", country="Atlantis")]),
    ]

    sink.write([PushItem(record=r) for r in records])

    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["Country"] for r in rows] == ["DE", "DE", "US", "Atlantis"]  # unknown: as written
    assert {r["Company Country"] for r in rows} == {"GB"}
    assert {r["Parent Company"] for r in rows} == {"Analytical Engines Holdings plc"}
    assert {(r["Parent DUNS"], r["Ultimate Parent DUNS"]) for r in rows} == {
        ("210987654", "210987654")
    }
