"""What backs a number read on a card: its kind (by its label, its row's icon or its numbering
plan), the
first doubt that holds, and Tesseract's band (the level ``card_fields_levels.phone_evidence``
weighs)."""

from __future__ import annotations

from typing import NamedTuple

import phonenumbers

from .clues import digit_count
from .lexicon import PHONE_LABELS
from .phone_kinds import (
    icon_read_o,
    kind_conflict,
    looks_mobile,
    misread_label,
    untold_type,
)
from .phone_marks import digits_lost_in_gap, disputed, read_twice
from .phone_matches import Reading, foreign_by_idd, printed_plus
from .phone_slips import code_inside_group, plus_lost
from .phone_text import comma_as_dot, digit_as_mark, international
from .row_icons import FAX, HANDSET, MOBILE
from .text_lines import Line
from .word_confidence import fragment_conf, ocr_band

# The words of a phone row read again by RapidOCR (phone_reading), measured apart.
ROW_SOURCE = "phone-row"
# A number row Tesseract gave no words for, kept from second readings no two of which agreed
# (second_reading.read_missed): unmeasured, so its phone goes to review.
MISSED_NUMBER_SOURCE = "number-missed"


class Segment(NamedTuple):
    """A piece of a line holding numbers, with what their kind and evidence ask of it."""

    line: Line
    label: str  # folded; "" where none was read
    number_text: str  # the piece after its label, as read
    reading: Reading
    after_number: bool  # another number of the line came before it
    sign_stop: bool  # a sign with a stop before it: a label's letters read as a sign
    across: bool  # joined across a gap with another line
    letter_apart: bool  # its line's label of one letter stood apart: maybe an icon


# The kind each icon of a phone row names (row_icons).
ICON_KINDS = {MOBILE: "cell", FAX: "fax", HANDSET: "work"}


class Kind(NamedTuple):
    """A number's kind, and what named it."""

    name: str  # "work", "cell", "fax"...
    known: bool  # a label the lexicon knows named it
    near: str | None  # the kind of a label one letter off a known one that named it
    untold: bool  # the numbering cannot tell a mobile from a fixed line (North America)
    icon_o: bool = False  # its "O" label a mobile's sign read as a letter (phone_kinds.ICON_O_RE)
    by_icon: bool = False  # told by the icon printed before its row (row_icons), no label read


def number_kind(segment: Segment, match: phonenumbers.PhoneNumberMatch, n: int) -> Kind:
    """The kind of the piece's ``n``-th number: by its label, else by its row's icon, else by
    its numbering plan."""
    # "Cell +1 212-854-8178 +1 617-449-4686": a label names the number after it;
    # a second number is the other column's, whose own label was not read.
    own_label = segment.label if n == 0 else ""
    known = own_label in PHONE_LABELS
    kind = PHONE_LABELS.get(own_label, "work")
    icon_kind = ICON_KINDS.get(segment.line.icon)
    if icon_kind and not known and n == 0 and not segment.after_number:
        return Kind(icon_kind, known=False, near=None, untold=False, by_icon=True)
    if own_label == "o" and looks_mobile(match.number) and icon_read_o(segment.line.text, match):
        # "O514-050-712": the plan's kind, to review as ``icon-o`` (unmeasured)
        return Kind(name="cell", known=False, near=None, untold=False, icon_o=True)
    if kind == "work" and not known and looks_mobile(match.number):
        kind = "cell"
    # "Teletax": a label misread, naming another kind ("directe" names the same)
    near = None if known else misread_label(own_label)
    near = near if near != kind else None
    # "Pon.: +33 7 71 76 79 78": Port. (a French mobile's label) read one letter off Fon, an
    # office's; a mobile by its plan keeps its kind (p366 card 55), still doubted as near-label.
    kind = kind if near == "work" and kind == "cell" else near or kind
    # Where the numbering cannot tell (North America), no sign read before the number does: the
    # first blind generator's mobile icon (✆) and the second's office handset both read "©"
    # (session 59: 29 of 29 mobiles, 23 of 23 office lines)
    return Kind(kind, known, near, untold_type(match.number))


