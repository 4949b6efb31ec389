"""Tesseract through pytesseract: words with boxes and confidences, grouped into text lines."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import pytesseract
from PIL import Image

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
    def height(self) -> float:
        """Median word height: robust against one tall glyph or a stray mark."""
        heights = sorted(w.height for w in self.words)
        return float(heights[len(heights) // 2])

    @property
    def stroke(self) -> float:
        """Ink per word box area is not known here; width per character stands in for boldness."""
        chars = sum(len(w.text) for w in self.words)
        return sum(w.width for w in self.words) / max(1, chars) / max(1.0, self.height)


def configure(tesseract_cmd: str | None) -> None:
    # pytesseract keeps the command in a module global: set it every time, default included.
    pytesseract.pytesseract.tesseract_cmd = tesseract_cmd or "tesseract"
    # One OpenMP thread per Tesseract: parallelism comes from one process per card instead,
    # which scales better than Tesseract's own threads on small images.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def check_available(languages: list[str], tesseract_cmd: str | None = None) -> None:
    """Raise ``OcrUnavailable`` naming what to install, before any card is touched."""
    configure(tesseract_cmd)
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


def read_lines(image: Image.Image, languages: list[str], psm: int) -> list[Line]:
    """OCR one prepared card image into lines, top to bottom."""
    try:
        data = pytesseract.image_to_data(
            image,
            lang="+".join(languages),
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
    split = [part for line in lines.values() for part in _split_columns(line)]
    return sorted(split, key=lambda line: (line.top, line.left))


def _split_columns(line: Line) -> list[Line]:
    """Tesseract sometimes joins two columns of a card into one line; a wide gap parts them."""
    words = sorted(line.words, key=lambda w: w.left)
    parts = [Line([words[0]])]
    for word in words[1:]:
        previous = parts[-1].words[-1]
        gap = word.left - (previous.left + previous.width)
        if gap > 2.5 * max(previous.height, word.height, 8):
            parts.append(Line([word]))
        else:
            parts[-1].words.append(word)
    return parts
