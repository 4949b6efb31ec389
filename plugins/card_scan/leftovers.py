"""What the lines left over after every field was taken still hold: a number, an address or a
website that was printed and not read, so the card goes to review rather than lose it. A line
read from no print (a rule or specks, ``texture``) holds none."""

from __future__ import annotations

import re

import phonenumbers

from contactkit import normalize
from contactkit.model import Phone

from .clues import (
    EMAIL_RE,
    LABEL_LETTERS,
    LABEL_MARKS,
    URL_RE,
    digit_count,
    is_street,
    known_label,
    label_first,
)
from .phone_kinds import near_label
from .phone_slips import BRACKET_IN_LINE_RE
from .phone_text import (
    digits_of,
    fix_digits,
    international,
    lookalike_groups,
    plus_opening,
    trunk_zero_dropped,
)
from .text_lines import Line

# What a line left over after every field was taken may still hold: a number, a website.
PHONE_LIKE_RE = re.compile(r"(?<![\w-])\+?\(?\d[\d ()./-]{6,}\d(?![\w-])")
# "Im Gewerbepark 213 - 70019 Stuttgart", "26 - 80-555 Gdansk": a house number, a dash, a
# postcode and the town (and the country: "- Deutschland"), on a street whose word is no
# street word of the lexicon. The dash may be a colon or nothing, and the town may run on in
# up to two words without digits ("Kaiser-Wilhelm-Ring 132 50348 Koln Deutschland", "174 -
# 60031 Frankfurt am Main", "113 - 00158 Roma (RM)"): 4 cards of the tuning photos and scans
# sent to review with every number right; a town read in pieces ("123 28063 M adrid") is none.
HOUSE_POSTCODE_RE = re.compile(
    r"(?<![\d+])\d{1,4}[a-z]?(?:\s*[-–:]|,)?\s+\d{2}-?\d{3}\s+(?P<town>[A-ZÀ-Ý][a-zà-ÿ]+)"
    r"(?:\s[-–,]\s?[A-ZÀ-Ý]\w+|(?:\s+[^\d\s]+){0,2})$"
)
COUNTRY_CODE_RE = re.compile(r"(?<![\w+])\+\s?\d{1,3}\b")
# Six or seven digits alone on a line, no letter and no dash: the end of a number whose row was
# read twice in part ("Tel:+43 1 260637" | "3722448", pool photo s88/083, accepted with its
# digits lost). A postcode has fewer digits, or a dash ("100-0005"); on the pooled photos no
# card whose numbers were right left such a line.
DIGITS_ALONE_RE = re.compile(r"\d[\d .]{4,8}\d")


# A word box this few pixels high holds no printed letter: a rule, a pattern or specks.
SPECK_HEIGHT = 4


def texture(line: Line) -> bool:
    """A line Tesseract read from no print: a word of letters a few pixels high, the line's
    words under 0.5 on average ("Pia ©" over a rule, its word boxes 2 px high: the sign read
    as an address's @ sent 4 tuning photos to review, each with its one address read)."""
    thin = any(w.height <= SPECK_HEIGHT and any(_printable(c) for c in w.text) for w in line.words)
    return thin and line.mean_conf < 0.5


def _printable(char: str) -> bool:
    """A letter, a digit or a sign read as an @ ("Pa wn ©": the © 1 px high under a logo,
    second blind generator's photo seed 1 card 77)."""
    return char.isalnum() or char in "@©®"


OPENING_RE = re.compile(r"[(\[{]")
CLOSED_AT_END_RE = re.compile(r"(?<=\d)[)\]}]$")


