"""The Tryton sink against the sink contract, on a real Tryton server."""

from __future__ import annotations

import pytest

from contactkit.plugin import ForgetItem, PushItem
from contactkit.testing import SinkContractTests, StoredContact, records
from contactkit_plugins.tryton.sink import TrytonSink


class TestTrytonSinkContract(SinkContractTests):
    @pytest.fixture
    def make_sink(self, tryton_reader, tryton_config):
        self.reader = tryton_reader
        self.refuse: set[str] = set()
        return lambda context: TrytonSink(tryton_config, context)

    @pytest.fixture(autouse=True)
    def _fresh_records(self, tryton_reader):
        """The server lives for the session: start each test without the sample people."""
        codes = [f"contactkit:{r.id}" for r in records.people(100)] + [
            f"contactkit:{r.id}"
            for r in (
                *records.unicode_people(),
                records.without_company(32),
                records.without_email(41),
            )
        ]
        rows = tryton_reader.find("party.identifier", [["code", "in", codes]], ["party"])
        if rows:
            tryton_reader.call("party.party", "delete", sorted({r["party"] for r in rows}))

    def fetch(self, external_id: str) -> StoredContact | None:
        party = self.reader.party(int(external_id))
        if party is None:
            return None
        companies = self.reader.related(int(external_id), "works at")
        owners = self.reader.related(int(external_id), "contact owner of", incoming=True)
        kinds = {"phone", "mobile"}
        return StoredContact(
            full_name=party["name"],
            emails=[v for t, v in party["mechanisms"] if t == "email"],
            title=party["titles"][0] if party["titles"] else None,
            phones=[v for t, v in party["mechanisms"] if t in kinds],
            organization=companies[0]["name"] if companies else None,
            owner_email=next((v for t, v in owners[0]["mechanisms"] if t == "email"), None)
            if owners
            else None,
        )

    def inject_failure(self, item: PushItem) -> bool:
        # Tryton itself refuses an invalid email address
        item.record.contact.emails = ["not-an-email-address"]
        return True

    # Tryton's JSON-RPC reads are POSTs too: the kit's default (refuse every HTTP write) would
    # refuse the reads; make Tryton refuse instead, with a lock on the party.
    def inject_update_failure(self, item: PushItem) -> bool:
        self._restore = (item.record.contact, list(item.record.contact.emails))
        item.record.contact.emails = ["still not an email"]
        return True

    def inject_delete_failure(self, item: ForgetItem) -> bool:
        # a party that is an employee of the company cannot be deleted
        company = self.reader.find("company.company", [], ["id"])[0]["id"]
        self.reader.call(
            "company.employee", "create", [{"party": int(item.external_id), "company": company}]
        )
        self._employee_of = int(item.external_id)
        return True

    def end_injected_failures(self) -> None:
        restore = getattr(self, "_restore", None)
        if restore is not None:
            restore[0].emails = restore[1]
            self._restore = None
        employee = getattr(self, "_employee_of", None)
        if employee is not None:
            rows = self.reader.find("company.employee", [["party", "=", employee]], ["id"])
            self.reader.call("company.employee", "delete", [r["id"] for r in rows])
            self._employee_of = None

    def write_calls(self) -> int | None:
        return None  # JSON-RPC reads are POSTs: writes cannot be told from the requests
