"""The contract every sink must pass, as a base class to subclass in a test module.

Modelled on the Singer SDK standard tests: the kit owns the test logic, the vendor provides two
things only they know. ``make_sink`` (a pytest fixture returning ``context -> Sink``) and
``fetch(external_id)`` (what the CRM now holds for that id, as a ``StoredContact``, or None if
nothing). ``inject_failure`` lets the kit test a partial failure where the backend allows one.

What is checked, and why (see docs/writing-a-sink.md):

* create: one result per record, ``created`` with the CRM's id, and the CRM holds the values;
* re-push: the same record again (with its id and ``previous == record``) is ``unchanged`` and
  makes no write call: a re-run must cost nothing;
* update: a changed record is ``updated`` in place (same id), an unchanged neighbour in the same
  batch is ``unchanged`` and is not sent at all;
* unicode names and companies survive the round trip;
* the company and the owner (the employee who knows the contact best) are linked;
* partial failure: a record the CRM refuses fails alone, with a one-line reason;
* refused update and refused delete: the answer is ``failed``, never ``updated``/``deleted``
  (a record reported done is never sent again), and the next attempt goes through;
* 429 then success: the host's session waits ``Retry-After`` and the record is created;
* forget: the record is deleted (or anonymized) in the CRM.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest

from contactkit.model import GoldenRecord, SinkResult, SinkStatus
from contactkit.plugin import ForgetItem, PushItem, RunContext, Sink
from contactkit.testing import records
from contactkit.testing.recording import RecordingSession, contract_context


@dataclass
class StoredContact:
    """What the CRM holds for one record, in the kit's terms; ``fetch`` fills what it can."""

    full_name: str | None = None
    """The name as the CRM shows it, for a CRM that keeps one name (a party, a vCard's FN)."""
    given_name: str | None = None
    family_name: str | None = None
    """For a CRM that keeps the parts: compared part by part, since which comes first when the
    parts are shown together is the CRM's choice (CJK names are written family name first)."""
    emails: list[str] = field(default_factory=list)
    title: str | None = None
    phones: list[str] = field(default_factory=list)
    """E.164 where the CRM keeps it so, else as stored; compared digits-only."""
    organization: str | None = None
    """The linked company's name."""
    owner_email: str | None = None
    """The email of the CRM user who owns the contact."""


def _nfc(text: str | None) -> str | None:
    return unicodedata.normalize("NFC", text) if text is not None else None


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


