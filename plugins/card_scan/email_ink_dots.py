"""A dot after an address's initial that both readers dropped, looked for in the row's ink.

``f.simon@lumen.fr`` read ``fsimon@`` at 0.97 by Tesseract and the same by the second engine
(email_dots marks it ``seen_twice``, a level right on 132 of 133 tuning cards): the dot sits on
the baseline between the f and the s, and under blur it touches the f's foot and the s. An
initial joined to the family name is a usual form (``alambert@`` is printed as often as
``a.lambert@``), so the name cannot tell; the ink can. The address's word is looked at under
three thresholds (a darker one parts a dot from the letters it touches): a blob no wider or
taller than half a small letter, round rather than a bar, sitting on the baseline, between the
local part's first letter and the next. Such an address is marked ``INK_DOT_SOURCE`` and goes
to review (its level is unmeasured); nothing is put back, as a speck of grain may look alike.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

import cv2
import numpy as np
from PIL import Image

from .local_parts import spelt_words, umlaut_plain
from .text_lines import Line, Word

INK_DOT_SOURCE = "ink-dot"
# A word that starts with a letters-only local part, the form a lost dot leaves.
JOINED_START_RE = re.compile(r"^([A-Za-z]{4,})@")
# Thresholds below Otsu's: the darker ones part a blurred dot from a letter's foot it touches.
DARKER = (0, 25, 50)
# A dot is at most this share of a small letter's height across and high, and its bottom at
# most this share of it off the baseline.
DOT_SIZE = 0.45
DOT_SIZE_MIN = 0.12
ON_BASELINE = 0.2
# Letters of one word stand closer than this share of a small letter's height.
LETTER_GAP = 0.4
# A blob wider than this many times its height is a bar (a serif, an underscore), not a dot.
ROUND = (0.4, 2.5)
# The dot's left edge lies this many small letters' heights after the first letter's.
INITIAL_WIDTH = (0.3, 1.8)
# A first blob this far (small letters' heights) from the next is an icon, not a letter.
ICON_GAP = 0.8
# Gray levels between the word box's paper and its print, at the least.
CONTRAST = 50
Box = tuple[int, int, int, int, int]  # left, top, width, height, area


class Frame(NamedTuple):
    baseline: float
    small: float  # a small letter's height
    first_left: int  # where the first letter starts
    height: int  # the word box's


def mark_ink_dots(image: Image.Image, lines: list[Line]) -> list[Line]:
    """``lines`` with each address that could hold an initial and shows a dot after it in the
    ink marked ``INK_DOT_SOURCE``."""
    gray: np.ndarray | None = None
    out = list(lines)
    for i, line in enumerate(lines):
        for j, word in enumerate(line.words):
            found = JOINED_START_RE.match(word.text)
            if not found or word.source or not initial_and_printed(found.group(1), lines, i):
                continue
            if gray is None:
                gray = np.asarray(image.convert("L"))
            if dot_after_initial(gray, word):
                words = list(out[i].words)
                words[j] = replace(word, source=INK_DOT_SOURCE)
                out[i] = Line(words)
    return out


def initial_and_printed(local: str, lines: list[Line], own: int) -> bool:
    """The local part is one letter and words printed on another row, run together
    (``lvandenberg`` beside "Lotte van den Berg", ``fsimon`` beside "François Simon")."""
    rest = umlaut_plain(local[1:].lower())
    for k, line in enumerate(lines):
        if k == own:
            continue
        words = [umlaut_plain(w) for w in spelt_words(line.text)]
        runs = (words[a:b] for a in range(len(words)) for b in range(a + 1, len(words) + 1))
        if any("".join(run) == rest for run in runs):
            return True
    return False


def dot_after_initial(gray: np.ndarray, word: Word) -> bool:
    """Whether the word's ink shows a dot on the baseline right after its first letter."""
    height = word.height
    pad = max(2, height // 4)
    top, left = max(0, word.top - pad), max(0, word.left - 2)
    crop = gray[top : word.bottom + pad, left : word.right + 2]
    # Paper alone (no print darker than its grain) holds no letters to frame a dot.
    if crop.size == 0 or height < 8 or np.ptp(np.percentile(crop, (5, 95))) < CONTRAST:
        return False
    otsu, _ = cv2.threshold(crop, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    dark_print = (crop < otsu).mean() < 0.5
    inks = [crop < otsu - d if dark_print else crop > otsu + d for d in DARKER]
    frame = _frame(_blobs(inks[0]), height)
    if frame is None:
        return False
    return any(_dot_after_first(_blobs(ink), frame, inks[0]) for ink in inks)


def _blobs(ink: np.ndarray) -> list[Box]:
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    return [(int(s[0]), int(s[1]), int(s[2]), int(s[3]), int(s[4])) for s in stats[1:count]]


def _frame(blobs: list[Box], height: int) -> Frame | None:
    """The baseline, a small letter's height and where the first letter starts, from the
    letters at Otsu's threshold."""
    letters = sorted((b for b in blobs if b[3] >= 0.4 * height), key=lambda b: b[0])
    if len(letters) < 3:
        return None
    baseline = float(np.median([b[1] + b[3] for b in letters]))
    # Letters no taller than most: ascenders and the @ aside.
    smalls = [b[3] for b in letters if b[3] <= 0.8 * height] or [b[3] for b in letters]
    small = float(np.median(smalls))
    first = letters[0]
    # An envelope icon the word's box took in: as wide as a small letter is high, and
    # further off than the dot after an initial leaves.
    icon = first[2] >= 0.9 * small and first[3] >= 0.8 * small
    if icon and letters[1][0] - (first[0] + first[2]) > ICON_GAP * small:
        first = letters[1]
    return Frame(baseline, small, first[0], height)


def _dot_after_first(blobs: list[Box], frame: Frame, lightest: np.ndarray) -> bool:
    baseline, small = frame.baseline, frame.small
    letters = sorted((b for b in blobs if b[3] >= 0.4 * frame.height), key=lambda b: b[0])
    # Nothing above a dot up to the small letters' middle, even at the lightest threshold: a
    # letter's foot parted from it by a darker one has its stem there.
    over = lightest[max(0, round(baseline - 0.75 * small)) : max(0, round(baseline - 0.35 * small))]
    for x, y, w, h, area in blobs:
        if not (DOT_SIZE_MIN * small <= w <= DOT_SIZE * small and h <= DOT_SIZE * small):
            continue
        if not ROUND[0] <= w / max(h, 1) <= ROUND[1] or area < 0.5 * w * h:
            continue
        if abs(baseline - (y + h)) > ON_BASELINE * small or over[:, x : x + w].any():
            continue
        # Right after the first letter, the widest (m, w) a small letter's height or so.
        if not INITIAL_WIDTH[0] * small <= x - frame.first_left <= INITIAL_WIDTH[1] * small:
            continue
        gap = LETTER_GAP * small
        before = [b for b in letters if b[0] + b[2] <= x + 1 and x - (b[0] + b[2]) <= gap]
        after = [b for b in letters if b[0] >= x + w - 1 and b[0] - (x + w) <= gap]
        if before and after and _first_letter(letters, before[-1], small):
            return True
    return False


def _first_letter(letters: list[Box], letter: Box, small: float) -> bool:
    """No letter stands close before ``letter``: it opens the word (an icon before it stands
    further off)."""
    return not any(
        b is not letter and b[0] < letter[0] and letter[0] - (b[0] + b[2]) <= LETTER_GAP * small
        for b in letters
    )
