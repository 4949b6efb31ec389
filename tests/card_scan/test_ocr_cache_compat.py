"""OCR caches written before ``ocr`` was split (session 41) still load, and a cached reading
does not rewrite them.

``DIR/.ocr-cache.pkl`` holds pickled ``Line`` and ``Word`` objects named by their module; those
written before the split name ``contactkit_plugins.card_scan.ocr``, where the classes stay
importable for exactly this.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
from card_scan_calibrate import read_folder

from contactkit_plugins.card_scan.text_lines import Line, Word

OLD_HOME = b"contactkit_plugins.card_scan.ocr"
NEW_HOME = b"contactkit_plugins.card_scan.text_lines"


def old_cache(lines: dict[str, list[Line]]) -> bytes:
    """The cache as a checkout before the split wrote it: the classes named under ``ocr``.

    Protocol 0 names a class as plain text (``c<module>\\n<name>``), so the module can be
    swapped without re-counting lengths."""
    data = pickle.dumps(lines, protocol=0)
    assert NEW_HOME in data
    return data.replace(NEW_HOME, OLD_HOME)


def card() -> dict[str, list[Line]]:
    words = [Word("Jane", 0.96, 10, 20, 80, 30), Word("Roe", 0.9, 100, 20, 60, 30)]
    return {"a.png": [Line(words)]}


def test_a_cache_naming_the_classes_under_ocr_still_loads():
    loaded = pickle.loads(old_cache(card()))
    assert loaded == card()
    assert type(loaded["a.png"][0]) is Line and type(loaded["a.png"][0].words[0]) is Word


def test_a_reading_from_a_whole_cache_leaves_the_file_as_it_was(tmp_path: Path):
    (tmp_path / "a.png").write_bytes(b"not read: its lines are cached")
    cache = tmp_path / ".ocr-cache.pkl"
    cache.write_bytes(old_cache(card()))
    assert read_folder(tmp_path, cache=True) == card()
    assert cache.read_bytes() == old_cache(card())  # not rewritten under text_lines' name
