import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from contactkit.cli import _attach_plugin_commands, cli

from .conftest import PEOPLE


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, test_registry) -> Path:
    monkeypatch.chdir(tmp_path)
    from contactkit import cli as cli_module

    monkeypatch.setattr(cli_module.console, "width", 200)  # no table cell folded in asserts
    config = {
        "region": "DE",
        "sources": [{"type": "listsource", "records": PEOPLE}],
        "sinks": [{"type": "csv", "path": "out/contacts.csv"}],
    }
    (tmp_path / "contactkit.toml").write_text(_toml(config))
    return tmp_path


def _toml(config: dict) -> str:
    # the config is small and flat enough to write as JSON-compatible TOML by hand
    lines = [f'region = "{config["region"]}"']
    for kind in ("sources", "sinks"):
        for section in config[kind]:
            lines.append(f"[[{kind}]]")
            for key, value in section.items():
                lines.append(f"{key} = {_value(value)}")
    return "\n".join(lines) + "\n"


def _value(value) -> str:
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_value(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    return json.dumps(value)


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_run_writes_csv_and_a_second_run_pushes_nothing(workdir: Path) -> None:
    first = invoke("run")
    assert first.exit_code == 0, first.output
    assert "Run 1: ok" in first.output
    rows = (workdir / "out" / "contacts.csv").read_text().splitlines()
    assert rows[0].startswith("contactkit ID,First Name,Middle Name,Last Name")
    assert len(rows) == 5
    second = invoke("run")
    assert second.exit_code == 0
    assert "Run 2: ok" in second.output
    assert (workdir / "out" / "contacts.csv").read_text().splitlines() == rows


def test_contacts_json_show_and_report(workdir: Path) -> None:
    invoke("run")
    listed = invoke("contacts", "--json")
    records = [json.loads(line) for line in listed.output.splitlines()]
    anna = next(r for r in records if r["contact"]["name"]["full"] == "Anna Schmidt")
    assert anna["provenance"]["title"][0]["source"] == "listsource"
    shown = invoke("show", "anna@acme.example")
    assert shown.exit_code == 0
    assert "Head of Purchasing" in shown.output and "listsource (a2)" in shown.output
    report = invoke("report")
    assert "golden records" in report.output


def test_forget_from_the_command_line(workdir: Path) -> None:
    invoke("run")
    done = invoke("forget", "anna@acme.example", "--yes")
    assert done.exit_code == 0, done.output
    assert "2 observations" in done.output
    assert invoke("show", "anna@acme.example").exit_code == 2
    invoke("run")
    assert "anna" not in (workdir / "out" / "contacts.csv").read_text().lower()


def test_malformed_config_is_one_line_and_exit_2(workdir: Path) -> None:
    (workdir / "contactkit.toml").write_text('region = "Germany"\n')
    result = CliRunner().invoke(cli, ["run"])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines == ["error: region: Value error, a two-letter ISO region such as 'US' or 'DE'"]


def test_missing_config_says_how_to_make_one(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["run"])
    assert result.exit_code == 2
    assert "contactkit init" in result.output


def test_init_writes_a_config_whose_first_run_succeeds(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert invoke("init").exit_code == 0
    first = CliRunner().invoke(cli, ["run"])
    assert first.exit_code == 0, first.output
    assert "Run 1: ok" in first.output


def test_a_missing_secret_fails_the_run_before_it_starts(workdir: Path, monkeypatch) -> None:
    monkeypatch.delenv("CK_NO_SUCH_TOKEN", raising=False)
    with (workdir / "contactkit.toml").open("a") as config:
        config.write('[[sinks]]\ntype = "hubspot"\ntoken = { env = "CK_NO_SUCH_TOKEN" }\n')
    result = CliRunner().invoke(cli, ["run"])
    assert result.exit_code == 2
    assert result.output.strip() == (
        "error: sinks[1].token: secret not set: environment variable CK_NO_SUCH_TOKEN"
    )
    assert not (workdir / "out").exists()  # nothing ran


def test_check_reads_every_secret_and_runs_nothing(workdir: Path, monkeypatch) -> None:
    monkeypatch.delenv("CK_CHECK_TOKEN", raising=False)
    with (workdir / "contactkit.toml").open("a") as config:
        config.write('[[sinks]]\ntype = "hubspot"\ntoken = { env = "CK_CHECK_TOKEN" }\n')
    missing = CliRunner().invoke(cli, ["check"])
    assert missing.exit_code == 2
    assert "sinks[1].token: secret not set: environment variable CK_NO" not in missing.output
    assert "sinks[1].token: secret not set: environment variable CK_CHECK_TOKEN" in missing.output
    monkeypatch.setenv("CK_CHECK_TOKEN", "pat-123456")
    ok = CliRunner().invoke(cli, ["check"])
    assert ok.exit_code == 0, ok.output
    assert "OK (1 source(s), 0 enricher(s), 2 sink(s); 1 secret(s) read" in ok.output
    assert "pat-123456" not in ok.output
    assert not (workdir / "contactkit.db").exists()


def test_init_writes_a_config_that_validates(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert invoke("init").exit_code == 0
    from contactkit.config import load_config

    config = load_config(tmp_path / "contactkit.toml")
    assert config.company.domains == ["example.com"]
    assert CliRunner().invoke(cli, ["init"]).exit_code == 2  # never overwrites silently


def test_plugins_lists_builtins_and_failures(monkeypatch) -> None:
    from importlib.metadata import EntryPoint

    from contactkit import plugins as plugins_module

    real = plugins_module.entry_points

    def with_a_broken_one(group: str):
        broken = EntryPoint("broken", "contactkit_no_such_module", "contactkit")
        return [*real(group=group), broken]

    monkeypatch.setattr(plugins_module, "entry_points", with_a_broken_one)
    reg = plugins_module.build_registry()
    assert "csv" in reg.sinks and "jsonl" in reg.sinks
    assert reg.failures["broken"].startswith("ModuleNotFoundError")
    result = invoke("plugins")
    assert "file_sinks" in result.output and "csv, jsonl" in result.output


def test_plugin_commands_are_attached() -> None:
    _attach_plugin_commands()
    assert "run" in cli.commands and "review" in cli.commands


def test_rebuild_rederives_what_runs_merged_incrementally(workdir: Path) -> None:
    invoke("run")
    before = invoke("contacts", "--json").output
    rebuilt = invoke("rebuild")
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "golden records (0 created, 0 updated, 0 retired)" in rebuilt.output
    assert invoke("contacts", "--json").output == before


def test_rebuild_says_how_many_pairs_it_could_not_compare(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from contactkit.matching import scoring

    invoke("run")

    def failing(a, b):
        raise IndexError("string index out of range")

    monkeypatch.setattr(scoring, "_generation_points", failing)
    rebuilt = invoke("rebuild")
    assert rebuilt.exit_code == 0, rebuilt.output
    # every pair failed, so nothing joined: six records, one per observation
    assert "6 observations, 6 golden records" in rebuilt.output
    assert re.search(r"\b[1-9]\d* pair\(s\) not compared, kept apart", rebuilt.output)
