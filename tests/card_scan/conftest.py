"""Fixtures for card_scan: generated cards (known fields) and a standalone run context."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # cardgen and scoring, shared with bench/

import cardgen

from contactkit.plugin import Settings

# Seeds whose clean scans cover the layouts (left, centered, company on top, two columns) and
from contactkit.testing import standalone_context

# Seeds whose clean scans cover the layouts (left, centered, company on top, two columns) and
# regions (US, DE, FR, GB) and read back completely with Tesseract 5.
CLEAN_SEEDS = (1, 3, 9)


@pytest.fixture(scope="session", autouse=True)
def _tesseract() -> None:
    if shutil.which("tesseract") is None:  # a real OCR engine is the point of these tests
        pytest.fail("tesseract is not installed: apt-get install tesseract-ocr")


@pytest.fixture(scope="session")
def card_files(tmp_path_factory) -> dict[int, tuple[cardgen.CardSpec, Path]]:
    folder = tmp_path_factory.mktemp("cards")
    out = {}
    for seed in CLEAN_SEEDS:
        spec, data, ext = cardgen.make_card(seed, "scan")
        path = folder / f"card{seed}.{ext}"
        path.write_bytes(data)
        out[seed] = (spec, path)
    return out


@pytest.fixture
def context():
    return standalone_context(Settings(default_region="US", review_below=0.8))
