"""Tests of the sink test kit and the scaffold; helpers to run pytest in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def run_pytest():
    """Run pytest on ``target`` in a fresh interpreter; return (exit code, output)."""

    def run(target: Path, *, pythonpath: list[Path] = (), cwd: Path | None = None):
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            [str(p) for p in pythonpath] + [env.get("PYTHONPATH", "")]
        )
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-p",
                "no:cacheprovider",
                "-v",
                "-rs",
                str(target),
            ],
            cwd=cwd or target.parent,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        return done.returncode, done.stdout + done.stderr

    return run