class SinkContractTests:
    """Subclass as ``class TestMySink(SinkContractTests)`` and provide ``make_sink`` and ``fetch``.

    Class attributes tune what applies to your backend; every one defaults to the strict answer.
    """

    supports_organizations: bool = True
    """The CRM links a contact to its company (False for e.g. a flat file without that column)."""
    supports_owner: bool = True
    """The CRM keeps the contact's owner."""
    supports_title: bool = True
    uses_http: bool = True
    """The sink talks through ``context.http``: the 429 test and write counting apply."""

    context: RunContext

    # -- what the vendor provides ------------------------------------------------------------

    @pytest.fixture
    def make_sink(self) -> Callable[[RunContext], Sink]:
        """Return ``lambda context: MySink(config, context)``; override in your subclass."""
        raise NotImplementedError(
            "override the make_sink fixture: return a callable taking a RunContext"
        )

    def fetch(self, external_id: str) -> StoredContact | None:
        """What the CRM holds under ``external_id`` now, or None if nothing."""
        raise NotImplementedError("override fetch(external_id) to read back from your CRM")

    def inject_failure(self, item: PushItem) -> bool:
        """Arrange for the backend to refuse creating ``item`` on the next write; False if
        impossible."""
        return False

    def inject_update_failure(self, item: PushItem) -> bool:
        """Arrange for the backend to refuse the update in ``item``; False if impossible.

        The default, for a sink on ``context.http``, answers 400 to every write request (reads
        still reach the server) until ``end_injected_failures``. Override it when your reads are
        POSTs (e.g. JSON-RPC) or to make the backend itself refuse."""
        return self._refuse_http_writes()

    def inject_delete_failure(self, item: ForgetItem) -> bool:
        """Arrange for the backend to refuse deleting ``item``; False if impossible (default:
        as ``inject_update_failure``)."""
        return self._refuse_http_writes()

    def end_injected_failures(self) -> None:
        """Undo ``inject_update_failure`` / ``inject_delete_failure``."""
        if isinstance(getattr(self.context, "http", None), RecordingSession):
            self.context.http.refuse_writes(None)

    def _refuse_http_writes(self) -> bool:
        if not self.uses_http or not isinstance(self.context.http, RecordingSession):
            return False
        self.context.http.refuse_writes(400)
        return True

    def write_calls(self) -> int | None:
        """How many write calls reached the backend so far; None if unknowable."""
        if not self.uses_http or not isinstance(self.context.http, RecordingSession):
            return None
        return len(self.context.http.writes())

    # -- the kit's fixtures and helpers --------------------------------------------------------

    @pytest.fixture
    def sink_context(self) -> RunContext:
        """A standalone context whose session records requests and never really sleeps."""
        return contract_context()

    @pytest.fixture
    def sink(
        self, make_sink: Callable[[RunContext], Sink], sink_context: RunContext
    ) -> Iterator[Sink]:
        self.context = sink_context
        built = make_sink(sink_context)
        assert isinstance(built, Sink), "make_sink must return a contactkit.plugin.Sink"
        yield built
        built.close()

    def push(self, sink: Sink, items: list[PushItem]) -> dict[str, SinkResult]:
        """Write in batches of ``batch_size`` and check the answer's shape; results by record id."""
        out: dict[str, SinkResult] = {}
        for start in range(0, len(items), sink.batch_size):
            batch = items[start : start + sink.batch_size]
            results = sink.write(batch)
            ids = [r.record_id for r in results]
            assert sorted(ids) == sorted(i.record.id for i in batch), (
                f"one result per record expected, got {ids}"
            )
            for result in results:
                if result.status == SinkStatus.FAILED:
                    assert result.reason and "\n" not in result.reason, (
                        f"{result.record_id}: a failed result needs a one-line reason"
                    )
                out[result.record_id] = result
        return out

    def create(self, sink: Sink, recs: list[GoldenRecord]) -> dict[str, SinkResult]:
        results = self.push(sink, [PushItem(r) for r in recs])
        for rec in recs:
            assert results[rec.id].status == SinkStatus.CREATED, results[rec.id]
        return results

    @staticmethod
    def external_id(result: SinkResult, record: GoldenRecord) -> str:
        """The id to read back and send next time (a sink may key files by the record id)."""
        return result.external_id or record.id

    def assert_holds(self, external_id: str, record: GoldenRecord) -> StoredContact:
        stored = self.fetch(external_id)
        assert stored is not None, f"{record.id}: nothing in the CRM under {external_id!r}"
        c = record.contact
        if stored.given_name is not None or stored.family_name is not None:
            got = (_nfc(stored.given_name), _nfc(stored.family_name))
            assert got == (_nfc(c.name.given), _nfc(c.name.family)), (got, c.name)
        else:
            assert _nfc(stored.full_name) == _nfc(c.name.full), (stored.full_name, c.name.full)
        if c.emails:
            assert c.emails[0] in [e.lower() for e in stored.emails], (stored.emails, c.emails)
        if self.supports_title:
            assert stored.title == c.title
        return stored

    # -- the contract --------------------------------------------------------------------------

    def test_contract_empty_batch(self, sink: Sink) -> None:
        assert sink.write([]) == []

    def test_contract_create(self, sink: Sink) -> None:
        recs = records.people(3, start=1)
        results = self.create(sink, recs)
        ids = {self.external_id(results[r.id], r) for r in recs}
        assert len(ids) == 3, "each record needs its own id in the CRM"
        for rec in recs:
            stored = self.assert_holds(self.external_id(results[rec.id], rec), rec)
            if rec.contact.phones and stored.phones:
                assert _digits(rec.contact.phones[0].e164 or "") in [
                    _digits(p) for p in stored.phones
                ]

    def test_contract_repush_changes_nothing(self, sink: Sink) -> None:
        rec = records.person(11)
        results = self.create(sink, [rec])
        ext = self.external_id(results[rec.id], rec)
        before = self.write_calls()
        again = self.push(sink, [PushItem(rec, external_id=ext, previous=rec)])
        assert again[rec.id].status == SinkStatus.UNCHANGED, again[rec.id]
        if before is not None:
            assert self.write_calls() == before, "an unchanged record must not be written"
        self.assert_holds(ext, rec)

    def test_contract_update_sends_only_the_change(self, sink: Sink) -> None:
        a, b = records.person(21), records.person(22)
        results = self.create(sink, [a, b])
        ext_a, ext_b = self.external_id(results[a.id], a), self.external_id(results[b.id], b)
        a2 = records.changed(a, title="Head of Research")
        if isinstance(self.context.http, RecordingSession):
            self.context.http.reset()
        again = self.push(
            sink,
            [
                PushItem(a2, external_id=ext_a, previous=a),
                PushItem(b, external_id=ext_b, previous=b),
            ],
        )
        assert again[a.id].status == SinkStatus.UPDATED, again[a.id]
        assert again[b.id].status == SinkStatus.UNCHANGED, again[b.id]
        assert self.external_id(again[a.id], a2) == ext_a, "an update keeps the CRM's id"
        if self.uses_http and isinstance(self.context.http, RecordingSession):
            sent = " ".join(r.text() for r in self.context.http.writes())
            assert b.contact.emails[0] not in sent, "the unchanged record was sent again"
            assert self.context.http.writes(), "the update made no write call"
        stored = self.assert_holds(ext_a, a2)
        if self.supports_title:
            assert stored.title == "Head of Research"
        self.assert_holds(ext_b, b)

    def test_contract_unicode_names(self, sink: Sink) -> None:
        recs = records.unicode_people()
        results = self.create(sink, recs)
        for rec in recs:
            stored = self.assert_holds(self.external_id(results[rec.id], rec), rec)
            if self.supports_organizations:
                assert _nfc(stored.organization) == _nfc(rec.organization.name)

    def test_contract_company_and_owner_linked(self, sink: Sink) -> None:
        if not (self.supports_organizations or self.supports_owner):
            pytest.skip("this sink declares neither companies nor owners")
        rec = records.person(31)
        solo = records.without_company(32)
        results = self.create(sink, [rec, solo])
        stored = self.assert_holds(self.external_id(results[rec.id], rec), rec)
        stored_solo = self.assert_holds(self.external_id(results[solo.id], solo), solo)
        if self.supports_organizations:
            assert stored.organization == rec.organization.name
            assert not stored_solo.organization
        if self.supports_owner:
            assert (stored.owner_email or "").lower() == rec.owner.email

    def test_contract_record_without_email_gets_an_answer(self, sink: Sink) -> None:
        rec = records.without_email(41)
        results = self.push(sink, [PushItem(rec)])
        status = results[rec.id].status
        assert status in (SinkStatus.CREATED, SinkStatus.FAILED), results[rec.id]
        if status == SinkStatus.CREATED:
            self.assert_holds(self.external_id(results[rec.id], rec), rec)

    def test_contract_partial_failure_fails_only_that_record(self, sink: Sink) -> None:
        recs = records.people(3, start=51)
        items = [PushItem(r) for r in recs]
        if not self.inject_failure(items[1]):
            pytest.skip("inject_failure is not implemented for this backend")
        results = self.push(sink, items)
        assert results[recs[1].id].status == SinkStatus.FAILED, results[recs[1].id]
        for rec in (recs[0], recs[2]):
            assert results[rec.id].status == SinkStatus.CREATED, results[rec.id]
            self.assert_holds(self.external_id(results[rec.id], rec), rec)

    def test_contract_rate_limited_then_success(self, sink: Sink) -> None:
        if not self.uses_http:
            pytest.skip("the sink declares uses_http = False: no HTTP to rate-limit")
        session = self.context.http
        assert isinstance(session, RecordingSession), "sink_context must use a RecordingSession"
        rec = records.person(61)
        session.inject(429, headers={"Retry-After": "7"})
        results = self.push(sink, [PushItem(rec)])
        assert results[rec.id].status == SinkStatus.CREATED, results[rec.id]
        assert 7.0 in session.sleeps, f"Retry-After not honoured: slept {session.sleeps}"
        assert session.requests[0].injected, "the sink made no request through context.http"
        self.assert_holds(self.external_id(results[rec.id], rec), rec)

    def test_contract_forget(self, sink: Sink) -> None:
        if sink.forget_mode == "none":
            pytest.skip("forget_mode = 'none': this CRM keeps erased people (documented)")
        rec, keep = records.person(71), records.person(72)
        results = self.create(sink, [rec, keep])
        ext = self.external_id(results[rec.id], rec)
        answers = sink.forget([ForgetItem(record_id=rec.id, external_id=ext)])
        assert [a.record_id for a in answers] == [rec.id]
        assert answers[0].status != SinkStatus.FAILED, answers[0]
        stored = self.fetch(ext)
        if sink.forget_mode == "delete":
            assert stored is None, f"{rec.id} still in the CRM after forget"
        else:
            assert stored is None or (
                rec.contact.emails[0] not in stored.emails
                and stored.full_name != rec.contact.name.full
            ), "anonymize left the name or email behind"
        self.assert_holds(self.external_id(results[keep.id], keep), keep)

    def test_contract_refused_update_fails_and_is_sent_again(self, sink: Sink) -> None:
        rec = records.person(81)
        results = self.create(sink, [rec])
        ext = self.external_id(results[rec.id], rec)
        item = PushItem(records.changed(rec, title="Refused Title"), external_id=ext, previous=rec)
        if not self.inject_update_failure(item):
            pytest.skip("inject_update_failure is not implemented for this backend")
        try:
            answer = self.push(sink, [item])[rec.id]
        finally:
            self.end_injected_failures()
        assert answer.status == SinkStatus.FAILED, (
            f"the CRM refused the update but the sink answered {answer.status}: "
            "the store would never send this change again"
        )
        self.assert_holds(ext, rec)
        again = self.push(sink, [item])[rec.id]  # the next run sends it again
        assert again.status == SinkStatus.UPDATED, again
        self.assert_holds(ext, item.record)

    def test_contract_refused_delete_fails_and_is_sent_again(self, sink: Sink) -> None:
        if sink.forget_mode == "none":
            pytest.skip("forget_mode = 'none': this CRM keeps erased people (documented)")
        rec = records.person(91)
        results = self.create(sink, [rec])
        ext = self.external_id(results[rec.id], rec)
        item = ForgetItem(record_id=rec.id, external_id=ext)
        if not self.inject_delete_failure(item):
            pytest.skip("inject_delete_failure is not implemented for this backend")
        try:
            answers = sink.forget([item])
        finally:
            self.end_injected_failures()
        assert [a.record_id for a in answers] == [rec.id]
        assert answers[0].status == SinkStatus.FAILED, (
            f"the CRM refused the delete but the sink answered {answers[0].status}: "
            "the person would stay in the CRM and never be erased"
        )
        assert answers[0].reason and "\n" not in answers[0].reason
        self.assert_holds(ext, rec)
        again = sink.forget([item])
        assert again[0].status != SinkStatus.FAILED, again[0]
        if sink.forget_mode == "delete":
            assert self.fetch(ext) is None, f"{rec.id} still in the CRM after forget"
