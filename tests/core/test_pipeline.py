import json
import multiprocessing
from pathlib import Path

from contactkit.pipeline import Pipeline
from contactkit.records import golden_records

from .conftest import PEOPLE, make_config


def golden_contacts(pipeline: Pipeline) -> list[dict]:
    return sorted(
        (r.contact.model_dump(mode="json") for r in golden_records(pipeline.store)),
        key=lambda c: json.dumps(c, sort_keys=True),
    )


def test_second_run_reads_nothing_new_and_pushes_nothing(tmp_path: Path, fresh_registry) -> None:
    config = make_config(tmp_path, PEOPLE)
    first = Pipeline(config, registry=fresh_registry).run()
    assert first.sinks["jsonl"].statuses["created"] == 4
    out = (tmp_path / "out.jsonl").read_text()

    second = Pipeline(config, registry=fresh_registry).run()
    assert second.sources["listsource"].read == 0  # resumed past everything
    assert sum(second.sinks["jsonl"].statuses.values()) == 0
    assert (tmp_path / "out.jsonl").read_text() == out


def test_reimport_without_checkpoint_changes_nothing(tmp_path: Path, fresh_registry) -> None:
    config = make_config(tmp_path, PEOPLE)
    Pipeline(config, registry=fresh_registry).run()
    pipeline = Pipeline(config, registry=fresh_registry)
    pipeline.store.engine.dispose()
    from sqlalchemy import delete

    from contactkit.store import schema

    with pipeline.store.engine.begin() as conn:
        conn.execute(delete(schema.checkpoint_entries))
    report = pipeline.run()
    assert report.sources["listsource"].read == len(PEOPLE)
    assert report.sources["listsource"].kept == 0
    assert report.sources["listsource"].unchanged == len(PEOPLE)
    assert sum(report.sinks["jsonl"].statuses.values()) == 0


def test_bad_records_are_one_line_errors_and_the_run_goes_on(tmp_path, fresh_registry) -> None:
    records = [
        PEOPLE[0],
        {"key": "broken-7", "bad": "unreadable card at line 7"},
        {"key": "x", "emails": ["not an email"]},
        {"key": "empty", "title": "CEO"},
        {"key": "n", "drop": "newsletter"},
        PEOPLE[4],
    ]
    report = Pipeline(make_config(tmp_path, records), registry=fresh_registry).run()
    tally = report.sources["listsource"]
    assert (tally.read, tally.kept, tally.failed) == (6, 2, 3)
    assert tally.dropped == {"newsletter": 1}
    assert "listsource: broken-7: unreadable card at line 7" in report.errors
    assert any(
        line.startswith("listsource: x: ") and "not an email" in line for line in report.errors
    )
    assert "listsource: empty: no name, email or phone" in report.errors
    assert all("\n" not in line for line in report.errors)
    assert report.status == "partial"


def _run_and_die(tmp_path: Path, records: list, die_after: int) -> None:
    from contactkit.plugins import build_registry

    from .conftest import ListSource

    reg = build_registry()
    reg.sources["listsource"] = ListSource
    config = make_config(tmp_path, records, source={"die_after": die_after})
    Pipeline(config, registry=reg).run()


def test_killed_run_resumes_to_the_same_store(tmp_path: Path, fresh_registry) -> None:
    killed_dir, clean_dir = tmp_path / "killed", tmp_path / "clean"
    killed_dir.mkdir()
    clean_dir.mkdir()
    child = multiprocessing.get_context("fork").Process(
        target=_run_and_die, args=(killed_dir, PEOPLE, 3)
    )
    child.start()
    child.join(60)
    assert child.exitcode == 9  # died without any cleanup, mid-source

    resumed = Pipeline(make_config(killed_dir, PEOPLE), registry=fresh_registry)
    assert resumed.store.load_checkpoint("listsource") == {"next": 2}
    report = resumed.run()
    assert report.sources["listsource"].read == len(PEOPLE) - 2

    clean = Pipeline(make_config(clean_dir, PEOPLE), registry=fresh_registry)
    clean.run()
    assert golden_contacts(resumed) == golden_contacts(clean)
    killed_lines = sorted((killed_dir / "out.jsonl").read_text().splitlines())
    clean_lines = sorted((clean_dir / "out.jsonl").read_text().splitlines())
    assert killed_lines == clean_lines


def test_a_failing_source_aborts_only_itself(tmp_path: Path, fresh_registry) -> None:
    from typing import ClassVar

    from contactkit.plugin import Source

    class Broken(Source):
        name: ClassVar[str] = "broken"

        def read(self, state):
            raise ConnectionError("server went away")
            yield

    fresh_registry.sources["broken"] = Broken
    config = make_config(tmp_path, PEOPLE[:1])
    config.sources.insert(0, config.sources[0].model_copy(update={"type": "broken"}))
    config.sources[0].__pydantic_extra__.clear()
    report = Pipeline(config, registry=fresh_registry).run()
    assert report.sources["broken"].aborted == "ConnectionError: server went away"
    assert report.sources["listsource"].kept == 1
    assert report.status == "failed"


