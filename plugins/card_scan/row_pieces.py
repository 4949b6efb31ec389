"""Pieces that stand on one row: how much of their height two boxes share, how far apart they
stand, whether they are printed in about one size, and the lines no field took that may stand
beside a field as more of it. One place for each measure, asked by the row checks of names,
titles, companies, phones and emails and by OCR's own joins, each at its own share."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # text_lines asks alike_height: the boxes' types only, no import cycle
    from .text_lines import Line, Word

# Print of one size: heights a third apart at most, either way. OCR's joins of a line's
# neighbours (0.75-1.33 before), a name's words on its row (0.8-1.25) and a field's rest on its
# row (1.3) asked each its own; one ratio moved one join of 300 tuning and check cards (s93
# photo 6, its site then read right) and no field of the row checks.
ONE_SIZE = 4 / 3


def alike_height(a: Word | Line, b: Word | Line, ratio: float) -> bool:
    """Two boxes whose heights are within ``ratio`` of each other, either way: print of about
    one size (``ONE_SIZE``, or a wider ratio a caller measured for what it joins)."""
    return 1 / ratio <= a.height / max(1.0, b.height) <= ratio


def shared_height(a: Word | Line, b: Word | Line) -> int:
    """The pixel rows two boxes share (below 0: the gap between them), the measure of two
    pieces standing on one row; each caller asks its own share of a height."""
    return min(a.bottom, b.bottom) - max(a.top, b.top)


def side_gap(a: Word | Line, b: Word | Line) -> int:
    """The pixel columns between two boxes on a row, whichever stands left (below 0: they
    overlap), the measure of a piece near enough beside another; each caller asks its own
    share of a height."""
    return max(a.left - b.right, b.left - a.right)


def on_row(one: Line, other: Line) -> bool:
    """Their middles within half the smaller's height: two lines of one row."""
    middle = abs((one.top + one.height / 2) - (other.top + other.height / 2))
    return middle <= 0.5 * min(one.height, other.height)


def left_on_row(one: Line, other: Line) -> bool:
    """``one`` stands on ``other``'s row (``on_row``), left of it: a name's degree before it
    (``name_parts``), a stacked name's first half (``people``)."""
    return on_row(one, other) and one.right <= other.left


def untaken_lines(lines: list[Line], index: int, taken: Collection[int]) -> Iterator[Line]:
    """The lines with words, other than the field's own (``index``), that no field took: what
    may stand beside a field on its row as more of it (``row_rest``, ``company_scraps``,
    ``name_rows.letters_beside``, ``title_card_checks.row_parted``)."""
    for j, other in enumerate(lines):
        if j != index and j not in taken and other.words:
            yield other
