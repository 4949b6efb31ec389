"""``contactkit new-plugin`` writes a package that installs and passes its tests as generated."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from contactkit.commands.new_plugin import new_plugin_command as new_plugin


def generate(tmp_path, name: str, kind: str):
    result = CliRunner().invoke(new_plugin, [name, "--kind", kind, "--dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    return tmp_path / f"contactkit-{name.replace('_', '-')}"


def can_build_wheels() -> bool:
    """setuptools builds wheels itself from 70.1 on; before that it needs the wheel package."""
    import setuptools

    major, minor = (int(x) for x in setuptools.__version__.split(".")[:2])
    return (major, minor) >= (70, 1) or importlib.util.find_spec("wheel") is not None


def test_generated_sink_passes_the_contract_as_generated(tmp_path, run_pytest):
    root = generate(tmp_path, "acme_crm", "sink")
    code, output = run_pytest(root / "tests", pythonpath=[root / "src"], cwd=root)
    assert code == 0, output
    assert "12 passed" in output and "failed" not in output
    assert "skipped" not in output, "the generated test should exercise every contract test"


@pytest.mark.skipif(
    not can_build_wheels(), reason="building needs setuptools>=70.1 or the wheel package"
)
def test_generated_sink_installs_and_registers_its_entry_point(tmp_path, run_pytest):
    root = generate(tmp_path, "acme_crm", "sink")
    assert 'acme_crm = "contactkit_acme_crm"' in (root / "pyproject.toml").read_text()
    # Install for real (a build from its pyproject) into a private target, not the shared env,
    # so other test runs in this environment never see a half-installed plugin.
    site = tmp_path / "site"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--target",
            str(site),
            str(root),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    env = {**os.environ, "PYTHONPATH": str(site)}
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "from contactkit.plugins import build_registry; r = build_registry();"
            "print(sorted(r.sinks)); print(r.failures)",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert "'acme_crm'" in probe.stdout.splitlines()[0], probe.stdout + probe.stderr
    assert "acme_crm" not in probe.stdout.splitlines()[1]
    # and the installed copy (not the source tree) passes its tests
    code, output = run_pytest(root / "tests", pythonpath=[site], cwd=root)
    assert code == 0 and "12 passed" in output, output


def test_generated_source_passes_its_test(tmp_path, run_pytest):
    root = generate(tmp_path, "jsonfeed", "source")
    assert 'jsonfeed = "contactkit_jsonfeed"' in (root / "pyproject.toml").read_text()
    code, output = run_pytest(root / "tests", pythonpath=[root / "src"], cwd=root)
    assert code == 0, output
    assert "5 passed" in output and "skipped" not in output


def test_refuses_to_overwrite_and_bad_names(tmp_path):
    generate(tmp_path, "dup", "sink")
    again = CliRunner().invoke(new_plugin, ["dup", "--dir", str(tmp_path)])
    assert again.exit_code != 0 and "already exists" in again.output
    for bad in ("Bad Name", "1abc", "class", "x"):
        result = CliRunner().invoke(new_plugin, [bad, "--dir", str(tmp_path)])
        assert result.exit_code == 2, (bad, result.output)


@pytest.mark.parametrize("kind", ["sink", "source"])
def test_generated_code_is_lint_clean(tmp_path, kind):
    root = generate(tmp_path, "lint_me", kind)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--isolated",
            "--line-length",
            "100",
            "--select",
            "E,F,W,B,UP",
            str(root),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout
