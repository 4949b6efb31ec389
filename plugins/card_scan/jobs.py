"""What a card-reading worker is given and gives back (``scan.scan_card``).

Kept apart from the reading itself so that loading the plugin, which every command does, does not
load OpenCV, NumPy and the parser: only a command that reads a card pays for them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .imaging import Steps


@dataclass(frozen=True)
class OcrOptions:
    languages: tuple[str, ...] = ("eng",)
    psm: int = 11
    steps: Steps = field(default_factory=Steps)
    tesseract_cmd: str | None = None
    engine: str = "tesserocr"
    second_reader: bool = True  # RapidOCR on the lines Tesseract doubts (second_reading.py)
    default_region: str = "US"
    forced_region: str | None = None


@dataclass
class CardJob:
    """One card: its front (and back) as page selections from files already read."""

    key: str
    label: str  # what errors name: the file, and the page if there are several
    front: str  # a path: workers read the file themselves, so a stack never sits in memory
    back: str | None = None
    front_page: int = 0
    back_page: int = 0
    skip: bool = False  # read in an earlier run


@dataclass
class CardResult:
    key: str
    label: str
    contact: dict | None = None
    confidence: dict[str, float] = field(default_factory=dict)
    text: list[str] = field(default_factory=list)
    error: str | None = None
    fatal: str | None = None  # OCR unavailable: stop the run, the card is not at fault
    evidence: dict[str, str] = field(default_factory=dict)  # field → level (calibration.py)
