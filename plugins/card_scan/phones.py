"""Phone numbers on a card: labels, OCR digit slips, and the region the card itself names."""

from __future__ import annotations

import re
from typing import NamedTuple

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
from .lexicon import PHONE_LABELS
from .ocr import Line
from .phone_kinds import (
    FAX_MISREAD,
    OFFICE_SIGN_RE,
    fax_only,
    fax_read_p,
    kind_conflict,
    lone_sign,
    looks_mobile,
    misread_label,
    mobile_sign,
    near_label,
    sign_before,
    untold_kinds,
    untold_type,
)
from .phone_marks import digits_lost_in_gap, disputed, read_twice
from .phone_slips import (
    gap_partners,
    overlap_joined,
    plus_lost,
    shared_hints,
    slip_readings,
    trunk_readings,
    unglue_word,
    with_labels,
)
from .phone_text import (
    NUMBER_GAP_RE,
    SEGMENT_RE,
    comma_as_dot,
    digit_as_label,
    digit_as_mark,
    first_region_with_numbers,
    fix_digits,
    international,
    label_word,
    marked_extension,
    numbers_in,
    parted,
    unbarred,
    unglue_label,
    whole_number,
)
from .postcode_hints import postcode_doubts


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
    by_p: set[int] = set()  # numbers labelled "P", which may be an "F" misread
    office_signed: set[int] = set()  # numbers after an office's sign read "@"
    for i, text in enumerate(with_labels(lines, texts, used, lone_letters)):  # "Fax" apart
        # An email or a website on the same line ("T 030 123 | a@b.de") is no part of a number.
        text = URL_RE.sub(" ; ", EMAIL_RE.sub(" ; ", unglue_word(text)))
        text = marked_extension(text)  # "0142 x23", "poste 23": kept with its number
        text, across = _joined_across(lines, texts, i, text, partners.get(i), regions, used)
        for piece, after_number, sign_stop in _pieces(text, regions):
            label_match = PHONE_LABEL_RE.match(piece)
            if digit_as_label(piece, label_match, regions):
                label_match = None
            label = label_word(label_match.group(1)) if label_match else ""
            if label in FAX_MISREAD and label_match and piece[label_match.end(1)].isdigit():
                label = ""  # "London E14 5AB +44 20 ...": a postcode's letter, no fax's label
            if label not in PHONE_LABELS and is_street(piece):
                # "Suite 100", "ul. Swietokrzyska 158/3 - 80-823 Gdansk": a house number and
                # a postcode are no phone, labelled by a word or not.
                continue
            number_text = piece[label_match.end() :] if label_match else piece
            if label in PHONE_LABELS:
                number_text = unbarred(number_text, regions)
            reading = _read_numbers(number_text, label, regions, fallback, found)
            found += reading.matches
            segment = _Segment(
                lines[i],
                label,
                number_text,
                reading,
                after_number,
                sign_stop,
                across,
                i in lone_letters,
            )
            for n, match in enumerate(reading.matches):
                e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
                if e164 in seen or before_a_city(reading.fixed, match, label):
                    continue
                seen.add(e164)
                kind = _kind(segment, match, n)
                how = _backing(segment, match, n, kind, e164)
                band = _band(lines[i], match)
                intl = "+intl" if match.raw_string.startswith("+") else ""
                phone = Phone(text=match.raw_string, kind=kind.name, region=reading.region)
                if label == "p" and n == 0:
                    by_p.add(len(out))
                if not label and n == 0 and sign_before(OFFICE_SIGN_RE, lines[i].text, match):
                    office_signed.add(len(out))
                out.append((phone, f"{how}{dense_mark(match, band)}{intl}/{band}"))
                used.add(i)
    out = fax_read_p(out, by_p)
    out = untold_kinds(out, frozenset(office_signed))
    return postcode_doubts(shared_hints(lone_sign(fax_only(out)), fallback), texts)


