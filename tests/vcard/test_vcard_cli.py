"""``contactkit import`` and ``type = "vcard"`` in a config, against a real SQLite store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from vcard_helpers import FIXTURES

from contactkit import cli as host_cli
from contactkit.config import config_from_dict
from contactkit.plugins import registry


@pytest.fixture(scope="module")
def cli():
    if "import" not in host_cli.cli.commands:
        host_cli._attach_plugin_commands()
    return host_cli.cli


def golden(runner: CliRunner, cli, db: Path, config: Path) -> list[dict]:
    result = runner.invoke(cli, ["-c", str(config), "--db", str(db), "contacts", "--json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_import_command_takes_files_and_folders_and_reimport_changes_nothing(cli, tmp_path: Path):
    books = tmp_path / "books"
    books.mkdir()
    for name in ("apple_30.vcf", "google.csv"):
        shutil.copy(FIXTURES / name, books / name)
    single = tmp_path / "outlook_21.vcf"
    shutil.copy(FIXTURES / "outlook_21.vcf", single)
    db, config = tmp_path / "ck.db", tmp_path / "absent.toml"
    runner = CliRunner()
    args = ["-c", str(config), "--db", str(db), "import", str(books), str(single)]
    first = runner.invoke(cli, args)
    assert first.exit_code == 0, first.output
    records = golden(runner, cli, db, config)
    names = {r["contact"]["name"].get("full") for r in records}
    assert {"Yuki Nakamura", "Aiko Tanaka", "Dr. Jürgen Müller"} <= names
    # 1 Apple person (the other Apple card is a company's), 2 Google rows, 2 Outlook cards
    assert len(records) == 5
    second = runner.invoke(cli, args)
    assert second.exit_code == 0, second.output
    again = golden(runner, cli, db, config)
    assert [(r["id"], r["contact"]) for r in again] == [(r["id"], r["contact"]) for r in records]


def test_import_command_refuses_a_missing_path(cli, tmp_path: Path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "x.db"), "import", "nope.vcf"])
    assert result.exit_code == 2
    assert "nope.vcf" in result.output


def test_config_section_validates_and_anchors_relative_paths(tmp_path: Path):
    config = config_from_dict(
        {
            "sources": [{"type": "vcard", "paths": ["books"], "csv_columns": {"Mail": "email"}}],
            "sinks": [{"type": "vcard", "path": "out/all.vcf", "version": "3.0"}],
        },
        base_dir=tmp_path,
    )
    (sources, _, sinks) = config.plugin_configs(registry())
    [(_, source_config)] = sources
    assert source_config.paths == [tmp_path / "books"]
    [(_, sink_config)] = sinks
    assert sink_config.path == tmp_path / "out" / "all.vcf"
    assert sink_config.version == "3.0"


def test_a_bad_option_names_the_field_and_the_reason(cli, tmp_path: Path):
    books = FIXTURES / "apple_30.vcf"
    result = CliRunner().invoke(
        cli, ["--db", str(tmp_path / "x.db"), "import", str(books), "--region", "XYZ"]
    )
    assert result.exit_code == 2
    assert "vcard: region: a two-letter ISO region such as 'US' or 'DE'" in result.output
    assert "errors.pydantic.dev" not in result.output


def test_an_invalid_email_costs_the_value_and_the_report_names_record_and_field(
    cli, tmp_path: Path, monkeypatch
):
    from contactkit.cli_context import console

    monkeypatch.setattr(console, "width", 400)  # one report line per note, unfolded
    for name in ("broken_mix.vcf", "outlook.csv"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    db, config = tmp_path / "ck.db", tmp_path / "absent.toml"
    runner = CliRunner()
    args = ["-c", str(config), "--db", str(db), "import", str(tmp_path)]
    result = runner.invoke(cli, args)
    assert result.exit_code == 1, result.output  # broken_mix.vcf has a card with no END
    lines = result.output.splitlines()
    # Good Two's only email is "not-an-email": the card is kept for its name and phone
    [good_two] = [line for line in lines if "(Good Two): emails:" in line]
    assert "invalid email 'not-an-email'" in good_two
    assert good_two.endswith("(value dropped, record kept)")
    # Outlook's Exchange X.500 address beside Priya's SMTP one
    [priya] = [line for line in lines if "(Priya Raman): emails:" in line]
    assert "invalid email '/o=ExchangeLabs/" in priya
    people = {c["contact"]["name"]["full"]: c["contact"] for c in golden(runner, cli, db, config)}
    assert people["Good Two"]["emails"] == []
    assert people["Good Two"]["phones"][0]["e164"] == "+12125550100"
    assert people["Priya Raman"]["emails"] == ["priya.raman@northwind.example"]
