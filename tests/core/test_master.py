from pathlib import Path

from contactkit.pipeline import Pipeline
from contactkit.records import find_golden, golden_records

from .conftest import PEOPLE, make_config


def run_once(tmp_path: Path, registry, records, **extra) -> Pipeline:
    pipeline = Pipeline(make_config(tmp_path, records, **extra), registry=registry)
    pipeline.run()
    return pipeline


def test_same_email_or_phone_and_name_merge(tmp_path: Path, fresh_registry) -> None:
    pipeline = run_once(tmp_path, fresh_registry, PEOPLE)
    records = {r.contact.name.full: r for r in golden_records(pipeline.store)}
    assert sorted(records) == ["Anna Schmidt", "Bernd Maier", "Carla Rossi", "Dan Brown"]
    anna = records["Anna Schmidt"]
    # every value kept, the primary from the most recent observation
    assert anna.contact.emails == ["anna@acme.example", "anna.s@gmail.com"]
    assert anna.contact.title == "Head of Purchasing"
    assert anna.contact.phones[0].e164 == "+49301234567"
    bernd = records["Bernd Maier"]
    assert bernd.contact.phones[0].e164 == "+49897654321"
    assert bernd.organization is not None and bernd.organization.name == "Maier Logistik GmbH"
    assert pipeline.report.merge["merged"] == 2


def test_same_phone_different_name_stays_apart(tmp_path: Path, fresh_registry) -> None:
    people = [
        {"key": "1", "name": {"full": "Eva Klein"}, "phones": [{"text": "+49 30 111111"}]},
        {"key": "2", "name": {"full": "Otto Gross"}, "phones": [{"text": "+49 30 111111"}]},
    ]
    pipeline = run_once(tmp_path, fresh_registry, people)
    assert len(list(golden_records(pipeline.store))) == 2


def test_trusted_source_wins_over_recent(tmp_path: Path, fresh_registry) -> None:
    config = make_config(
        tmp_path,
        [{"key": "1", "name": {"full": "Ann Lee"}, "emails": ["ann@x.example"], "title": "CFO"}],
        survivorship={"source_ranking": ["crm", "listsource"]},
    )
    config.sources.append(
        config.sources[0].model_copy(
            update={"name": "crm"},
        )
    )
    config.sources[1].__pydantic_extra__["records"] = [
        {"key": "9", "name": {"full": "Ann Lee"}, "emails": ["ann@x.example"], "title": "Boss"}
    ]
    pipeline = Pipeline(config, registry=fresh_registry)
    pipeline.run()
    (record,) = golden_records(pipeline.store)
    # crm ran first (older) but is ranked first: its title survives
    assert record.contact.title == "Boss"
    assert [ref.source for ref in record.provenance["title"]] == ["crm"]


def test_golden_ids_are_stable_across_runs(tmp_path: Path, fresh_registry) -> None:
    first = run_once(tmp_path, fresh_registry, PEOPLE[:2])
    (anna,) = golden_records(first.store)
    second = run_once(tmp_path, fresh_registry, PEOPLE)
    assert find_golden(second.store, "anna@acme.example").id == anna.id
