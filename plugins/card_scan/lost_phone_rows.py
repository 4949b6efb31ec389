"""A number's row lost whole while the card's other numbers were read: what is left of it is a
label alone, a label before a row Tesseract hardly read, or a scrap beside a number read. The
phones then go to review (``unread``, ``+debris``) instead of in without that number."""

from __future__ import annotations

import re

from contactkit import normalize
from contactkit.model import Phone

from .clues import LABEL_LETTERS, LABEL_MARKS, digit_count, known_label
from .leftovers import texture
from .local_parts import given_name
from .phone_kinds import near_label
from .text_lines import Line

PHONE_LABEL_ALONE_RE = re.compile(rf"([{LABEL_LETTERS}.]{{2,9}})\s*[{LABEL_MARKS}]?")
# A row Tesseract read under this mean confidence was not read, whatever its words say.
HARDLY_READ = 0.5


def label_alone(lines: list[Line], texts: list[str], used: set[int]) -> bool:
    """A phone label left over with its number not read: alone on its line, or before a row
    Tesseract hardly read near a number that was ("Mob pe Prnmer one" at 0.00 beside
    "Ligne directe 05.69.09.09.10", the mobile lost, fresh photo seed 488 card 45; session 44).
    Not where a number read stands on its row to its right: that is the number it labels
    ("Natel:" beside "Qo41 78 698 89 AO" lost the Swiss mobile while the card's other two
    numbers were accepted, seed 102 photo 14)."""
    for i, text in enumerate(texts):
        if i in used:
            continue
        if _label_before_lost_row(i, lines, texts, used):
            return True
        label = PHONE_LABEL_ALONE_RE.fullmatch(text.strip())
        if label and known_label(label.group(1)) and not _number_right(i, lines, texts, used):
            return True
    return False


def _number_right(i: int, lines: list[Line], texts: list[str], used: set[int]) -> bool:
    """A line a number was read from, its middle on line ``i``'s row, to its right."""
    line = lines[i]
    return any(
        lines[j].left > line.left
        and line.top <= (lines[j].top + lines[j].bottom) / 2 <= line.bottom
        for j in _number_rows(texts, used)
    )


def _label_before_lost_row(i: int, lines: list[Line], texts: list[str], used: set[int]) -> bool:
    """Line ``i`` opens with a label of three letters or more (one or two are as often an
    initial or an icon read as letters) and the rest of its row, hardly read, holds fewer
    digits than a number, and words that are not labels too (``label_alone`` takes "Fax /
    Tel"); it stands by a number read, on its row or in its column a row away. A department
    or a slogan opening with a label's word ("Mobile Banking", "Office of the CEO") is read
    surely, or stands apart from the numbers."""
    line = lines[i]
    first, _, rest = texts[i].strip().partition(" ")
    if not _hardly_read(line) or texture(line) or digit_count(rest) >= 5:
        return False
    # A label one letter off a known one counts on such a row too ("Mow *M7i6%5" at 0.14,
    # Mov. read with its v as w, the Spanish mobile lost: fresh photo seed 526 card 78); not a
    # given name one letter off one (Max, Rob, Mel: review rev46).
    label = first.strip(LABEL_MARKS)
    near = near_label(normalize.fold(label)) and not given_name(label)
    if len(label) < 3 or not (known_label(first) or near):
        return False
    if all(known_label(w) or not any(c.isalnum() for c in w) for w in rest.split()):
        return False
    return any(_beside(line, lines[j]) for j in _number_rows(texts, used))


def _hardly_read(line: Line) -> bool:
    """Tesseract hardly read the row, or the rest of it after its labels, a digit among it:
    "tel. kom. 666 es ee" (0.09 and 0.14 after the mobile's first group; scan seed 24 card 46,
    the mobile lost and the office line accepted alone) is a row lost whole, its labels read
    surely. Without a digit it may be a title's or a company's ("Office Manager" read unsure)."""
    if line.mean_conf < HARDLY_READ:
        return True
    rest = [w for w in line.words[1:] if not known_label(w.text)]
    digits = any(digit_count(w.text) for w in rest)
    return digits and sum(w.conf for w in rest) / len(rest) < HARDLY_READ


