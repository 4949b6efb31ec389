"""OCR caches load in every checkout, whichever wrote them, and a cached reading does not rewrite
them.

``DIR/.ocr-cache.pkl`` holds pickled ``Line`` and ``Word`` objects named by a module. Those
written before ``ocr`` was split (session 41) name ``contactkit_plugins.card_scan.ocr``, where
the classes stay importable; bench's ``cache_bytes`` names them there too, so a cache written
now loads in a checkout from before the split.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
import card_scan_cache
from card_scan_cache import cache_bytes, read_folder, write_atomically

from contactkit_plugins.card_scan.text_lines import Line, Word

OLD_HOME = b"contactkit_plugins.card_scan.ocr"
NEW_HOME = b"contactkit_plugins.card_scan.text_lines"


def card() -> dict[str, list[Line]]:
    words = [Word("Jane", 0.96, 10, 20, 80, 30), Word("Roe", 0.9, 100, 20, 60, 30)]
    return {"a.png": [Line(words)]}


def test_a_cache_written_now_names_the_classes_under_ocr_as_older_checkouts_need():
    data = cache_bytes(card())
    assert OLD_HOME in data and NEW_HOME not in data
    loaded = pickle.loads(data)
    assert loaded == card()
    assert type(loaded["a.png"][0]) is Line and type(loaded["a.png"][0].words[0]) is Word


def test_a_cache_naming_the_classes_under_either_module_loads():
    # Protocol 0 names a class as plain text (``c<module>\n<name>``), so the module can be
    # swapped without re-counting lengths.
    under_text_lines = pickle.dumps(card(), protocol=0)  # the classes' own module
    under_ocr = under_text_lines.replace(NEW_HOME, OLD_HOME)  # as checkouts before the split
    assert NEW_HOME in under_text_lines
    for data in (under_ocr, under_text_lines):
        loaded = pickle.loads(data)
        assert loaded == card()
        assert type(loaded["a.png"][0]) is Line and type(loaded["a.png"][0].words[0]) is Word


def test_a_reading_from_a_whole_cache_leaves_the_file_as_it_was(tmp_path: Path):
    (tmp_path / "a.png").write_bytes(b"not read: its lines are cached")
    cache = tmp_path / ".ocr-cache.pkl"
    written = pickle.dumps(card(), protocol=0)  # not the bytes read_folder would write
    cache.write_bytes(written)
    assert read_folder(tmp_path, cache=True) == card()
    assert cache.read_bytes() == written


class _KilledMidWrite:
    """A file that takes five bytes and then stops, as a measurement stopped with ^C."""

    def __init__(self, fd: int, mode: str) -> None:
        self.file = open(fd, mode)  # noqa: SIM115 - closed in __exit__

    def __enter__(self) -> _KilledMidWrite:
        return self

    def __exit__(self, *exc: object) -> None:
        self.file.close()

    def write(self, data: bytes) -> None:
        self.file.write(data[:5])
        raise KeyboardInterrupt


def test_a_write_stopped_midway_leaves_the_old_cache_whole_and_no_debris(tmp_path, monkeypatch):
    cache = tmp_path / ".ocr-cache.pkl"
    cache.write_bytes(cache_bytes(card()))
    monkeypatch.setattr(card_scan_cache.os, "fdopen", _KilledMidWrite)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(cache, b"new lines that never arrive whole")
    assert pickle.loads(cache.read_bytes()) == card()
    assert [p.name for p in tmp_path.iterdir()] == [".ocr-cache.pkl"]


def test_a_whole_write_replaces_the_cache(tmp_path):
    cache = tmp_path / ".ocr-cache.pkl"
    cache.write_bytes(b"old")
    write_atomically(cache, cache_bytes(card()))
    assert pickle.loads(cache.read_bytes()) == card()
    assert [p.name for p in tmp_path.iterdir()] == [".ocr-cache.pkl"]
