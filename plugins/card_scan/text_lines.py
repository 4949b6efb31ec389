"""OCR words and text lines with their boxes, and how a reading's raw lines are regrouped.

``Word`` and ``Line`` are what every reader gives and the field parser reads. ``regroup`` is the
geometry that follows a reading: a line Tesseract made of two columns (or of a large company
and a small phone row beside it) parts, and the words of one line it gave as lines of their own
(letter-spaced names) join again, top to bottom. Calling Tesseract itself is ``ocr``'s.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .row_pieces import ONE_SIZE, alike_height


@dataclass
class Word:
    text: str
    conf: float  # 0..1
    left: int
    top: int
    width: int
    height: int
    # Who read it, where a field is measured apart for it ("phone-row": phone_reading).
    source: str = ""
    # A second engine read the same letters (email_dots: an address joined, no dot after all).
    seen_twice: bool = False
    # A second engine read other digits here (phone_check: a phone's digit slip?).
    disputed: bool = False
    # Its box reaches the image's right edge: its last letters may have run off (scan.card_lines).
    at_edge: bool = False
    # Read on a card the blur gate sharpened (imaging.SHARPENED): its mid band proves less.
    sharpened: bool = False

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


@dataclass
class Line:
    """One text line as Tesseract grouped it, with the geometry the field parser uses."""

    words: list[Word] = field(default_factory=list)
    # RapidOCR's reading of the row, with its confidence, where a field about to be accepted
    # stands on it (recheck): the parser doubts a field the reading disagrees with.
    recheck: tuple[str, float] | None = None
    # Tesseract's readings of a sure field's row cut out and enlarged (recheck.read_enlarged):
    # the parser doubts a field they read otherwise (enlarged_match).
    enlarged: tuple[str, ...] = ()
    # The icon printed before a phone row ("mobile", "fax", "handset"; row_icons), or "".
    icon: str = ""

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
    def right(self) -> int:
        return max(w.right for w in self.words)

    @property
    def bottom(self) -> int:
        return max(w.bottom for w in self.words)

    @property
    def box(self) -> tuple[int, int, int, int]:
        """(left, top, right, bottom): the box around its words, as crops and blobs are given."""
        return self.left, self.top, self.right, self.bottom

    @property
    def height(self) -> float:
        """Median word height: robust against one tall glyph or a stray mark."""
        heights = sorted(w.height for w in self.words)
        return float(heights[len(heights) // 2])

    @property
    def pitch(self) -> float:
        """Width per character of the line's words, in its height: how widely it is spaced."""
        chars = sum(len(w.text) for w in self.words)
        return sum(w.width for w in self.words) / max(1, chars) / max(1.0, self.height)


def in_reading_order(lines: Iterable[Line]) -> list[Line]:
    """The lines top to bottom, left to right where they start alike."""
    return sorted(lines, key=lambda line: (line.top, line.left))


def regroup(lines: Iterable[Line]) -> list[Line]:
    """A reader's raw lines as the parser wants them: columns and size cuts parted, split words
    of one line joined again, in reading order."""
    split = [part for line in lines for part in _split_columns(line) if part.words]
    return _join_neighbours(in_reading_order(split))


def _join_neighbours(lines: list[Line]) -> list[Line]:
    """Words of one line that Tesseract gave as lines of their own join again.

    Letter-spaced names ("O L I V E R   S C H N E I D E R") leave a word gap wide enough for
    sparse-text mode to make each word a line; a neighbour at the same height, of the same
    size and closer than a word-and-a-half of it belongs to the same line. Columns stay apart:
    they are further than the gap that ``_split_columns`` parts at.
    """
    out: list[Line] = []
    for line in sorted(lines, key=lambda item: item.left):
        for other in out:
            right = other.right
            size = max(other.height, line.height)
            if (
                abs(other.top - line.top) <= 0.35 * size
                and alike_height(line, other, ONE_SIZE)
                and -0.2 * size <= line.left - right <= 1.6 * size
            ) or _spaced_alike(other, line, right):
                other.words.extend(line.words)
                break
        else:
            out.append(Line(list(line.words)))
    return in_reading_order(out)


# Letter-spaced words of one line: a word of small letters (``van`` beside ``Wal``) has a lower
# box than ``row_pieces.ONE_SIZE`` lets in (0.6-1.67 before; 5/3 moved no join of 300 cards).
SPACED_HEIGHTS = 5 / 3
# A letter-spaced word is at least this wide per character, in its height (unspaced print
# 0.4-0.9, "B r a m" 1.2-1.7: blind seed 1 scans).
SPACED_PITCH = 1.05


def _spaced_alike(left: Line, right: Line, left_end: int) -> bool:
    """Two letter-spaced words on one baseline, a word gap of their spacing apart.

    Letter-spaced names ("B r a m   v a n   d e r   W a l") leave word gaps of one or two of
    their letters, wider than ``_join_neighbours``' gap; a word of small letters ("van")
    is lower than its neighbours, so their bottoms are compared, not their heights.
    """
    if min(left.pitch, right.pitch) < SPACED_PITCH:
        return False
    size = max(left.height, right.height)
    bottom, other_bottom = left.bottom, right.bottom
    letter = max(left.pitch * left.height, right.pitch * right.height)
    return (
        abs(bottom - other_bottom) <= 0.25 * size
        and alike_height(right, left, SPACED_HEIGHTS)
        and 0 <= right.left - left_end <= 2.5 * letter
    )


def _split_columns(line: Line) -> list[Line]:
    """Tesseract sometimes joins two columns of a card into one line; a wide gap parts them,
    and so does a change of print size before a number (see ``_size_cut``)."""
    words = sorted(line.words, key=lambda w: w.left)
    parts = [Line([words[0]])]
    for word in words[1:]:
        previous = parts[-1].words[-1]
        gap = word.left - previous.right
        if gap > 2.5 * max(previous.height, word.height, 8):
            parts.append(Line([word]))
        else:
            parts[-1].words.append(word)
    return [piece for part in parts for piece in _size_cut(part)]


# A company in large print on the left and the phone column's small row beside it on the same
# height come out as one line ("Martin et Fils SARL ™: | °7.3469.71.12 01.77.32.35.07", words
# 34 px high then 19): the number is lost to the company, and the line, doubted as a whole, is
# read again whole. Where words without a digit give way to words at most this share of their
# height that hold a number's digits, the line parts there.
SMALLER_PRINT = 0.67


def _size_cut(line: Line) -> list[Line]:
    words = line.words
    for k in range(1, len(words)):
        left, right = words[:k], words[k:]
        if any(c.isdigit() for w in left for c in w.text):
            return [line]
        if sum(c.isdigit() for w in right for c in w.text) < 6:
            return [line]
        big = sorted(w.height for w in left)[len(left) // 2]
        small = sorted(w.height for w in right)[len(right) // 2]
        if small <= SMALLER_PRINT * big and words[k].height <= SMALLER_PRINT * big:
            return [Line(left), Line(right)]
    return [line]
