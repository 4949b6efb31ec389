"""Reading card images safely: untrusted files in, card faces out.

Pillow's decompression-bomb limit stays on (and its warning band counts as an error too), sizes
are checked before decoding, a PDF's pages are rendered by poppler's ``pdftoppm``, and every
failure is a ``CardImageError`` with a one-line reason.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import (
    Image,
    ImageOps,
    ImageSequence,
    UnidentifiedImageError,
)

TARGET_DPI = 300
CARD_WIDTH_INCHES = 3.5  # ISO 7810 ID-1 and US cards are 3.37-3.5 in wide
MAX_PAGES = 200
# Smaller than this cannot hold a legible card (a 1x1 tracking pixel, a PDF with an empty box).
MIN_SIDE_PX = 64


class CardImageError(ValueError):
    """A file that cannot be read as card images; the message is one line."""


@dataclass
class Page:
    """One card face as decoded from a file: the image and the DPI the file declares, if any."""

    image: Image.Image
    dpi: float | None
    index: int


def content_hash(*blobs: bytes) -> str:
    """The source key: the same bytes always give the same card, wherever the file lies."""
    digest = hashlib.sha256()
    for blob in blobs:
        digest.update(hashlib.sha256(blob).digest())
    return digest.hexdigest()[:32]


def load_page(data: bytes, index: int = 0) -> Page:
    """Decode one page (0-based) of a PNG, JPEG, TIFF or PDF, orientation applied."""
    pages = load_pages(data, only=index)
    if not pages:
        raise CardImageError(f"page {index + 1} missing")
    return pages[0]


def load_pages(data: bytes, *, only: int | None = None, pdf_dpi: int = TARGET_DPI) -> list[Page]:
    """Decode the pages (or page ``only``) of a PNG, JPEG, TIFF (multi-page too) or PDF."""
    if data[:5] == b"%PDF-":
        return _load_pdf(data, pdf_dpi, only)
    with warnings.catch_warnings():
        # Pillow's other warnings (odd EXIF, TIFF tags) say nothing a user can act on: silent.
        warnings.simplefilter("ignore")
        # Between 1x and 2x the pixel limit Pillow only warns; an untrusted file gets no slack.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
            pages = []
            for index, frame in enumerate(ImageSequence.Iterator(image)):
                if index >= MAX_PAGES:
                    raise CardImageError(f"more than {MAX_PAGES} pages")
                if only is not None and index != only:
                    continue
                frame.load()
                if min(frame.size) < MIN_SIDE_PX:
                    width, height = frame.size
                    raise CardImageError(
                        f"image too small to hold a card ({width}x{height} px"
                        f"{f', page {index + 1}' if index else ''})"
                    )
                dpi = _declared_dpi(frame)
                oriented = ImageOps.exif_transpose(frame.copy())
                pages.append(Page(oriented, dpi, index))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise CardImageError(f"image too large (decompression-bomb limit): {exc}") from None
        except UnidentifiedImageError:
            raise CardImageError("not an image (PNG, JPEG, TIFF or PDF expected)") from None
        except CardImageError:
            raise
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise CardImageError(f"truncated or damaged image: {first}") from None
    if not pages and only is None:
        raise CardImageError("image has no pages")
    return pages


def _declared_dpi(image: Image.Image) -> float | None:
    dpi = image.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else None
    except (TypeError, ValueError, IndexError):
        return None
    # 72 and 96 are what cameras and screenshots write by default: they say nothing.
    return value if value and 150 <= value <= 1200 else None


def pdf_renderer() -> str | None:
    return shutil.which("pdftoppm")


def _load_pdf(data: bytes, dpi: int, only: int | None) -> list[Page]:
    tool = pdf_renderer()
    if tool is None:
        raise CardImageError(
            "PDF needs pdftoppm from poppler-utils (e.g. 'apt-get install poppler-utils')"
        )
    with tempfile.TemporaryDirectory(prefix="card_scan_pdf_") as tmp:
        source = Path(tmp) / "in.pdf"
        source.write_bytes(data)
        first, last = (only + 1, only + 1) if only is not None else (1, MAX_PAGES)
        result = subprocess.run(
            [
                tool,
                "-r",
                str(dpi),
                "-f",
                str(first),
                "-l",
                str(last),
                "-png",
                str(source),
                str(Path(tmp) / "p"),
            ],
            capture_output=True,
            timeout=300,
            check=False,
        )
        files = sorted(Path(tmp).glob("p*.png"), key=lambda p: int(p.stem.rpartition("-")[2]))
        if result.returncode != 0 or not files:
            reason = result.stderr.decode(errors="replace").strip().splitlines()
            raise CardImageError(f"unreadable PDF: {reason[0] if reason else 'no pages'}")
        start = first - 1
        pages = []
        for offset, file in enumerate(files):
            try:
                image = load_pages(file.read_bytes())[0].image
            except CardImageError as exc:
                raise CardImageError(f"PDF page {start + offset + 1}: {exc}") from None
            pages.append(Page(image, float(dpi), start + offset))
        return pages
