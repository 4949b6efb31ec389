"""A phone number's text: its digits' OCR slips fixed, a ``00`` read as the ``+`` it stands for,
a line parted where its numbers and labels part, and the first of the card's regions a number is
valid in. What a number read so is (its kind, what backs it) is ``phones``'s."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from contactkit import normalize

from .capital_i import l_for_i
from .clues import LABEL_LETTERS, LABEL_MARKS, PHONE_LABEL_RE, digit_count, known_label
from .lexicon import PHONE_LABELS, WRITTEN_PHONE_LABELS

# The letters OCR reads for digits in a number: O/0, l/I/1, S/5, B/8.
DIGIT_LOOKALIKES = {"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
LOOKALIKE = f"[{''.join(DIGIT_LOOKALIKES)}]"  # one of them, as a regex's class
# The marks OCR reads for a plus opening a number ("F #31 40", "*43 ..."), as a regex's class.
PLUS_READ = "[#*]"
# Such a plus opening a row (``plus_opening``): where the row is read for numbers, only before a
# country code and its gap ("#43 (09650 ..."); where a left-over line is only weighed for holding
# a number (``leftovers.number_like``), before any digit ("#4369912...", "# 43 ...").
PLUS_OPENING_RE = re.compile(rf"^\s*{PLUS_READ}(?=\d{{1,3}}[\s(])")
LOOSE_PLUS_OPENING_RE = re.compile(rf"^\s*{PLUS_READ}(?=\s?\d)")
# A country code, then the trunk 0 in brackets that is not dialled ("+33 (0)7 64 00 55 56"):
# numbers are read and stored without it (``international``; ``leftovers.tail_left``).
TRUNK_ZERO_RE = re.compile(r"\+\s?(\d{1,3})\s?\(0\)\s?")
# Italy and San Marino dial the 0 after their country code: cards print "+39 (0)2 8721 4455"
# by habit from their neighbours, and the number without it is no number (left unread).
ZERO_DIALLED = frozenset({"39", "378"})
# The per-line slips of a number's text (``comma_as_dot``, ``fix_digits``, ``international``),
# compiled once: they run on every line of every card.
COMMA_IN_DIGITS_RE = re.compile(r"(?<=\d),(?=\d)")
COLON_IN_DIGITS_RE = re.compile(r"(?<=\d):(?=\d)")
BRACKET_FOR_ONE_RE = re.compile(r"(?<=\d)\)(?=\s?\d)")
DOLLAR_FOR_FIVE_RE = re.compile(r"(?<=[\d)][\s./-])\$(?=\d)")
# An area code's bracket read as a brace ("{617} 458-6688", "(212} ..."), which the matcher
# takes for no number.
BRACED_AREA_RE = re.compile(r"\{(\d{2,5})[})]|\((\d{2,5})\}")
LOOKALIKE_IN_DIGITS_RE = re.compile(
    rf"(?<=[\d\s()+-]){LOOKALIKE}(?=[\d\s()-])|(?<=\d){LOOKALIKE}|{LOOKALIKE}(?=\d)"
)
LOOKALIKE_DIGITS = str.maketrans(DIGIT_LOOKALIKES)
# A whole group of look-alikes after a number's first group, a trunk 0's or an international
# prefix's, and before another group ("0039 OSS 357 0918": 055). Not after a group no number
# opens with: "ISO 9001 ISO 14001", "2023 ISO 9001" are a certificate's.
LOOKALIKE_GROUP_RE = re.compile(
    rf"((?:^|\s)(?:\+\d{{1,3}}|0\d{{1,4}})\s)({LOOKALIKE}{{2,4}})(?=\s\d)"
)
# A 00 opening a number, where it stands for the + (``international``)
LEADING_00_RE = re.compile(r"(?<![\d+])(?<!\d[\s./-])(?<!\)\s)(?<!\))00(?=[1-9]\d)")
DOT_IN_DIGITS_RE = re.compile(r"(?<=\d)\.(?=\d)")
# What is not a digit, dropped to compare numbers by their digits alone (``digits_of``).
NON_DIGIT_RE = re.compile(r"\D")


def digits_of(text: str) -> str:
    """``text``'s digits alone, in order, as read (``\\d``: no superscript, which
    ``clues.digit_count`` counts)."""
    return NON_DIGIT_RE.sub("", text)


def plus_opening(text: str, *, loose: bool = False) -> str:
    """A plus read as ``#`` or ``*`` opening a row put back (``PLUS_OPENING_RE``; ``loose``:
    before any digit, ``LOOSE_PLUS_OPENING_RE``)."""
    return (LOOSE_PLUS_OPENING_RE if loose else PLUS_OPENING_RE).sub("+", text)


def trunk_zero_dropped(text: str) -> str:
    """``+41 (0)44 ...`` → ``+41 44 ...``; ``+39 (0)2 ...`` → ``+39 02 ...`` (``ZERO_DIALLED``)."""
    return TRUNK_ZERO_RE.sub(
        lambda m: f"+{m.group(1)} {'0' if m.group(1) in ZERO_DIALLED else ''}", text
    )


def comma_as_dot(text: str) -> str:
    """A dot between two digits read as a comma made a dot again, every digit as read."""
    # "02.6289,3481" (an Italian number's dot read as a comma): the number was cut at the comma,
    # "+39 02 6289" valid and accepted (s266); a card parts two numbers by a comma and a space.
    return COMMA_IN_DIGITS_RE.sub(".", text)


def fix_digits(text: str) -> str:
    """OCR confuses O/0, l/I/1, S/5, B/8 in numbers: fix them where digits surround them."""
    text = COLON_IN_DIGITS_RE.sub("", text)  # "020 72:37 2898": a speck read as a colon
    text = comma_as_dot(text)
    # "06 976) 6261" for 06.9761.6261: a light face's thin 1 read as a closing bracket no
    # bracket opened (DejaVu Sans Light, s81 photo 150: 069766261, nine digits, valid in Italy,
    # was accepted at bare/mid). Put back, the number reads as repaired.
    if "(" not in text:
        text = BRACKET_FOR_ONE_RE.sub("1", text)
    # "+43 664 $753383", "(415) $26-8227": a 5 read as "$" opening a group after another (p387
    # card 11, p378 card 67: the row left unread, session 36's leftovers rule); put back, the
    # number reads as repaired, to review. Alone ("$30-8768 Japan") it follows no group.
    text = DOLLAR_FOR_FIVE_RE.sub("5", text)
    text = braces_as_brackets(text)
    return LOOKALIKE_IN_DIGITS_RE.sub(lambda m: m.group(0).translate(LOOKALIKE_DIGITS), text)


def braces_as_brackets(text: str) -> str:
    """``{617} 458-6688`` → ``(617) 458-6688`` (``BRACED_AREA_RE``): the mobile was left unread
    beside two numbers read (first generator's photo seed 706 card 32, the phones accepted
    without it at bare/hi)."""
    return BRACED_AREA_RE.sub(lambda m: f"({m[1] or m[2]})", text)


def lookalike_groups(text: str) -> str:
    """``text`` with each whole group of look-alikes after a number's first group read as digits
    ("0039 OSS 357 0918": 055), which ``fix_digits`` leaves, no digit touching them."""
    return LOOKALIKE_GROUP_RE.sub(lambda m: m[1] + m[2].translate(LOOKALIKE_DIGITS), text)


def international(text: str) -> str:
    """``0081 3-5843-0640`` → ``+81 3-5843-0640``; ``+81.70-8921`` → ``+81 70-8921``.

    The international prefix 00 is how much of the world prints a country code; dots part
    digit groups on French, Belgian and Japanese cards.
    """
    # Only where a number starts: in "055 577 0012" the last group is no "+12", nor in
    # "(01516) 0095658" after an area code in brackets.
    text = LEADING_00_RE.sub("+", text)
    text = trunk_zero_dropped(text)  # +41 (0)44: the 0 is not dialled
    return DOT_IN_DIGITS_RE.sub(" ", text)


def first_region_with_numbers(
    text: str, regions: list[str]
) -> tuple[int, str, list[phonenumbers.PhoneNumberMatch]]:
    """The first of ``regions`` (most likely first) in which ``text`` holds valid numbers: its
    rank, the region and the numbers; ``(0, regions[0], [])`` where none has any."""
    rank, region, found = _first_region_with_numbers(text, tuple(regions))
    return rank, region, list(found)


# Cached: a card's row is matched in the same regions by several of the phone steps (half the
# calls on seed 324 repeated one before them on the same card); the answer depends on the text
# and the regions alone, and no caller changes a match it is given.
@lru_cache(maxsize=4096)
def _first_region_with_numbers(
    text: str, regions: tuple[str, ...]
) -> tuple[int, str, tuple[phonenumbers.PhoneNumberMatch, ...]]:
    for rank, region in enumerate(regions):
        found = tuple(
            phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)
        )
        if found:
            return rank, region, found
    return 0, regions[0], ()


def numbers_in(text: str, regions: list[str]) -> list[phonenumbers.PhoneNumberMatch]:
    """The valid numbers in ``text`` as read, its digits fixed, in the first region with any."""
    return first_region_with_numbers(international(fix_digits(text)), regions)[2]


def valid_e164(e164: str) -> bool:
    """``e164`` ("+4331651285") is a valid number of the country its code names."""
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(e164))
    except phonenumbers.NumberParseException:
        return False


def whole_number(text: str, regions: list[str]) -> bool:
    """``text`` is one valid number, every digit of it (its "00" before the country code read
    as "+": "0034 645 00 51 34 0034 919 83 79 90" is two whole numbers)."""
    found = numbers_in(text, regions)
    whole = international(fix_digits(text))
    return len(found) == 1 and digit_count(found[0].raw_string) == digit_count(whole)


# An extension printed after its number: "ext. 23", "Ext 23", "x23" (US, UK), "poste 23" (French
# Canada), "DW -23", "Durchwahl: 23" (German-speaking), glued to the number's digits or not.
# Written the one way phonenumbers reads ("ext. 23"), so the stored number carries it as the
# contact model does ("+12125550142;ext=23"), and never a label parting the row (SEGMENT_RE).
# One to five digits ending the run: "Durchwahl 030 1234 567" is a label before a whole number.
EXTENSION_RE = re.compile(
    r"(?i)(?<=\d)\s*,?\s*(?:ext|extn|x|poste|dw|durchwahl)\.?\s*:?\s*-?\s*(\d{1,5})(?![\w(])(?!\s?\d)"
)
EXTENSION = "ext. "  # as EXTENSION_RE writes one, the text SEGMENT_RE does not part a row at


def marked_extension(text: str) -> str:
    """``text`` with a number's extension written as phonenumbers reads one (EXTENSION_RE)."""
    return EXTENSION_RE.sub(rf" {EXTENSION}\1", text)


