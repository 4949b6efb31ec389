"""The icon printed before a phone row, told by its shape: a mobile, a fax or a handset.

Cards that print no label often print an icon, and Tesseract reads it as debris ("€%", "()")
or not at all: then the icon is the only thing that tells a fax from an office line, or an
office line from a North American mobile. The shapes are those the second blind generator's
icon set draws (session 62): a mobile an upright outline around one hole, flat at top and bottom;
a fax a printer, a solid body under a narrower hollow sheet; a handset a thick arch open below.
Each as a photo leaves it too (session 63): blurred, thickened, a speck beside it, a little
tilted, light on a grey band. A letter, a digit, a bracket, "☎" or "▲" is no icon here, nor
a mark under 14 px (a small "n" is an arch); a diagonal handset (📞) is not told.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import cv2
import numpy as np
from PIL import Image

from .text_lines import Line, Word

MOBILE, FAX, HANDSET = "mobile", "fax", "handset"

# A row with this many digits may be a phone row: only those are looked at.
PHONE_DIGITS = 7
# Ink is this much darker than the row's paper (its 90th percentile of grey).
INK_BELOW_PAPER = 60
# A mark less tall than this tells no shape: a small "n" or "A" is an arch at 7 to 11 px (a
# second review's sweep of every installed font); the tuning cards' icons stand 16 px and more.
MIN_HEIGHT = 14


def mark_row_icons(image: Image.Image, lines: list[Line]) -> None:
    """Set ``line.icon`` on each phone-like row whose leading mark is an icon of a phone kind,
    and drop the word Tesseract made of the icon alone (a handset read "6" joins the number)."""
    gray = np.asarray(image.convert("L"))
    for line in lines:
        if len(re.sub(r"\D", "", line.text)) >= PHONE_DIGITS:
            line.icon, icon_word = row_icon(gray, line)
            if icon_word is not None:
                line.words.remove(icon_word)


def row_icon(gray: np.ndarray, line: Line) -> tuple[str, Word | None]:
    """The kind of icon before the row's first digit word (``""`` for none), and that word where
    it is the icon itself read as one digit (a handset read "6")."""
    first = next((w for w in line.words if re.search(r"\d", w.text)), None)
    if first is None or first.height < 8:
        return "", None
    found = _leading_mark(gray, first, min(first.height, line.height), _light_ink(gray, line))
    if found is None:
        return "", None
    mark, mark_left = found
    kind = icon_shape(mark)
    # The word's box is about the icon's, on both sides; a lone "0" or "1" may open a number
    # ("0 800 12 34 56", "1 800 ...") and is kept whatever its shape.
    h = min(first.height, line.height)
    starts_with = abs(mark_left - first.left) <= 0.3 * h
    ends_with = abs(mark_left + mark.shape[1] - first.right) <= 0.3 * h
    icon_read = starts_with and ends_with and len(first.text) == 1 and first.text not in "01"
    return kind, first if kind and icon_read and len(line.words) > 1 else None


def _leading_mark(
    gray: np.ndarray, word: Word, h: float, light: bool = False
) -> tuple[np.ndarray, int] | None:
    """The ink of the glyph-sized mark just before the row's digits, and where it starts.

    The word's box may hold the icon too (Tesseract keeps its box and drops its letters), so the
    band looked at runs from three heights before the word into its first letters. ``h`` is
    the row's letter height (a bracket's box is taller: "(020)")."""
    top, bottom = max(0, round(word.top - 0.8 * h)), round(word.bottom + 0.8 * h)
    left, right = max(0, round(word.left - 3 * h)), round(word.left + 1.5 * h)
    band = gray[top:bottom, left:right]
    if band.size == 0:
        return None
    if light:
        ink = (band > np.percentile(band, 10) + INK_BELOW_PAPER).astype(np.uint8)
    else:
        ink = (band < np.percentile(band, 90) - INK_BELOW_PAPER).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    centre = word.top + h / 2 - top  # a bracket's box reaches lower than the digits
    marks = []
    for index in range(1, count):
        x, y, w, hh, _area = stats[index]
        if not (0.5 * h <= hh <= 1.6 * h and 0.3 * h <= w <= 2.5 * h):
            continue  # a speck, a rule, a frame
        if abs(y + hh / 2 - centre) > 0.6 * h:
            continue  # a mark of the row above or below (an icon may stand a little high)
        marks.append((x, index, w))
    if not marks:
        return None
    marks.sort()
    # A word opening on a letter opens on that letter ("M.434 ..."), not on an icon it holds.
    at = _nearest_before(marks, word.left - left, h, inside=not word.text[0].isalpha())
    if at is None:
        return None
    x, index, w = marks[at]
    if at + 1 < len(marks) and marks[at + 1][0] - (x + w) < 0.15 * h:
        return None  # the next glyph touches it: a letter of a word, not an icon apart
    if at > 0 and x - (marks[at - 1][0] + marks[at - 1][2]) < 0.15 * h:
        return None  # so does the one before it
    x0, y0, w0, h0 = stats[index][:4]
    return (labels[y0 : y0 + h0, x0 : x0 + w0] == index).astype(np.uint8), left + int(x0)


def _light_ink(gray: np.ndarray, line: Line) -> bool:
    """The row is printed light on a dark panel: its paper, the most of its box and of the band
    around it, is darker than its letters (around: heavy digits fill more than half a tight box,
    a second review's find)."""
    pad = round(line.height / 2)
    top, left = max(0, line.top - pad), max(0, line.left - pad)
    box = gray[top : line.bottom + pad, left : line.right + pad]
    if box.size == 0:
        return False
    low, mid, high = np.percentile(box, (5, 50, 95))
    return bool(high - mid > mid - low)


def _nearest_before(
    marks: list[tuple[int, int, int]], start: int, h: float, inside: bool
) -> int | None:
    """Of the band's marks (x, label, width) in x order, the one an icon would be: the nearest
    ending before the digits (other columns' words may stand further left), else the first
    starting where they do if ``inside`` (the word's box may hold the icon too)."""
    before = [i for i, (x, _, w) in enumerate(marks) if x + w <= start + 0.25 * h]
    if before and start - (marks[before[-1]][0] + marks[before[-1]][2]) <= 1.5 * h:
        return before[-1]
    within = [i for i, (x, _, _) in enumerate(marks) if start - 0.3 * h <= x <= start + 0.5 * h]
    return within[0] if within and inside else None


def icon_shape(mark: np.ndarray) -> str:
    """``MOBILE``, ``FAX``, ``HANDSET`` or ``""`` from a mark's ink (1 = ink)."""
    mark = _trimmed(mark)
    h, w = mark.shape
    if h < MIN_HEIGHT or w < 4:
        return ""
    aspect = w / h
    if 0.4 <= aspect <= 0.8 and _hollow_upright(mark):
        return MOBILE
    if 0.9 <= aspect <= 1.6 and _solid_below(mark):
        return FAX
    if 1.1 <= aspect <= 2.6 and _arch(mark):
        return HANDSET
    return ""


def _hollow_upright(mark: np.ndarray) -> bool:
    """A mobile: an upright outline, flat at top and bottom, square-cornered, walled on both
    sides, around one large hole (a "0" or "O" is round at its ends, a "D" on its right, a "B"
    or an "8" holds two holes)."""
    h, w = mark.shape
    edge = max(1, round(h * 0.12))
    flat = min(mark[:edge].mean(axis=1).max(), mark[h - edge :].mean(axis=1).max()) > 0.8
    ends = min(mark[:2].mean(axis=1).max(), mark[-2:].mean(axis=1).max()) > 0.6
    cy, cx = max(1, h // 6), max(1, w // 6)
    corners = (mark[:cy, :cx], mark[:cy, w - cx :], mark[h - cy :, :cx], mark[h - cy :, w - cx :])
    square = min(corner.mean() for corner in corners) > 0.2
    rows, side = mark[h // 5 : h - h // 5], max(1, w // 5)
    walls = min(rows[:, :side].any(axis=1).mean(), rows[:, w - side :].any(axis=1).mean()) > 0.9
    holes = _holes(mark)
    hollow = len(holes) == 1 and holes[0].area >= 0.2 * h * w  # blur thickens the walls
    # Its sides straight from top to bottom: a condensed "0" is as wide only between its
    # rounded ends (Roboto Condensed at 33 px: 0.67 of its rows; the tuning mobiles 0.8 and more).
    straight = np.mean([_extent(row) >= 0.9 * w for row in mark if row.any()]) >= 0.75
    return flat and ends and square and walls and hollow and bool(straight)


def _solid_below(mark: np.ndarray) -> bool:
    """A fax: a printer's solid body below, the sheet's outline above it, narrower (a bold "M"
    is as wide on top, a "▲" holds no sheet, a "☎" a wide handset and a dial's holes)."""
    h, w = mark.shape
    solid = np.flatnonzero(mark.mean(axis=1) > 0.85)
    if solid.size == 0 or mark[h - max(1, h // 3) :].mean() <= 0.85:
        return False
    holes = _holes(mark)
    if len(holes) != 1 or holes[0].top + holes[0].height > solid[0] + 1:
        return False
    # The sheet's width beside its hole, row by row: where it meets the body blur widens it to
    # the body's, and a speck may stand beside it.
    sheet = mark[holes[0].top : holes[0].top + holes[0].height]
    widths = [_extent(row) for row in sheet if row.any()]
    return bool(widths) and float(np.median(widths)) < 0.85 * w


def _arch(mark: np.ndarray) -> bool:
    """A handset: the receiver's thick bar on top, its two ends below, open between (an "m"
    stands on three legs, a bold "W" opens on top, an "n" is thin)."""
    h, w = mark.shape
    third, fifth = max(1, h // 3), max(1, w // 5)
    low = mark[h - third :]
    crown = mark[:third, 2 * fifth : w - 2 * fifth].mean()
    # Open below, between two ends only; a tilted handset opens a little off its middle.
    gap = min(low[:, x : x + fifth].mean() for x in range(fifth, w - 2 * fifth + 1))
    legs = np.median([_runs(row) for row in low]) == 2
    # Round on top, no hole: an "n" in a slab face has a serif at its top corner, an "A" a hole.
    cy, cx = max(1, h // 5), max(1, w // 5)
    round_top = max(mark[:cy, :cx].mean(), mark[:cy, w - cx :].mean()) < 0.3
    ends = min(low[:, : w // 3 or 1].mean(), low[:, w - (w // 3 or 1) :].mean())
    bar = any(_one_run(row) >= 0.5 * w for row in mark[:third])
    # The bar's thickness down the middle, from its top (a speck of blur may stand above it).
    centre = mark[:, w // 2]
    top = int(centre.argmax())
    thick = bool(centre[top]) and top <= 0.15 * h and centre[top:].argmin() >= 0.2 * h
    # Wide a quarter down: an arch, not an "A" whose counter blur filled (0.45 and less; the
    # tuning handsets 0.59 and more).
    wide = _extent(mark[h // 4]) >= 0.5 * w
    open_arch = crown > 0.5 and gap < 0.2 and legs and ends > 0.5 and round_top and wide
    return open_arch and bar and thick and not _holes(mark)


def _trimmed(mark: np.ndarray) -> np.ndarray:
    """The mark without its edge rows and columns of a speck or two (blur, JPEG): a mobile's
    flat top is measured on its outline, not on a pixel standing above it."""
    h, w = mark.shape
    rows = np.flatnonzero(mark.sum(axis=1) > max(1, 0.1 * w))
    cols = np.flatnonzero(mark.sum(axis=0) > max(1, 0.1 * h))
    if rows.size == 0 or cols.size == 0:
        return mark
    return mark[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]


def _runs(row: np.ndarray) -> int:
    """How many runs of ink a row holds."""
    return int(np.count_nonzero(np.diff(np.concatenate(([0], row, [0]))) == 1))


def _extent(row: np.ndarray) -> int:
    """The width of a row's ink, its first inked pixel to its last (0 for none)."""
    inked = np.flatnonzero(row)
    return int(inked[-1] - inked[0] + 1) if inked.size else 0


def _one_run(row: np.ndarray) -> int:
    """The length of a row's ink where it is one run, else 0."""
    extent = _extent(row)
    return extent if extent and extent == np.count_nonzero(row) else 0


class Hole(NamedTuple):
    """Paper a mark encloses."""

    area: int
    width: int
    height: int
    top: int


def _holes(mark: np.ndarray) -> list[Hole]:
    """The mark's holes, specks of paper in blurred ink left out."""
    paper = np.pad(1 - mark, 1, constant_values=1).astype(np.uint8)
    count, _, stats, _ = cv2.connectedComponentsWithStats(paper, connectivity=4)
    holes = []
    for index in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[index])
        if x == 0 or y == 0 or x + w == paper.shape[1] or y + h == paper.shape[0]:
            continue  # the paper around the mark
        if area >= 4:
            holes.append(Hole(area, w, h, y - 1))
    return holes
