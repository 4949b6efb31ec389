"""One card, end to end: bytes → pages → prepared images → OCR lines → fields.

Runs in worker processes, so everything it takes and returns is plain and picklable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .fields import ParsedCard, parse_card
from .imaging import CardImageError, Steps, load_page, prepare
from .ocr import OcrUnavailable, configure, read_lines


@dataclass(frozen=True)
class OcrOptions:
    languages: tuple[str, ...] = ("eng",)
    psm: int = 11
    steps: Steps = field(default_factory=Steps)
    tesseract_cmd: str | None = None
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


def scan_card(job: CardJob, options: OcrOptions) -> CardResult:
    """Read one card; a bad file becomes ``error``, a missing Tesseract ``fatal``."""
    configure(options.tesseract_cmd)
    try:
        front = _parse_side(job.front, job.front_page, options)
        if job.back is not None:
            back = _parse_side(job.back, job.back_page, options)
            front = merge_sides(front, back)
    except CardImageError as exc:
        return CardResult(job.key, job.label, error=str(exc))
    except OcrUnavailable as exc:
        return CardResult(job.key, job.label, fatal=str(exc))
    except Exception as exc:  # one odd file must never stop the stack
        first = str(exc).splitlines()[0] if str(exc) else ""
        return CardResult(
            job.key, job.label, error=f"cannot read card: {type(exc).__name__}: {first}"
        )
    contact = front.contact.model_dump(mode="json")
    return CardResult(job.key, job.label, contact, front.confidence, front.text)


def _parse_side(path: str, page: int, options: OcrOptions) -> ParsedCard:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CardImageError(f"cannot read file: {exc.strerror or exc}") from None
    image = prepare(load_page(data, page), options.steps)
    lines = read_lines(image, list(options.languages), options.psm)
    return parse_card(
        lines, default_region=options.default_region, forced_region=options.forced_region
    )


def merge_sides(front: ParsedCard, back: ParsedCard) -> ParsedCard:
    """The front decides; the back adds what the front lacks (a second language, a mobile)."""
    merged = front.contact.model_copy(deep=True)
    confidence = dict(front.confidence)
    extra = back.contact
    for email in extra.emails:
        if email not in merged.emails:
            merged.emails.append(email)
    known = {p.key for p in merged.phones}
    merged.phones += [p for p in extra.phones if p.key not in known]
    for name in ("emails", "phones", "urls", "addresses"):
        if name in back.confidence:
            confidence[name] = min(confidence.get(name, 1.0), back.confidence[name])
    if not merged.urls:
        merged.urls = extra.urls
    if not merged.addresses:
        merged.addresses = extra.addresses
    if not merged.title and extra.title:
        merged.title = extra.title
        confidence["title"] = back.confidence.get("title", 1.0)
    if not (merged.organization and merged.organization.name) and extra.organization:
        merged.organization = extra.organization
        confidence["organization"] = back.confidence.get("organization", 1.0)
    if not merged.name.full and extra.name.full:
        merged.name = extra.name
        confidence["name"] = back.confidence.get("name", 0.0)
    return ParsedCard(merged, confidence, front.text + back.text)
