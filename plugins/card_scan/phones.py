"""Phone numbers on a card: labels, OCR digit slips, and the region the card itself names.

This module walks the card's lines and pieces; ``phone_matches`` reads the numbers a piece
holds, ``phone_levels`` tells each number's kind and what backs it."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

import phonenumbers

from contactkit.model import Phone

from .clues import (
    EMAIL_RE,
    PHONE_LABEL_RE,
    URL_RE,
    form_countries,
    is_street,
)
from .lexicon import PHONE_LABELS
from .phone_grouping import grouping_doubts
from .phone_groups import group_doubts, long_mobile
from .phone_kinds import (
    FAX_MISREAD,
    OFFICE_SIGN_RE,
    fax_only,
    fax_read_p,
    icons_unread,
    sign_before,
    untold_kinds,
)
from .phone_levels import (
    Segment,
    backing,
    dense_mark,
    number_band,
    number_kind,
)
from .phone_matches import before_a_city, read_numbers
from .phone_slips import (
    gap_partners,
    overlap_joined,
    shared_hints,
    unglue_word,
    with_labels,
)
from .phone_text import (
    NUMBER_GAP_RE,
    SEGMENT_RE,
    braces_as_brackets,
    digit_as_label,
    label_word,
    marked_extension,
    numbers_in,
    parted,
    plus_opening,
    unbarred,
    unglue_label,
)
from .postcode_hints import postcode_doubts
from .text_lines import Line


@dataclass
class _Taken:
    """The numbers taken so far, in reading order, with what the doubts after the walk ask of
    them (each set holds indexes into ``numbers``)."""

    numbers: list[tuple[Phone, str]] = field(default_factory=list)
    rows: list[Line] = field(default_factory=list)  # the line each of ``numbers`` was read on
    seen: set[str] = field(default_factory=set)  # E.164 numbers taken: each once
    labelled_p: set[int] = field(default_factory=set)  # labelled "P", which may be an "F" misread
    office_signed: set[int] = field(default_factory=set)  # after an office's sign read "@"
    unlabelled: set[int] = field(default_factory=set)  # no label read before them

    def take(self, segment: Segment) -> bool:
        """The segment's numbers not taken before, each with its kind and level; whether any."""
        line, label, reading = segment.line, segment.label, segment.reading
        taken = False
        for n, match in enumerate(reading.matches):
            e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
            if e164 in self.seen or before_a_city(reading.fixed, match, label):
                continue
            self.seen.add(e164)
            kind = number_kind(segment, match, n)
            how = backing(segment, match, n, kind, e164)
            band = number_band(line, match)
            intl = "+intl" if match.raw_string.startswith("+") else ""
            phone = Phone(text=match.raw_string, kind=kind.name, region=reading.region)
            if label == "p" and n == 0:
                self.labelled_p.add(len(self.numbers))
            if not label and n == 0 and sign_before(OFFICE_SIGN_RE, line.text, match):
                self.office_signed.add(len(self.numbers))
            if not label and not kind.known:
                self.unlabelled.add(len(self.numbers))
            long = long_mobile(match.number, band)
            self.numbers.append((phone, f"{how}{dense_mark(match, band)}{intl}{long}/{band}"))
            self.rows.append(line)
            taken = True
        return taken


EMPTY_BRACKETS_RE = re.compile(r"[(\[{]\s*[)\]}]")


