"""Fixtures of the vcard plugin's tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from vcard_helpers import FIXTURES


@pytest.fixture
def fixtures(tmp_path: Path) -> Path:
    """A private copy of the fixture files (tests may touch or change them)."""
    target = tmp_path / "books"
    shutil.copytree(FIXTURES, target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return target
