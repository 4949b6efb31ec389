"""A second engine on the lines Tesseract doubts: RapidOCR's text recogniser.

RapidOCR runs PaddleOCR's recognition model on ONNX Runtime; the model ships inside its wheel,
nothing is downloaded. Reading a whole card with it (its own text detector included) was
measured seven times slower than Tesseract, so only its recogniser runs, and only on the crop of
a line Tesseract read with a low confidence: on blurred photos that is where Tesseract slips
(``tobias roth@meyer com`` for ``tobias.roth@meyer.com``, ``Geschdftsfuihrer``). The readings
vote; an agreed reading replaces Tesseract's when it is surer. RapidOCR drops the spaces of
narrow gaps, which the phone reader needs, so Tesseract's spaces are put back where the two
readings align.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Callable, Hashable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

import cv2
import numpy as np
from PIL import Image
from rapidfuzz.distance import Indel

from .clues import EMAIL_RE
from .email_at import AT_SOURCE, CUT_SOURCE, at_aligned
from .image_files import TARGET_DPI
from .phone_levels import MISSED_NUMBER_SOURCE
from .text_lines import Line, Word, in_reading_order

if TYPE_CHECKING:  # imported on first use: the module loads without the second reader
    from rapidocr_onnxruntime import RapidOCR

# A line whose mean word confidence is below this is read again (blind seed 1 photos: 0.8
# took review from 18 to 11 of 25 cards; 0.6 from 18 to 15).
DOUBT_BELOW = 0.8


def available() -> bool:
    try:
        import rapidocr_onnxruntime  # noqa: F401 - only whether it is there
    except ImportError:
        return False
    return True


@cache
def engine() -> RapidOCR:  # kept for the process's life
    from rapidocr_onnxruntime import RapidOCR

    # One thread: parallelism comes from one process per card, as for Tesseract.
    return RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)


# Each doubtful line is read several times, with more or less paper around it and stretched
# sideways: the recogniser's CTC output merges a doubled letter ("htps", "Londn",
# "christophe") when glyphs are narrow for its stride, and a stretch gives them room. Which
# stretch suits a line differs, so the readings vote (blind seed 1 photos, docs/card_scan_log.md).
CROPS = ((0.25, 1.5), (0.5, 1.5), (0.35, 1.7))  # (padding in line heights, horizontal stretch)
# A reading is taken when another agrees with it and it is at least this sure: a reading
# nobody else gave was measured to replace right text (a name) as often as wrong.
AGREED_FROM = 0.5
# A line Tesseract found nothing in is added from this confidence on (two readings agreeing).
MISSED_FROM = 0.8
# Digits every reading of an unread number row holds at least, and letters at most.
NUMBER_DIGITS = 7
NUMBER_LETTERS = 3
# The median filter's size: grain is a pixel or two, a stroke of small print 3-5 px.
MEDIAN = 5
# A row of print is this dense in ink at least; grain the filter left is under 0.11 (p364/98).
LEAST_INK = 0.15


# A doubtful line lower than a millimetre at the ~300 DPI a page is scaled to (``imaging.
# rescale``) and than half the height of the card's sure lines is specks or a photo's edge, not
# print: the recogniser, scaling each crop to one height, read it as a row wider than the card.
# On 100 fresh photos such lines took a quarter of this step's crop widths, and no reading of
# them changed a field. Both bounds: a blurred photo's only sure lines may be large beside its
# small print (second review, rev44), and a scan's whole print may be that small (fresh scan
# seed 497 card 54, rows 11-15 px high: its site row, 12 px at 0.49, went unread).
SPECKS_HIGH = round(TARGET_DPI / 25.4)
SPECKS_SHARE = 0.5


def reread_doubtful(image: Image.Image, lines: list[Line]) -> list[Line]:
    """``lines`` with each doubtful one (specks aside) replaced by RapidOCR's reading where that
    is surer."""
    sure = [line.bottom - line.top for line in lines if line.mean_conf >= DOUBT_BELOW]
    specks = min(SPECKS_HIGH, SPECKS_SHARE * float(np.median(sure))) if sure else 0.0
    doubtful = [
        i
        for i, line in enumerate(lines)
        if line.mean_conf < DOUBT_BELOW and line.bottom - line.top >= specks
    ]
    if not doubtful:
        return lines
    out = list(lines)
    for i, own in zip(doubtful, read_boxes(image, [lines[i].box for i in doubtful]), strict=True):
        out[i] = _vote(lines[i], own)
    return out


def read_missed(image: Image.Image, lines: list[Line]) -> list[Line]:
    """Lines of print Tesseract gave no words for, read by RapidOCR and added.

    Sparse-text mode now and then drops a whole line (a condensed email line on a photo). Ink
    that no line's box covers is grouped into line-shaped blobs; each is read like a doubtful
    line, and kept only where two readings agree, surely, on some letters or digits. A blob
    whose readings are all a number, no two alike, is kept as the one nearest the others, marked
    ``MISSED_NUMBER_SOURCE`` (its phone goes to review). On a grainy photo, where the grain joins
    the whole card into one blob, the rows of print are found on a denoised image
    (``unread_print``), and only numbers are kept: an address row lost so is
    ``email_missed_rows``'s, which reads it with the card's own likely addresses. Rows the
    denoised image shows and no blob holds are looked for on every card, numbers kept alike.
    """
    gray = np.asarray(image.convert("L"))
    blobs = uncovered_blobs(ink_of(gray), lines)
    # The denoised print's rows the blobs missed: on a grainy card every row; on another, a row
    # whose ink joined a thin rule beside it into one blob too tall for a line, dropped with it
    # ("TEL: 052-508-2645" touching the contact block's rule, the office line lost while the
    # card's logo stood as a blob: fresh photo seed 681 card 47). The median filter takes the
    # rule away. Only numbers are kept from these.
    rows = [box for box in unread_print(gray, lines) if not any(_overlap(box, b) for b in blobs)]
    boxes = [*blobs, *rows]
    if not boxes:
        return lines
    added = []
    for k, (box, own) in enumerate(zip(boxes, read_boxes(image, boxes), strict=True)):
        line = _agreed_line(box, own, lines) if k < len(blobs) else None
        number = _number_read([text for text, _ in own])
        if number is None and blobs and k >= len(blobs):
            # Print as sharp as the card's read rows: two readings alike are enough
            # ("TEL:052-508-2645" twice, the third "50S").
            number = _agreed_number(own)
        if line is None and number is not None:
            line = as_line(number, 0.0, box, MISSED_NUMBER_SOURCE)
        if line is not None:
            added.append(line)
    return in_reading_order([*lines, *added])


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _agreed_line(
    box: tuple[int, int, int, int], own: list[tuple[str, float]], lines: list[Line]
) -> Line | None:
    keys = [_key(text) for text, _ in own]
    for (text, conf), key in zip(own, keys, strict=True):
        alnum = sum(char.isalnum() for char in key)
        if keys.count(key) >= 2 and conf >= MISSED_FROM and alnum >= 3:
            # Where it begins as a line on its row ends, its start may lie under that box.
            source = CUT_SOURCE if _after_line(box, lines) else ""
            return as_line(text, conf, box, source)
    return None


def _number_read(readings: list[str]) -> str | None:
    """Where every reading of a row is a number (a label's letters or three at most), the one
    nearest the others: "1393406160259", "393405160259", "1393405160259" for a mobile's row
    Tesseract gave no words for on a grainy photo (fresh photo seed 507 card 44, the phones
    accepted without it); None otherwise."""
    keys = [_key(text) for text in readings]
    if not keys or not all(_number_like(key) for key in keys):
        return None
    nearest = min(range(len(keys)), key=lambda i: sum(Indel.distance(keys[i], k) for k in keys))
    return readings[nearest]


def _agreed_number(own: list[tuple[str, float]]) -> str | None:
    """A number two readings of a row read alike, surely, or None."""
    keys = [_key(text) for text, _ in own]
    for (text, conf), key in zip(own, keys, strict=True):
        if keys.count(key) >= 2 and conf >= MISSED_FROM and _number_like(key):
            return text
    return None


def _number_like(key: str) -> bool:
    digits = sum(char.isdigit() for char in key)
    return digits >= NUMBER_DIGITS and sum(char.isalpha() for char in key) <= NUMBER_LETTERS


def _after_line(box: tuple[int, int, int, int], lines: list[Line]) -> bool:
    """Whether the blob begins where a line on its row ends: the ink under that line's box
    was left out (b1 photo 304 read "wright@atlaslogistics.com" beside "1254 Michigan Ave,
    Suite 2800 © %b°", its "E: deborah." under the street's box)."""
    left, top, _right, bottom = box
    height = bottom - top
    return any(
        min(bottom, line.bottom) - max(top, line.top) >= height / 2
        and line.left < left <= line.right + max(3, (line.bottom - line.top) // 4) + height
        for line in lines
    )


def unread_print(
    gray: np.ndarray, lines: list[Line], shape: float = 3
) -> list[tuple[int, int, int, int]]:
    """Blobs of print outside every line read, found on a denoised image: a median filter
    removes a photo's grain and leaves the print, and rows of print are far denser in ink than
    any grain left over (``email_missed_rows``: an email row lost whole on a grainy photo; a
    mobile's row, fresh photo seed 507 card 44)."""
    return uncovered_blobs(
        ink_of(cv2.medianBlur(gray, MEDIAN)), lines, shape=shape, least_ink=LEAST_INK
    )


def ink_of(gray: np.ndarray) -> np.ndarray:
    """The print of a grayscale card, 255 where ink is."""
    return cv2.adaptiveThreshold(
        gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY_INV, 31, 15
    )


def uncovered_blobs(
    ink: np.ndarray, lines: list[Line], shape: float = 3, least_ink: float = 0.08
) -> list[tuple[int, int, int, int]]:
    """Blobs of ``ink`` outside every line's box, at least ``shape`` times as wide as high and
    ``least_ink`` dense, as (left, top, right, bottom). Writes over ``ink``."""
    height, width = ink.shape
    for line in lines:
        left, top, right, bottom = line.box
        pad = max(3, (bottom - top) // 4)
        ink[max(0, top - pad) : bottom + pad, max(0, left - pad) : right + pad] = 0
    # Letters of a line merge across a gap of about a letter; lines stay apart.
    merged = cv2.dilate(ink, np.ones((3, max(9, width // 70)), np.uint8))
    count, _labels, stats, _centres = cv2.connectedComponentsWithStats(merged)
    boxes = []
    margin = max(4, width // 100)
    for left, top, w, h, _area in stats[1:count]:
        right, bottom = left + w, top + h
        if not 12 <= h <= 0.12 * height or w < shape * h:
            continue  # a speck, a logo, a rule, or a block of several lines
        if left < margin or top < margin or right > width - margin or bottom > height - margin:
            continue  # the card's own edge after the warp
        density = ink[top:bottom, left:right].mean() / 255
        if least_ink <= density <= 0.6:  # print, not a solid band or a stray line
            boxes.append((int(left), int(top), int(right), int(bottom)))
    return boxes


def crop_box(
    rgb: np.ndarray, box: tuple[int, int, int, int], pad_share: float, stretch: float
) -> np.ndarray:
    """The box's crop with paper around it (``pad_share`` of its height) stretched sideways."""
    left, top, right, bottom = box
    pad = max(4, round((bottom - top) * pad_share))  # the recogniser wants paper around ink
    crop = rgb[max(0, top - pad) : bottom + pad, max(0, left - pad) : right + pad]
    if crop.size == 0:
        return np.full((32, 32, 3), 255, np.uint8)
    width = max(1, round(crop.shape[1] * stretch))
    return cv2.resize(crop, (width, crop.shape[0]), interpolation=cv2.INTER_CUBIC)


def box_crops(
    image: Image.Image,
    boxes: list[tuple[int, int, int, int]],
    crops: tuple[tuple[float, float], ...] = CROPS,
) -> list[np.ndarray]:
    """Each box cut in every crop of ``crops``, box by box, as the recogniser reads them."""
    rgb = np.asarray(image.convert("RGB"))
    return [crop_box(rgb, box, pad, stretch) for box in boxes for pad, stretch in crops]


def read_boxes(
    image: Image.Image,
    boxes: list[tuple[int, int, int, int]],
    crops: tuple[tuple[float, float], ...] = CROPS,
) -> list[list[tuple[str, float]]]:
    """Each box read in every crop of ``crops``, in one batched call for the whole card: per
    box, its readings."""
    readings, _ = engine().text_rec(box_crops(image, boxes, crops))
    own = [(str(text), float(conf)) for text, conf in readings]
    return [own[n * len(crops) : (n + 1) * len(crops)] for n in range(len(boxes))]


def agreed_reading(
    readings: list[tuple[str, float]], key: Callable[[str], Hashable | None]
) -> tuple[Any, str, float] | None:
    """What at least two readings hold (``key`` of each: an address, a set of numbers), with
    the surest reading holding it; None where no two agree."""
    found = [(key(text), text, conf) for text, conf in readings]
    counts = Counter(held for held, _, _ in found if held)
    if not counts:
        return None
    held, support = counts.most_common(1)[0]
    if support < 2:
        return None
    text, conf = max(((t, c) for h, t, c in found if h == held), key=lambda r: r[1])
    return held, text, conf


def _key(text: str) -> str:
    """What readings are compared by: equal without spaces (the engines space a row apart)."""
    return "".join(text.split())


def _vote(line: Line, readings: list[tuple[str, float]]) -> Line:
    """The reading most others agree with (Tesseract's own counts as one), if surer than it.

    Agreement is exact equality without spaces. Where Tesseract agrees, its words and boxes
    stay with the surer confidence: two engines reading the same is worth more than either.
    """
    candidates = [(text, conf) for text, conf in readings if text.strip()]
    if not candidates:
        return line
    keys = [_key(text) for text, _ in candidates]
    own = _key(line.text)

    def support(k: int) -> int:
        return keys.count(keys[k]) + (keys[k] == own)

    best = max(range(len(candidates)), key=lambda k: (support(k), candidates[k][1]))
    text, conf = candidates[best]
    if keys[best] == own:  # Tesseract was right, only unsure: its words and boxes stay
        return Line([replace(word, conf=max(word.conf, conf)) for word in line.words])
    if support(best) < 2 or conf < AGREED_FROM or conf <= line.mean_conf:
        return line  # a lone guess, or unsure readings of smudge ("225" for a logo)
    restored = at_aligned(line.text, text) if EMAIL_RE.search(line.text) else None
    if restored is not None and not EMAIL_RE.search(text) and EMAIL_RE.search(restored):
        # Its @ read as a letter where Tesseract read one: the address kept, measured apart.
        return as_line(respace(line.text, restored), conf, line.box, AT_SOURCE)
    return as_line(respace(line.text, text), conf, line.box)


def as_line(text: str, conf: float, box: tuple[int, int, int, int], source: str = "") -> Line:
    """Words laid along the line's box by their share of its characters: the recogniser gives
    no boxes of its own, and a field points at its line, not at single letters. ``source``
    marks who read them, where a field is measured apart for it (``text_lines.Word.source``)."""
    left, top, right, bottom = box
    parts = text.split()
    total = sum(len(part) for part in parts) or 1
    words, x = [], left
    for part in parts:
        width = max(1, round((right - left) * len(part) / total))
        words.append(Word(part, conf, x, top, width, bottom - top, source=source))
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
