"""Whether an address's start was read as printed, where the name checks it too loosely to
tell: a start hidden before its local part (a capital, a mark, a word of the name or a stroke
read apart) or an initial read into the letter beside it (one stroke) or into the same letter
(barred). ``card_fields_emails`` marks such an address's level (``/prefixed``,
``/initial-merged``).
"""

from __future__ import annotations

import re

from .clues import Found
from .local_parts import spelt_words
from .text_lines import Word

# Letters of one stroke: one printed beside the same letter is read as one, surely.
THIN_LETTERS = frozenset("ijl")
# A one-stroke letter alone as Tesseract reads it: a bar, or a small letter with its dot.
STROKES = frozenset({"|", "!", "l", "i", "j", "1", "I"})
# Letters whose bar joins the same letter printed next to it, so the pair reads as one glyph
# (the ff and tt ligature shapes): "fontaine@" for ffontaine@ beside Francois Fontaine, photo
# seed 383 card 25, accepted at name+domain/single; "tanaka@" for ttanaka@, seed 388 card 23.
BARRED_LETTERS = frozenset("ft")


def initial_merged(value: str, name: str, words: list[Word]) -> bool:
    """The local part is the family name alone, and the given name's initial, a letter of one
    stroke, is the letter read just before the family name: the local part's first
    ("jimenez@" for jjimenez@, the doubled j read once at 0.99: DejaVu Sans Condensed, fresh
    scan seed 167 card 70) or the last of the word before it on its row ("E-Mail becker @"
    for E-Mail lbecker@, the label's l and the initial read as one: Nimbus Sans Narrow, fresh
    photo seed 166 card 63), both accepted at name+domain/single (session 27). Of the 33
    addresses that are a family name alone on the 400 tuning cards, 3 so, 2 of them wrong; with
    a one-stroke initial, whatever stood beside it, 9, the same 2 wrong.

    Also where the address is glued to its label's colon ("Email:white@" for Email:jwhite@
    beside Joseph White, the j's dot and stroke read into the colon: fresh photo seed 158 card
    70, accepted at name+domain/single; on 1,200 tuning cards the only family name alone so
    glued beside a one-stroke initial; session 27, wrong27b).

    The same after the given name alone: a family name's one-stroke initial after a given name
    that ends in the same letter ("koji@" for kojii@ beside Koji Inoue, the two i read as one
    at 0.97: photo seed 210 card 73, accepted at name+domain/single; session 29). Only an i, its
    two dots read as one: "paul@" beside Paul Lee, "daniel@" beside Daniel Lopez are common
    addresses, and two l read as one no tuning card showed (session 29, wrong29b)."""
    local = value.partition("@")[0].lower()
    names = spelt_words(name)
    if len(names) >= 2 and local == names[0] and local[-1:] == names[-1][:1] == "i":
        return True
    if len(names) < 2 or local not in names[1:] or names[0][:1] not in THIN_LETTERS:
        return False
    row = " ".join(w.text for w in words).lower()
    found = re.search(rf"(\S?)\s*{re.escape(local)}\s*@", row)
    if found and found[1] == ":" and f":{local}@" in row:
        return True
    return names[0][0] in {local[0], found[1] if found else ""}


def initial_doubled(value: str, name: str) -> bool:
    """The local part is a family name alone that starts with the given name's initial, a
    barred letter (``BARRED_LETTERS``): the initial may be read into it. On the 4,700 cached
    tuning photos, 1 of 2 such addresses was right (Timothy Taylor's taylor@; session 37)."""
    local = value.partition("@")[0].lower()
    names = spelt_words(name)
    initial = names[0][:1] if len(names) >= 2 else ""
    return initial in BARRED_LETTERS and local in names[1:] and local[:1] == initial


def start_unsure(level: str) -> bool:
    """A local part whose start the name checks too loosely to tell a glyph read for two: one
    word of the name (``/single``), or an initial joined to it (``/joined-initial``): "Levans@"
    for l.evans@ (Noto Serif: the l's foot and the dot after it read as one capital L; fresh
    photo seed 165 card 61, accepted at joined-initial+twice/mid, the second engine reading the
    same letters; session 27)."""
    return "/single" in level or "/joined-initial" in level


def start_hidden(words: list[Word], value: str, name: Found | None = None) -> bool:
    """The address's word shows a start not read before its local part: a capital or a mark
    glued to it ("Lorenz@" for l.lorenz@, ";lehmann@" for j.lehmann@, DejaVu Sans Light), or
    the word just before it is another word of the name (``name_before``). Only asked where
    the name checks the start too loosely to tell (``start_unsure``)."""
    local = value.partition("@")[0].lower()
    for k, word in enumerate(words):
        at = word.text.lower().find(f"{local}@")
        if at < 0 and word.text.lower().endswith(local) and _at_next(words, k):
            # Its @ read as a word of its own ("Email: | bennett @ summit...": fresh photo
            # seed 223 card 54, j.bennett@ accepted at name+domain/single; session 29).
            at = len(word.text) - len(local)
        if at >= 0:
            mark = word.text[at - 1 : at]
            if at == 0 and k and name and name_before(words[k - 1].text, local, name.value):
                return True
            if at == 0 and name and _name_inside(words, k, local, name.value):
                return True
            # "Email: | brown@" for j.brown@ (the j and its dot read as one bar, apart: fresh
            # photo seed 204 card 66, accepted at name+domain/single/mid; session 28, wrong28b).
            if at == 0 and k and words[k - 1].text in STROKES:
                return True
            # A label's colon ("E-Mail:tim@") or an envelope sign read "@" is no start.
            return word.text[at].isupper() or (mark not in ":@" and not mark.isalnum())
    return False


def _name_inside(words: list[Word], k: int, local: str, name: str) -> bool:
    """Another word of the row, a word of the name, starts inside the address's own box: the
    address's first part read again apart and put after it ("kobayashi@msgroup.co.jp hiroshi"
    for hiroshi.kobayashi@, "hiroshi" starting 6 pixels into the address's box: photo seed 377
    card 55, accepted at name+domain/single/mid; session 36, late36a). A word printed after an
    address starts past its right edge."""
    box = words[k]
    return any(
        j != k
        and box.left <= w.left < box.left + box.width // 2
        and name_before(w.text, local, name)
        for j, w in enumerate(words)
    )


def _at_next(words: list[Word], k: int) -> bool:
    """The word after the ``k``-th opens on the address's @."""
    return k + 1 < len(words) and words[k + 1].text.startswith("@")


def name_before(before: str, local: str, name: str) -> bool:
    """The word read just before the address is a word of the name that the local part is
    not: the address's first part with its dot read as a space ("Clarke rachel@" for
    clarke.rachel@ beside Rachel Clarke, its c read as a capital, so no lower-case start the
    row's join takes: pool s179 photo 95, ``rachel@`` at single/mid, 0.94). The row's join
    (``local_repair``) takes such a start only in small letters. A hyphenated given name counts
    as the address spells it, in one piece ("Jeanpierre thomas@" for jeanpierre_thomas@ beside
    Jean-Pierre Thomas: fresh photo seed 220 card 94, accepted at name+domain/single)."""
    word = "".join(spelt_words(before))
    names = spelt_words(name)
    runs = {"".join(names[i:j]) for i in range(len(names)) for j in range(i + 1, len(names) + 1)}
    return bool(word) and word != local and word in runs
