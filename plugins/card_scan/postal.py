"""Postcode and street shapes as each country's postal convention prints them.

The city line of an address is read by the first pattern that fits (``city_line``); a postcode
printed on a line of its own (the United Kingdom's and Japan's convention: town, then postcode)
is ``lone_postcode``; the street before a city on its line, or just above it, by
``street_shaped``. The postcodes' shapes are kept here once: the regions an address names for
a card's phones (``postal_regions.py``) are read with them too.
"""

from __future__ import annotations

import re

from contactkit import geo, normalize

from .clues import is_street
from .gb_postcodes import GB_AREAS, impossible_gb_postcode
from .house_numbers import HOUSE_NUMBER
from .lexicon import LEGAL_FORMS, STREET_WORDS
from .states import (
    AU_STATE,
    AU_STATE_CODES,
    CA_POSTCODE,
    CA_POSTCODE_READ,
    CA_PROVINCE,
    MX_STATE,
    US_STATE_NAME,
    US_STATE_STYLE,
    US_STATE_STYLED,
    US_ZIP,
)
from .street_icons import pin_dropped

TOWN = r"[A-Za-zÀ-ÿĀ-ž][A-Za-zÀ-ÿĀ-ž .'-]+?"
# A town after its postcode; a 6 or 0 between its letters is an ö, ó or o read as a digit
# ("K6ln", "Krak6w", "Wr0claw"), and a 0 ending it an ø ("Troms0"): no town's name holds a digit
DIGIT_IN_TOWN = r"(?<=[A-Za-z])[06](?=[A-Za-z])|(?<=[a-z])0(?=\s|$)"
TOWN_AFTER = rf"(?:[^\d,]|{DIGIT_IN_TOWN}){{2,}}"
DIGIT_IN_TOWN_RE = re.compile(DIGIT_IN_TOWN)

# Each country's postcode, the one table of their shapes (the city lines below, the postcode's
# country, and the region a card's address votes for its phones, region_votes.py, build on it;
# the US's and Canada's are in states.py, beside their states and provinces)
NL_POSTCODE = r"\d{4} ?[A-Z]{2}"  # four digits, two capitals ("3008 WP")
NL_POSTCODE_READ = r"\d{4} ?(?:[A-Z]{2}|[A-Z][\)\]}]|[\)\]}][A-Z])"  # a J read as a bracket
PL_POSTCODE = r"\d{2}-\d{3}"  # two digits, a dash, three ("30-151")
JP_POSTCODE = r"\d{3}-\d{4}"  # three digits, a dash, four ("100-0005")
PT_POSTCODE = r"\d{4}-\d{3}"  # Portugal's CP7: four digits, a dash, three ("1250-146")
EU_POSTCODE = r"\d{4,5}"  # most of Europe: four or five digits
# Sweden's, Czechia's and Slovakia's: three digits, a space, two ("411 86", "140 00")
SPACED_POSTCODE = r"\d{3} \d{2}"
AU_POSTCODE = r"\d{4}"
SG_POSTCODE = r"\d{6}"
# Ireland's Eircode ("D02 X285", "V94 T9PX"): a routing key of a letter and two digits (or D6W),
# then four of its letters and digits, a letter among them. It holds no O, so an O read in it is
# a 0 ("DO2 POD7"); read, any capital stands for a letter, and one it never holds is doubted
# (``odd_postcode``).
EIRCODE_LETTERS = "AC-FHKNPRTV-Y"
EIRCODE_KEY = rf"[{EIRCODE_LETTERS}]\d{{2}}|D6W"
EIRCODE_ID = rf"[{EIRCODE_LETTERS}0-9]{{4}}"
EIRCODE = rf"(?:{EIRCODE_KEY}) ?{EIRCODE_ID}"
EIRCODE_READ = r"(?:[A-Z][\dO]{2}|D6W) ?[A-Z\d]{4}"
# The United Kingdom's: an outward code, letters then a digit ("EC2R", "W1T", "BS1"), and an
# inward code, a digit and two letters ("2GE"). As read, an I, l or ] is the outward code's 1
# ("WIT 6PT", "LS] 2XJ") and an S, O, I or B the inward code's 5, 0, 1 or 8 ("BS1 SHT",
# "BS1 OPH"): ``british`` undoes them.
GB_OUTWARD = r"[A-Z]{1,2}\d[A-Z\d]?"
GB_INWARD = r"\d[A-Z]{2}"
GB_OUTWARD_READ = r"[A-Z]{1,2}[\dIl\]|!][A-Z\d]?"
# a J read as a bracket ("BS1 7B)", "EH2 7)}", "2518 A] Den Haag"): its hook is the bracket's
J_READ = r"\)\]}"
GB_INWARD_READ = rf"[\dSOIBQ](?:[A-Z]{{2}}|[A-Z][{J_READ}]|[{J_READ}][A-Z]|[{J_READ}]{{2}})"

