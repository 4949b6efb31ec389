"""Tesseract: words with boxes and confidences, grouped into text lines.

Two ways to call it: its C API through tesserocr (the default: one engine per process, kept
between cards, no image encoding and no process per call; measured about twice as fast), or the
``tesseract`` program through pytesseract (``engine = "tesseract"``, for a station that has a
Tesseract build of its own, named by ``tesseract_cmd``). Both read the same Debian language data.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import glob
import os
import re
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

import pytesseract
from PIL import Image

from .row_pieces import ONE_SIZE, alike_height

if TYPE_CHECKING:  # imported where a card is read: the module loads without tesserocr
    import tesserocr

INSTALL_HINT = (
    "install Tesseract (Debian/Ubuntu: 'apt-get install tesseract-ocr'; macOS: "
    "'brew install tesseract') or set the card_scan option tesseract_cmd"
)


class OcrUnavailable(RuntimeError):
    """Tesseract or a requested language is missing: a station problem, not a card's."""


@dataclass
class Word:
    text: str
    conf: float  # 0..1
    left: int
    top: int
    width: int
    height: int
    # Who read it, where a field is measured apart for it ("phone-row": phone_reading).
    source: str = ""
    # A second engine read the same letters (email_dots: an address joined, no dot after all).
    seen_twice: bool = False
    # A second engine read other digits here (phone_check: a phone's digit slip?).
    disputed: bool = False
    # Its box reaches the image's right edge: its last letters may have run off (scan.card_lines).
    at_edge: bool = False
    # Read on a card the blur gate sharpened (imaging.SHARPENED): its mid band proves less.
    sharpened: bool = False

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


