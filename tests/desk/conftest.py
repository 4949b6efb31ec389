"""The desk's fixtures: the README's demo store, and the desk over it."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from contactkit import cli as host_cli
from contactkit.config import load_config
from contactkit.desk import DeskSettings, create_app

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "card_scan"))  # cardgen: cards with known fields


@pytest.fixture(scope="session")
def demo(tmp_path_factory) -> Path:
    """A copy of sample/ after the README's demo run (the store holds its golden records)."""
    folder = tmp_path_factory.mktemp("demo") / "sample"
    shutil.copytree(ROOT / "sample", folder, ignore=shutil.ignore_patterns("*.db*", "out"))
    host_cli._attach_plugin_commands()
    config = folder / "contactkit.toml"
    result = CliRunner().invoke(host_cli.cli, ["-c", str(config), "run"])
    assert result.exit_code == 0, result.output
    return config


@pytest.fixture
def demo_copy(demo: Path, tmp_path: Path) -> Path:
    """A private copy of the demo folder (tests that write to the store)."""
    target = tmp_path / "sample"
    shutil.copytree(demo.parent, target)
    return target / "contactkit.toml"


def make_app(config_path: Path, token: str | None = None):  # type: ignore[no-untyped-def]
    config = load_config(config_path)
    settings = DeskSettings(config=config, upload_dir=config.base_dir / "desk-uploads", token=token)
    app = create_app(settings)
    app.config["TESTING"] = True
    return app


@pytest.fixture
def client(demo_copy: Path):  # type: ignore[no-untyped-def]
    app = make_app(demo_copy)
    app.config["WTF_CSRF_ENABLED"] = False  # CSRF has its own test, with it on
    return app.test_client()
