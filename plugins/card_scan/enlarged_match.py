"""Whether Tesseract, reading a sure field's row alone and enlarged, finds a mark more in it.

Both engines read the whole card at one size, and both lose the same marks there: a letter
close to an address's label or icon (``= lwillems@`` read ``willems@``) or to its @
(``emilyj@`` read ``emily@``), two letters run into one (``Adas`` for Atlas). The recogniser
sizes each line to its own height, so the row cut out and drawn twice as large is another
picture: there the marks stand apart (``recheck.read_enlarged``, read as one line and as a
raw line). On a crop so tight Tesseract slips otherwise too (``pic`` for plc, ``smitn.com``,
a 3 read 9), and those slips the two ways of reading share, so a reading disputes a field only
where it finds more than card_scan read, and the other reading does not spell it alike:

- an address with a letter more at an end of its local part, or a dot for its underscore;
- a word of a company's name read, by both readings alike, a letter longer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz.distance import Levenshtein
from unidecode import unidecode

from contactkit.model import Contact

from .calibration import ABSENT, REVIEW_BELOW, marked, probability
from .recheck_match import field_lines, recheck_values
from .text_lines import Line

_ADDRESS_RE = re.compile(r"([A-Za-z0-9._\-]+)@([A-Za-z0-9.\-]+)")
_SEPARATORS = "._-"
# The fields whose rows are read enlarged: those whose misreadings it found on the tuning
# photos (627-634, 643-650; 1,900 photos with 554, 591, 609). A name's row it read alike on
# every one, at a tenth of a card's time; a phone's it read with a digit of its own otherwise
# (3 right numbers doubted, no wrong one found). A title's row is not rechecked at all.
ENLARGED_FIELDS = ("organization", "emails")
_WORD_RE = re.compile(r"[^\W_]+")
# A word of a company's name at least this long is weighed; a word a letter longer read in its
# place is the same word with a mark more where it differs by at most this many letters.
MIN_WORD = 3
WORD_APART = 2
# A reading whose domain is this alike to the address's is a reading of that address.
SAME_DOMAIN = 0.7


def letter_more(address: str, reading: str) -> bool:
    """The reading's local part is the address's with one small letter or digit more at its
    start or its end. A capital there is the label's (``Enicoleb@`` for ``E nicoleb@``), a
    letter its neighbour's double a stroke read twice (``jJuergen``, ``Cclaudia``)."""
    local, _, domain = address.lower().partition("@")
    for read in _locals(reading, domain):
        if len(read) != len(local) + 1:
            continue
        for extra, rest, beside in ((read[0], read[1:], read[1]), (read[-1], read[:-1], read[-2])):
            if (
                rest.lower() == local
                and extra.isalnum()
                and not extra.isupper()
                and extra.lower() != beside.lower()
            ):
                return True
    return False


def dot_for_underscore(address: str, reading: str) -> bool:
    """The reading shows a dot where the address's local part has an underscore: a dot
    Tesseract had read as one in the whole card (``michael_berger@``, photo 648/32)."""
    local, _, domain = address.lower().partition("@")
    if "_" not in local:
        return False
    return local.replace("_", ".") in {read.lower() for read in _locals(reading, domain)}


def _locals(reading: str, domain: str) -> Iterator[str]:
    """The local parts of the addresses a reading holds whose domain is ``domain``'s, as read."""
    reading = re.sub(r"\s*([.@_])\s*", r"\1", reading)  # "michael. berger @x" is one address
    for match in _ADDRESS_RE.finditer(reading):
        if Levenshtein.normalized_similarity(match.group(2).lower(), domain) >= SAME_DOMAIN:
            yield match.group(1).lstrip(_SEPARATORS)  # an icon's or a rule's stroke before it


def spelt_alike(address: str, reading: str) -> bool:
    """The reading holds the address's local part as the address spells it."""
    local, _, domain = address.lower().partition("@")
    return local in {read.lower() for read in _locals(reading, domain)}


def word_read_longer(value: str, readings: list[str]) -> bool:
    """Each reading reads a word of ``value`` as one other word, the same, a letter longer
    and like it (``Atlas`` for ``Adas``, 554/9). A word with a letter Tesseract's English model
    lacks (``SOKOŁ``) is not weighed: its reading of that letter proves nothing."""
    if len(readings) < 2:
        return False
    read = [_words(reading) for reading in readings]
    if not all(read):
        return False
    # A word read glued to the next one's letter ("GROEPN.V.", 571/45) is spelt by the value.
    joined = "".join(_WORD_RE.findall(unidecode(value).lower()))
    for printed in value.split():
        if not printed.isascii():
            continue
        for word in _words(printed):
            if len(word) < MIN_WORD:
                continue
            best = {_closest(words, word) for words in read}
            other = best.pop()
            longer = len(other) == len(word) + 1 and _apart(other, word) <= WORD_APART
            if not best and longer and not _doubled(other, word) and other not in joined:
                return True
    return False


def _closest(words: list[str], word: str) -> str:
    return max(words, key=lambda read: _alike(read, word))


def _alike(one: str, other: str) -> float:
    return Levenshtein.normalized_similarity(one, other)


def _doubled(longer: str, word: str) -> bool:
    """``longer`` is ``word`` with a letter read twice (``Holdingss``): a stroke, not a mark."""
    return any(
        longer[:i] + longer[i + 1 :] == word and longer[i] == longer[i - 1]
        for i in range(1, len(longer))
    )


def _apart(one: str, other: str) -> int:
    return Levenshtein.distance(one, other)


def _words(text: str) -> list[str]:
    return [word for word in _WORD_RE.findall(unidecode(text).lower()) if len(word) >= 2]


def doubt_enlarged(lines: list[Line], contact: Contact, evidence: dict[str, str]) -> None:
    """Each sure field an enlarged reading of its row disputes marked ``+enlarged``: to review."""
    for field, value in recheck_values(contact):
        # Once marked, a field is no longer sure: a second address disputed marks it no more.
        if field not in ENLARGED_FIELDS or not _sure(field, evidence):
            continue
        found = field_lines(field, value, lines)
        if field == "emails":
            disputed = _address_disputed(value, lines, found)
        else:
            disputed = word_read_longer(value, [t for i in found[:1] for t in lines[i].enlarged])
        if disputed:
            evidence[field] = marked(evidence[field], "enlarged")


def _sure(field: str, evidence: dict[str, str]) -> bool:
    level = evidence.get(field, "missing")
    return level not in ABSENT and probability(field, level) >= REVIEW_BELOW


def _address_disputed(email: str, lines: list[Line], found: list[int]) -> bool:
    """A letter more (``letter_more``) where the other enlarged reading does not spell the
    address alike: an icon read as a letter beside it (``cannette.meier@``, 631/63) is read so
    one way only. A dot for its underscore (``dot_for_underscore``) where RapidOCR, which reads
    an underscore (180 of 194 on the seen photos), does not spell it alike either
    (``ralf_meier@``, 645/74, right)."""
    enlarged = [text for i in found for text in lines[i].enlarged]
    rechecked = [lines[i].recheck[0] for i in found if lines[i].recheck]
    if any(spelt_alike(email, text) for text in enlarged):
        return False
    if any(letter_more(email, text) for text in enlarged):
        return True
    return not any(spelt_alike(email, text) for text in rechecked) and any(
        dot_for_underscore(email, text) for text in enlarged
    )
