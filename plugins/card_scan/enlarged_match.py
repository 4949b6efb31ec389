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

A logo's initial read as a letter glued to a company's name (``HHELIX``) is one the enlarged
reading reads once. And where RapidOCR reads a company's i as l (a slip of its own,
``recheck_match``), an enlarged reading that reads the l too makes it two readings against one.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein
from unidecode import unidecode

from contactkit.model import Contact

from .calibration import marked, sure
from .companies import LEADING_FORM_RE
from .recheck_match import field_lines, recheck_values
from .text_lines import Line

_ADDRESS_RE = re.compile(r"([A-Za-z0-9._%+'-]+)@([A-Za-z0-9.-]+)")  # clues.EMAIL_RE's letters
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
# One letter Tesseract reads as two in fine print (the reverse of the merge looked for).
_READ_AS_TWO = {"m": ("rn",), "w": ("vv",), "d": ("cl",), "n": ("ri",), "h": ("li",), "u": ("ii",)}
# A reading whose domain is this alike to the address's is a reading of that address.
SAME_DOMAIN = 0.85


def letter_more(address: str, reading: str, label: str = "") -> bool:
    """The reading's local part is the address's with one small letter or digit more at its
    start or its end. A capital there is the label's (``Enicoleb@`` for ``E nicoleb@``), and so
    is the ``label`` read apart just before the address (``e anna@``); a letter beside its own
    double is a stroke read twice (``jJuergen``, ``Cclaudia``)."""
    local, read_locals = _read_locals(address, reading)
    if not local:
        return False
    for read in read_locals:
        if len(read) != len(local) + 1 or _doubled(read.lower(), local):
            continue
        for extra, rest, apart in ((read[0], read[1:], label.lower()), (read[-1], read[:-1], "")):
            if rest.lower() == local and extra.isalnum() and not extra.isupper() and extra != apart:
                return True
    return False


def dot_for_underscore(address: str, reading: str) -> bool:
    """The reading shows a dot where the address's local part has an underscore: a dot
    Tesseract had read as one in the whole card (``michael_berger@``, photo 648/32)."""
    local, read_locals = _read_locals(address, reading)
    return "_" in local and local.replace("_", ".") in {read.lower() for read in read_locals}


def spelt_alike(address: str, reading: str) -> bool:
    """The reading holds the address's local part as the address spells it."""
    local, read_locals = _read_locals(address, reading)
    return local in {read.lower() for read in read_locals}


def _read_locals(address: str, reading: str) -> tuple[str, list[str]]:
    """The address's local part, folded to small letters, and the local parts, as read, of the
    addresses the reading holds at the address's domain."""
    local, _, domain = address.lower().partition("@")
    reading = re.sub(r"\s*([.@_])\s*", r"\1", reading)  # "michael. berger @x" is one address
    return local, [
        match.group(1).lstrip(_SEPARATORS)  # an icon's or a rule's stroke before it
        for match in _ADDRESS_RE.finditer(reading)
        if Levenshtein.normalized_similarity(match.group(2).lower(), domain) >= SAME_DOMAIN
    ]


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
    for word in _weighed(value):
        best = {_closest(words, word) for words in read}
        if len(best) == 1 and (other := best.pop()) not in joined and _mark_more(other, word):
            return True
    return False


def l_read_twice(value: str, rechecked: list[str], enlarged: list[str]) -> bool:
    """A word of ``value`` RapidOCR reads with an l for a small i of Tesseract's, and an
    enlarged reading reads so too (``Llewellyn`` for Liewellyn, 655/42). RapidOCR alone reads a
    thin stroke l, 1 or i alike (``recheck_match``); two readings of two engines, one of them of
    the row enlarged, outweigh the one. Not a capital I: in a sans face it is an l's stroke, and
    every reading may read ``lberia``. Over the 8,900 seen photos no word read right was read so."""
    for word in _cased(value):
        if "i" not in word or len(word) < MIN_WORD:
            continue
        for reading in rechecked:
            other = _closest(_cased(reading), word)
            if len(other) != len(word) or other == word:
                continue
            slips = {(a, b) for a, b in zip(word, other, strict=True) if a != b}
            if slips == {("i", "l")} and any(other in _cased(text) for text in enlarged):
                return True
    return False


def mark_read_as_letter(value: str, enlarged: list[str]) -> bool:
    """A word of ``value`` opening on a capital read twice that an enlarged reading reads once
    (``HHELIX`` beside ``HELIX CORPORATION``, 682/100): a logo's square holding the initial,
    read as a letter glued to the name. Where the domain spells the name the mark is dropped
    (``logo_marks``); beside ``hgroup.co.jp`` nothing did. Not a form printed so (``PPHU``,
    read ``PHU`` enlarged), nor a Welsh Ll or Ff (``Llewellyn``, ``Fforde``)."""
    if LEADING_FORM_RE.match(value):
        return False
    for word in _cased(value):
        doubled = len(word) >= 4 and word[0].isupper() and word[0].lower() == word[1].lower()
        if not doubled or word[0] in "LF":
            continue
        if any(word[1:].lower() in _words(text) for text in enlarged):
            return True
    return False


