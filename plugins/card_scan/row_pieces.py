"""Pieces that stand on one row: how much of their height two boxes share, and the lines no
field took that may stand beside a field as more of it. One place for each measure, asked by
the row checks of names, titles, companies, phones and emails, each at its own share."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from .ocr import Line, Word


def shared_height(a: Word | Line, b: Word | Line) -> int:
    """The pixel rows two boxes share (below 0: the gap between them), the measure of two
    pieces standing on one row; each caller asks its own share of a height."""
    return min(a.bottom, b.bottom) - max(a.top, b.top)


def untaken_lines(lines: list[Line], index: int, taken: Collection[int]) -> Iterator[Line]:
    """The lines with words, other than the field's own (``index``), that no field took: what
    may stand beside a field on its row as more of it (``row_rest``, ``company_scraps``,
    ``name_rows.letters_beside``, ``title_checks.row_parted``)."""
    for j, other in enumerate(lines):
        if j != index and j not in taken and other.words:
            yield other
