"""A second engine on the lines Tesseract doubts: RapidOCR's text recogniser.

RapidOCR runs PaddleOCR's recognition model on ONNX Runtime; the model ships inside its wheel,
nothing is downloaded. Reading a whole card with it (its own text detector included) was
measured seven times slower than Tesseract, so only its recogniser runs, and only on the crop of
a line Tesseract read with a low confidence: on blurred photos that is where Tesseract slips
(``tobias roth@meyer com`` for ``tobias.roth@meyer.com``, ``Mobil 01515-83091 38``). The other
reading replaces Tesseract's when it is surer. It drops the spaces of narrow gaps, which the
phone reader needs, so Tesseract's spaces are put back where the two readings align.
"""

from __future__ import annotations

import difflib
from functools import cache

import numpy as np
from PIL import Image

from .ocr import Line, Word

# A line whose mean word confidence is below this is read again (blind seed 1 photos: 0.8
# took review from 18 to 11 of 25 cards; 0.6 from 18 to 15).
DOUBT_BELOW = 0.8
# The second reading is taken when it is at least this sure and surer than Tesseract's.
TAKE_FROM = 0.8


def available() -> bool:
    try:
        import rapidocr_onnxruntime  # noqa: F401 - only whether it is there
    except ImportError:
        return False
    return True


@cache
def _engine():  # -> rapidocr_onnxruntime.RapidOCR, kept for the process's life
    from rapidocr_onnxruntime import RapidOCR

    # One thread: parallelism comes from one process per card, as for Tesseract.
    return RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)


def reread_doubtful(image: Image.Image, lines: list[Line]) -> list[Line]:
    """``lines`` with each doubtful one replaced by RapidOCR's reading where that is surer."""
    doubtful = [line for line in lines if line.mean_conf < DOUBT_BELOW]
    if not doubtful:
        return lines
    rgb = np.asarray(image.convert("RGB"))
    out = []
    for line in lines:
        out.append(_reread(rgb, line) if line.mean_conf < DOUBT_BELOW else line)
    return out


def _box(line: Line) -> tuple[int, int, int, int]:
    left = min(w.left for w in line.words)
    top = min(w.top for w in line.words)
    right = max(w.left + w.width for w in line.words)
    bottom = max(w.top + w.height for w in line.words)
    return left, top, right, bottom


def _reread(rgb: np.ndarray, line: Line) -> Line:
    left, top, right, bottom = _box(line)
    pad = max(4, (bottom - top) // 4)  # the recogniser wants some paper around the ink
    crop = rgb[max(0, top - pad) : bottom + pad, max(0, left - pad) : right + pad]
    if crop.size == 0:
        return line
    found, _ = _engine()(crop, use_det=False, use_cls=False, use_rec=True)
    text, conf = (found[0][0], float(found[0][1])) if found else ("", 0.0)
    if not text.strip() or conf < TAKE_FROM or conf <= line.mean_conf:
        return line
    return _as_line(respace(line.text, text), conf, (left, top, right, bottom))


def _as_line(text: str, conf: float, box: tuple[int, int, int, int]) -> Line:
    """Words laid along the line's box by their share of its characters: the recogniser gives
    no boxes of its own, and a field points at its line, not at single letters."""
    left, top, right, bottom = box
    parts = text.split()
    total = sum(len(part) for part in parts) or 1
    words, x = [], left
    for part in parts:
        width = max(1, round((right - left) * len(part) / total))
        words.append(Word(part, conf, x, top, width, bottom - top))
        x += width
    return Line(words)


def respace(spaced: str, other: str) -> str:
    """``other`` with a space wherever ``spaced`` has one between characters the two share.

    >>> respace("Fon 0221 589 20 90", "Fon0221589209O")
    'Fon 0221 589 20 9O'
    """
    bare = spaced.replace(" ", "")
    cuts, position = set(), 0
    for char in spaced:
        if char == " ":
            cuts.add(position)
        else:
            position += 1
    other_bare = other.replace(" ", "")
    matcher = difflib.SequenceMatcher(None, bare, other_bare, autojunk=False)
    mapped = {}  # a character of ``bare`` → the same character in ``other_bare``
    for start, other_start, size in matcher.get_matching_blocks():
        for offset in range(size):
            mapped[start + offset] = other_start + offset
    # A space moves over only between two characters both readings hold side by side: where
    # the other reading has a character in the gap (a dot Tesseract missed), it stays shut.
    other_cuts = {
        mapped[cut]
        for cut in cuts
        if cut in mapped and cut - 1 in mapped and mapped[cut] == mapped[cut - 1] + 1
    }
    out: list[str] = []
    position = 0
    for char in other:
        if char == " ":
            out.append(char)
            continue
        if position in other_cuts and out and out[-1] != " ":
            out.append(" ")
        out.append(char)
        position += 1
    return "".join(out)