def number_like(text: str) -> bool:
    """A run of eight digits and more (a phone number, not a postal code: "100-0005"), or a
    phone label before digits that did not read as a number ("Tel. 0114 0g 58 11")."""
    # A plus read as "#" or "*" opening the line ("#43 (09650 $470550", an Austrian mobile whose
    # row was lost beside the office line read: p155 photo 66, accepted), as phone_text's
    # unglue_label reads it after a label.
    text = plus_opening(text, loose=True)
    # A 5 read as "$" opening a group after another ("0039 343 $15 3008", the mobile's row left
    # and the card accepted with its office numbers: p364 card 80, session 36); in a street
    # ("1$0 60068") or a postcode ("$30-8768 Japan") it follows no group.
    text = re.sub(r"(?<=\d\s)\$(?=\d)", "5", text)
    # A 1 read as "!" ending a short group after another ("Tet 0099 01! 406 6314": the Italian
    # office line lost beside the mobile read, p576 card 94, accepted at bare+intl/hi).
    text = re.sub(r"(?<=\d\s\d)!(?=\s\d)|(?<=\d\s\d\d)!(?=\s\d)", "1", text)
    # "Tet 0039 OSS 357 0918": a serif face's 055 read as letters, the whole group (the office
    # line lost, the mobile accepted alone: fresh photo seed 661 card 90, session 52)
    text = lookalike_groups(text)
    # A bracket closing a line of digits that opened none: a digit read so ("6721 878)" for
    # 6721 8781, a Singapore office line left beside the mobile read: photo seed 7 card 61)
    if not OPENING_RE.search(text):
        text = CLOSED_AT_END_RE.sub("1", text)
    text = re.sub(r"^[^\w+]+", "", text).replace(":", " ")  # "‘Tel: 020 72:37 2898", "+41 Ry 946"
    if is_street(text) or house_and_postcode(text):
        return False  # "Corso Buenos Aires 178 - 80169 Napoli": a house number and a postcode
    if any(digit_count(m.group(0)) >= 8 for m in PHONE_LIKE_RE.finditer(text)):
        return True
    if DIGITS_ALONE_RE.fullmatch(text.strip()) and 6 <= digit_count(text) <= 7:
        return True  # "3722448" under "Tel:+43 1 260637": a number's end read on its own line
    if COUNTRY_CODE_RE.search(text) and digit_count(text) >= 8:
        return True  # "Fl +31 Ry 946 9911": a country code, its digits broken by misread ones
    letter_first = LETTER_FIRST_RE.match(text)
    if letter_first and known_label(letter_first.group(1)) and digit_count(text) >= 6:
        return True  # "F G3-7767-086}": the number's first digit read as a letter
    label = label_first(text)
    # "Mobile +1 ores", "© +44 @y79% Sonen2": a number's digits read as letters
    if country_code_first(text[label.end() :] if label else text):
        return True
    # "Th+48 BA7TRDM": a label misread glued to the plus, the digits read as letters (p368 card
    # 34: the office row lost, the mobile accepted alone)
    if country_code_first(re.sub(r"^[A-Za-z]{1,3}[.:]?(?=\+\d)", "", text)):
        return True
    if glued_label_number(text) or AREA_CODE_RE.search(text):
        return True
    return bool(label) and digit_count(text) >= 5


# A label's letters glued to its number's digits ("Hondy101520-4892836" for "Handy 01520-...",
# its a read o and its space lost: the mobile's row left over, the card accepted with its office
# number alone; fresh photo seed 533 card 67, session 47). PHONE_LIKE_RE wants no letter before.
# Grouped: an identity number glued to its letters ("DNI12345678Z") runs on in one group (rev47).
# Or glued by a dash, a bar before the number read so ("Mob-1392565.8042" for "Mob | 392.565.
# 8042": the mobile lost, the card accepted with its office line; fresh photo seed 681 card 16).
GLUED_LABEL_RE = re.compile(r"^([A-Za-z]{3,9})[.:-]?(\d+[ ./-][\d ./-]{3,}\d)")
# A national area code in brackets, its trunk 0 first: "F | (089) seossees", the fax's digits
# read as letters (the same card). No address prints one ("(RM)" is a province; "(0)" alone
# is a trunk 0 before an international number's own digits). Opening the line, its bracket was
# stripped with the specks before it; something follows it (rev47: "Studio (02)" is none).
AREA_CODE_RE = re.compile(r"(?:\(|^)0\d{1,4}\)\s*\S")


def glued_label_number(text: str) -> bool:
    """``text`` opens on a phone label, known or one letter off one, glued to eight digits
    and more."""
    glued = GLUED_LABEL_RE.match(text)
    if not glued or digit_count(glued.group(2)) < 8:
        return False
    word = glued.group(1)
    return known_label(word) or near_label(normalize.fold(word)) is not None


# A label, a space and one letter glued before digits: the number's first digit read as a
# letter ("F G3-7767-086}" for "F 03-7767-0801"), which a label's pattern (a digit after it)
# does not see: the fax's row was left over while the card's other two numbers were accepted
# (p368 card 19). Glued to the label ("TeL01/576...") it is the label's own letter.
LETTER_FIRST_RE = re.compile(
    rf"([{LABEL_LETTERS}]{{1,9}})\s*[{LABEL_MARKS}]{{0,2}}\s+[A-Za-z](?=\d)"
)


