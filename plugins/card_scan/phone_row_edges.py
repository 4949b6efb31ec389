"""A number's row that stops short of the edge its block is set to: part of the row not read.

Cards set a contact block flush to one side: every row of it starts (left-aligned) or ends
(right-aligned) at one edge. A row printing two numbers ("Port. 07.38.35.65.20  T. 04 92 79 35
99") of which Tesseract read only the one away from that edge starts far inside it ("T.0492793599"
starting 280 px in from the edge the email, site and address rows share: tuning photo 452 card
4); one whose end was lost ("Mobil: +43 (0)664 3217956  T | +433164666840", the office number
gone) stops far short of the edge the rows under it end at (tuning photo 436 card 59). Both
were accepted with the other number missing. The block's edge is asked of three rows near the
number's at least and half of them, their edges within half a row's height of each other: a
centred or ragged block has none, nor does one set flush both sides, and the rule says nothing
there; nor where a line beside the number on its row fills the gap (the row's other number
boxed apart, another column). On the 2,400 tuning cards it fired on those two cards alone.
Real cards set a number row short of its block's edge too where a second number is printed under
the first one's value, not under its label ("Telefon: 0123" | "0456"): that row starts where a
number's value starts on its neighbour row, and the rule says nothing there (``under_a_value``).
"""

from __future__ import annotations

from statistics import median

from .phone_text import trunk_zero_dropped
from .text_lines import Line

# Rows of the block: within this many of the number row's heights above or below it.
BLOCK_REACH = 5.0
# Rows sharing an edge that make it the block's (two may meet by chance on a ragged side).
ALIGNED_ROWS = 3
# Two rows' edges this many heights apart at most are one edge (a photo's slant, a glyph's
# side bearing).
EDGE_TOLERANCE = 0.5
# A row inside its block's edge by this many heights (about eight letters) holds words not
# read: an icon not read before a number is one or two heights wide.
SHORT_BY = 4.0
# A row this many of the number row's heights above or below it at most is its neighbour.
VALUE_ROW_REACH = 2.0
# How a number's value opens: a digit, a plus or an area code's bracket.
VALUE_STARTS = ("+", "(", *"0123456789")


def _edge(values: list[int], height: float) -> float | None:
    """The edge most of ``values`` share within the tolerance (the median of the largest such
    group: three rows at least and half the block's), or None: a ragged or centred side."""
    best: list[int] = []
    for v in values:
        group = [w for w in values if abs(w - v) <= EDGE_TOLERANCE * height]
        if len(group) > len(best):
            best = group
    return median(best) if len(best) >= ALIGNED_ROWS and 2 * len(best) >= len(values) else None


def row_short_of_block(lines: list[Line], row: int) -> bool:
    """Line ``row`` (a number's) starts far inside the left edge its block's rows share, or
    ends far short of the right edge they share."""
    number = lines[row]
    height = number.height
    if not number.words or height <= 0:
        return False
    near = [
        line
        for i, line in enumerate(lines)
        if i != row
        and line.words
        and abs(line.top - number.top) <= BLOCK_REACH * height
        and 0.4 * height <= line.height <= 1.6 * height  # the block's print, not a logo
    ]
    # The block's column: the rows over or under the number's words, and the rows beside
    # those (a short site row under a long email row whose start the number's row lost).
    over = [line for line in near if line.left < number.right and line.right > number.left]
    if not over:
        return False
    start, end = min(line.left for line in over), max(line.right for line in over)
    block = [line for line in near if line.left < end and line.right > start]
    # A line beside the number on its row is the rest of the row read apart ("Tel. 0123" |
    # "Fax: 0456" boxed as two lines across a wide gap), or another column's: no words lost.
    beside = [
        line
        for line in lines
        if line is not number
        and line.words  # a line of no words has no box
        and line.top < number.bottom
        and line.bottom > number.top
    ]
    middle = number.top + height / 2
    rows = [line for line in block if abs(line.top + line.height / 2 - middle) > height / 2]
    left = _edge([line.left for line in rows], height)
    right = _edge([line.right for line in rows], height)
    if left is not None and right is not None:
        return False  # set flush both sides (or one print across the card): no side to ask
    if left is not None and number.left - left > SHORT_BY * height:
        if under_a_value(lines, number):
            return False
        return not any(line.right <= number.left for line in beside)
    if right is not None and right - number.right > SHORT_BY * height:
        return not any(line.left >= number.right for line in beside)
    return False


def under_a_value(lines: list[Line], number: Line) -> bool:
    """The number's row starts where a number's value starts on the row just above or below:
    a second number printed under the first one's value, not under its label ("Telefon: +49 89
    2180 4711" | "+49 171 555 2233"). A layout of real cards, no words lost (review, session 41:
    three of three such hand-made cards were doubted without this)."""
    for line in lines:
        if line is number or not line.words:
            continue
        if abs(line.top - number.top) > VALUE_ROW_REACH * number.height:
            continue
        for word in line.words:
            value = word.text.startswith(VALUE_STARTS)
            if value and abs(word.left - number.left) <= EDGE_TOLERANCE * number.height:
                return True
    return False


def phone_row_short(lines: list[Line], texts: list[str], used: set[int], read: list[str]) -> bool:
    """A line a number was read from (its text holds one of ``read``, the numbers as printed)
    stops short of its block's edge (``row_short_of_block``)."""
    return any(
        i < len(lines)
        and any(t in trunk_zero_dropped(texts[i]) for t in read)
        and row_short_of_block(lines, i)
        for i in sorted(used)
    )
