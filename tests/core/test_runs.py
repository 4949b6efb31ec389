"""Runs you can account for: one at a time, dead ones marked, every failure listed, every review
waiting counted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from contactkit.cli import cli
from contactkit.runs import RunLock, StoreBusy
from contactkit.store import Store

from .conftest import PEOPLE
from .test_cli import workdir  # noqa: F401 (fixture)

ROOT = Path(__file__).resolve().parents[2]


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_a_second_run_on_the_same_store_is_refused_with_one_line(workdir: Path) -> None:  # noqa: F811
    assert invoke("run").exit_code == 0
    store = Store(f"sqlite:///{workdir / 'contactkit.db'}")
    with RunLock(store):
        second = invoke("run")
    assert second.exit_code == 2
    (line,) = [x for x in second.output.splitlines() if x.strip()]
    assert line.startswith("error: another contactkit run is using the store")
    assert "pid " in line and "wait for it to end" in line
    assert invoke("run").exit_code == 0  # the lock went with its holder
    with RunLock(store):  # a run in progress would write a forgotten person back
        erasing = invoke("forget", "anna@acme.example", "--yes")
    assert erasing.exit_code == 2 and "another contactkit run" in erasing.output
    assert invoke("show", "anna@acme.example").exit_code == 0


def test_the_lock_holds_on_postgresql_too(postgres_url: str) -> None:
    store = Store(postgres_url)
    first = RunLock(store)
    first.acquire()
    try:
        with pytest.raises(StoreBusy, match="another contactkit run"):
            RunLock(Store(postgres_url)).acquire()
    finally:
        first.release()
    with RunLock(Store(postgres_url)):
        pass


KILLED_RUN = """
import sys
from contactkit.config import config_from_dict
from contactkit.pipeline import Pipeline
from tests.core.conftest import ListSource, build_registry
registry = build_registry()
registry.sources["listsource"] = ListSource
config = config_from_dict({
    "store": {"url": sys.argv[1]},
    "sources": [{"type": "listsource", "records": %s, "die_after": 3}],
})
Pipeline(config, registry=registry).run()
"""


def test_a_killed_run_is_marked_interrupted_at_the_next_start(workdir: Path) -> None:  # noqa: F811
    url = f"sqlite:///{workdir / 'contactkit.db'}"
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_RUN % json.dumps(PEOPLE), url],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert killed.returncode == 9, killed.stderr
    assert Store(url).last_runs()[0]["status"] == "running"  # what the dead process left
    assert "interrupted" in invoke("report").output  # nobody holds the lock: it died
    store = Store(url)
    with RunLock(store):  # while a run holds the store, its row is 'running' indeed
        assert "interrupted" not in invoke("report").output
    assert invoke("run").exit_code == 0
    statuses = {r["id"]: r["status"] for r in Store(url).last_runs()}
    assert statuses == {1: "interrupted", 2: "ok"}
    report = invoke("report")
    assert "interrupted" in report.output


def test_report_errors_lists_every_failed_record(workdir: Path) -> None:  # noqa: F811
    bad = [{"key": f"bad{i}", "bad": f"broken line {i}"} for i in range(25)]
    records = json.dumps(PEOPLE + bad)
    (workdir / "contactkit.toml").write_text(
        'region = "DE"\n[[sources]]\ntype = "listsource"\n'
        f"records = {_toml_list(records)}\n"
        '[[sinks]]\ntype = "csv"\npath = "out/contacts.csv"\n'
    )
    assert invoke("run").exit_code == 1
    listed = invoke("report", "--errors")
    assert listed.exit_code == 0, listed.output
    assert "Run 1: 25 failed record(s)" in listed.output
    for i in range(25):  # all of them, not the first 20 of the run's screen
        assert f"bad{i} " in listed.output.replace("│", " ") or f"bad{i}\n" in listed.output
        assert f"broken line {i}" in listed.output
    assert "listsource" in listed.output
    assert invoke("report", "--errors", "1").output == listed.output
    missing = invoke("report", "--errors", "7")
    assert missing.exit_code == 2 and "no run '7'" in missing.output


def _toml_list(records_json: str) -> str:
    """JSON arrays of flat-ish objects as TOML inline tables."""
    from .test_cli import _value

    return _value(json.loads(records_json))


def test_match_reviews_are_counted_and_reviewable(workdir: Path) -> None:  # noqa: F811
    path = workdir / "contactkit.toml"
    region, _, rest = path.read_text().partition("\n")
    path.write_text(f"{region}\n[matching]\nmerge_above = 100.0\nreview_above = 1.0\n{rest}")
    assert invoke("run").exit_code == 0
    store = Store(f"sqlite:///{workdir / 'contactkit.db'}")
    waiting = len(store.open_match_reviews())
    assert waiting >= 1
    report = invoke("report")
    rows = {
        " ".join(line.replace("│", " ").split()[:-1]): line.split()[-2]
        for line in report.output.splitlines()
        if "reviews waiting" in line
    }
    assert rows["match reviews waiting"] == str(waiting)
    assert rows["card reviews waiting"] == "0"
    assert f"0 card review(s) and {waiting} match review(s) waiting" in report.output
    review = invoke("review", input="q\n")
    assert "nothing to review" not in review.output
    assert f"match 1/{waiting}" in review.output
