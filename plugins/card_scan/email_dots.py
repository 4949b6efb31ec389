"""A dot Tesseract dropped from an email address, read again by the second engine.

The dot after an initial (``t.krol@``) is the smallest glyph on a card, and Tesseract now and
then drops it, surely (``tkrol@`` at 0.96): an initial joined to the family name is a usual form,
so the name cannot tell the two apart. RapidOCR's recogniser reads such a dot more often: an
address whose local part is letters only is read again from its word's box, and where a reading
is the same letters with one dot between them, the dot is put back. Tuning cards: three of the
five dropped dots come back, and no other of the 516 joined addresses gains one (the unstretched
crop measured on the 169 cards whose address starts with an initial, 84 of them printed joined).

Only an address that could hold an initial is read again: one letter and a word printed
elsewhere on the card (``tkrol@`` beside "Tomasz Król"). Every dot lost on tuning was after an
initial; two whole names joined (``annaweber@``) were always printed so. Where two readings
show the same letters joined, the word is marked ``seen_twice``: a dot the second reading
missed would leave the same address, so that address is measured apart. An address Tesseract
read in pieces parted at its ``@`` (``bsmith @zenith.com``, ``ksatou @ takahashi.co.jp``: narrow
faces, Nimbus Sans Narrow, space the sign wide) is read again whole, from its pieces' box.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from PIL import Image

from . import second_reading
from .capital_i import l_for_i
from .local_parts import spelt_words, umlaut_plain
from .text_lines import Line, Word

# An address whose local part has no separator: the form a dropped dot leaves.
JOINED_RE = re.compile(r"^([A-Za-z]{3,})@[\w.-]+$")
READ_LOCAL_RE = re.compile(r"([A-Za-z][A-Za-z.]*[A-Za-z])@")
# The second reader's crops, and one not stretched: stretching gives doubled letters room but
# smears a dot into its neighbours (one of the three dots found was read only unstretched).
CROPS = (*second_reading.CROPS, (0.33, 1.0))


def restore_dots(image: Image.Image, lines: list[Line]) -> list[Line]:
    """``lines`` with a dot put back in each joined address a second reading shows dotted."""
    printed = card_words(lines)
    targets = [
        (i, j, k)
        for i, line in enumerate(lines)
        for j, k in address_spans(line.words)
        if could_hold_initial(_joined(line.words[j:k]), printed)
    ]
    if not targets or not second_reading.available():
        return lines
    boxes = [Line(lines[i].words[j:k]).box for i, j, k in targets]
    out = list(lines)
    for (i, j, k), own in zip(targets, second_reading.read_boxes(image, boxes, CROPS), strict=True):
        words = list(out[i].words)
        address = _joined(words[j:k])
        texts = [text for text, _ in own]
        dotted = dotted_local(address, texts)
        if dotted:  # the local part opens the span's first word: the dot goes there
            first = words[j]
            words[j] = replace(first, text=dotted + first.text[len(dotted) - 1 :])
        elif shown_joined(address, texts) >= 2:
            words[j:k] = [replace(word, seen_twice=True) for word in words[j:k]]
        out[i] = Line(words)
    return out


def address_spans(words: list[Word]) -> list[tuple[int, int]]:
    """The spans ``words[j:k]`` that hold one joined address: a word alone, or pieces parted
    only at its ``@`` (``bsmith`` | ``@zenith.com``, ``ksatou`` | ``@`` | ``takahashi.co.jp``),
    never inside the local part (``a becker@`` is a prefix, measured apart)."""
    spans = []
    for j in range(len(words)):
        for k in range(j + 1, min(j + 3, len(words)) + 1):
            pieces = [w.text for w in words[j:k]]
            parted_at_sign = all(
                left.endswith("@") or right.startswith("@") for left, right in pairwise(pieces)
            )
            if parted_at_sign and JOINED_RE.match("".join(pieces)):
                spans.append((j, k))
                break
    return spans


def _joined(words: list[Word]) -> str:
    return "".join(word.text for word in words)


def card_words(lines: list[Line]) -> set[str]:
    """The card's words as an email spells them, umlauts plain: ``koehler`` for "KÖHLER"."""
    return {umlaut_plain(w) for line in lines for w in spelt_words(line.text) if len(w) >= 3}


def could_hold_initial(address: str, printed: set[str]) -> bool:
    """The local part is one letter and a word printed on the card: a dot may follow the letter."""
    local = address.split("@", 1)[0].lower()
    return umlaut_plain(local[1:]) in printed


def dotted_local(text: str, readings: list[str]) -> str | None:
    """The local part of ``text`` with the one dot a reading shows between its letters."""
    local = text.split("@", 1)[0]
    for reading in readings:
        found = READ_LOCAL_RE.search(reading.replace(" ", ""))
        if not found:
            continue
        other = found.group(1)
        if other.count(".") == 1 and other.replace(".", "").lower() == local.lower():
            cut = other.index(".")
            return local[:cut] + "." + local[cut:]
    return None


def shown_joined(text: str, readings: list[str]) -> int:
    """How many readings show ``text``'s local part as it is, nothing glued before it; an ``l``
    and an ``I`` count as one letter (either engine reads either for the other: no dot)."""
    local = re.escape(l_for_i(text.split("@", 1)[0]))
    found = re.compile(rf"(?:^|[\s:;,]){local}\s*@", re.IGNORECASE)
    return sum(bool(found.search(l_for_i(reading))) for reading in readings)