def _joined_across(
    lines: list[Line],
    texts: list[str],
    i: int,
    text: str,
    partner: int | None,
    regions: list[str],
    used: set[int],
) -> tuple[str, bool]:
    """Line ``i``'s text joined to its ``partner``'s (``phone_slips.gap_partners``) where only
    joined it reads more numbers: a number parted across a gap (the partner is then used); and
    whether it was joined so."""
    if partner is None:
        return text, False
    overlap = lines[partner].left < lines[i].right
    for joined in (f"{text} {texts[partner]}", overlap and overlap_joined(text, texts[partner])):
        if joined and len(numbers_in(joined, regions)) > len(numbers_in(text, regions)):
            used.add(partner)
            return joined, True
    return text, False


def _pieces(text: str, regions: list[str]) -> list[tuple[str, bool, bool]]:
    """The pieces of a line's text that each hold a number with its label, if any (one line may
    hold several: "T 030 123 | F 030 124"), each with whether it comes after another number
    of the line and whether a sign with a stop stands for its label (``SIGN_STOP_RE``)."""
    # "F.: 0039 06 8640": a dot and a colon after the label.
    return [
        (piece, k > 0 or n > 0, not n and bool(SIGN_STOP_RE.match(gap)))
        for part in SEGMENT_RE.split(text)
        for k, gap in enumerate(NUMBER_GAP_RE.split(part))
        # "‘Tel:": a speck before the label
        for n, piece in enumerate(parted(unglue_label(re.sub(r"^[^\w+(]+", "", gap)), regions))
    ]


def _read_numbers(
    number_text: str,
    label: str,
    regions: list[str],
    fallback: list[str],
    found: list[phonenumbers.PhoneNumberMatch],
) -> _Reading:
    """The numbers valid in a piece's text: its digits fixed, in the first region that has any;
    else its first slip that reads one (``_slipped``); else, where it is one whole number there,
    in a ``fallback`` region, ranked after every region of the card's."""
    fixed = international(fix_digits(number_text))
    rank, region, matches = first_region_with_numbers(fixed, regions)
    # A country another number of the card's was read in (``found``) counts as the card's.
    read_in = [phonenumbers.region_code_for_number(m.number) for m in found]
    if matches and rank and label in PHONE_LABELS:
        # Read only in a region ranked below another of the card's (both pooled cards: the
        # default, which no clue named), where a slip undone reads it in a higher one:
        # "Cellulare 1347880 5636", its bar read as 1, is a US number as read and an Italian
        # mobile without the 1 (session 26: c135 photo 5, and a scan of c130).
        slipped = _slipped(number_text, regions[:rank], label, read_in)
        if slipped[3]:
            fixed, rank, region, matches = slipped
    if matches and rank == len(regions) - 1 > 0 and fixed == international(fix_digits(number_text)):
        # Valid only in the default (no clue's) region: its trunk 0 lost or read as a 9? Not in
        # a clue's: "912 345 678" under "28013 Madrid" on a .de card is Spanish (rev34b).
        for reading in (r for r in trunk_readings(fixed) if whole_number(r, regions[:rank])):
            fixed, (rank, region, matches) = reading, first_region_with_numbers(reading, regions)
            break
    if not matches:
        slipped = _slipped(number_text, regions, label, read_in)
        if slipped[3]:
            fixed, rank, region, matches = slipped
    if not matches and fallback and TRUNK_RE.match(fixed) and whole_number(fixed, fallback):
        rank, region, matches = first_region_with_numbers(fixed, fallback)
        rank = len(regions)  # a region only a label's language or the shape hints
    return _Reading(fixed, rank, region, matches, hinted=rank == len(regions))


# A national number as the fallback regions print one: its trunk 0 first ("0113 372 2061",
# "(089) 216926625"), or a Chinese mobile's eleven digits from 13-19, which have no trunk 0
# ("手机 138 1234 5678"); a house number and a postcode ("36 - 4028 Linz") have neither.
TRUNK_RE = re.compile(r"^\W*(?:0[1-9]|1[3-9]\d(?:[\s-]?\d){8}\W*$)")


class _Reading(NamedTuple):
    """The numbers read from a piece's text, and where."""

    fixed: str  # the text they were read from: digits fixed, a slip undone
    rank: int  # their region's rank among the card's regions
    region: str
    matches: list[phonenumbers.PhoneNumberMatch]
    hinted: bool  # a fallback region: only a label's language or the number's shape hints it