def test_forget_erases_and_keeps_out(tmp_path: Path, fresh_registry) -> None:
    from contactkit.forget import forget_person

    config = make_config(tmp_path, PEOPLE)
    pipeline = Pipeline(config, registry=fresh_registry)
    pipeline.run()
    from contactkit.records import find_golden

    anna_id = find_golden(pipeline.store, "anna@acme.example").id
    pipeline.store.set_pin(anna_id, "title", "Chief Buyer")
    erased = forget_person(pipeline.store, "anna@acme.example")
    assert erased.observations == 2 and "anna.s@gmail.com" in erased.values
    assert anna_id not in pipeline.store.pins()  # what matching kept of her goes too

    # a later run re-reads the same sources: Anna stays out, and the sink forgets her
    pipeline.store.engine.dispose()
    from sqlalchemy import delete

    from contactkit.store import schema

    with pipeline.store.engine.begin() as conn:
        conn.execute(delete(schema.checkpoint_entries))
    report = Pipeline(config, registry=fresh_registry).run()
    assert report.sources["listsource"].dropped["forgotten (contactkit forget)"] == 2
    assert report.sinks["jsonl"].statuses["deleted"] == 1
    assert "anna" not in (tmp_path / "out.jsonl").read_text().lower()


def test_filter_hook_drops_with_reason(tmp_path: Path, fresh_registry) -> None:
    from contactkit import hookimpl

    class BlockBrown:
        @hookimpl
        def contactkit_filter_observation(self, observation, context):
            if any(e.endswith("@brown.example") for e in observation.contact.emails):
                return "blocklisted domain"
            return None

    fresh_registry.manager.register(BlockBrown())
    report = Pipeline(make_config(tmp_path, PEOPLE), registry=fresh_registry).run()
    assert report.sources["listsource"].dropped == {"blocklisted domain": 1}


def test_the_company_s_own_people_are_not_contacts(tmp_path: Path, fresh_registry) -> None:
    records = [
        {"key": "1", "name": {"full": "Ida Berg"}, "emails": ["ida@northwind.example"]},
        {"key": "2", "name": {"full": "Uwe Ost"}, "emails": ["uwe@eu.northwind.example"]},
        {"key": "3", "name": {"full": "Kim Park"}, "emails": ["kim@tailspin.example"]},
    ]
    config = make_config(tmp_path, records, company={"domains": ["northwind.example"]})
    report = Pipeline(config, registry=fresh_registry).run()
    assert report.sources["listsource"].dropped == {"employee (company domain)": 2}
    assert report.sources["listsource"].kept == 1


def test_a_merge_removes_the_duplicate_from_sinks(tmp_path: Path, fresh_registry) -> None:
    by_email = {"key": "m", "name": {"full": "Rita Vos"}, "emails": ["rita@vos.example"]}
    by_phone = {"key": "c", "name": {"full": "Rita Vos"}, "phones": [{"text": "+31 20 555 0101"}]}
    first = Pipeline(make_config(tmp_path, [by_email, by_phone]), registry=fresh_registry)
    assert first.run().sinks["jsonl"].statuses["created"] == 2  # nothing joins them yet

    # a later card shows both the email and the phone: one person, so one record in the sink too
    both = {
        "key": "card",
        "name": {"full": "Rita Vos"},
        "emails": ["rita@vos.example"],
        "phones": [{"text": "+31 20 555 0101"}],
    }
    report = Pipeline(
        make_config(tmp_path, [by_email, by_phone, both]), registry=fresh_registry
    ).run()
    assert report.merge["retired"] == 1
    assert report.sinks["jsonl"].statuses["deleted"] == 1
    lines = (tmp_path / "out.jsonl").read_text().splitlines()
    assert len(lines) == 1 and "+31205550101" in lines[0]


def test_a_bad_email_or_phone_costs_the_value_not_the_record(tmp_path, fresh_registry) -> None:
    records = [
        {
            "key": "crm-export-17",
            "name": {"full": "Clara Vogel"},
            "emails": ["clara.vogel@@vogel-bau.example", "Clara@Vogel-Bau.example"],
            "phones": [{"text": "+49 30 1234567", "kind": "pager"}, {"text": "030 7654321"}],
        },
        {"key": "only-bad", "emails": ["not an email"]},
    ]
    report = Pipeline(make_config(tmp_path, records), registry=fresh_registry).run()
    tally = report.sources["listsource"]
    assert (tally.read, tally.kept, tally.failed, tally.values_dropped) == (2, 1, 1, 2)
    [record] = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert record["contact"]["emails"] == ["clara@vogel-bau.example"]
    assert [p["e164"] for p in record["contact"]["phones"]] == ["+49307654321"]
    notes = report.notes["listsource"]
    assert len(notes) == 2 and all("\n" not in n for n in notes)
    record = "crm-export-17 (Clara Vogel)"
    assert notes[0].startswith(f"{record}: emails: invalid email 'clara.vogel@@vogel-bau")
    assert notes[1].startswith(f"{record}: phones: kind: Input should be")
    assert all(n.endswith("(value dropped, record kept)") for n in notes)
    # a record left with nothing is an error that says why, not "no email"
    [error] = report.errors
    assert error.startswith("listsource: only-bad: emails: invalid email 'not an email'")
    assert report.summary()["sources"]["listsource"]["values_dropped"] == 2