def _cased(text: str) -> list[str]:
    """The words of ``text`` as printed, case kept (a capital I is no small i)."""
    return _WORD_RE.findall(unidecode(text))


def settled(field: str, value: str, reading: str) -> bool:
    """Whether one enlarged reading rules out a dispute of the field, whatever another reads:
    it spells the address alike, or reads no word, or each weighed word of the company as
    printed (``recheck.read_enlarged`` reads a second time only where it does not)."""
    if field == "emails":
        return spelt_alike(value, reading)
    read = _words(reading)
    return not read or all(word in read for word in _weighed(value))


def _weighed(value: str) -> list[str]:
    """The company's words ``word_read_longer`` weighs, folded."""
    return [
        word
        for printed in value.split()
        if printed.isascii()
        for word in _words(printed)
        if len(word) >= MIN_WORD
    ]


def _mark_more(read: str, word: str) -> bool:
    """``read`` is ``word`` with a mark more: a letter longer, at most ``WORD_APART`` letters
    off, but not a letter read twice (``Holdingss``) nor one letter read as two, the slip
    Tesseract makes of fine print enlarged (``Siernens`` for Siemens, ``Svviss``)."""
    return (
        read.isalpha()
        and len(read) == len(word) + 1
        and Levenshtein.distance(read, word) <= WORD_APART
        and not _doubled(read, word)
        and not any(
            read == word[:i] + two + word[i + 1 :]
            for i, letter in enumerate(word)
            for two in _READ_AS_TWO.get(letter, ())
        )
    )


def _closest(words: list[str], word: str) -> str:
    """The word of ``words`` most like ``word``; "" where there is none."""
    return max(words, key=lambda read: Levenshtein.normalized_similarity(read, word), default="")


def _doubled(longer: str, word: str) -> bool:
    """``longer`` is ``word`` with a letter read twice (``Holdingss``): a stroke, not a mark."""
    return any(
        longer[:i] + longer[i + 1 :] == word and longer[i] == longer[i - 1]
        for i in range(1, len(longer))
    )


def _words(text: str) -> list[str]:
    return [word for word in _WORD_RE.findall(unidecode(text).lower()) if len(word) >= 2]


def doubt_enlarged(lines: list[Line], contact: Contact, evidence: dict[str, str]) -> None:
    """Each sure field an enlarged reading of its row disputes marked ``+enlarged``: to review."""
    for field, value in recheck_values(contact):
        # Once marked, a field is no longer sure: a second address disputed marks it no more.
        if field not in ENLARGED_FIELDS or not sure(field, evidence):
            continue
        found = field_lines(field, value, lines)
        if field == "emails":
            disputed = _address_disputed(value, [lines[i] for i in found])
        else:  # a company's row is one reading, kept on each of its lines alike
            enlarged = [t for i in found[:1] for t in lines[i].enlarged]
            rechecked = [lines[i].recheck[0] for i in found[:1] if lines[i].recheck]
            disputed = (
                word_read_longer(value, enlarged)
                or l_read_twice(value, rechecked, enlarged)
                or mark_read_as_letter(value, enlarged)
            )
        if disputed:
            evidence[field] = marked(evidence[field], "enlarged")


def _address_disputed(email: str, row: list[Line]) -> bool:
    """A letter more (``letter_more``) where the other enlarged reading does not spell the
    address alike: an icon read as a letter beside it (``cannette.meier@``, 631/63) is read so
    one way only. A dot for its underscore (``dot_for_underscore``) where RapidOCR reads the
    dot too: it reads underscores (180 of 194 on the seen photos), and both Tesseract readings
    took a right one for a dot (``ralf_meier@``, 645/74)."""
    enlarged = [text for line in row for text in line.enlarged]
    if any(spelt_alike(email, text) for text in enlarged):
        return False
    label = _label_before(email, row)
    if any(letter_more(email, text, label) for text in enlarged):
        return True
    rechecked = [line.recheck[0] for line in row if line.recheck]
    return any(dot_for_underscore(email, text) for text in rechecked) and any(
        dot_for_underscore(email, text) for text in enlarged
    )


def _label_before(email: str, row: list[Line]) -> str:
    """The word read just before the address on its row (a label read apart: ``e``), or ""."""
    words = [word.text for line in row for word in line.words]
    local = email.partition("@")[0].lower()
    for before, word in zip(["", *words], words, strict=False):
        if local and local in word.lower():
            return before
    return ""
