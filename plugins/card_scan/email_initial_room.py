"""Whether an address read as the family name alone shows room before it for the given name's
initial: its row's boxes leave a letter's width more before it than the card's other rows do.

``villiers@`` for lvilliers@ beside Laurent de Villiers (photo seed 329 card 92, accepted at
name+domain/single): the family name alone is a usual form, so the name cannot tell an initial
lost whole from one never printed. The boxes can: Tesseract's word box starts at the first
letter it read, so a letter dropped before it leaves a gap one letter wide where the card's
other rows have none, after a label (``E-Mail:`` ... ``villiers@``, wider than ``Tel:``
... ``0221 ...``) or at the left edge the rows above and below share. ``card_fields_emails``
marks such an address ``/initial-room`` (unmeasured: to review).
"""

from __future__ import annotations

import re

from .clues import known_label
from .local_parts import spelt_words
from .ocr import Line, Word

# The word of an address's own label, as cards print it ("E", "E:", "E-Mail:", "Courriel").
EMAIL_LABEL_RE = re.compile(r"(?i)^(?:e|e-?mail|mail|courriel|correo)\s*:?$")
SITE_LABEL_RE = re.compile(r"(?i)^(?:w|web|www|url|site|internet)\s*:?$")
# How much more room (in the address's letter pitch) it must have than the other rows leave
# for a letter to fit: a thin initial (l, i, j) and its spacing take about half a pitch. On the
# 900 tuning and pool cards of session 40, 2 of 804 address words read whole had so much (none
# a family name alone); an initial taken off the 79 read right there left it on 31 (wrong40e).
ROOM = 0.45
# More room than an initial and its dot take (``m.`` about two pitches) is something else left
# unread before the address: an envelope icon, a bullet.
MOST_ROOM = 2.2
# A gap narrower than this share of a pitch is a value glued to its label ("T:+49"): no measure.
GLUED = 0.2
# Rows whose left edges agree within this share of a pitch share an edge.
SAME_EDGE = 0.2


def initial_room(value: str, name: str, lines: list[Line], own: int) -> bool:
    """The local part is a later word of the name alone, and its row shows room for the given
    name's initial before it (``room_before``)."""
    local = value.partition("@")[0].lower()
    names = spelt_words(name)
    if len(names) < 2 or local not in names[1:]:
        return False
    words = lines[own].words
    k = next((i for i, w in enumerate(words) if w.text.lower().startswith(f"{local}@")), None)
    return k is not None and room_before(lines, own, k)


def room_before(lines: list[Line], own: int, k: int) -> bool:
    """The ``k``-th word of row ``own`` starts a letter's width further right than the card's
    other rows say it should: after its label, a gap wider than every other row's label leaves
    (and not in the column their values start in), or, opening its row, right of the edge the
    rows just above and below share (not where those rows are of one width and the address's
    row is centred on them or flush with their right: ``_centred_or_flush_right``). A centred
    or right-aligned row without a label shows nothing."""
    words = lines[own].words
    word = words[k]
    pitch = word.width / max(1, len(word.text))
    if pitch <= 0:
        return False  # a box without width: nothing to measure in
    if k == 0:
        rows = _neighbours(lines, own, word, pitch)
        if rows is None or _centred_or_flush_right(lines[own], *rows, pitch):
            return False
        edge = (rows[0].left + rows[1].left) / 2
        return ROOM <= (word.left - edge) / pitch <= MOST_ROOM
    label = words[k - 1]
    if not EMAIL_LABEL_RE.match(label.text):
        return False  # an icon read as a letter, a scrap: no gap to measure against
    rows = _labelled_rows(lines, own, label)
    if not rows:
        return False
    gap = (word.left - label.right) / pitch
    gaps = [(value.left - first.right) / pitch for first, value in rows]
    if not ROOM <= gap - max(gaps) <= MOST_ROOM:
        return False
    # Values set in a column ("Tel.:   0221 ...", "E-Mail: ..."): the gaps differ with the
    # labels' lengths, the values' left edges do not.
    return not any(abs(value.left - word.left) < ROOM * pitch for _, value in rows)


def _labelled_rows(lines: list[Line], own: int, label: Word) -> list[tuple[Word, Word]]:
    """The other rows opening on a label (a phone's, a site's, an address's) in print of the
    address's label's height, each as its label and the word after it; not where the value is
    glued to its label ("T:+49": no gap to measure)."""
    rows = []
    for i, line in enumerate(lines):
        if i == own or len(line.words) < 2:
            continue
        first, after = line.words[0], line.words[1]
        text = first.text
        if not (known_label(text) or EMAIL_LABEL_RE.match(text) or SITE_LABEL_RE.match(text)):
            continue
        if abs(first.height - label.height) > 0.3 * label.height:
            continue
        if after.left - first.right >= GLUED * after.width / max(1, len(after.text)):
            rows.append((first, after))
    return rows


def _neighbours(lines: list[Line], own: int, word: Word, pitch: float) -> tuple[Line, Line] | None:
    """The rows just above and below the address that share a left edge, where both start
    within a few letters of it; None where they do not."""
    near = 4 * word.height
    others = [line for i, line in enumerate(lines) if i != own and line.words]
    above = [
        line
        for line in sorted(others, key=lambda line: -line.top)
        if word.top - near < line.top < word.top - word.height / 2
    ]
    below = [
        line
        for line in sorted(others, key=lambda line: line.top)
        if word.top + word.height / 2 < line.top < word.top + near
    ]
    up = [line for line in above if abs(line.left - word.left) < 3 * pitch]
    down = [line for line in below if abs(line.left - word.left) < 3 * pitch]
    if not up or not down or abs(up[0].left - down[0].left) > SAME_EDGE * pitch:
        return None
    return up[0], down[0]


def _centred_or_flush_right(row: Line, up: Line, down: Line, pitch: float) -> bool:
    """Neighbours of one width (their right edges agree too) with the address's row centred
    on them or flush with their right edge: a centred or right-aligned layout sets a shorter
    row in by itself ("Tel. 01 42 ..." and "Fax 01 42 ..." around a centred ``villiers@``),
    so its left edge says nothing of a lost letter (session 40, rev40e)."""
    if abs(up.right - down.right) > SAME_EDGE * pitch:
        return False
    centre = (up.left + up.right) / 2
    return (
        abs((row.left + row.right) / 2 - centre) < ROOM * pitch
        or abs(row.right - up.right) < ROOM * pitch
    )
