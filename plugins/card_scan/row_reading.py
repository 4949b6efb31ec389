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
from .ocr import read_lines
from .text_lines import Line, in_reading_order

# An ``@`` or an email label, as blur leaves it too ("E Mail", "E * ail:" on photos).
# Its label alone counts too: "Mail: d" for Mail: daisuke.yamamoto@ono.co.jp (b28 photo 94),
# "Courriel" on French cards.
EMAIL_SIGN_RE = re.compile(r"@|(?i:\be[\s.*-]{0,3}m?ail\b|\bmail\b|\bcourriel\b)")
# A line that is an email label and nothing else, as Tesseract keeps it while it drops the
# address after it: a bare "E" (p351/74 "E benedikt.keller@..." read "E"), or "E-Mail" with its
# last letters misread ("E-Moit", p360/100). Not "Ema", "Emas" or "Mai": given names. Only the
# second engine's row re-read (email_reading) takes it as a sign; it finds nothing on a card
# whose address was read, and its reading goes to review as any widened row's.
EMAIL_LABEL_ALONE_RE = re.compile(r"^\W{0,2}(?:E|E[\s.-]{1,2}M[A-Za-z]{1,3})\s*[:.;]?$")
ROW_PSM = 6  # one block: the row's scraps are one line to it
# A scrap that starts a local part, its @ in another scrap or lost: "tobias_b" beside "chmitz",
# "at" and "itzsoehne.at" (b15 scan 82; bare Tesseract read the row whole). A website's host
# ("acme.com") matches too: its row read again holds no address and changes nothing.
LOCAL_START_RE = re.compile(r"^(?!www)[a-z]{2,}[._][a-z]*$")


def reread_email_row(
    image: Image.Image, lines: list[Line], languages: list[str], engine: str
) -> list[Line]:
    """No address read: the first row with an email's sign or an address's start read again
    alone, its lines put in place of the row's where that reading holds an address."""
    if any(EMAIL_RE.search(line.text) for line in lines):
        return lines
    signed = [line for line in lines if EMAIL_SIGN_RE.search(line.text)]
    started = [
        line
        for line in lines
        if LOCAL_START_RE.match(line.text.strip()) and not EMAIL_SIGN_RE.search(line.text)
    ]
    for start in [*signed, *started]:
        row = _row(start, lines)
        left, top, right, bottom = row_box(row)
        pad = max(4, (bottom - top) // 4)
        box = (max(0, left - pad), max(0, top - pad), right + pad, bottom + pad)
        read = read_lines(image.crop(box), languages, ROW_PSM, engine)
        if not any(EMAIL_RE.search(line.text) for line in read):
            continue
        moved = [_moved(line, box[0], box[1]) for line in read]
        kept = [line for line in lines if not any(line is part for part in row)]
        return in_reading_order([*kept, *moved])
    return lines


def padded_box(
    box: tuple[int, int, int, int], image: Image.Image, pad: int
) -> tuple[int, int, int, int]:
    """``box`` with ``pad`` pixels of paper round it, inside the image (PIL fills a crop past
    the edge with black, which Tesseract reads as a stroke)."""
    left, top, right, bottom = box
    return (
        max(0, left - pad),
        max(0, top - pad),
        min(image.width, right + pad),
        min(image.height, bottom + pad),
    )


def row_box(row: list[Line]) -> tuple[int, int, int, int]:
    """The box (left, top, right, bottom) around a row's lines."""
    return (
        min(line.left for line in row),
        min(line.top for line in row),
        max(line.right for line in row),
        max(line.bottom for line in row),
    )


def _row(start: Line, lines: list[Line]) -> list[Line]:
    """``start`` and the lines beside it to its right whose middle is within its height."""
    middle = (start.top + start.bottom) / 2
    size = start.bottom - start.top
    return [
        line
        for line in lines
        if abs((line.top + line.bottom) / 2 - middle) <= 0.6 * size
        and line.left >= start.left - size
    ]


def _moved(line: Line, dx: int, dy: int) -> Line:
    return Line([replace(w, left=w.left + dx, top=w.top + dy) for w in line.words])