# Where one line's numbers part: " ; ", a wide gap, a label before a number; and a space between
# two numbers grouped by dots or dashes ("Cell: 212.656.4253 617.805.8977", which the matcher
# took for one run and read as nothing): the second is a number after another, as in one match.
# Not before a digit's look-alike glued to digits after a digit group ("F: 0131 S27 9218": the
# S is the 5 ``fix_digits`` reads, no label). And between a number's last two digits and a
# label with its mark glued after them ("T:0161 305 2451M: 07512 419909": the columns' gap lost),
# not after one digit alone ("M6v. 692": a label with a letter read as a digit).
SEGMENT_RE = re.compile(
    rf"\s;\s|\s{{2,}}|\s(?!(?<=\d\s){LOOKALIKE}\d)(?!{re.escape(EXTENSION)})"
    rf"(?=[{LABEL_LETTERS}]{{1,9}}\s*[{LABEL_MARKS}]{{0,2}}\s*[+(\d])"
    rf"|(?<=\d\d)(?=[{LABEL_LETTERS}]{{1,9}}[{LABEL_MARKS}]\s*[+(\d])"
)
NUMBER_GAP_RE = re.compile(r"(?<=[.\-]\d{4})\s+(?=\+?\(?\d{2,4}\)?[.\-]\d{2,4}[.\-]\d)")