# "New York, NY 10001", "New York. NY 10001" (the comma read as a dot)
US_CITY_RE = re.compile(rf"^(?P<city>{TOWN})[,.]?\s+(?P<region>[A-Z]{{2}})\s+(?P<postal>{US_ZIP})$")
# "Boston, Massachusetts 02135": the state written in full, after a comma (or a dot read for it)
US_CITY_FULL_RE = re.compile(
    rf"^(?P<city>{TOWN})[,.]\s+(?P<region>{US_STATE_NAME})\s+(?P<postal>{US_ZIP})$"
)
# "Boston, Mass. 02110": the state abbreviated in the older style, after a comma
US_CITY_STYLED_RE = re.compile(
    rf"^(?P<city>{TOWN}),\s+(?P<region>{US_STATE_STYLED})\s+(?P<postal>{US_ZIP})$"
)
# Canada: "Toronto, ON M5X 1A9", "Toronto, Ontario M5X 1A9", and the French order's province
# in brackets ("Montréal (Québec) H3B 4W8")
CA_CITY_RE = re.compile(
    rf"^(?P<city>{TOWN})(?:[,.]\s*|\s+)(?:\((?P<bracketed>{CA_PROVINCE})\)|(?P<region>{CA_PROVINCE}))"
    rf"\s+(?P<postal>{CA_POSTCODE_READ})$"
)
# A US city line whose ZIP lost or gained a digit ("San Francisco, CA 4119" for 94119, pool
# s159 photo 76): no longer an address, still no name, title or company (its comma and state
# in capitals after a town).
US_CITY_SLIPPED_RE = re.compile(rf"^{TOWN},\s+[A-Z]{{2}}\s+\d{{3,6}}$")
# Australia: the town, its state, the postcode ("North Sydney NSW 2060")
AU_CITY_RE = re.compile(
    rf"^(?P<city>{TOWN})[,.]?\s+(?P<region>{AU_STATE})\s+(?P<postal>{AU_POSTCODE})$"
)
# Singapore, a town that is its country, before its postcode ("Singapore 048623")
SG_CITY_RE = re.compile(rf"^(?P<city>(?i:singapore))[,.]?\s+(?P<postal>{SG_POSTCODE})$")
# Ireland: the town, Dublin's postal district after it, then the Eircode ("Dublin 2, D02 X285",
# "Galway H91 Y1R6")
IE_CITY_RE = re.compile(
    rf"^(?P<city>{TOWN}(?:\s(?:\d{{1,2}}|6W))?)[,.]?\s+(?P<postal>{EIRCODE_READ})$"
)
# Sweden, Czechia, Slovakia: the spaced postcode before the town, Prague's district number
# after it ("411 86 Göteborg", "140 00 Praha 4")
SPACED_CITY_RE = re.compile(
    rf"^(?:(?:SE|CZ|SK|S)-\s?)?(?P<postal>{SPACED_POSTCODE})\s+"
    rf"(?P<city>{TOWN_AFTER}(?:\s\d{{1,2}})?)$"
)
# Netherlands: the postcode before the town ("3008 WP Rotterdam")
NL_CITY_RE = re.compile(rf"^(?:NL-)?(?P<postal>{NL_POSTCODE_READ})\s+(?P<city>{TOWN_AFTER})$")
# Poland: the postcode before the town ("30-151 Kraków")
PL_CITY_RE = re.compile(rf"^(?:PL-)?(?P<postal>{PL_POSTCODE})\s+(?P<city>{TOWN_AFTER})$")
# Portugal: the CP7 before the town ("1250-146 Lisboa"; session 36)
PT_CITY_RE = re.compile(rf"^(?:PT-)?(?P<postal>{PT_POSTCODE})\s+(?P<city>{TOWN_AFTER})$")
# most of Europe: a country's letter or two before the postcode ("D-80331"), the town after; in
# France a firm's own delivery office, CEDEX, after the town, with its number ("75008 PARIS
# CEDEX 08"), kept in the city as La Poste prints it; Copenhagen's district Ø read as a 0 or a Q
# ("2100 København 0")
EU_CITY_RE = re.compile(
    rf"^(?:[A-Z]{{1,2}}-)?(?P<postal>{EU_POSTCODE})\s+"
    rf"(?P<city>{TOWN_AFTER}(?:\s(?i:cedex)\s\d{{1,2}}|\s0)?)$"
)
DISTRICT_O_RE = re.compile(r"(?<=[a-z])\s[0Q]$")
# Mexico: the postcode, the town and its state after a comma ("06600 Ciudad de México, CDMX")
MX_CITY_RE = re.compile(
    rf"^(?:C\.\s?P\.\s?)?(?P<postal>\d{{5}})\s+(?P<city>{TOWN_AFTER}),\s+(?P<region>{MX_STATE})$"
)
# Japan: after the town ("Tokyo 100-5701") or alone ("〒100-0005")
JP_MARK = r"(?:〒\s?)?"
JP_CITY_RE = re.compile(rf"^(?P<city>{TOWN}),?\s+{JP_MARK}(?P<postal>{JP_POSTCODE})$")
GB_POSTCODE = rf"(?P<postal>{GB_OUTWARD_READ}\s?{GB_INWARD_READ})"
GB_CITY_RE = re.compile(rf"^(?P<city>{TOWN}),?\s+{GB_POSTCODE}$")
# the Eircode's routing key as An Post gives them, so a code of another kind is none
LONE_POSTCODE_RE = re.compile(
    rf"^(?:{GB_POSTCODE}|{JP_MARK}(?P<jp>{JP_POSTCODE})|(?P<ie>(?:{EIRCODE_KEY}) ?[A-Z\d]{{4}}))$"
)
CITY_PATTERNS = (
    US_CITY_RE,
    US_CITY_FULL_RE,
    US_CITY_STYLED_RE,
    CA_CITY_RE,
    AU_CITY_RE,
    SG_CITY_RE,
    IE_CITY_RE,
    GB_CITY_RE,
    JP_CITY_RE,
    SPACED_CITY_RE,
    NL_CITY_RE,
    PL_CITY_RE,
    PT_CITY_RE,
    MX_CITY_RE,
    EU_CITY_RE,
)

