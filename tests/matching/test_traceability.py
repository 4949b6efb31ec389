"""Traceability: every member listed, near candidates shown, strong pairs reviewed, merge and an
unmerge that can be taken back; on a real SQLite store and through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from contactkit import master
from contactkit.cli import cli
from contactkit.records import find_golden, golden_records
from contactkit.store import Store

from .conftest import NOW, observe
from .test_master_flow import four_sources


def run(db_path: Path, *args: str):
    return CliRunner().invoke(cli, ["--db", str(db_path), *args], catch_exceptions=False)


def test_every_member_is_listed_even_when_none_of_its_values_won(store, config, db_path) -> None:
    four_sources(store)
    master.rebuild(store, config, now=NOW)
    bob = find_golden(store, "bob.miller@acme.com")
    assert [(m.source, m.key) for m in bob.members] == [
        ("card_scan", "c1"),
        ("crm", "r1"),
        ("mail", "m1"),
        ("vcard", "v1"),
    ]
    listed = [json.loads(line) for line in run(db_path, "contacts", "--json").output.splitlines()]
    (record,) = [r for r in listed if r["id"] == bob.id]
    assert [m["source"] for m in record["members"]] == ["card_scan", "crm", "mail", "vcard"]
    assert all(m["seen"] for m in record["members"])
    shown = run(db_path, "show", bob.id).output
    assert "Members (4)" in shown and "vcard" in shown and "v1" in shown


def test_jsonl_sink_writes_the_members(store, config, tmp_path) -> None:
    from contactkit.plugin import PushItem
    from contactkit_plugins.file_sinks.jsonl_sink import JsonlSink, JsonlSinkConfig

    four_sources(store)
    master.rebuild(store, config, now=NOW)
    record = find_golden(store, "bob.miller@acme.com")
    sink = JsonlSink(JsonlSinkConfig(path=tmp_path / "out.jsonl"), None)
    sink.write([PushItem(record=record)])
    row = json.loads((tmp_path / "out.jsonl").read_text().splitlines()[0])
    assert {(m["source"], m["key"]) for m in row["members"]} == {
        ("card_scan", "c1"),
        ("crm", "r1"),
        ("mail", "m1"),
        ("vcard", "v1"),
    }


def test_a_member_seen_again_changes_nothing_to_push(store, config) -> None:
    observe(store, "mail", "m1", {"name": {"full": "Ann Lee"}, "emails": ["ann@x.com"]})
    master.rebuild(store, config, now=NOW)
    (before,) = golden_records(store)
    observe(store, "mail", "m1", {"name": {"full": "Ann Lee"}, "emails": ["ann@x.com"]}, -3)
    stats = master.rebuild(store, config, now=NOW)
    (after,) = golden_records(store)
    assert stats.updated == 0
    assert after.content_hash() == before.content_hash()


def two_tom_webers(store: Store) -> None:
    observe(store, "mail", "t1", {"name": {"full": "Tom Weber"}, "emails": ["tom.weber@acme.com"]})
    observe(store, "crm", "t2", {"name": {"full": "Tom Weber"}, "emails": ["tw@acme.com"]})


def test_show_lists_near_candidates_with_their_scores(store, config, db_path) -> None:
    two_tom_webers(store)
    master.rebuild(store, config, now=NOW)
    one = find_golden(store, "tom.weber@acme.com")
    other = find_golden(store, "tw@acme.com")
    assert one.id != other.id
    shown = run(db_path, "show", one.id).output
    assert "Near candidates" in shown
    assert other.id in shown and "same name" in shown


def test_show_names_a_mobile_under_one_family_name_as_why(store, config, db_path) -> None:
    mobile = [{"text": "+33 6 12 34 56 78"}]
    observe(store, "crm", "r1", {"name": {"full": "JB Legrand"}, "phones": mobile})
    observe(store, "vcard", "v1", {"name": {"full": "Jean-Baptiste Legrand"}, "phones": mobile})
    stats = master.rebuild(store, config, now=NOW)
    assert stats.golden == 1
    (record,) = golden_records(store)
    shown = run(db_path, "show", record.id).output
    assert "Merged because" in shown
    assert "mobile of this family name" in " ".join(shown.split())


def test_show_names_an_address_beside_another_name_form_as_why(store, config, db_path) -> None:
    email = ["kfischer@gmx.de"]
    observe(store, "crm", "r1", {"name": {"full": "Fischer Karl-Heinz"}, "emails": email})
    observe(store, "vcard", "v1", {"name": {"full": "Fischer, Kalle"}, "emails": email})
    stats = master.rebuild(store, config, now=NOW)
    assert stats.golden == 1
    (record,) = golden_records(store)
    # the evidence column wraps: its lines joined, the table's rules left out
    shown = " ".join(run(db_path, "show", record.id).output.replace("│", " ").split())
    assert "Merged because" in shown
    assert "own address or mobile, the name in another form" in shown


def test_a_shared_personal_email_left_apart_goes_to_review(store, config) -> None:
    # one address, two clearly different names: not merged, but a person should look
    observe(store, "mail", "a", {"name": {"full": "Anna Schmidt"}, "emails": ["a.s@acme.com"]})
    observe(store, "crm", "b", {"name": {"full": "Peter Braun"}, "emails": ["a.s@acme.com"]})
    stats = master.rebuild(store, config, now=NOW)
    assert stats.golden == 2
    (review,) = store.open_match_reviews()
    assert any("both carry a.s@acme.com" in r for r in review["reasons"])


def test_merge_joins_two_records_and_unmerge_splits_them_again(store, config, db_path) -> None:
    two_tom_webers(store)
    master.rebuild(store, config, now=NOW)
    one = find_golden(store, "tom.weber@acme.com")
    other = find_golden(store, "tw@acme.com")
    result = run(db_path, "merge", one.id, other.id)
    assert result.exit_code == 0, result.output
    (merged,) = golden_records(store)
    assert {m.key for m in merged.members} == {"t1", "t2"}
    assert store.open_match_reviews() == []
    assert run(db_path, "unmerge", merged.id).exit_code == 0
    assert len(list(golden_records(store))) == 2
    again = run(db_path, "merge", "tom.weber@acme.com", "tom.weber@acme.com")
    assert again.exit_code == 2 and "one record already" in again.output


def test_an_unmerge_can_be_taken_back(store, config, db_path) -> None:
    four_sources(store)
    master.rebuild(store, config, now=NOW)
    bob = find_golden(store, "bob.miller@acme.com")
    assert run(db_path, "unmerge", bob.id, "vcard:v1").exit_code == 0
    assert len(list(golden_records(store))) == 3  # Bob in two parts, and Eva Klein
    back = run(db_path, "unmerge", "--undo", "bobby.m@gmail.com")
    assert back.exit_code == 0, back.output
    assert "taken back" in back.output
    record = find_golden(store, "bobby.m@gmail.com")
    assert record.id == bob.id and len(record.members) == 4
    assert len(list(golden_records(store))) == 2
    nothing = run(db_path, "unmerge", "--undo", bob.id)
    assert nothing.exit_code == 2 and "no unmerge" in nothing.output