def unglue_label(segment: str) -> str:
    """``DDI0113 524 8827``, ``MI07795 378142`` (a bar read as I), ``F #31 40``: a label glued
    to its number, or a plus read as ``#`` (or ``*``, or ``-`` after a colon), parted so the
    label is read."""
    # A plus read as "#" or "*", or as "-" glued to the label's colon ("Fax:-43 (0)316 ...").
    segment = re.sub(
        rf"^([{LABEL_LETTERS}]{{1,9}}\.?[:：]?\s*)(?:{PLUS_READ}|(?<=[:：])-)(?=\d)",
        r"\1+",
        segment,
    )
    glued = re.match(rf"^([{LABEL_LETTERS}]{{1,9}})\|?(?=[+0]\d)", segment)
    if not glued:
        return segment
    letters = glued.group(1)
    # A bar read as I or l; or the label's colon read as a small letter glued to a label of
    # three letters or more ("Faxc+1 206-445-7366" for Fax: +1 ..., the second engine's
    # reading of a blurred photo: the fax stored as an office line at reread+intl/hi, fresh
    # photo seed 278 card 57; session 31). A shorter label so ("Mx") may be a word's start.
    cut = (
        letters[:-1] if letters[-1] in "Il" or (len(letters) > 3 and letters[-1].islower()) else ""
    )
    for label in (letters, cut):
        if label and known_label(label):
            return f"{label} {segment[glued.end() :]}"
    return segment