# Japan's block number (chome-ban-go) before the district: "1-7-22 Marunouchi"
JP_BLOCK_RE = re.compile(r"^\d{1,2}-\d{1,3}(?:-\d{1,4})?\s+[A-Z][a-z]")
# ...or after it, as romanised addresses print it ("Marunouchi 4-18-20", "Shijo-dori 2-3-23"): a
# street only beside a city line already read; a go of three digits at most, so no phone
# number's pieces ("Tel 03-1234-5678")
JP_BLOCK_AFTER_RE = re.compile(r"^[A-Z][a-z]+(?:-[a-z]+)?\s\d{1,2}-\d{1,3}(?:-\d{1,3})?$")
# Poland's street prefixes: ulica, aleja, plac, osiedle ("pl. Grunwaldzki 200")
PL_STREET_RE = re.compile(r"^(?:ul|al|pl|os)\.?\s+[A-ZĄĆĘŁŃÓŚŹŻ][^\d]*\d")
# A name and a house number, or a house number and a name ("Weena 44", "211 Deansgate",
# "Keizersgracht 170", "Długa 100/18", "Westblaak 98 bis"): a street only beside a city line
# already read
NAMED_STREET_RE = re.compile(
    rf"^(?:[A-ZÀ-Ýa-zß][\w'’.-]*\s)+{HOUSE_NUMBER}$"
    r"|^\d{1,5}[a-zA-Z]?\s+(?:bis\s+)?[A-Za-zÀ-ÿ][\w'’.-]+(?:\s[\w'’.-]+)*$"
)
# Iberia's street name, a comma, its house number ("Praça do Comércio, 6", "Passeig de Gràcia,
# 28, 2º planta"): a street only beside a city line already read
NUMBER_AFTER_COMMA_RE = re.compile(r"^[A-ZÀ-Ý][^\d,]*[A-Za-zÀ-ÿ],\s*\d{1,4}[a-zA-Z]?(?:,|$)")
# A French firm's post box or delivery box on a line of its own, between the street and the
# CEDEX line ("BP 123", "B.P. 45", "CS 30001", "TSA 70011"): a piece of the street, no street
POST_BOX_RE = re.compile(r"^(?:BP|B\.P\.|CS|TSA)\s?\d{1,6}$")
# A German or Swiss Postfach between the street and the town ("Postfach 10 12 34", "Postfach"
# alone): a second address, whose own postcode a card prints apart if at all; no street
POSTFACH_RE = re.compile(r"^Postfach(?:\s\d{1,2}(?:\s\d{2}){1,3}|\s\d{1,6})?$")
# A town alone on its line, above a lone postcode: words of letters, no digit but Dublin's
# postal district ("Dublin 2" | "D02 X285")
TOWN_LINE_RE = re.compile(rf"^{TOWN}(?:\s\d{{1,2}})?$")


