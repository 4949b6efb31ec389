"""Phone numbers on a card: labels, OCR digit slips, and the region the card itself names."""

from __future__ import annotations

import re

import phonenumbers

from contactkit import normalize
from contactkit.model import Phone

from .clues import (
    EMAIL_RE,
    PHONE_LABEL_RE,
    URL_RE,
    digits,
    is_street,
    word_conf,
)
from .confidence import ocr_band
from .lexicon import (
    PHONE_LABELS,
)
from .ocr import Line
from .phone_kinds import fax_only, kind_conflict, lone_sign, near_label, untold_kinds, untold_type
from .phone_marks import disputed, read_twice
from .phone_slips import (
    gap_partners,
    overlap_joined,
    plus_lost,
    slip_readings,
    unglue_word,
    with_labels,
)


def fix_digits(text: str) -> str:
    """OCR confuses O/0, l/I/1, S/5, B/8 in numbers: fix them where digits surround them."""
    table = str.maketrans({"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
    text = re.sub(r"(?<=\d):(?=\d)", "", text)  # "020 72:37 2898": a speck read as a colon
    # "06 976) 6261" for 06.9761.6261: a light face's thin 1 read as a closing bracket no
    # bracket opened (DejaVu Sans Light, s81 photo 150: 069766261, nine digits, valid in Italy,
    # was accepted at bare/mid). Put back, the number reads as repaired.
    if "(" not in text:
        text = re.sub(r"(?<=\d)\)(?=\s?\d)", "1", text)
    return re.sub(
        r"(?<=[\d\s()+-])[OoDlISB](?=[\d\s()-])|(?<=\d)[OoDlISB]|[OoDlISB](?=\d)",
        lambda m: m.group(0).translate(table),
        text,
    )


def find_phones(
    lines: list[Line],
    texts: list[str],
    used: set[int],
    regions: list[str],
    fallback: list[str] | None = None,
) -> list[tuple[Phone, str]]:
    """Every valid number on the card, with its kind and a confidence.

    ``regions`` are the regions to read national numbers in, most likely first (the card's
    own clues, then the configured default). A number valid only in a later one is taken with
    doubt: the clues pointed elsewhere. ``fallback`` regions (phone_slips.hinted_regions) are
    tried last, for a run of digits that is one whole number there and nothing before.
    """
    fallback = [r for r in fallback or [] if r not in regions]
    out: list[tuple[Phone, str]] = []
    seen: set[str] = set()
    partners = gap_partners(lines, texts)
    found: list[phonenumbers.PhoneNumberMatch] = []
    lone_letters: set[int] = set()  # a label of one letter apart: maybe the phone's icon
    for i, text in enumerate(with_labels(lines, texts, used, lone_letters)):  # "Fax" apart
        # An email or a website on the same line ("T 030 123 | a@b.de") is no part of a number.
        text = URL_RE.sub(" ; ", EMAIL_RE.sub(" ; ", unglue_word(text)))
        across = False
        if i in partners:  # a number parted across a gap: joined where only joined it reads
            j = partners[i]
            overlap = lines[j].left < lines[i].right
            for joined in (f"{text} {texts[j]}", overlap and overlap_joined(text, texts[j])):
                if joined and len(_numbers(joined, regions)) > len(_numbers(text, regions)):
                    text, across = joined, True
                    used.add(j)
                    break
        # One line may hold several numbers ("T 030 123 | F 030 124"); split on label boundaries.
        # "F.: 0039 06 8640": a dot and a colon after the label.
        pieces = [
            (piece, k > 0 or n > 0, not n and bool(SIGN_STOP_RE.match(gap)))
            for part in SEGMENT_RE.split(text)
            for k, gap in enumerate(NUMBER_GAP_RE.split(part))
            # "‘Tel:": a speck before the label
            for n, piece in enumerate(parted(unglue_label(re.sub(r"^[^\w+(]+", "", gap)), regions))
        ]
        for segment, after_number, sign_stop in pieces:
            label_match = PHONE_LABEL_RE.match(segment)
            label = normalize.fold(label_match.group(1)) if label_match else ""
            if label not in PHONE_LABELS and is_street(segment):
                # "Suite 100", "ul. Swietokrzyska 158/3 - 80-823 Gdansk": a house number and
                # a postcode are no phone, labelled by a word or not.
                continue
            number_text = segment[label_match.end() :] if label_match else segment
            if label in PHONE_LABELS:
                number_text = unbarred(number_text, regions)
            fixed = international(fix_digits(number_text))
            rank, region, matches = _first_region_with_numbers(fixed, regions)
            if not matches:
                # A country another number of the card's was read in counts as the card's.
                read_in = [phonenumbers.region_code_for_number(m.number) for m in found]
                slipped = _slipped(number_text, regions, label, read_in)
                if slipped[3]:
                    fixed, rank, region, matches = slipped
            if not matches and fallback and _whole_number(fixed, fallback):
                rank, region, matches = _first_region_with_numbers(fixed, fallback)
                rank = len(regions)  # a region only a label's language or the shape hints
            found += matches
            for n, match in enumerate(matches):
                e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
                if e164 in seen:
                    continue
                seen.add(e164)
                # "Cell +1 212-854-8178 +1 617-449-4686": a label names the number after it;
                # a second number is the other column's, whose own label was not read.
                own_label = label if n == 0 else ""
                known = own_label in PHONE_LABELS
                kind = PHONE_LABELS.get(own_label, "work")
                if kind == "work" and not known and looks_mobile(match.number):
                    kind = "cell"
                # "Teletax": a label misread, naming another kind ("directe" names the same)
                near = None if known else near_label(own_label)
                near = near if near != kind else None
                kind = near or kind
                # Where the numbering cannot tell (North America), a mobile's sign does.
                untold = untold_type(match.number)
                sign = (
                    untold
                    and not (known or n or after_number)
                    and mobile_sign(lines[i].text, match)
                )
                if sign:
                    kind = "cell"
                # What backs the number besides being valid, for confidence.phone_level.
                if disputed(lines[i], match.raw_string):
                    how = "disputed"  # phone_check: a second engine read other digits
                elif any(word.source == ROW_SOURCE for word in lines[i].words):
                    how = "reread"  # phone_reading's: measured apart
                elif across:
                    how = "gap"  # joined across a gap: unmeasured, a person looks
                elif i in lone_letters and n == 0:
                    how = "letter-apart"  # "f" apart, maybe an icon: unmeasured, a person looks
                elif sign_stop and not label and n == 0:
                    how = "label-unread"  # "¥. 06 6741 2637": its kind a guess, unmeasured
                elif near:
                    how = "near-label"  # its kind from a label one letter off: unmeasured
                elif known and kind_conflict(kind, match.number):
                    how = "kind-conflict"  # "T" before a mobile: a label of another number
                elif (n or after_number) and untold:
                    how = "bare-untold"  # no label of its own, and the numbering cannot tell
                elif fixed != international(number_text):
                    how = "repaired"  # digits repaired: checked only by the number being valid
                elif rank == len(regions):
                    how = "hint-region"  # valid only where a label's language or its shape hints
                elif (rank or foreign_by_idd(match, region)) and not printed_plus(match):
                    how = "other-region"  # read in a region the card's clues did not name
                elif label and not known and digits(match.raw_string) < 8:
                    how = "odd-label"  # an unknown word before a short number: maybe no phone
                elif plus_lost(match.raw_string, region, e164):
                    how = "plus-lost"  # its own country code first: "+39 055" read "39055"?
                else:
                    how = "labelled" if known else ("sign" if sign else "bare")
                band = ocr_band(word_conf(lines[i], match.raw_string.split()[-1][:3]))
                if band != "hi" and read_twice(lines[i], match.raw_string):
                    band = "hi"  # phone_check: two crops of a second engine read these digits
                intl = "+intl" if match.raw_string.startswith("+") else ""
                phone = Phone(text=match.raw_string, kind=kind, region=region)
                out.append((phone, f"{how}{dense(match, band)}{intl}/{band}"))
                used.add(i)
    return lone_sign(fax_only(untold_kinds(out)))


# A label's letters read as a sign, its stop read ("¥. 06 6741 2637" for "F. 06 6741 2637", b67
# photo 15, taken for an office number at bare/hi): no icon has a stop after it. On the tuning
# cards (seeds 10-67) a sign alone before a number stood for 530 office numbers and 277 mobiles;
# with a stop, for a fax (twice; the other a colon alone, its "Fax" read on a line apart).
# Session 20: a colon alone before the number, its label's letters not read at all (": +41 61
# 482 16 60" for "F: ...", small serif print beside a column's rule, fresh scan seed 83 card 220,
# stored as an office number at bare+intl/hi; card 276's lost "T:" too): 1 of 2 a fax.
SIGN_STOP_RE = re.compile(r"(?:[^\w\s+(]{1,2}[.:]|:)\s*[+(\d]")
# The words of a phone row read again by RapidOCR (phone_reading), measured apart.
ROW_SOURCE = "phone-row"


def _slipped(
    number_text: str, regions: list[str], label: str, read_in: list[str | None]
) -> tuple[str, int, str, list[phonenumbers.PhoneNumberMatch]]:
    """The first of ``phone_slips.slip_readings`` that is one whole valid number; a plus put
    back must name a region of the card's or one its other numbers were read in
    (``read_in``), or come with "(0)"."""
    if label and label not in PHONE_LABELS:  # "ul. Dluga 143/33": a word that is no label
        return number_text, 0, regions[0], []
    for reading, slip in slip_readings(number_text, bool(label)):
        fixed = international(fix_digits(reading))
        rank, region, matches = _first_region_with_numbers(fixed, regions)
        if len(matches) != 1 or digits(matches[0].raw_string) != digits(fixed):
            continue
        told = phonenumbers.region_code_for_number(matches[0].number)
        if slip == "bar" or told in regions or told in read_in or "(0)" in reading:
            return fixed, rank, region, matches
    return number_text, 0, regions[0], []


def dense(match: phonenumbers.PhoneNumberMatch, band: str) -> str:
    """``+dense`` for a North American number Tesseract doubts, printed without its +1.

    Nearly every ten digits are a valid number there, so a digit misread ("(415) 699-2278"
    for 899) still passes the one check a number has; in sparser plans it mostly fails it.
    Tuning cards (session 12): 3 of 5 such numbers right, the two unlabelled ones wrong.
    """
    unsure = band != "hi" and match.number.country_code == 1
    return "+dense" if unsure and not match.raw_string.startswith("+") else ""


# Where one line's numbers part: " ; ", a wide gap, a label before a number; and a space between
# two numbers grouped by dots or dashes ("Cell: 212.656.4253 617.805.8977", which the matcher
# took for one run and read as nothing): the second is a number after another, as in one match.
SEGMENT_RE = re.compile(r"\s;\s|\s{2,}|\s(?=(?:[A-Za-z]{1,9})\s*[.:]{0,2}\s*[+(\d])")
NUMBER_GAP_RE = re.compile(r"(?<=[.\-]\d{4})\s+(?=\+?\(?\d{2,4}\)?[.\-]\d{2,4}[.\-]\d)")


# A bar between a label and its number read as a 1 ("T. | 01 41 14 72 77" as "T. 1 01 41 ...",
# "Tel |0521 9640901" as "Tel 10521 ..."): no national number starts "10", so a 1 before a
# trunk 0 that leaves no valid number, where one is valid without it, was the bar.
BAR_AS_ONE_RE = re.compile(r"^\s*[1Il|]\s?(?=\(?0)")


def unbarred(number_text: str, regions: list[str]) -> str:
    """``number_text`` without a leading 1 that is the label's bar misread (see above)."""
    rest = BAR_AS_ONE_RE.sub("", number_text, count=1)
    if rest == number_text or _numbers(number_text, regions) or not _numbers(rest, regions):
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
    found = _numbers(text, regions)
    if digits(text) - sum(digits(m.raw_string) for m in found) < 8 or digits(text) > 30:
        return [segment]  # no unread number, or more than two numbers' digits (E.164: 15 each)
    cuts = [
        m.start()
        for m in re.finditer(r" ", text)
        if _whole_number(text[: m.start()], regions) and _whole_number(text[m.end() :], regions)
    ]
    if len(cuts) != 1:
        return [segment]
    return [segment[: start + cuts[0]], text[cuts[0] + 1 :]]


def _whole_number(text: str, regions: list[str]) -> bool:
    """``text`` is one valid number, every digit of it (its "00" before the country code read
    as "+": "0034 645 00 51 34 0034 919 83 79 90" is two whole numbers)."""
    found = _numbers(text, regions)
    whole = international(fix_digits(text))
    return len(found) == 1 and digits(found[0].raw_string) == digits(whole)


def _numbers(text: str, regions: list[str]) -> list[phonenumbers.PhoneNumberMatch]:
    return _first_region_with_numbers(international(fix_digits(text)), regions)[2]


# A sign read as "©" just before a number: a mobile's icon (a handset reads "@" or "®"). On the
# tuning cards it stood before a mobile 100 times of 100 (session 15, new seeds too: 154 of 154);
# it names the kind where the numbering plan cannot (North America), as a label does
# (phone_kinds.lone_sign).
MOBILE_SIGN_RE = re.compile(r"©\s*([+(]?\s*\d[\d\s().-]*)")


def mobile_sign(line_text: str, match: phonenumbers.PhoneNumberMatch) -> bool:
    lead = re.sub(r"\D", "", match.raw_string)[:4]
    return any(
        lead in re.sub(r"\D", "", found.group(1))[: len(lead) + 2]
        for found in MOBILE_SIGN_RE.finditer(line_text)
    )


def foreign_by_idd(match: phonenumbers.PhoneNumberMatch, region: str) -> bool:
    """A number printed without ``+`` or ``00`` read as another country's through a dialling
    prefix (``0113 524 8827``, a Leeds number, is ``011 352...`` to a US reader)."""
    home = phonenumbers.country_code_for_region(region)
    return match.number.country_code != home and not match.raw_string.lstrip("(").startswith("00")


def printed_plus(match: phonenumbers.PhoneNumberMatch) -> bool:
    """The number was printed with its ``+``: its country is said, not guessed."""
    return match.raw_string.lstrip("(").startswith("+")


def unglue_label(segment: str) -> str:
    """``DDI0113 524 8827``, ``MI07795 378142`` (a bar read as I), ``F #31 40``: a label glued
    to its number, or a plus read as ``#``, parted so the label is read."""
    segment = re.sub(r"^([A-Za-z]{1,9}\.?:?\s*)#(?=\d)", r"\1+", segment)
    glued = re.match(r"^([A-Za-z]{1,9})\|?(?=[+0]\d)", segment)
    if not glued:
        return segment
    letters = glued.group(1)
    for label in (letters, letters[:-1] if letters[-1] in "Il" else ""):
        if label and normalize.fold(label) in PHONE_LABELS:
            return f"{label} {segment[glued.end() :]}"
    return segment


def _first_region_with_numbers(
    text: str, regions: list[str]
) -> tuple[int, str, list[phonenumbers.PhoneNumberMatch]]:
    for rank, region in enumerate(regions):
        found = list(
            phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)
        )
        if found:
            return rank, region, found
    return 0, regions[0], []


def international(text: str) -> str:
    """``0081 3-5843-0640`` → ``+81 3-5843-0640``; ``+81.70-8921`` → ``+81 70-8921``.

    The international prefix 00 is how much of the world prints a country code; dots part
    digit groups on French, Belgian and Japanese cards.
    """
    # Only where a number starts: in "055 577 0012" the last group is no "+12", nor in
    # "(01516) 0095658" after an area code in brackets.
    text = re.sub(r"(?<![\d+])(?<!\d[\s./-])(?<!\)\s)(?<!\))00(?=[1-9]\d)", "+", text)
    text = re.sub(r"\+\s?(\d{1,3})\s?\(0\)\s?", r"+\1 ", text)  # +41 (0)44: the 0 is not dialled
    return re.sub(r"(?<=\d)\.(?=\d)", " ", text)


def looks_mobile(number: phonenumbers.PhoneNumber) -> bool:
    return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE


# A label and the digits after it, anywhere on a line: "T +41 31879 7904 Natel +4179-942-".
LABELLED_RE = re.compile(r"(?<![\w+])([A-Za-zéÉ]{1,9})\s*[.:]{0,2}\s*(\+?\(?\d[\d\s()./-]*)")


def labelled_left(texts: list[str], used: set[int], phones: list[Phone]) -> bool:
    """A line a number was read from holds a phone label before five to seven digits that no
    number read holds: a second number cut short ("Natel +4179-942-" beside "T +41 31879 7904",
    whose one number was taken as the card's phones). Longer runs are a bar read as 1 or two
    numbers run together, which ``find_phones`` reads."""
    read = [re.sub(r"\D", "", p.text).lstrip("0") for p in phones]
    for i in sorted(used):
        for found in LABELLED_RE.finditer(texts[i]):
            if normalize.fold(found.group(1)) not in PHONE_LABELS:
                continue
            left = re.sub(r"\D", "", international(fix_digits(found.group(2)))).lstrip("0")
            if 5 <= len(left) <= 7 and not any(left in number for number in read):
                return True
    return False
