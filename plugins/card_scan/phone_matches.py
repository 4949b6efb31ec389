"""The numbers a piece of a card's text holds: its digits fixed, read in the card's regions or
with a slip undone, and the digits that are an address's, no number."""

from __future__ import annotations

import re
from typing import NamedTuple

import phonenumbers

from contactkit import normalize

from .clues import digit_count
from .lexicon import PHONE_LABELS
from .phone_kinds import looks_mobile, near_label
from .phone_slips import slip_readings, trunk_readings
from .phone_text import first_region_with_numbers, fix_digits, international, whole_number


def read_numbers(
    number_text: str,
    label: str,
    regions: list[str],
    fallback: list[str],
    found: list[phonenumbers.PhoneNumberMatch],
) -> Reading:
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
    if not matches or _code_passed_over(fixed, matches):
        slipped = _slipped(number_text, regions, label, read_in)
        if slipped[3]:
            fixed, rank, region, matches = slipped
    closed = False
    if not matches and fallback and TRUNK_RE.match(fixed) and whole_number(fixed, fallback):
        rank, region, matches = first_region_with_numbers(
            fixed, mobile_first(fixed, label, fallback)
        )
        rank = len(regions)  # a region only a label's language or the shape hints
    elif not matches and fallback:
        # "kom.: 509-919-255", "22-483-32-46": a country that dials no trunk prefix (Poland,
        # Spain, Portugal, Italy, Denmark ...) prints its numbers without one, so TRUNK_RE never
        # let them in (p372 card 96, a Polish card whose only clue was its labels: every number
        # unread). Measured apart (``hint-region+closed``), to review.
        closed_plans = [r for r in fallback if _no_trunk(r)]
        if closed_plans and whole_number(fixed, closed_plans):
            rank, region, matches = first_region_with_numbers(fixed, closed_plans)
            rank, closed = len(regions), True
    return Reading(fixed, rank, region, matches, hinted=rank == len(regions), closed=closed)


def mobile_first(fixed: str, label: str, regions: list[str]) -> list[str]:
    """``regions`` with those whose plan makes the number a mobile first, where its label says
    it is one: "M 0676 633 78 57" under "Mobil"'s Germany, Austria, Switzerland is an Austrian
    mobile, not a German line (second blind generator's photo seeds 11 and 14: read in Germany, to
    review as a kind conflict)."""
    if PHONE_LABELS.get(label) != "cell" or len(regions) < 2:
        return regions

    def mobile_there(region: str) -> bool:
        matches = first_region_with_numbers(fixed, [region])[2]
        return bool(matches) and looks_mobile(matches[0].number)

    return sorted(regions, key=lambda region: not mobile_there(region))


def _code_passed_over(fixed: str, matches: list[phonenumbers.PhoneNumberMatch]) -> bool:
    """The text opens on a country code that no number read from it has: the matcher passed
    over it for a national number inside ("+43 (09650 5470550", the trunk's bracket read as 9,
    read as a German +49 9650 line)."""
    code = re.match(r"^\s*\+\s?(\d{1,3})\b", fixed)
    return bool(code) and all(m.number.country_code != int(code.group(1)) for m in matches)


def _no_trunk(region: str) -> bool:
    """The region's numbers are dialled at home as printed, with no trunk prefix."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return metadata is not None and not metadata.national_prefix


# A national number as the fallback regions print one: its trunk 0 first ("0113 372 2061",
# "(089) 216926625"), or a Chinese mobile's eleven digits from 13-19, which have no trunk 0
# ("手机 138 1234 5678"); a house number and a postcode ("36 - 4028 Linz") have neither.
TRUNK_RE = re.compile(r"^\W*(?:0[1-9]|1[3-9]\d(?:[\s-]?\d){8}\W*$)")


class Reading(NamedTuple):
    """The numbers read from a piece's text, and where."""

    fixed: str  # the text they were read from: digits fixed, a slip undone
    rank: int  # their region's rank among the card's regions
    region: str
    matches: list[phonenumbers.PhoneNumberMatch]
    hinted: bool  # a fallback region: only a label's language or the number's shape hints it
    closed: bool = False  # hinted, and read there without the trunk 0 TRUNK_RE asks for


def _slipped(
    number_text: str, regions: list[str], label: str, read_in: list[str | None]
) -> tuple[str, int, str, list[phonenumbers.PhoneNumberMatch]]:
    """The first of ``phone_slips.slip_readings`` that is one whole valid number; a plus put
    back must name a region of the card's or one its other numbers were read in
    (``read_in``), or come with "(0)"."""
    readings = slip_readings(number_text, bool(label))
    if label and label not in PHONE_LABELS:  # "ul. Dluga 143/33": a word that is no label
        # A plus and a country code say a phone whatever the word: "Direkt +41 (0131 ..."
        readings = [(reading, slip) for reading, slip in readings if slip == "bracket"]
    for reading, slip in readings:
        fixed = international(fix_digits(reading))
        rank, region, matches = first_region_with_numbers(fixed, regions)
        if len(matches) != 1 or digit_count(matches[0].raw_string) != digit_count(fixed):
            continue
        told = phonenumbers.region_code_for_number(matches[0].number)
        if slip == "bar" or told in regions or told in read_in or "(0)" in reading:
            return fixed, rank, region, matches
    return number_text, 0, regions[0], []


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


def foreign_by_idd(match: phonenumbers.PhoneNumberMatch, region: str) -> bool:
    """A number printed without ``+`` or ``00`` read as another country's through a dialling
    prefix (``0113 524 8827``, a Leeds number, is ``011 352...`` to a US reader)."""
    home = phonenumbers.country_code_for_region(region)
    return match.number.country_code != home and not match.raw_string.lstrip("(").startswith("00")


def printed_plus(match: phonenumbers.PhoneNumberMatch) -> bool:
    """The number was printed with its ``+``: its country is said, not guessed."""
    return match.raw_string.lstrip("(").startswith("+")
