"""The contract passes a correct sink and fails a broken one, for the right reason.

A file-like sink (no HTTP, keyed by contactkit's id) shows the kit is general enough for the
file sinks; each broken variant breaks one rule, and the test named for that rule must fail.
"""

from __future__ import annotations

import re
import textwrap

import pytest

MEMORY_SINK = textwrap.dedent(
    """
    import pytest
    from contactkit.model import SinkResult, SinkStatus
    from contactkit.plugin import Sink
    from contactkit.testing import SinkContractTests, StoredContact

    STORE = {}
    WRITES = []
    REFUSE = set()
    BROKEN = "{broken}"

    class MemorySink(Sink):
        name = "memory"
        batch_size = 2

        def write(self, batch):
            out = []
            for item in batch:
                rec = item.record
                unchanged = item.previous is not None and (
                    item.previous.content_hash() == rec.content_hash())
                if unchanged and BROKEN != "rewrites":
                    out.append(SinkResult(record_id=rec.id, status="unchanged"))
                    continue
                if BROKEN == "drops_result" and rec.contact.title == "Head of Research":
                    continue
                if rec.id in REFUSE:  # the backend refuses: nothing is stored
                    lie = BROKEN == "lies_on_update" and item.external_id
                    out.append(SinkResult(record_id=rec.id, status="updated", external_id=rec.id)
                               if lie else SinkResult(record_id=rec.id, status="failed",
                                                      reason="refused by the backend"))
                    continue
                c = rec.contact
                STORE[rec.id] = StoredContact(
                    full_name=c.name.full.encode("ascii", "replace").decode()
                    if BROKEN == "ascii" else c.name.full,
                    emails=list(c.emails), title=c.title,
                    organization=rec.organization.name if rec.organization else None,
                    owner_email=None if BROKEN == "no_owner" else (
                        rec.owner.email if rec.owner else None),
                )
                WRITES.append(rec.id)
                status = "updated" if item.external_id else "created"
                out.append(SinkResult(record_id=rec.id, status=status, external_id=rec.id))
            return out

        def forget(self, items):
            out = []
            for item in items:
                if item.record_id in REFUSE and BROKEN != "lies_on_delete":
                    out.append(SinkResult(record_id=item.record_id, status="failed",
                                          reason="refused by the backend"))
                    continue
                if BROKEN != "keeps_forgotten" and item.record_id not in REFUSE:
                    STORE.pop(item.external_id, None)
                out.append(SinkResult(record_id=item.record_id, status="deleted"))
            return out

    class TestMemorySink(SinkContractTests):
        uses_http = False

        @pytest.fixture
        def make_sink(self):
            STORE.clear()
            WRITES.clear()
            return lambda context: MemorySink(MemorySink.Config(), context)

        def fetch(self, external_id):
            return STORE.get(external_id)

        def write_calls(self):
            return len(WRITES)

        def inject_update_failure(self, item):
            REFUSE.add(item.record.id)
            return True

        def inject_delete_failure(self, item):
            REFUSE.add(item.record_id)
            return True

        def end_injected_failures(self):
            REFUSE.clear()
    """
)


BROKEN = {
    "rewrites": "test_contract_repush_changes_nothing",
    "ascii": "test_contract_unicode_names",
    "no_owner": "test_contract_company_and_owner_linked",
    "keeps_forgotten": "test_contract_forget",
    "drops_result": "test_contract_update_sends_only_the_change",
    "lies_on_update": "test_contract_refused_update_fails_and_is_sent_again",
    "lies_on_delete": "test_contract_refused_delete_fails_and_is_sent_again",
}


@pytest.fixture(scope="module")
def contract_run(tmp_path_factory, run_pytest):
    """One pytest subprocess over a correct sink and every broken variant (one start-up)."""
    folder = tmp_path_factory.mktemp("kit")
    for broken in ["ok", *BROKEN]:
        source = MEMORY_SINK.replace("{broken}", "" if broken == "ok" else broken)
        (folder / f"test_memory_{broken}.py").write_text(source, encoding="utf-8")
    code, output = run_pytest(folder, cwd=folder)
    outcomes: dict[str, dict[str, str]] = {}
    for line in output.splitlines():
        match = re.match(
            r"^test_memory_(\w+)\.py::TestMemorySink::(\w+) (PASSED|FAILED|SKIPPED)", line
        )
        if match:
            outcomes.setdefault(match[1], {})[match[2]] = match[3]
    return code, output, outcomes


def test_a_correct_file_like_sink_passes(contract_run):
    _code, output, outcomes = contract_run
    ok = outcomes["ok"]
    assert len(ok) == 12, output
    assert [t for t, o in ok.items() if o == "SKIPPED"] == [
        "test_contract_partial_failure_fails_only_that_record",
        "test_contract_rate_limited_then_success",
    ], output
    assert "FAILED" not in ok.values(), output
    # what it cannot test, it says why
    assert "inject_failure is not implemented" in output
    assert "uses_http = False" in output


@pytest.mark.parametrize(("broken", "failing_test"), sorted(BROKEN.items()))
def test_a_broken_sink_fails_the_matching_test(contract_run, broken, failing_test):
    code, output, outcomes = contract_run
    assert code == 1, output
    failed = [t for t, o in outcomes[broken].items() if o == "FAILED"]
    assert failing_test in failed, output
    assert len(failed) <= 2, output  # one rule broken: not the whole contract in red
