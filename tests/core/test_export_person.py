"""The right of access: ``export-person`` writes everything held about a person as one file."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from contactkit.cli import cli

from .test_forget_everywhere import JANE, demo  # noqa: F401 (fixture)


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_export_person_holds_values_sources_interactions_and_sinks(demo: Path) -> None:  # noqa: F811
    assert run("run").exit_code == 0
    result = run("export-person", JANE.upper(), "-o", "jane.json")
    assert result.exit_code == 0, result.output
    document = json.loads((demo / "jane.json").read_text())
    assert document["format"] == "contactkit.person-export/1"
    assert JANE in document["contact"]["emails"]
    # every value with its source and time
    assert {ref["source"] for ref in document["provenance"]["title"]} <= {"vcard", "email_harvest"}
    assert all(ref["seen_at"] for refs in document["provenance"].values() for ref in refs)
    # every observation, as each source gave it
    sources = {o["source"] for o in document["observations"]}
    assert sources == {"vcard", "email_harvest"}
    # interactions counted per employee (7 messages with her in the sample)
    assert document["interactions"]["total"] == 7
    assert "alice.smith@northwind.example" in document["interactions"]["by_employee"]
    assert document["relationships"] and document["owner"] == "alice.smith@northwind.example"
    # what was sent to which sink
    assert {s["sink"] for s in document["sinks"]} == {"csv", "jsonl"}
    assert all(JANE in s["sent"]["contact"]["emails"] for s in document["sinks"])
    assert not list(demo.glob(".*.part"))


def test_export_of_someone_unknown_or_forgotten_says_so(demo: Path) -> None:  # noqa: F811
    assert run("run").exit_code == 0
    assert run("forget", JANE, "--yes").exit_code == 0
    result = run("export-person", JANE)
    assert result.exit_code == 2
    assert "they were forgotten" in result.output
    assert not list(demo.glob("person-*.json"))
    unknown = run("export-person", "nobody@nowhere.example")
    assert unknown.exit_code == 2 and "no contact" in unknown.output