# A country code opening what is left of a line after its label or sign, the rest no number.
CODE_FIRST_RE = re.compile(r"^\+\s?(\d{1,3})(?!\d)")


def country_code_first(text: str) -> bool:
    """``text`` opens on a country code some country has: a number printed there."""
    code = CODE_FIRST_RE.match(text)
    return bool(code) and phonenumbers.region_code_for_country_code(int(code.group(1))) != "ZZ"


# A number's digits in three groups parted by dots, slashes or dashes, glued after letters (a
# label's letters misread and run into it: "S.tl55.596.0684" for "Tel. 055.596.0684" read on the
# company's row, which the company took; p352 card 29, session 35). A VAT number
# ("DE123456789") has no groups; a postcode or a date too few digits.
GLUED_NUMBER_RE = re.compile(r"(?<=[A-Za-z.])\d{2,4}(?:[./-]\d{2,4}){2,3}(?![\w-])")
# A registration number glued to its country's or form's capitals, its digits in thousands:
# a Belgian VAT "BE0123.456.789", a Swiss UID read "CHE123.456.789" (its dash lost), a Spanish
# "CIF B12.345.678". Capitals that are a phone label ("TEL055.596.0684") stay a number's.
REGISTRY_PREFIX_RE = re.compile(r"(?<![A-Za-z])([A-Z]{1,3})[.-]?$")
THOUSANDS_RE = re.compile(r"\d{1,4}(?:\.\d{3})+")


def glued_number(text: str, phones: list[Phone]) -> bool:
    """A word of ``text`` holding a grouped number of eight digits or more run on from letters,
    which no number read holds."""
    read = [digits_of(p.text).lstrip("0") for p in phones]
    for found in GLUED_NUMBER_RE.finditer(text):
        printed = digits_of(found.group(0))
        # "Mariahilfer Str.123/45/67": a house, its stair and door, seven digits
        if len(printed) < 8:
            continue
        prefix = REGISTRY_PREFIX_RE.search(text[: found.start()])
        if prefix and not known_label(prefix[1]) and THOUSANDS_RE.fullmatch(found[0]):
            continue
        run = printed.lstrip("0")
        if not any(run in number or number in run for number in read):
            return True
    return False


# An address printed and not read: an @ with a letter or digit before it or letters after it.
# A lone "@", or one before digits ("@ 0034 915 05 64 85"), is an envelope or phone sign read
# as one. Also what tells a card that prints an address from one that gives its site alone
# (email_traces.no_email_but_website).
EMAIL_ATTEMPT_RE = re.compile(r"[A-Za-z0-9]@|@[A-Za-z]{2,}")

WEB_LIKE_RE = re.compile(
    r"(?i)www|https?\b|\b(?:web|url|com)\b|(?-i:\b[a-z0-9-]{2,}\.(?:[a-z]{2,3}\.)?[a-z]{2,4}\b)"
)


def remnants(texts: list[str], used: set[int]) -> list[str]:
    """What the lines an email, a website or a number was read from hold besides them: a
    website there that was not read ("E-mail: a@b.de  www acme de") is still printed."""
    out = []
    for i in sorted(used):
        rest = URL_RE.sub(" ", EMAIL_RE.sub(" ", texts[i]))
        out.append(" ".join(w for w in rest.split() if re.search(r"(?i)www|https?\b|\w\.\w", w)))
    return [t for t in out if t]


def digits_left(texts: list[str], used: set[int], phones: list[Phone]) -> bool:
    """A line a number was read from still holds eight digits no number was read from
    ("© 123212437 Owect (312) 363-4172": a mobile misread beside the office number)."""
    read = [digits_of(p.text) for p in phones]
    for i in sorted(used):
        text = EMAIL_RE.sub(" ", texts[i])
        # "+41 (0131 99654 47" read as "+41 31 99654 47" (phone_slips.BRACKET_AS_DIGIT_RE): its
        # trunk 0's bracket, read as a digit, is no digit left over
        unbracketed = BRACKET_IN_LINE_RE.sub(r"\1(0)", text)
        # A reading no number was read from says nothing: "+44 (0131) 225 1234 Mobile 07911
        # 12345", read as printed, is no "+44 31 ..." and its mobile's digits are still left.
        lefts = [_digits_left_in(t, read, texts[i]) for t in {text, unbracketed}]
        known = [left for left in lefts if left is not None]
        if known and all(known):
            return True
    return False