class _Segment(NamedTuple):
    """A piece of a line holding numbers, with what their kind and evidence ask of it."""

    line: Line
    label: str  # folded; "" where none was read
    number_text: str  # the piece after its label, as read
    reading: _Reading
    after_number: bool  # another number of the line came before it
    sign_stop: bool  # a sign with a stop before it: a label's letters read as a sign
    across: bool  # joined across a gap with another line
    letter_apart: bool  # its line's label of one letter stood apart: maybe an icon


class _Kind(NamedTuple):
    """A number's kind, and what named it."""

    name: str  # "work", "cell", "fax"...
    known: bool  # a label the lexicon knows named it
    near: str | None  # the kind of a label one letter off a known one that named it
    sign: bool  # a mobile's sign named it where the numbering cannot tell
    untold: bool  # the numbering cannot tell a mobile from a fixed line (North America)


def _kind(segment: _Segment, match: phonenumbers.PhoneNumberMatch, n: int) -> _Kind:
    """The kind of the piece's ``n``-th number: by its label, else by its numbering plan."""
    # "Cell +1 212-854-8178 +1 617-449-4686": a label names the number after it;
    # a second number is the other column's, whose own label was not read.
    own_label = segment.label if n == 0 else ""
    known = own_label in PHONE_LABELS
    kind = PHONE_LABELS.get(own_label, "work")
    if kind == "work" and not known and looks_mobile(match.number):
        kind = "cell"
    # "Teletax": a label misread, naming another kind ("directe" names the same)
    near = None if known else misread_label(own_label)
    near = near if near != kind else None
    kind = near or kind
    # Where the numbering cannot tell (North America), a mobile's sign does.
    untold = untold_type(match.number)
    sign = (
        untold
        and not (known or n or segment.after_number)
        and mobile_sign(segment.line.text, match)
    )
    if sign:
        kind = "cell"
    return _Kind(kind, known, near, sign, untold)


def _backing(
    segment: _Segment, match: phonenumbers.PhoneNumberMatch, n: int, kind: _Kind, e164: str
) -> str:
    """What backs the number besides being valid (its level's first part, which
    ``card_fields_levels.phone_evidence`` weighs): the first doubt that holds, else how its kind
    was told."""
    line, label, reading = segment.line, segment.label, segment.reading
    if disputed(line, match.raw_string):
        return "disputed"  # phone_check: a second engine read other digits
    if any(word.source == ROW_SOURCE for word in line.words):
        # A row read again is still read in the card's regions: valid only in one no clue
        # names ("434 718 26 72" beside "+34 966 ...", a plus read as 4 and a group lost,
        # taken as a US number at reread/hi; p334 card 74, session 35) it is a guess.
        other = not reading.hinted and _other_region(match, reading)
        return "other-region" if other else "reread"
    if digits_lost_in_gap(line, match.raw_string):
        return "gap-lost"  # a gap in the number wider than its others: digits there unread
    if digit_as_mark(reading.fixed, match.end):
        return "mark-end"  # "+49 40 4573814:" for ...8140: its last digit read as a mark
    if segment.across:
        return "gap"  # joined across a gap: too few cards to pass the bar, a person looks
    if segment.letter_apart and n == 0:
        # "f" | "030 1234567" (a phone's icon read as a fax's letter), a kind the plan denies, or
        # one it cannot check (North America: "c" | "(312) 555-0142" may be an office's icon)
        doubt = kind.name == "fax" or kind.untold or kind_conflict(kind.name, match.number)
        return "letter-apart+doubt" if doubt else "letter-apart"  # "M." | "06 ...": measured
    if segment.sign_stop and not label and n == 0:
        return "label-unread"  # "¥. 06 6741 2637": its kind a guess, unmeasured
    if kind.near:
        return "near-label"  # its kind from a label one letter off: unmeasured
    if kind.known and kind_conflict(kind.name, match.number):
        return "kind-conflict"  # "T" before a mobile: a label of another number
    if (n or segment.after_number) and kind.untold:
        return "bare-untold"  # no label of its own, and the numbering cannot tell
    # Only a dot read as a comma put back ("Tél. 01,50.29.31.69"): every digit is as Tesseract
    # read it, so the number is as sure as one read with its dots (2 of 2 right on the cached
    # photo seeds 324-340, sent to review for it alone; session 34, needless34). A speck read as
    # a colon stays repaired: the mark may stand where a digit was lost (1 of 1 right, too few).
    if reading.fixed != international(comma_as_dot(segment.number_text)):
        return "repaired"  # digits repaired: checked only by the number being valid
    if reading.hinted:
        return "hint-region"  # valid only where a label's language or its shape hints
    if _other_region(match, reading):
        return "other-region"  # read in a region the card's clues did not name
    if label and not kind.known and digits(match.raw_string) < 8:
        return "odd-label"  # an unknown word before a short number: maybe no phone
    if plus_lost(match.raw_string, reading.region, e164):
        return "plus-lost"  # its own country code first: "+39 055" read "39055"?
    return "labelled" if kind.known else ("sign" if kind.sign else "bare")


