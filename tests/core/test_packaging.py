"""The wheel and the sdist carry every data file the code reads at run time (package data)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from contactkit.scaffold import plugin_files

ROOT = Path(__file__).resolve().parents[2]


def data_files() -> set[str]:
    """Every non-Python file in the host's and the built-in plugins' packages, as installed."""
    found = set()
    for top, installed in (("src/contactkit", "contactkit"), ("plugins", "contactkit_plugins")):
        for path in (ROOT / top).rglob("*"):
            if (
                path.is_file()
                and path.suffix not in {".py", ".pyc"}
                and "__pycache__" not in path.parts
            ):
                found.add(f"{installed}/{path.relative_to(ROOT / top).as_posix()}")
    return found


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A wheel and an sdist built from a copy of the tree (the checkout stays untouched)."""
    tree = tmp_path_factory.mktemp("tree")
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(ROOT / name, tree / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("src", "plugins"):
        shutil.copytree(ROOT / name, tree / name, ignore=ignore)
    out = tmp_path_factory.mktemp("dist")
    for build in ("build_wheel", "build_sdist"):  # one process each, as a build frontend does
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                f"from setuptools import build_meta as b; b.{build}({str(out)!r})",
            ],
            cwd=tree,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr[-2000:]
    return out


def test_the_wheel_holds_every_data_file(built: Path):
    (wheel,) = built.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = data_files()
    assert "contactkit/data/scaffold/sink/src/package/sink.py.tmpl" in expected
    assert "contactkit/desk/templates/base.html" in expected
    assert expected - names == set()


def test_the_wheel_holds_every_module(built: Path):
    """A package the discovery misses (a new one under src/contactkit, as the vCard codec was in
    session 41) would install without its code."""
    (wheel,) = built.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {
        f"{installed}/{path.relative_to(ROOT / top).as_posix()}"
        for top, installed in (("src/contactkit", "contactkit"), ("plugins", "contactkit_plugins"))
        for path in (ROOT / top).rglob("*.py")
    }
    assert "contactkit/vcard_codec/convert.py" in modules
    assert modules - names == set()


def test_the_sdist_holds_every_data_file(built: Path):
    (sdist,) = built.glob("*.tar.gz")
    with tarfile.open(sdist) as tar:
        names = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    missing = {
        name
        for name in data_files()
        if name.replace("contactkit_plugins/", "plugins/", 1).replace(
            "contactkit/", "src/contactkit/", 1
        )
        not in names
    }
    assert missing == set()


def test_the_scaffold_reads_its_templates_from_package_data():
    files = plugin_files("acme_crm", "source")
    assert set(files) == {
        "pyproject.toml",
        "README.md",
        "src/contactkit_acme_crm/__init__.py",
        "src/contactkit_acme_crm/config.py",
        "src/contactkit_acme_crm/source.py",
        "tests/test_source.py",
    }
    assert "class AcmeCrmSource(Source):" in files["src/contactkit_acme_crm/source.py"]
    assert 'acme_crm = "contactkit_acme_crm"' in files["pyproject.toml"]