def _digits_left_in(text: str, read: list[str], printed: str) -> bool | None:
    """``digits_left`` for one reading of a line (``printed`` as read), the digits of the
    numbers read given; None where no number read is in it."""
    # "+44 (0)20 7936 2082": the trunk 0 in brackets is no digit of the number read
    line = digits_of(international(fix_digits(text)))
    took = [d for d in read if d.lstrip("0") and d.lstrip("0") in line]
    if not took:
        return None
    for d in took:  # with its trunk 0 as read, so the digits before it keep their last 0
        line = line.replace(d if d in line else d.lstrip("0"), "", 1)
    # "+ 6/8163620 Mobil 0664/1212378": the office number's last 0 is one of its digits; a
    # postcode's before its town is no number's ("Via Roma 120 - 20100 Milano - Tel. 02
    # 1234 5678", "1030 Wien": the street's digits and the postcode's counted as before).
    if len(line.strip("0")) >= 8:
        return True
    return len(line.lstrip("0")) >= 8 and not postcode_before_town(printed)


# A postcode of four or five digits before its town's word ("75010 Paris", "1010 Wien").
POSTCODE_TOWN_RE = re.compile(r"(?<![\d.,/-])\d{4,5}\s+(?P<town>[A-ZÀ-Ý][a-zà-ÿ]+)")


def postcode_before_town(text: str) -> bool:
    """``POSTCODE_TOWN_RE`` in ``text``, its town no phone label ("816 3620 Mobil" is a
    number's end)."""
    return any(not known_label(m["town"]) for m in POSTCODE_TOWN_RE.finditer(text))


# A number's last six or seven digits in groups ("483-3335", "833 0314"), no digit next to them.
TAIL_RE = re.compile(r"(?<![\d+()/.-])\(?\d{2,4}\)?[-. ]\d{3,4}(?!\d)(?![-. ]\d)")


# A separator opening a word before a digit: the groups before it lost or read elsewhere.
# Not " - 8011 Graz" (a dash set apart between an address's parts).
HEAD_CUT_RE = re.compile(r"(?:^|(?<=\s))[-.](?=\d)")


def tail_left(texts: list[str], used: set[int], phones: list[Phone]) -> bool:
    """A line a number was read from holds a grouped run of six or seven digits that no number
    read holds: a number whose area code was lost or glued to a word ("IN€4206)" |
    "483-3335 Tel: 212-647-2901", "30 833 0314 Mob.: 06 41244978"). On the pooled photos it
    fired on 4 cards, each with a number lost (2 accepted), and on none whose numbers were
    right."""
    read = [digits_of(international(fix_digits(p.text))) for p in phones]
    for i in sorted(used):
        # "M: +33 (0)7 64 00 55 56" is stored without its trunk 0 in brackets
        text = trunk_zero_dropped(URL_RE.sub(" ", EMAIL_RE.sub(" ", texts[i])))
        if not any(p.text in text for p in phones):
            continue
        for phone in phones:
            text = text.replace(phone.text, " ; ")
        # "-385-3019 M: 1-312-836-9278": a number's tail opening on its separator, its head
        # read onto another row ("ON | 506" after the company); the hyphen goes, the run stays
        text = HEAD_CUT_RE.sub(" ", text)
        for run in TAIL_RE.finditer(text):
            tail = digits_of(run.group(0))
            if 6 <= len(tail) <= 7 and not any(tail in number for number in read):
                return True
    return False


# A number's last six or seven digits opening a row, before the next number's label: its first
# digits lost, or read into the line before ("870250 Mobil: (0170) 3030186", parted from
# "Rheintal Logistik Grpddloboas" for "... GmbH 030/45870250": the office line lost, the mobile
# accepted alone; fresh photo seed 545 card 23, session 47).
# Not a postcode opening an address's row before its label: a Japanese one marked 〒 or grouped
# 3-4 ("100-0005"), a Portuguese 4-3 ("1100-053"); six digits alone (Singapore, India) come
# after their town (rev47).
TAIL_BEFORE_LABEL_RE = re.compile(
    r"^[^\w〒]*(?!\d{3}-\d{4}\b|\d{4}-\d{3}\b)(\d[\d /-]{4,8}\d)\s*([A-Za-z]{2,9})\b"
)