def city_line(text: str) -> dict[str, str] | None:
    """The postcode, city (and a US state) of a city line, as its country prints them."""
    text = text.strip()
    for pattern in CITY_PATTERNS:
        match = pattern.match(text)
        # a British postcode may hold no digit as read ("LS] OHB"): gb_read judges it
        if match and (any(c.isdigit() for c in match["postal"]) or pattern is GB_CITY_RE):
            if pattern is EU_CITY_RE and _street_after_number(text, match["city"]):
                continue
            parts = {k: v for k, v in match.groupdict().items() if v}
            if "bracketed" in parts:
                parts["region"] = parts.pop("bracketed")
            if pattern is US_CITY_STYLED_RE:
                parts["region"] = US_STATE_STYLE[parts["region"]]
            if pattern is GB_CITY_RE:
                if not (postal := gb_read(parts["postal"])):
                    continue
                parts["postal"] = postal
            parts["postal"] = parts["postal"].translate(J_FROM_BRACKET)
            if pattern is IE_CITY_RE:
                parts["postal"] = eircode(parts["postal"])
            if pattern is CA_CITY_RE:
                parts["postal"] = canadian(parts["postal"])
            parts["city"] = DISTRICT_O_RE.sub(" Ø", parts["city"])
            # an o: the town's own spelling (ö, ó) comes back only where the town is then
            # mended (places.checked_city knows "Koln" as Köln and leaves it so)
            parts["city"] = DIGIT_IN_TOWN_RE.sub("o", parts["city"])
            return parts
    return None


# The postcodes read in a shape whose letters the country never prints ("H91 U6L6": no Eircode
# holds a U or an L; "M5H 8F2": no Canadian postcode an F)
READ_SHAPES = (
    (re.compile(EIRCODE_READ), re.compile(EIRCODE)),
    (re.compile(CA_POSTCODE_READ), re.compile(CA_POSTCODE)),
)


def odd_postcode(postal: str) -> bool:
    """A British, Irish or Canadian postcode as read holding a letter, or a British one an area,
    its country never prints."""
    if impossible_gb_postcode(postal):
        return True
    return any(read.fullmatch(postal) and not real.fullmatch(postal) for read, real in READ_SHAPES)


CA_DIGITS = str.maketrans("SOIlB", "50118")


def canadian(postal: str) -> str:
    """A Canadian postcode as read put right: a digit read as a letter where its letters and
    digits alternate ("MSH 7Y9" for M5H 7Y9), a space after the first three."""
    code = postal.replace(" ", "")
    code = "".join(c.translate(CA_DIGITS) if i % 2 else c for i, c in enumerate(code))
    return f"{code[:3]} {code[3:]}"


def eircode(postal: str) -> str:
    """An Eircode as read put right: its O a 0, a space after the routing key ("DO2 POD7")."""
    code = postal.replace(" ", "").replace("O", "0")
    return f"{code[:3]} {code[3:]}"


def _street_after_number(text: str, town: str) -> bool:
    """ "1200 Main Street", "1000 rue De La Gauchetière Ouest": a house number of four digits
    before a street's name (America), no postcode and town; a saint's "St" opening a town is no
    street word ("9000 St. Gallen", "93200 St Denis"), nor is one inside it before a name ("9462
    Bad St. Leonhard", "94190 Villeneuve St Georges": second review, rev34c), and a town of one
    word is a town ("2738 Court")."""
    words = [normalize.fold(w).rstrip(".") for w in town.split()]
    words = [w for i, w in enumerate(words) if not _saint(words, i)]
    return len(town.split()) > 1 and is_street(text) and any(w in STREET_WORDS for w in words)


# After a street's "St" a direction or another street word may follow ("Main St North")
DIRECTIONS = frozenset({
    "north", "south", "east", "west", "n", "s", "e", "w", "ne", "nw", "se", "sw",
    "nord", "sud", "est", "ouest",
})  # fmt: skip


def _saint(words: list[str], i: int) -> bool:
    """A "St" or "Ste" opening a town, or before a name: a saint's, no street's."""
    if words[i] not in ("st", "ste"):
        return False
    return i == 0 or (i + 1 < len(words) and words[i + 1] not in STREET_WORDS | DIRECTIONS)