@dataclass
class Line:
    """One text line as Tesseract grouped it, with the geometry the field parser uses."""

    words: list[Word] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def conf(self) -> float:
        return min((w.conf for w in self.words), default=0.0)

    @property
    def mean_conf(self) -> float:
        return sum(w.conf for w in self.words) / len(self.words) if self.words else 0.0

    @property
    def top(self) -> int:
        return min(w.top for w in self.words)

    @property
    def left(self) -> int:
        return min(w.left for w in self.words)

    @property
    def right(self) -> int:
        return max(w.right for w in self.words)

    @property
    def bottom(self) -> int:
        return max(w.bottom for w in self.words)

    @property
    def box(self) -> tuple[int, int, int, int]:
        """(left, top, right, bottom): the box around its words, as crops and blobs are given."""
        return self.left, self.top, self.right, self.bottom

    @property
    def height(self) -> float:
        """Median word height: robust against one tall glyph or a stray mark."""
        heights = sorted(w.height for w in self.words)
        return float(heights[len(heights) // 2])

    @property
    def pitch(self) -> float:
        """Width per character of the line's words, in its height: how widely it is spaced."""
        chars = sum(len(w.text) for w in self.words)
        return sum(w.width for w in self.words) / max(1, chars) / max(1.0, self.height)


def in_reading_order(lines: Iterable[Line]) -> list[Line]:
    """The lines top to bottom, left to right where they start alike."""
    return sorted(lines, key=lambda line: (line.top, line.left))


def configure(tesseract_cmd: str | None) -> None:
    """Point pytesseract at ``tesseract_cmd``; one Tesseract thread unless OMP_THREAD_LIMIT set."""
    # pytesseract keeps the command in a module global: set it every time, default included.
    pytesseract.pytesseract.tesseract_cmd = tesseract_cmd or "tesseract"
    # One OpenMP thread per Tesseract: parallelism comes from one process per card instead,
    # which scales better than Tesseract's own threads on small images.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def check_available(
    languages: list[str], tesseract_cmd: str | None = None, engine: str = "tesserocr"
) -> None:
    """Raise ``OcrUnavailable`` naming what to install, before any card is touched."""
    configure(tesseract_cmd)
    if engine == "tesserocr":
        try:
            import tesserocr  # noqa: F401 - only whether it is there
        except ImportError:
            raise OcrUnavailable(
                "the tesserocr package is missing: 'pip install tesserocr', or set the card_scan"
                ' option engine = "tesseract"'
            ) from None
        folder = tessdata_dir(tesseract_cmd)
        if folder is None:
            raise OcrUnavailable(f"Tesseract language data not found: {INSTALL_HINT}")
        installed = {
            os.path.basename(f).removesuffix(".traineddata")
            for f in glob.glob(os.path.join(folder, "*.traineddata"))
        }
    else:
        try:
            pytesseract.get_tesseract_version()
            installed = set(pytesseract.get_languages(config=""))
        except pytesseract.TesseractNotFoundError:
            raise OcrUnavailable(f"tesseract not found: {INSTALL_HINT}") from None
    missing = [lang for lang in languages if lang not in installed]
    if missing:
        packages = " ".join(f"tesseract-ocr-{lang}" for lang in missing)
        raise OcrUnavailable(
            f"Tesseract language(s) not installed: {', '.join(missing)} "
            f"(Debian/Ubuntu: 'apt-get install {packages}')"
        )


@cache
def tessdata_dir(tesseract_cmd: str | None = None) -> str | None:
    """Where the ``*.traineddata`` files are: TESSDATA_PREFIX, the usual places, or the program."""
    candidates = [os.environ.get("TESSDATA_PREFIX", "")]
    candidates += sorted(glob.glob("/usr/share/tesseract-ocr/*/tessdata"), reverse=True)
    candidates += [
        "/usr/share/tessdata",
        "/usr/local/share/tessdata",
        "/opt/homebrew/share/tessdata",
    ]
    for folder in candidates:
        if folder and glob.glob(os.path.join(folder, "*.traineddata")):
            return folder
    try:  # a Tesseract installed elsewhere says where its data is
        listing = subprocess.run(
            [tesseract_cmd or "tesseract", "--list-langs"],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r'"([^"]+)"', listing.stdout + listing.stderr)
    return match.group(1) if match else None


@cache
def _api(languages: str, psm: int) -> tesserocr.PyTessBaseAPI:  # kept for the process's life
    import tesserocr

    folder = tessdata_dir(pytesseract.pytesseract.tesseract_cmd)
    if folder is None:
        raise OcrUnavailable(f"Tesseract language data not found: {INSTALL_HINT}")
    _silence_leptonica(tesserocr.__file__)
    api = tesserocr.PyTessBaseAPI(path=folder, lang=languages, psm=psm)
    api.SetVariable("user_defined_dpi", "300")
    return api


def _silence_leptonica(module_file: str) -> None:
    """Leptonica prints "Error in boxClipToRectangle" and the like straight to stderr on odd
    images; they are harmless and no concern of the person at the station."""
    folder = os.path.dirname(module_file)
    found = glob.glob(os.path.join(folder + ".libs", "libleptonica*")) or [
        ctypes.util.find_library("leptonica") or ctypes.util.find_library("lept") or ""
    ]
    try:
        library = ctypes.CDLL(found[0]) if found[0] else None
        if library is not None:
            library.setMsgSeverity(6)  # L_SEVERITY_NONE
    except (OSError, AttributeError):
        pass  # a build without it only prints more


def read_lines(
    image: Image.Image, languages: list[str], psm: int, engine: str = "tesserocr"
) -> list[Line]:
    """OCR one prepared card image into lines, top to bottom."""
    if engine == "tesserocr":
        lines = _read_tesserocr(image, "+".join(languages), psm)
    else:
        lines = _read_pytesseract(image, "+".join(languages), psm)
    split = [part for line in lines for part in _split_columns(line) if part.words]
    return _join_neighbours(in_reading_order(split))


def _join_neighbours(lines: list[Line]) -> list[Line]:
    """Words of one line that Tesseract gave as lines of their own join again.

    Letter-spaced names ("O L I V E R   S C H N E I D E R") leave a word gap wide enough for
    sparse-text mode to make each word a line; a neighbour at the same height, of the same
    size and closer than a word-and-a-half of it belongs to the same line. Columns stay apart:
    they are further than the gap that ``_split_columns`` parts at.
    """
    out: list[Line] = []
    for line in sorted(lines, key=lambda item: item.left):
        for other in out:
            right = other.right
            size = max(other.height, line.height)
            if (
                abs(other.top - line.top) <= 0.35 * size
                and alike_height(line, other, ONE_SIZE)
                and -0.2 * size <= line.left - right <= 1.6 * size
            ) or _spaced_alike(other, line, right):
                other.words.extend(line.words)
                break
        else:
            out.append(Line(list(line.words)))
    return in_reading_order(out)


# Letter-spaced words of one line: a word of small letters (``van`` beside ``Wal``) has a lower
# box than ``row_pieces.ONE_SIZE`` lets in (0.6-1.67 before; 5/3 moved no join of 300 cards).
SPACED_HEIGHTS = 5 / 3
# A letter-spaced word is at least this wide per character, in its height (unspaced print
# 0.4-0.9, "B r a m" 1.2-1.7: blind seed 1 scans).
SPACED_PITCH = 1.05


def _spaced_alike(left: Line, right: Line, left_end: int) -> bool:
    """Two letter-spaced words on one baseline, a word gap of their spacing apart.

    Letter-spaced names ("B r a m   v a n   d e r   W a l") leave word gaps of one or two of
    their letters, wider than ``_join_neighbours``' gap; a word of small letters ("van")
    is lower than its neighbours, so their bottoms are compared, not their heights.
    """
    if min(left.pitch, right.pitch) < SPACED_PITCH:
        return False
    size = max(left.height, right.height)
    bottom, other_bottom = left.bottom, right.bottom
    letter = max(left.pitch * left.height, right.pitch * right.height)
    return (
        abs(bottom - other_bottom) <= 0.25 * size
        and alike_height(right, left, SPACED_HEIGHTS)
        and 0 <= right.left - left_end <= 2.5 * letter
    )


def _read_tesserocr(image: Image.Image, languages: str, psm: int) -> list[Line]:
    import tesserocr

    api = _api(languages, psm)
    api.SetImage(image)
    api.Recognize()
    level = tesserocr.RIL.WORD
    lines: list[Line] = []
    iterator = api.GetIterator()
    if iterator is None:
        return []
    for word in tesserocr.iterate_level(iterator, level):
        try:
            text = (word.GetUTF8Text(level) or "").strip()
        except RuntimeError:  # tesserocr's way of saying "no text here" (an empty box)
            text = ""
        box = word.BoundingBox(level)
        if word.IsAtBeginningOf(tesserocr.RIL.TEXTLINE) or not lines:
            lines.append(Line())
        if not text or box is None:
            continue
        left, top, right, bottom = box
        conf = word.Confidence(level) / 100.0
        lines[-1].words.append(Word(text, conf, left, top, right - left, bottom - top))
    api.Clear()
    return [line for line in lines if line.words]


def _read_pytesseract(image: Image.Image, languages: str, psm: int) -> list[Line]:
    try:
        data = pytesseract.image_to_data(
            image,
            lang=languages,
            config=f"--psm {psm} --dpi 300",
            output_type=pytesseract.Output.DICT,
        )
    except pytesseract.TesseractNotFoundError:
        raise OcrUnavailable(f"tesseract not found: {INSTALL_HINT}") from None
    lines: dict[tuple[int, int, int], Line] = {}
    for i, text in enumerate(data["text"]):
        text = text.strip()
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        word = Word(
            text=text,
            conf=conf / 100.0,
            left=data["left"][i],
            top=data["top"][i],
            width=data["width"][i],
            height=data["height"][i],
        )
        lines.setdefault(key, Line()).words.append(word)
    return list(lines.values())


def quality(lines: list[Line]) -> float:
    """How much legible text a reading holds: upright text gives many sure, word-like words.

    Upside-down or sideways text still yields 'words', but short, odd and unsure ones; the sum
    of confidences of words of three or more letters and digits tells the two apart.
    """
    total = 0.0
    for line in lines:
        for word in line.words:
            core = re.sub(r"[^0-9A-Za-zÀ-ÿ@.]", "", word.text)
            if len(core) >= 3 and word.conf >= 0.5:
                total += word.conf * min(len(core), 12)
    return total


def _split_columns(line: Line) -> list[Line]:
    """Tesseract sometimes joins two columns of a card into one line; a wide gap parts them,
    and so does a change of print size before a number (see ``_size_cut``)."""
    words = sorted(line.words, key=lambda w: w.left)
    parts = [Line([words[0]])]
    for word in words[1:]:
        previous = parts[-1].words[-1]
        gap = word.left - previous.right
        if gap > 2.5 * max(previous.height, word.height, 8):
            parts.append(Line([word]))
        else:
            parts[-1].words.append(word)
    return [piece for part in parts for piece in _size_cut(part)]


# A company in large print on the left and the phone column's small row beside it on the same
# height come out as one line ("Martin et Fils SARL ™: | °7.3469.71.12 01.77.32.35.07", words
# 34 px high then 19): the number is lost to the company, and the line, doubted as a whole, is
# read again whole. Where words without a digit give way to words at most this share of their
# height that hold a number's digits, the line parts there.
SMALLER_PRINT = 0.67


def _size_cut(line: Line) -> list[Line]:
    words = line.words
    for k in range(1, len(words)):
        left, right = words[:k], words[k:]
        if any(c.isdigit() for w in left for c in w.text):
            return [line]
        if sum(c.isdigit() for w in right for c in w.text) < 6:
            return [line]
        big = sorted(w.height for w in left)[len(left) // 2]
        small = sorted(w.height for w in right)[len(right) // 2]
        if small <= SMALLER_PRINT * big and words[k].height <= SMALLER_PRINT * big:
            return [Line(left), Line(right)]
    return [line]