def find_phones(
    lines: list[Line],
    texts: list[str],
    used: set[int],
    regions: list[str],
    fallback: list[str] | None = None,
    guessed: Collection[str] = (),
) -> list[tuple[Phone, str]]:
    """Every valid number on the card, with its kind and a confidence.

    ``regions`` are the regions to read national numbers in, most likely first (the card's
    own clues, then the configured default). A number valid only in a later one is taken with
    doubt: the clues pointed elsewhere. ``fallback`` regions (phone_slips.hinted_regions) are
    tried last, for a run of digits that is one whole number there and nothing before; a
    number read in one of ``guessed`` only (``clues.GUESSED_FORM_REGIONS``) is doubted.
    """
    fallback = [r for r in fallback or [] if r not in regions]
    taken = _Taken()
    partners = gap_partners(lines, texts)
    found: list[phonenumbers.PhoneNumberMatch] = []
    lone_letters: set[int] = set()  # a label of one letter apart: maybe the phone's icon
    for i, text in enumerate(with_labels(lines, texts, used, lone_letters)):  # "Fax" apart
        # An email or a website on the same line ("T 030 123 | a@b.de") is no part of a number.
        text = URL_RE.sub(" ; ", EMAIL_RE.sub(" ; ", unglue_word(text)))
        # "() 044 350 30 16": a phone's drawn icon read as a pair of brackets holding nothing,
        # taken for an area code's (second blind generator, photo seed 5 card 76, unread)
        text = EMPTY_BRACKETS_RE.sub(" ", text)
        text = marked_extension(text)  # "0142 x23", "poste 23": kept with its number
        text, across = _joined_across(lines, texts, i, text, partners.get(i), regions, used)
        for piece, after_number, sign_stop in _pieces(text, regions):
            label, label_match = _opening_label(piece, regions)
            if label not in PHONE_LABELS and is_street(piece):
                # "Suite 100", "ul. Swietokrzyska 158/3 - 80-823 Gdansk": a house number and
                # a postcode are no phone, labelled by a word or not.
                continue
            number_text = piece[label_match.end() :] if label_match else piece
            if label in PHONE_LABELS:
                number_text = unbarred(number_text, regions)
            reading = read_numbers(number_text, label, regions, fallback, found)
            found += reading.matches
            segment = Segment(
                lines[i],
                label,
                number_text,
                reading,
                after_number,
                sign_stop,
                across,
                i in lone_letters,
            )
            if taken.take(segment):
                used.add(i)
    return _doubted(taken, texts, fallback, guessed)


def _doubted(
    taken: _Taken, texts: list[str], fallback: list[str], guessed: Collection[str]
) -> list[tuple[Phone, str]]:
    """The numbers taken, with the doubts only the card's whole set of numbers shows: a group
    read a digit long, a fax read "P", kinds no label told, an icon unread beside others, a lone
    sign, a fax alone, a hinted region another region reads as well, or that the card's postcodes
    deny."""
    out = group_doubts(taken.numbers, taken.rows)
    out = fax_read_p(out, taken.labelled_p)
    out = untold_kinds(out, frozenset(taken.office_signed), frozenset(taken.unlabelled))
    out = icons_unread(out)
    # Against the countries a shared legal form names only: a label's language names more
    # ("Portable": Belgium, whose mobiles "0475 70 30 34" are grouped as a French line read with
    # a space lost, p429 card 73).
    out = grouping_doubts(out, form_countries(texts))
    return postcode_doubts(shared_hints(fax_only(out), fallback, guessed), texts)


def _opening_label(piece: str, regions: list[str]) -> tuple[str, re.Match[str] | None]:
    """The phone label ``piece`` opens on, folded ("" for none), and its match; a digit's
    look-alike read as a label (``digit_as_label``) is none."""
    label_match = PHONE_LABEL_RE.match(piece)
    if digit_as_label(piece, label_match, regions):
        label_match = None
    label = label_word(label_match.group(1)) if label_match else ""
    if label in FAX_MISREAD and label_match and piece[label_match.end(1)].isdigit():
        label = ""  # "London E14 5AB +44 20 ...": a postcode's letter, no fax's label
    return label, label_match


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
        # "‘Tel:": a speck before the label; "#43 (09650 ...": a plus read "#" opening the row,
        # put back as after a label (phone_text.unglue_label), no speck
        for n, piece in enumerate(
            parted(
                unglue_label(re.sub(r"^[^\w+(]+", "", plus_opening(braces_as_brackets(gap)))),
                regions,
            )
        )
    ]


# A label's letters read as a sign, its stop read ("¥. 06 6741 2637" for "F. 06 6741 2637", b67
# photo 15, taken for an office number at bare/hi): no icon has a stop after it. On the tuning
# cards (seeds 10-67) a sign alone before a number stood for 530 office numbers and 277 mobiles;
# with a stop, for a fax (twice; the other a colon alone, its "Fax" read on a line apart).
# Session 20: a colon alone before the number, its label's letters not read at all (": +41 61
# 482 16 60" for "F: ...", small serif print beside a column's rule, fresh scan seed 83 card 220,
# stored as an office number at bare+intl/hi; card 276's lost "T:" too): 1 of 2 a fax.
SIGN_STOP_RE = re.compile(r"(?:[^\w\s+(]{1,2}[.:]|:)\s*[+(\d]")
