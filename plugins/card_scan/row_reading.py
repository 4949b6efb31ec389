"""An email line sparse-text mode broke into pieces, read again as one line.

Small print in a column beside other text (an "E-Mail:" line 12 px high on a scan) now and then
comes out of sparse-text mode as scraps that overlap and repeat letters ("E-Mail: florian." /
"n.mueller@w" / "ebermedizintechnik.d" / "de"), so no address is whole. Bare Tesseract in its
block mode read such lines right where card_scan read nothing. When the card's lines hold no
address but a line bears an ``@`` or an email label, the row from that line rightwards is read
again in block mode; the reading replaces the row's scraps only if it holds an address.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PIL import Image

from .clues import EMAIL_RE
from .ocr import Line, read_lines

EMAIL_SIGN_RE = re.compile(r"@|(?i:\be-?mail\b)")
ROW_PSM = 6  # one block: the row's scraps are one line to it


def reread_email_row(
    image: Image.Image, lines: list[Line], languages: list[str], engine: str
) -> list[Line]:
    if any(EMAIL_RE.search(line.text) for line in lines):
        return lines
    for start in (line for line in lines if EMAIL_SIGN_RE.search(line.text)):
        row = _row(start, lines)
        left = min(w.left for line in row for w in line.words)
        top = min(w.top for line in row for w in line.words)
        right = max(w.left + w.width for line in row for w in line.words)
        bottom = max(w.top + w.height for line in row for w in line.words)
        pad = max(4, (bottom - top) // 4)
        box = (max(0, left - pad), max(0, top - pad), right + pad, bottom + pad)
        read = read_lines(image.crop(box), languages, ROW_PSM, engine)
        if not any(EMAIL_RE.search(line.text) for line in read):
            continue
        moved = [_moved(line, box[0], box[1]) for line in read]
        kept = [line for line in lines if not any(line is part for part in row)]
        return sorted([*kept, *moved], key=lambda line: (line.top, line.left))
    return lines


def _row(start: Line, lines: list[Line]) -> list[Line]:
    """``start`` and the lines beside it to its right whose middle is within its height."""
    top = min(w.top for w in start.words)
    bottom = max(w.top + w.height for w in start.words)
    middle = (top + bottom) / 2
    left = min(w.left for w in start.words)
    size = bottom - top
    row = []
    for line in lines:
        line_top = min(w.top for w in line.words)
        line_bottom = max(w.top + w.height for w in line.words)
        centre = (line_top + line_bottom) / 2
        if abs(centre - middle) <= 0.6 * size and min(w.left for w in line.words) >= left - size:
            row.append(line)
    return row


def _moved(line: Line, dx: int, dy: int) -> Line:
    return Line([replace(w, left=w.left + dx, top=w.top + dy) for w in line.words])
