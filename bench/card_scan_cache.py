"""The OCR lines of a folder of cards, kept in ``DIR/.ocr-cache.pkl`` so a parser change is
measured in seconds (``card_scan_calibrate.py --cache``, ``card_scan_dump.py``).

A cache is shared by every checkout and helper that measures the folder: it is written only when
a card was read anew, and it names ``Line`` and ``Word`` where every checkout finds them.
"""

from __future__ import annotations

import importlib
import io
import os
import pickle
import tempfile
from pathlib import Path

from contactkit_plugins.card_scan.ocr import configure
from contactkit_plugins.card_scan.scan import OcrOptions, card_lines
from contactkit_plugins.card_scan.text_lines import Line, Word

SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}


# Where a cache names Line and Word: their home before session 41's split, which every checkout
# has (ocr re-exports them), so a cache written now still loads in an older checkout. Only the
# cache says so; the classes keep their own module for everything else.
CACHE_HOME = "contactkit_plugins.card_scan.ocr"


class _Home:
    """Pickled as ``importlib.import_module(CACHE_HOME)``: the module the classes are got from."""


class _CachePickler(pickle.Pickler):
    """Pickles ``Line`` and ``Word`` as got from ``CACHE_HOME``, everything else as pickle does."""

    def reducer_override(self, obj: object) -> object:
        if obj is Line or obj is Word:  # the classes themselves, not their instances
            return getattr, (_Home(), obj.__name__)
        if isinstance(obj, _Home):
            return importlib.import_module, (CACHE_HOME,)
        return NotImplemented


def cache_bytes(lines: dict[str, list[Line]]) -> bytes:
    """A folder's OCR lines as its ``.ocr-cache.pkl`` holds them, loadable in any checkout."""
    out = io.BytesIO()
    _CachePickler(out).dump(lines)
    return out.getvalue()


def read_folder(folder: Path, cache: bool) -> dict[str, list[Line]]:
    """Every card's OCR lines, from the cache where it holds them, read anew otherwise."""
    path = folder / ".ocr-cache.pkl"
    lines: dict[str, list[Line]] = {}
    if cache and path.exists():
        lines = pickle.loads(path.read_bytes())
    options = OcrOptions()
    configure(None)
    read_anew = False
    for file in sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES):
        if file.name not in lines:
            lines[file.name] = card_lines(file.read_bytes(), 0, options)
            read_anew = True
    # Written only when a card was read anew: a cache is shared by every checkout and helper that
    # measures the folder, and rewriting the same lines only races the others reading it.
    if cache and (read_anew or not path.exists()):
        write_atomically(path, cache_bytes(lines))
    return lines


def write_atomically(path: Path, data: bytes) -> None:
    """``path`` holds ``data`` whole or keeps what it held: a measurement killed mid-write must
    not leave a truncated cache that every other checkout then fails to load."""
    fd, temporary = tempfile.mkstemp(prefix=path.name, suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