def tail_before_label(texts: list[str], used: set[int], phones: list[Phone]) -> bool:
    """A line a number was read from opens on six or seven digits no number read holds, a
    phone label after them."""
    read = [digits_of(p.text) for p in phones]
    for i in used:
        tail = TAIL_BEFORE_LABEL_RE.match(texts[i])
        if not tail or not known_label(tail.group(2)):
            continue
        digits = digits_of(tail.group(1))
        if 6 <= len(digits) <= 7 and not any(digits in number for number in read):
            return True
    return False


# A bracketed area code just before a number read that does not hold it: "(089) 6627701721"
# read as +1 662 770 1721 on a German card no clue named (b76 photo 138), the area code
# dropped by a parse in the default region's numbering ("(0)" alone is a trunk 0, no code).
AREA_BEFORE_RE = re.compile(r"\(\d{2,5}\)[\s./-]*$")


def area_code_left(texts: list[str], used: set[int], phones: list[Phone]) -> bool:
    """A line a number was read from holds a bracketed area code right before that number,
    outside it (``AREA_BEFORE_RE``): the number read is the tail of the one printed."""
    for phone in phones:
        for i in used:
            at = texts[i].find(phone.text)
            if at > 0 and AREA_BEFORE_RE.search(texts[i][:at]):
                return True
    return False


# A phone row read in pieces on a small scan (``M +49`` | ``)1515`` | ``4810 T`` for
# M +49 1515 7904810) leaves a country code with no number after it (session 16).
CODE_ALONE_RE = re.compile(r"(?:^|\s)\+\d{1,3}$")
# A number's row read as capitals after its code ("Th+48 BA7TRDM" for Tel +48 58 677 50 34, its
# digits read as letters at 0.10: photo 368/34, the card's mobile accepted alone at
# reread+intl/hi; session 37): the code and one token of capitals and a digit, nothing else.
CODE_GARBLED_RE = re.compile(r"\+(\d{1,3})\s+(?=[A-Z0-9]*\d)(?=(?:[0-9]*[A-Z]){2})[A-Z0-9]{5,}$")


def house_and_postcode(text: str) -> bool:
    """``HOUSE_POSTCODE_RE`` on a line no phone's sign or label starts, its town no label
    ("089 21803 Mob", "+49 30 12345 Zentrale" are numbers)."""
    house = HOUSE_POSTCODE_RE.search(text)
    if not house or "+" in text[: house.start()]:
        return False
    if label_first(text):
        return False
    return not known_label(house["town"])


def code_alone(text: str) -> bool:
    """A line ending in a country code, with too few digits for a number of its own. A code no
    country has ("ees +5", specks at a photo's edge) is no number's start."""
    code = CODE_ALONE_RE.search(text.strip()) or CODE_GARBLED_RE.search(text.strip())
    if not code or digit_count(text) >= 6:
        return False
    country = code.group(0).strip()[1:].split()[0]
    return phonenumbers.region_code_for_country_code(int(country)) != "ZZ"


# A phone label alone on its line ("Natel:"), two letters and more: a lone letter is as often a
# monogram or an icon read as one ("M", "D", "p" on seed 102 photos, every number read).
# A label and the digits after it, anywhere on a line: "T +41 31879 7904 Natel +4179-942-".
LABELLED_RE = re.compile(
    rf"(?<![\w+])([{LABEL_LETTERS}]{{1,9}})\s*[{LABEL_MARKS}]{{0,2}}\s*(\+?\(?\d[\d\s()./-]*)"
)


def labelled_left(texts: list[str], used: set[int], phones: list[Phone]) -> bool:
    """A line a number was read from holds a phone label before five to seven digits that no
    number read holds: a second number cut short ("Natel +4179-942-" beside "T +41 31879 7904",
    whose one number was taken as the card's phones). Longer runs are a bar read as 1 or two
    numbers run together, which ``find_phones`` reads."""
    read = [digits_of(p.text).lstrip("0") for p in phones]
    for i in sorted(used):
        for found in LABELLED_RE.finditer(texts[i]):
            if not known_label(found.group(1)):
                continue
            left = digits_of(international(fix_digits(found.group(2)))).lstrip("0")
            if 5 <= len(left) <= 7 and not any(left in number for number in read):
                return True
    return False
