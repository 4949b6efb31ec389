"""The start of an address read as the end of another line: a tilted photo parts one row.

On a photo taken at a slant Tesseract reads one printed row as two lines, the cut wherever the
row crosses a line of its layout: ``E beck, diet`` and ``ter @aaltair.ch`` for
beck.dieter@aaltair.ch (b15 photo 18), the second starting where the first ends. The address
alone (``ter@``) is no address of the card's. The first line's last words are given as the
address's prefix, the separators read as commas or spaces made dots; the name decides whether
they are its start (``local_repair.repair_local_part``), and such an address is a guess (review).
"""

from __future__ import annotations

import re
from dataclasses import replace

from contactkit import normalize

from .clues import Found
from .email_at import EMAIL_LABEL_WORD_RE
from .local_parts import local_match, local_matches, spelt_words
from .row_pieces import shared_height
from .text_lines import Line

# The gap between the two pieces at most, in the address line's heights (either way: the
# pieces' boxes overlap a little where the row was cut).
GAP = 1.0
# A piece this far before an address the name checks is no part to join, but letters lost
# between the two (``fred`` | ``ef@`` for frederiquef@, DejaVu Sans Condensed, photo seed 105,
# read as the initials of "FREDERI E FOURNIER" and accepted): the address is doubted.
DOUBT_GAP = 3.0
TAIL_RE = re.compile(r"[a-z]+(?:[._][a-z]+)*[._]?")


def start_before(lines: list[Line], i: int, gap: float = GAP) -> str | None:
    """The last words of the line that ends just left of line ``i`` on its row, as the start
    of a local part (``beck.diet``); None where no line ends there or its end is no such start."""
    line = lines[i]
    height = line.bottom - line.top
    for other in lines:
        if other is line or not other.words:
            continue
        if shared_height(other, line) < 0.3 * min(height, other.bottom - other.top):
            continue
        if not -gap * height <= line.left - other.right <= gap * height:
            continue
        words = [w.text for w in other.words if not EMAIL_LABEL_WORD_RE.match(w.text)]
        tail = ".".join(w.strip(",;") for w in words[-2:])
        # Doubting only, in small letters as read: "E Beck" | "dieter@" is a name beside it.
        tail = tail if gap == DOUBT_GAP else tail.lower()
        if words and "@" not in other.text and TAIL_RE.fullmatch(tail):
            return tail
    return None


def joined_across_cut(email: Found, lines: list[Line], texts: list[str], name: str) -> Found:
    """An address that starts its line and is not the name's, with the end of the line just
    left of it before it where the name spells the whole (``start_before``): "E beck, diet" |
    "ter @aaltair.ch"; a guess, as a separator read as a space."""
    local = email.value.partition("@")[0]
    if email.prefix or not "".join(texts[email.line].split()).lower().startswith(local.lower()):
        return email
    if local_matches(local.lower(), normalize.fold(name).split()):
        # The name checks it, but a start stands apart before it: "/prefixed", to review.
        tail = start_before(lines, email.line, DOUBT_GAP)
        return replace(email, prefix=tail) if tail else email
    tail = start_before(lines, email.line)
    if not tail:
        return email
    # The cut may hold a letter in both pieces ("diet" | "ter"): the name's form decides.
    spelt = spelt_words(name)
    for glued in (tail + local.lower(), tail[:-1] + local.lower()):
        if local_match(glued, spelt) == 2:
            value = f"{glued}@{email.value.partition('@')[2]}"
            return Found(value, min(email.conf, 0.85), email.line, repaired=True, guessed=True)
    return email