def postal_country(parts: dict[str, str]) -> str | None:
    """The country an address names, or the one its postcode's shape belongs to alone."""
    if parts.get("country"):
        return geo.country_code(parts["country"])
    if SG_CITY_RE.match(f"{parts.get('city', '')} {parts.get('postal', '')}"):
        return "SG"
    if parts.get("region") in AU_STATE_CODES and re.fullmatch(AU_POSTCODE, parts.get("postal", "")):
        return "AU"
    return postcode_country(parts.get("postal", "")) or ("US" if parts.get("region") else None)


def postcode_country(postal: str) -> str | None:
    """The one country whose postcodes have ``postal``'s shape, or None."""
    return next((country for country, shape in POSTCODE_COUNTRIES if shape.fullmatch(postal)), None)


POSTCODE_COUNTRIES = tuple(
    (country, re.compile(shape))
    for country, shape in (
        ("NL", NL_POSTCODE),
        ("CA", CA_POSTCODE),
        ("PL", PL_POSTCODE),
        ("JP", JP_POSTCODE),
        ("PT", PT_POSTCODE),
        ("IE", EIRCODE),
        ("GB", rf"{GB_OUTWARD} ?{GB_INWARD}"),
    )
)


def lone_postcode(text: str, country: str | None) -> str | None:
    """A postcode printed alone on its line (British, Irish or Japanese), its O read for 0
    undone. Japan's three digits and four are a piece of a phone number too ("250-1376" of a
    number cut): they are a postcode only after 〒 or before "Japan" (``country``)."""
    match = LONE_POSTCODE_RE.match(text.strip())
    if not match:
        return None
    if match["jp"]:
        return match["jp"] if "〒" in text or country == "JP" else None
    if match["ie"]:
        return eircode(match["ie"])
    return gb_read(match["postal"])


# a Q is the inward code's 0 with its tail ("EC2D QUA"; session 37), as an O is
INWARD_DIGITS = str.maketrans("SOIBQ", "50180")
J_FROM_BRACKET = str.maketrans(")]}", "JJJ")
# a bracket, a bar or a ! for the outward code's 1 is no letter ("LS] OHB": session 37): a sign
# no word in capitals holds; after a real area only ("HR| OPS", a scrap of capitals, is none)
ONE_AS_SIGN_RE = re.compile(r"^(?P<area>[A-Z]{1,2})[\]|!]")


def gb_read(postal: str) -> str | None:
    """A British postcode as read, its slips undone (``british``), or None: a word in capitals
    is none for its I and O ("SIKORA": one digit at least), nor a company's name whose legal
    form was taken for an inward code with its digit read as a letter ("B2B SAS", "K2 SPA")."""
    inward = postal[-3:]
    one_as_sign = ONE_AS_SIGN_RE.match(postal)
    read_digit = any(c.isdigit() for c in postal) or bool(
        one_as_sign and one_as_sign["area"] in GB_AREAS
    )
    if not read_digit or inward.lower() in LEGAL_FORMS:
        return None
    return british(postal)


def british(postal: str) -> str:
    """ "BS1 OPH": the inward code opens on a digit, so an O there is a 0 (an S 5, an I 1, a B
    8); "WIT 6PT": the outward code's digit after its letters, so an I, l or ] there is a 1."""
    outward = postal[:-3]
    if not any(c.isdigit() for c in outward):
        outward = re.sub(r"^([A-Z]{1,2}?)[Il\]|!]", r"\g<1>1", outward)
    return outward + postal[-3].translate(INWARD_DIGITS) + postal[-2:].translate(J_FROM_BRACKET)


def street_shaped(text: str, *, beside_city: bool = False) -> bool:
    """A street: a street word and a number (``is_street``), a Japanese block number or a
    Polish prefix; beside a city already read, a name and a house number in either order."""
    text = pin_dropped(text)  # "% Munkegata 189": the map pin before it read as a sign
    first = text.split(",")[0].strip()
    if is_street(text) or JP_BLOCK_RE.match(first) or PL_STREET_RE.match(first):
        return True
    return beside_city and bool(
        NAMED_STREET_RE.match(first)
        or NUMBER_AFTER_COMMA_RE.match(text)
        or JP_BLOCK_AFTER_RE.match(first)
    )


def town_line(text: str) -> bool:
    """A town's name alone on a line: one to three words of letters."""
    return bool(TOWN_LINE_RE.match(text.strip())) and len(text.split()) <= 3