def _number_rows(texts: list[str], used: set[int]) -> list[int]:
    """The lines a field took that hold five digits or more: those a number was read from."""
    return [j for j in used if j < len(texts) and digit_count(texts[j]) >= 5]


def _beside(line: Line, number: Line) -> bool:
    """``line`` overlaps ``number``'s row, or stands in its column at most a row and a half off."""
    gap = max(line.top, number.top) - min(line.bottom, number.bottom)
    if gap < 0:
        return True
    return abs(line.left - number.left) <= 3 * number.height and gap <= 1.5 * number.height


DIGITS_ROW_RE = re.compile(r"\d{2,4}(?: \d{2,4})*")


def digits_after(lines: list[Line], texts: list[str], used: set[int]) -> bool:
    """A line of digit groups alone, left over just after a number's line on its row: the
    number's rest, which Tesseract parted from it ("T089548" | "84 919", a Munich number cut to
    +49 89548: fresh photo 617/76, accepted at labelled/hi)."""
    numbers = _number_rows(texts, used)
    for i, text in enumerate(texts):
        if i in used or not lines[i].words or not DIGITS_ROW_RE.fullmatch(text.strip()):
            continue
        for j in numbers:
            gap = lines[i].left - lines[j].right
            if (
                _on_row(lines[i], lines[j])
                and -0.2 * lines[j].height <= gap <= 1.5 * lines[j].height
            ):
                return True
    return False


def debris_beside(lines: list[Line], texts: list[str], used: set[int], read: list[Phone]) -> bool:
    """One number read, and beside its line (in its column, a row above or below) a scrap of
    a few letters Tesseract hardly read: a second number's row lost to debris ("4, io |" under
    "Tél. +33 2 43 39 51 33", the mobile gone, s104 photo 44 accepted at bare+intl/hi). Over
    the session-25 pool (2,924 cards), 4 cards: 1 of them a number lost, 3 right. Also beside
    two numbers read (session 33: "® 0s!" at 0.00 over "06-8224-9268", "070-8689-9782" under
    its icon lost, fresh photo seed 326 card 42, accepted at bare/hi; on 300 tuning and 400 pool
    cards the only one more; 2 right ones doubted on check photo seed 329), but not for a sign
    alone, an icon read apart from its number
    ("®" over "(617) 779-2063", p325 card 99)."""
    if not read:
        return False
    numbers = _number_rows(texts, used)
    for j in numbers:
        number = lines[j]
        for i, text in enumerate(texts):
            line = lines[i]
            if i in used or not line.words or line.conf >= 0.5:
                continue
            if not _scrap(text) or abs(line.left - number.left) > 3 * number.height:
                continue
            if any(_on_row(line, lines[k]) for k in numbers):
                continue  # an icon read as letters ("in", "J") beside another number read
            gap = line.top - number.bottom if line.top > number.top else number.top - line.bottom
            if -0.5 * number.height <= gap <= 1.5 * number.height:
                return True
    return False


def _scrap(text: str) -> bool:
    """A few signs, or a number's digits with a letter or three no phone was made of, a label
    read whole aside ("Me 945 M1813" at 0.36 under "DDL 020 7562 7757": the mobile 07945 341813,
    p473/17, accepted at bare/hi; "Mob 945 M1813")."""
    if 0 < len(re.sub(r"\W", "", text)) <= 6:
        return True
    words = text.split()
    if len(words) > 1 and known_label(words[0]):
        text = " ".join(words[1:])
    digits = digit_count(text)
    return digits >= 5 and len(re.sub(r"\W", "", text)) - digits <= 3


def _on_row(scrap: Line, number: Line) -> bool:
    """``scrap`` sits on ``number``'s row (their middles within half its height): the row's
    icon, not a row of its own lost (second review, session 33). Not ``row_pieces.left_on_row``:
    the scrap may stand either side, and only the number's height is the measure."""
    middle = abs((scrap.top + scrap.height / 2) - (number.top + number.height / 2))
    return middle <= 0.5 * number.height
