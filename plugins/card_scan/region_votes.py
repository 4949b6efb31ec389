"""The regions a card names for its phone numbers: countries, codes, domains, forms, postcodes.

A number printed without its country code is read in the region the card itself names, before
the configured default (``parse_card`` tries them in this order).
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from contactkit import geo

from .clues import Found, country_in, host_part
from .endings import slipped_ending
from .phone_kinds import looks_mobile
from .phone_slips import hinted_regions
from .phone_text import fix_digits, international
from .postal import US_CITY_RE
from .postal_regions import gb_postcode, postal_regions
from .town_regions import big_town_regions, town_regions

# How much one clue counts for a region. A country printed on the card says most; a fixed
# line's country code nearly as much; a mobile's code little (people carry their home mobile
# abroad); a ccTLD and a legal form are hints.
CLUE_WEIGHTS = {
    "country": 1.0,
    "fixed": 0.8,
    "mobile": 0.3,
    "cctld": 0.5,
    "legal": 0.3,
    "us": 0.6,
    "gb": 0.6,
    "postal": 0.4,
    "town": 0.6,
    "big-town": 0.4,
}


def regions_from_clues(
    texts: list[str], emails: list[Found], urls: list[Found], legal_region: str | None = None
) -> list[tuple[str, float]]:
    """The regions the card itself names, by weighted votes, most likely first, with weights."""
    votes, firm, _ = _clue_votes(texts, emails, urls, legal_region)
    # Votes tied ("B.V." 0.3 against a German mobile's +49 0.3): the labels' language
    # ("Mobiel") decides, not the order the clues were counted in; else the firm's clue, not
    # the mobile's (people carry their home mobile abroad; the office numbers are the firm's:
    # "040-834-0048" beside "+49 1514 ..." on a B.V.'s card was read as Hamburg, accepted).
    hints = hinted_regions(texts)
    return sorted(
        votes.items(), key=lambda kv: (-round(kv[1], 2), kv[0] not in hints, kv[0] not in firm)
    )


def printed_regions(texts: list[str], legal_region: str | None = None) -> set[str]:
    """The regions the card's own words name (a country, a postcode, a town, a legal form), not
    a number's country code: an office abroad's number names its country, not the firm's."""
    return _clue_votes(texts, [], [], legal_region)[2]


def _clue_votes(
    texts: list[str], emails: list[Found], urls: list[Found], legal_region: str | None
) -> tuple[dict[str, float], set[str], set[str]]:
    """Each region's votes, the regions a clue other than a mobile's code names, and those a
    clue other than a number's code names."""
    votes: dict[str, float] = {}
    firm: set[str] = set()  # regions a clue other than a mobile's code names
    printed: set[str] = set()  # regions a clue other than a number's code names

    def vote(region: str | None, kind: str) -> None:
        if region and region != "ZZ":
            votes[region] = votes.get(region, 0.0) + CLUE_WEIGHTS[kind]
            if kind != "mobile":
                firm.add(region)
            if kind not in ("fixed", "mobile"):
                printed.add(region)

    for region in {country_in(text) for text in texts} - {None}:
        vote(region, "country")
    for text in texts:
        for region, kind in _code_clues(text):
            vote(region, kind)
    ending: tuple[str, str] | None = None
    for found in [*emails, *urls]:
        host = host_part(found.value)
        region = geo.country_of_domain(host)
        if region:
            vote(region, "cctld")
            ending = host, region
            break
    vote(legal_region, "legal")
    for region in postal_regions(texts):
        vote(region, "postal")
    for region in town_regions(texts):
        vote(region, "town")  # a known town after its postcode: as sure as a British postcode
    for region in big_town_regions(texts):
        vote(region, "big-town")  # a big town beside a postcode of another shape: a hint
    if any(US_CITY_RE.match(_city_part(text)) for text in texts):
        vote("US", "us")
    if any(gb_postcode(text) for text in texts):
        vote("GB", "gb")
    if ending and slipped_ending(ending[0], {r for r in printed if r != ending[1]}):
        # "meijer@tulp.ni" beside "B.V." and Dutch numbers: .nl with its l read i, no Nicaraguan
        # firm; its vote put the card's own numbers in a lower region, to review (p325 card
        # 80, p368 card 58). The email's ending is mended later (email_mend). A number printed
        # with its code is no such clue: an office abroad ("jsilva@silva.pt" beside "Warszawa
        # +48 22 ...", Lisbon's own line unprefixed) names its country, and .pt stays .pt.
        _unvote(votes, firm, ending[1], CLUE_WEIGHTS["cctld"])
    return votes, firm, printed


# A number printed with its country code (a "+" or "00" before it)
CODED_NUMBER_RE = re.compile(r"(?:\+|(?<![\d+])(?<!\d[\s./-])00)\s?[1-9][\d ()./-]{6,}\d")


# Cached: the votes are counted three or four times a card over the same lines (parsing each
# number again each time); the answer depends on the line alone.
@lru_cache(maxsize=1 << 14)
def _code_clues(text: str) -> tuple[tuple[str | None, str], ...]:
    """The region and kind ("mobile" or "fixed") of each valid number on the line printed with
    its country code, in the line's order."""
    clues = []
    for match in CODED_NUMBER_RE.finditer(text):
        try:
            number = phonenumbers.parse(international(fix_digits(match.group(0))), None)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            region = phonenumbers.region_code_for_number(number)
            clues.append((region, "mobile" if looks_mobile(number) else "fixed"))
    return tuple(clues)


def _unvote(votes: dict[str, float], firm: set[str], region: str, weight: float) -> None:
    """Take one clue's vote back: the region is left out where nothing else named it."""
    votes[region] -= weight
    if round(votes[region], 2) <= 0:
        del votes[region]
        firm.discard(region)


def _city_part(text: str) -> str:
    """The part of an address line a US city, state and ZIP code would be: before a country
    after a second comma ("Austin, TX 78728, USA"), after a street on the same line ("1672
    Lexington Avenue - Austin, TX 78728": a one-line address, its street's "Avenue" and house
    number read as a Swiss or Belgian postcode and town, p349 card 17, p363 card 80, s358 card
    67, each US number then to review as another region's)."""
    text = text.rsplit(",", 1)[0] if text.count(",") > 1 else text
    return text.rsplit(" - ", 1)[-1]