def _band(line: Line, match: phonenumbers.PhoneNumberMatch) -> str:
    """Tesseract's band for the number (by its last digits' word), ``hi`` where a second engine
    read the same digits."""
    band = ocr_band(word_conf(line, match.raw_string.split()[-1][:3]))
    if band != "hi" and read_twice(line, match.raw_string):
        band = "hi"  # phone_check: two crops of a second engine read these digits
    return band


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
        rank, region, matches = first_region_with_numbers(fixed, regions)
        if len(matches) != 1 or digits(matches[0].raw_string) != digits(fixed):
            continue
        told = phonenumbers.region_code_for_number(matches[0].number)
        if slip == "bar" or told in regions or told in read_in or "(0)" in reading:
            return fixed, rank, region, matches
    return number_text, 0, regions[0], []


def dense_mark(match: phonenumbers.PhoneNumberMatch, band: str) -> str:
    """``+dense`` for a North American number Tesseract doubts, printed without its +1.

    Nearly every ten digits are a valid number there, so a digit misread ("(415) 699-2278"
    for 899) still passes the one check a number has; in sparser plans it mostly fails it.
    Tuning cards (session 12): 3 of 5 such numbers right, the two unlabelled ones wrong.
    """
    unsure = band != "hi" and match.number.country_code == 1
    return "+dense" if unsure and not match.raw_string.startswith("+") else ""


# A capitalised word right after a number's digits, no number after it (a label is followed by
# its number: "Mév. 714 22 44 34"): the city after a postcode ("69/39 - 00-206 Warszawa",
# "FriedrichstraBe 169 - 70876 Stuttgart": a house number and a postcode read as one number,
# its street word lost or not at the line's end).
CITY_AFTER_RE = re.compile(r"^\s*[-–,.]?\s*([A-ZÀ-Ý][a-zà-ÿ]{2,})(?![\w.:]*\s*[|;]?\s*[+(]?\d)")


def before_a_city(text: str, match: phonenumbers.PhoneNumberMatch, label: str) -> bool:
    """A number without a plus or a phone label before it whose digits run into a city's
    name: an address's house number and postcode, no phone."""
    after = CITY_AFTER_RE.match(text[match.end :])
    if not after or label in PHONE_LABELS or printed_plus(match):
        return False
    word = normalize.fold(after.group(1))
    return word not in PHONE_LABELS and not near_label(word)


def _other_region(match: phonenumbers.PhoneNumberMatch, reading: _Reading) -> bool:
    """Read in a region the card's clues did not name, and printed without its ``+``."""
    foreign = reading.rank or foreign_by_idd(match, reading.region)
    return bool(foreign) and not printed_plus(match)


def foreign_by_idd(match: phonenumbers.PhoneNumberMatch, region: str) -> bool:
    """A number printed without ``+`` or ``00`` read as another country's through a dialling
    prefix (``0113 524 8827``, a Leeds number, is ``011 352...`` to a US reader)."""
    home = phonenumbers.country_code_for_region(region)
    return match.number.country_code != home and not match.raw_string.lstrip("(").startswith("00")


def printed_plus(match: phonenumbers.PhoneNumberMatch) -> bool:
    """The number was printed with its ``+``: its country is said, not guessed."""
    return match.raw_string.lstrip("(").startswith("+")
