"""The retention rule: contacts silent for N months are flagged in the report, or erased."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from contactkit.cli import cli
from contactkit.config import ConfigError, config_from_dict
from contactkit.retention import due
from contactkit.store import Store

from .test_forget_everywhere import demo  # noqa: F401 (fixture)

MARTA = "marta.weiss@fabrikam.example"  # in the sample: one vCard, REV 2024-03-18, no mail


def run(*args: str):
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result


def _with_rule(folder: Path, rule: str) -> None:
    path = folder / "contactkit.toml"
    path.write_text(path.read_text().replace("[company]", f"[retention]\n{rule}\n\n[company]"))


def test_due_is_the_later_of_confirmation_and_interaction(demo: Path) -> None:  # noqa: F811
    run("run")
    store = Store(f"sqlite:///{demo / 'contactkit.db'}")
    names = {d.name for d in due(store, 12, now=datetime(2026, 2, 1, tzinfo=UTC))}
    assert names == {"Marta Weiß"}  # Eva Novak was last confirmed 2025-03-01: 11 months before
    later = {d.name for d in due(store, 12, now=datetime(2026, 4, 1, tzinfo=UTC))}
    assert later == {"Marta Weiß", "Eva Novak"}
    # Jane Doe wrote in March 2026 (and mail harvests confirm her since): not due in early 2027
    assert "Jane Doe" not in {d.name for d in due(store, 12, now=datetime(2027, 2, 27, tzinfo=UTC))}
    assert "Jane Doe" in {d.name for d in due(store, 12, now=datetime(2030, 1, 1, tzinfo=UTC))}


def test_report_shows_the_rule_and_who_is_due(demo: Path) -> None:  # noqa: F811
    _with_rule(demo, "months = 12")
    run("run")
    report = run("report").output
    assert "Retention: contacts with no interaction and no confirmation for 12 months" in report
    assert "flagged here" in report and "Marta Weiß" in report and "2024-03-18" in report


def test_report_says_when_there_is_no_rule(demo: Path) -> None:  # noqa: F811
    run("run")
    assert "Retention: no rule" in run("report").output


def test_action_forget_erases_due_contacts_and_keeps_them_out(demo: Path) -> None:  # noqa: F811
    _with_rule(demo, 'months = 12\naction = "forget"')
    first = run("run")
    assert "silent for 12 months erased" in first.output
    assert MARTA not in (demo / "out" / "contacts.csv").read_text()
    store = Store(f"sqlite:///{demo / 'contactkit.db'}")
    assert store.forgotten().is_forgotten(MARTA)
    assert MARTA.encode() not in (demo / "contactkit.db").read_bytes()
    (demo / "addressbooks" / "bob-jones-outlook.vcf").write_bytes(
        (demo / "addressbooks" / "bob-jones-outlook.vcf").read_bytes() + b"\r\n"
    )
    run("run")  # her card read again: she stays out
    assert MARTA not in (demo / "out" / "contacts.csv").read_text()


def test_retention_config_is_validated() -> None:
    with pytest.raises(ConfigError, match=r"^retention\.action: "):
        config_from_dict({"retention": {"months": 6, "action": "delete"}})
    with pytest.raises(ConfigError, match=r"^retention\.month: unknown key .*'months'"):
        config_from_dict({"retention": {"month": 6}})
