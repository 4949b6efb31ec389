"""Tesseract: words with boxes and confidences, grouped into text lines.

This module calls Tesseract (configure it, check that it and its languages are there, read a
card, weigh a reading's quality); the words and lines it returns, and how its raw lines are
regrouped (columns split, print-size cuts, neighbours joined), are ``text_lines``'.

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
from functools import cache
from typing import TYPE_CHECKING

import pytesseract
from PIL import Image

# Word and Line stay importable from here on purpose, not only because the readers build them:
# the OCR caches (DIR/.ocr-cache.pkl, pickled lists of Line and Word) written before the split
# name this module as the classes' home, and so do later ones (bench's cache_bytes, for older
# checkouts' sake); pickle looks them up here when it loads them.
from .text_lines import Line, Word, regroup

if TYPE_CHECKING:  # imported where a card is read: the module loads without tesserocr
    import tesserocr

INSTALL_HINT = (
    "install Tesseract (Debian/Ubuntu: 'apt-get install tesseract-ocr'; macOS: "
    "'brew install tesseract') or set the card_scan option tesseract_cmd"
)


class OcrUnavailable(RuntimeError):
    """Tesseract or a requested language is missing: a station problem, not a card's."""


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
    return regroup(lines)


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
