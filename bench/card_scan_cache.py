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

import numpy as np
from PIL import Image

from contactkit_plugins.card_scan.image_files import load_page
from contactkit_plugins.card_scan.imaging import Steps, prepare
from contactkit_plugins.card_scan.ocr import configure
from contactkit_plugins.card_scan.row_icons import mark_row_icons
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
    read_anew = _add_row_icons(folder, lines)
    for file in sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES):
        if file.name not in lines:
            lines[file.name] = card_lines(file.read_bytes(), 0, options)
            read_anew = True
    # Written only when a card was read anew: a cache is shared by every checkout and helper that
    # measures the folder, and rewriting the same lines only races the others reading it.
    if cache and (read_anew or not path.exists()):
        write_atomically(path, cache_bytes(lines))
    return lines


def _add_row_icons(folder: Path, lines: dict[str, list[Line]]) -> bool:
    """Cards cached before rows had icons (session 62) get them as ``card_lines`` marks them, on
    the image prepared and turned as the cached boxes show (after the recheck the cache already
    holds, where ``card_lines`` marks them before it). True if any card did."""
    old = [name for name, rows in lines.items() if rows and "icon" not in vars(rows[0])]
    for name in old:
        for line in lines[name]:
            line.icon = ""  # every row: the next run finds the card upgraded
        if not (folder / name).exists():
            continue
        mark_row_icons(
            _upright(prepare(load_page((folder / name).read_bytes()), Steps()), lines[name]),
            lines[name],
        )
    return bool(old)


def _upright(image: Image.Image, lines: list[Line]) -> Image.Image:
    """The turn of ``image`` the lines were read on: of those their boxes fit, the one whose
    words' boxes hold the darkest ink."""
    boxes = [
        word for line in lines for word in line.words if word.conf > 0.8 and len(word.text) > 2
    ]
    best: tuple[float, Image.Image] | None = None
    for angle in (0, 90, 180, 270):
        turned = image.rotate(angle, expand=True) if angle else image
        if any(w.right > turned.width + 2 or w.bottom > turned.height + 2 for w in boxes):
            continue
        gray = np.asarray(turned.convert("L"), dtype=np.float32)
        ink = float(
            np.mean([gray[w.top : w.bottom, w.left : w.right].mean() for w in boxes[:30]] or [0.0])
        )
        if best is None or ink - gray.mean() < best[0]:
            best = (ink - float(gray.mean()), turned)
    return best[1] if best else image


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
