"""A person's name and the company read into one line, parted where the address spells the name.

A card that sets the name and the company on one row ("MICHAEL NELSON  Pinnacle Properties Inc.",
the name in larger capitals) leaves a gap Tesseract reads as a space: the line went whole to the
company, accepted beside pinnacle.com, and no name was read (the second blind generator's photo
seed 6 card 65). Where the line's first two or three words spell an address's local part whole
and the rest ends in a legal form, they are the person's name and the line parts there.
"""

from __future__ import annotations

import re

from contactkit import normalize

from .clues import legal_form, repair_legal_form
from .degrees import honorific
from .domains import folded_letters
from .lexicon import POST_NOMINALS
from .local_parts import umlaut_plain
from .text_lines import Line


def part_name_from_company(lines: list[Line]) -> list[Line]:
    """``lines`` with each name-and-company line parted in two."""
    locals_ = _local_letters(lines)
    if not locals_:
        return lines
    out: list[Line] = []
    for line in lines:
        out += _parted(line, locals_) or [line]
    return out


# A local part before its @, its dot read with a space after it ("giuseppe. palumbo@").
LOCAL_RE = re.compile(r"((?:[\w'-]+\.\s)?[\w.'-]+)@")


def _local_letters(lines: list[Line]) -> set[str]:
    """The letters of each local part the card prints before an ``@`` (``michael.nelson@``:
    michaelnelson)."""
    found = (m for line in lines for m in LOCAL_RE.findall(line.text))
    return {umlaut_plain(letters) for local in found if len(letters := folded_letters(local)) >= 5}


def _parted(line: Line, locals_: set[str]) -> list[Line] | None:
    words = [w.text for w in line.words]
    # An icon read as a scrap before the row ("Dx: KARIN LINDBERG Karlsson & Wallin System
    # AB", tuning photo 16/14: the row went whole to the company, accepted) is neither's.
    first = 1 if len(words) > 1 and _scrap(words[0]) else 0
    start = first
    while start < len(words) and honorific(words[start]):
        start += 1  # "Dipl.-Ing. JORG HOFFMANN Pinnacle Packaging KG"
    for k in (start + 2, start + 3):
        if len(words) < k + 2:
            break
        # Each a word of a name: "FEATHERSTONE & MORGAN LTD" beside featherstone@ is a firm of
        # partners, its "&" no name's (first generator's photo seed 605 card 40).
        name = [w.rstrip(",") for w in words[start:k]]
        if not all(NAME_WORD_RE.fullmatch(w) for w in name):
            continue
        # An umlaut the address writes out: JORG beside joerg.hoffmann@; the family name first
        # in it too (kennedy.colm@ beside "Colm Kennedy")
        spelt = {umlaut_plain(folded_letters(" ".join(order))) for order in (name, name[::-1])}
        # The name's letters after it: "Colm Kennedy, FCA GBH Energy Ltd" (the second blind
        # generator's scan seed 5 card 81)
        end = k
        while end < len(words) and normalize.fold(words[end].strip(",")) in POST_NOMINALS:
            end += 1
        # "Galli & Ferrara S.r.1.": its form with a digit slip undone (photo seed 15 card 43)
        if spelt & locals_ and legal_form(repair_legal_form(" ".join(words[end:]))):
            return [Line(line.words[first:end]), Line(line.words[end:])]
    return None


def _scrap(word: str) -> bool:
    """A short token no name or firm starts with: a mark, or a letter or two with one ("Dx:",
    "@", "|"); not an initial ("J.") or an abbreviation ("St.")."""
    if len(word) > 3 or NAME_WORD_RE.fullmatch(word) or honorific(word):
        return False
    return not re.fullmatch(r"[^\W\d_]{1,2}\.", word)


NAME_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