def label_word(word: str) -> str:
    """A phone label as folded, an l read as a capital I inside it put back where only that
    makes it a label ("TIf." for the Spanish Tlf.: its number's bar read as 1 was then left on
    it, "TIf. 1915 77 23 99", three pooled photos of session 26 unread so)."""
    if word in WRITTEN_PHONE_LABELS:
        return WRITTEN_PHONE_LABELS[word]  # "携帯", "DĐ": their kind's Latin label
    label = normalize.fold(word)
    if label in PHONE_LABELS or "I" not in word[1:]:
        return label
    mended = normalize.fold(word[0] + l_for_i(word[1:]))
    return mended if mended in PHONE_LABELS else label


def digit_as_label(piece: str, label: re.Match[str] | None, regions: list[str]) -> bool:
    """A label of one letter that is a digit's look-alike glued to digits ("O89 216926625" for
    089 ...): the letter was the number's first digit where only so the piece reads a number."""
    if not label or len(label.group(1)) != 1 or label.group(1) not in DIGIT_LOOKALIKES:
        return False
    if not piece[label.end(1) : label.end(1) + 1].isdigit():
        return False
    return not numbers_in(piece[label.end() :], regions) and bool(numbers_in(piece, regions))


# A bar between a label and its number read as a 1 ("T. | 01 41 14 72 77" as "T. 1 01 41 ...",
# "Tel |0521 9640901" as "Tel 10521 ..."): no national number starts "10", so a 1 before a
# trunk 0 that leaves no valid number, where one is valid without it, was the bar.
BAR_AS_ONE_RE = re.compile(r"^\s*[1Il|]\s?(?=\(?0)")


def unbarred(number_text: str, regions: list[str]) -> str:
    """``number_text`` without a leading 1 that is the label's bar misread (see above)."""
    rest = BAR_AS_ONE_RE.sub("", number_text, count=1)
    if rest == number_text or numbers_in(number_text, regions) or not numbers_in(rest, regions):
        return number_text
    return rest


def parted(segment: str, regions: list[str]) -> list[str]:
    """Two numbers printed one after the other with a single space ("Mobil 076 218 3354
    0229309099"): the matcher reads them as one run and finds one or none. Where eight digits
    and more are left unread and exactly one space parts the run into two valid numbers, the
    two are read apart; the second is a number after another, without a label of its own."""
    label = PHONE_LABEL_RE.match(segment)
    start = label.end() if label else 0
    text = segment[start:]
    found = numbers_in(text, regions)
    count = digit_count(text)
    if count - sum(digit_count(m.raw_string) for m in found) < 8 or count > 30:
        return [segment]  # no unread number, or more than two numbers' digits (E.164: 15 each)
    cuts = [
        m.start()
        for m in re.finditer(r" ", text)
        if whole_number(text[: m.start()], regions) and whole_number(text[m.end() :], regions)
    ]
    if len(cuts) != 1:
        return [segment]
    return [segment[: start + cuts[0]], text[cuts[0] + 1 :]]


# A colon glued after a number's last digit, ending the piece or a word: a digit read as a mark
# ("Fax: +49 40 4573814:" for 45738140, small DejaVu Sans Condensed: fresh scan seed 224 card 81,
# a valid shorter number accepted at labelled+intl/lo; session 29). The only such number on
# 4,300 cached cards. Unmeasured: to review. Not a semicolon: it parts two entries of a row
# ("Tel. 040 4573810; Fax 040 4573819"), each read whole (session 29, wrong29b).
MARK_AFTER_RE = re.compile(r":(?:\s|$)")


def digit_as_mark(text: str, end: int) -> bool:
    """A number ending at ``end`` of ``text`` has a mark glued after its last digit."""
    return MARK_AFTER_RE.match(text, end) is not None