def backing(
    segment: Segment, match: phonenumbers.PhoneNumberMatch, n: int, kind: Kind, e164: str
) -> str:
    """What backs the number besides being valid (its level's first part, which
    ``card_fields_levels.phone_evidence`` weighs): the first doubt that holds, else how its kind
    was told."""
    line, label, reading = segment.line, segment.label, segment.reading
    if disputed(line, match.raw_string):
        return "disputed"  # phone_check: a second engine read other digits
    if any(word.source == MISSED_NUMBER_SOURCE for word in line.words):
        return "missed-row"  # its digits the readings did not agree on
    if kind.by_icon and kind_conflict(kind.name, match.number):
        return "icon+conflict"  # a mobile's icon before a fixed line, a handset before a mobile
    if any(word.source == ROW_SOURCE for word in line.words):
        return _reread_backing(segment, match)
    if digits_lost_in_gap(line, match.raw_string):
        return "gap-lost"  # a gap in the number wider than its others: digits there unread
    if digit_as_mark(reading.fixed, match.end):
        return "mark-end"  # "+49 40 4573814:" for ...8140: its last digit read as a mark
    if segment.across:
        return "gap"  # joined across a gap: too few cards to pass the bar, a person looks
    # A letter apart before a number told by its icon is the icon read as a letter ("i", "im"
    # before a fax's printer): the icon's shape, not the letter, tells the kind.
    if segment.letter_apart and n == 0 and not kind.by_icon:
        # "f" | "030 1234567" (a phone's icon read as a fax's letter), a kind the plan denies, or
        # one it cannot check (North America: "c" | "(312) 555-0142" may be an office's icon)
        doubt = kind.name == "fax" or kind.untold or kind_conflict(kind.name, match.number)
        if doubt:
            return "letter-apart+doubt"
        # "M." | "06 ...": measured (session 29); a number whose digits were repaired is checked
        # only by being valid, as on any row, and a "$" read as 5 would pass so (a risk rev37
        # found: none of the 30 such numbers on the cached seeds and pool was repaired)
        return "repaired" if repaired(segment) else "letter-apart"
    if segment.sign_stop and not label and n == 0 and not kind.by_icon:
        return "label-unread"  # "¥. 06 6741 2637": its kind a guess, unmeasured
    if kind.icon_o:
        return "icon-o"  # "O514-050-712": a sign read as O, taken for no label: unmeasured
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
    if repaired(segment):
        return "repaired"  # digits repaired: checked only by the number being valid
    if reading.hinted:
        # valid only where a label's language or its shape hints; "+closed": read there without
        # a trunk 0 (phone_matches.read_numbers), unmeasured
        return "hint-region+closed" if reading.closed else "hint-region"
    if _other_region(match, reading):
        return "other-region"  # read in a region the card's clues did not name
    if label and not kind.known and digit_count(match.raw_string) < 8:
        return "odd-label"  # an unknown word before a short number: maybe no phone
    if plus_lost(match.raw_string, reading.region, e164) and not code_inside_group(
        match.raw_string, reading.region, e164
    ):
        return "plus-lost"  # its own country code first: "+39 055" read "39055"?
    if kind.by_icon:
        return "icon"  # its kind told by its row's icon, which the numbering plan allows
    return "labelled" if kind.known else "bare"


def _reread_backing(segment: Segment, match: phonenumbers.PhoneNumberMatch) -> str:
    """``backing`` for a number on a phone row read again (``phone_reading``: ``ROW_SOURCE``)."""
    reading = segment.reading
    # A row read again is still read in the card's regions: valid only in one no clue
    # names ("434 718 26 72" beside "+34 966 ...", a plus read as 4 and a group lost,
    # taken as a US number at reread/hi; p334 card 74, session 35) it is a guess.
    other = not reading.hinted and _other_region(match, reading)
    if not other and repaired(segment):
        # Its digits repaired (a look-alike, a "$", a plus read as 4): checked only by being
        # valid, as on any row; reread/hi's count never weighed such numbers apart (late37b:
        # 1 of 47 reread numbers on the cached seeds and pool, p386 card 19, in review anyway)
        return "repaired"
    # One valid only where a label's language or a shared legal form hints skipped the
    # doubts a hint-region number gets (shared, postcode): two guesses stacked, the row's
    # digits and its country (a UK mobile taken as a Chinese line so): measured apart.
    return "other-region" if other else ("reread+hint" if reading.hinted else "reread")


def repaired(segment: Segment) -> bool:
    """``fix_digits`` changed more than a dot read as a comma in the piece's number: a digit
    put back from a look-alike, a "$", a bracket, a colon (see ``backing``)."""
    return segment.reading.fixed != international(comma_as_dot(segment.number_text))


def number_band(line: Line, match: phonenumbers.PhoneNumberMatch) -> str:
    """Tesseract's band for the number (by its last digits' word), ``hi`` where a second engine
    read the same digits."""
    band = ocr_band(fragment_conf(line, match.raw_string.split()[-1][:3]))
    if band != "hi" and read_twice(line, match.raw_string):
        band = "hi"  # phone_check: two crops of a second engine read these digits
    return band


def dense_mark(match: phonenumbers.PhoneNumberMatch, band: str) -> str:
    """``+dense`` for a North American number Tesseract doubts, printed without its +1.

    Nearly every ten digits are a valid number there, so a digit misread ("(415) 699-2278"
    for 899) still passes the one check a number has; in sparser plans it mostly fails it.
    Tuning cards (session 12): 3 of 5 such numbers right, the two unlabelled ones wrong.
    """
    unsure = band != "hi" and match.number.country_code == 1
    return "+dense" if unsure and not match.raw_string.startswith("+") else ""


def _other_region(match: phonenumbers.PhoneNumberMatch, reading: Reading) -> bool:
    """Read in a region the card's clues did not name, and printed without its ``+``."""
    foreign = reading.rank or foreign_by_idd(match, reading.region)
    return bool(foreign) and not printed_plus(match)
