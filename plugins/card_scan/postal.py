"""Postcode and street shapes as each country's postal convention prints them.

The city line of an address is read by the first pattern that fits (``city_line``); a postcode
printed on a line of its own (the United Kingdom's and Japan's convention: town, then postcode)
is ``lone_postcode``; the street before a city on its line, or just above it, by
``street_shaped``.
"""

from __future__ import annotations

import re

from contactkit import geo

from .clues import is_street

TOWN = r"[A-Za-zÀ-ÿĀ-ž][A-Za-zÀ-ÿĀ-ž .'-]+?"
# A town after its postcode; a 6 or 0 between its letters is an ö, ó or o read as a digit
# ("K6ln", "Krak6w", "Wr0claw"): no town's name holds a digit
DIGIT_IN_TOWN = r"(?<=[A-Za-z])[06](?=[A-Za-z])"
TOWN_AFTER = rf"(?:[^\d,]|{DIGIT_IN_TOWN}){{2,}}"
DIGIT_IN_TOWN_RE = re.compile(DIGIT_IN_TOWN)
# "New York, NY 10001", "New York. NY 10001" (the comma read as a dot)
US_CITY_RE = re.compile(
    rf"^(?P<city>{TOWN})[,.]?\s+(?P<region>[A-Z]{{2}})\s+(?P<postal>\d{{5}}(?:-\d{{4}})?)$"
)
# Netherlands: four digits, two capitals ("3008 WP Rotterdam"), before the town
NL_CITY_RE = re.compile(rf"^(?:NL-)?(?P<postal>\d{{4}} ?[A-Z]{{2}})\s+(?P<city>{TOWN_AFTER})$")
# Poland: two digits, a dash, three ("30-151 Kraków")
PL_CITY_RE = re.compile(rf"^(?:PL-)?(?P<postal>\d{{2}}-\d{{3}})\s+(?P<city>{TOWN_AFTER})$")
# most of Europe: four or five digits, a country's letter or two before them ("D-80331")
EU_CITY_RE = re.compile(rf"^(?:[A-Z]{{1,2}}-)?(?P<postal>\d{{4,5}})\s+(?P<city>{TOWN_AFTER})$")
# Japan: three digits, a dash, four, after the town ("Tokyo 100-5701") or alone ("〒100-0005")
JP_POSTCODE = r"(?:〒\s?)?(?P<postal>\d{3}-\d{4})"
JP_CITY_RE = re.compile(rf"^(?P<city>{TOWN}),?\s+{JP_POSTCODE}$")
# The United Kingdom's inward code is a digit and two letters: an O there is a 0 ("BS1 OPH");
# the outward code's digit follows its letters: an I, l or ] there is a 1 ("WIT 6PT", "LS] 2XJ")
GB_POSTCODE = r"(?P<postal>[A-Z]{1,2}[\dIl\]|][A-Z\d]?\s?[\dO][A-Z]{2})"
GB_CITY_RE = re.compile(rf"^(?P<city>{TOWN}),?\s+{GB_POSTCODE}$")
LONE_POSTCODE_RE = re.compile(rf"^(?:{GB_POSTCODE}|{JP_POSTCODE.replace('postal', 'jp')})$")
CITY_PATTERNS = (US_CITY_RE, GB_CITY_RE, JP_CITY_RE, NL_CITY_RE, PL_CITY_RE, EU_CITY_RE)

# Japan's block number (chome-ban-go) before the district: "1-7-22 Marunouchi"
JP_BLOCK_RE = re.compile(r"^\d{1,2}-\d{1,3}(?:-\d{1,4})?\s+[A-Z][a-z]")
# Poland's street prefixes: ulica, aleja, plac, osiedle ("pl. Grunwaldzki 200")
PL_STREET_RE = re.compile(r"^(?:ul|al|pl|os)\.?\s+[A-ZĄĆĘŁŃÓŚŹŻ][^\d]*\d")
# A name and a house number, or a house number and a name ("Weena 44", "211 Deansgate",
# "Keizersgracht 170", "Długa 100/18"): a street only beside a city line already read
NAMED_STREET_RE = re.compile(
    r"^(?:[A-ZÀ-Ýa-zß][\w'’.-]*\s)+\d{1,5}\s?[a-zA-Z]?(?:/\d{1,4})?$"
    r"|^\d{1,5}[a-zA-Z]?\s+(?:bis\s+)?[A-Za-zÀ-ÿ][\w'’.-]+(?:\s[\w'’.-]+)*$"
)
# A town alone on its line, above a lone postcode: words of letters, no digit
TOWN_LINE_RE = re.compile(rf"^{TOWN}$")


def city_line(text: str) -> dict[str, str] | None:
    """The postcode, city (and a US state) of a city line, as its country prints them."""
    text = text.strip()
    for pattern in CITY_PATTERNS:
        match = pattern.match(text)
        if match and any(c.isdigit() for c in match["postal"]):
            parts = {k: v for k, v in match.groupdict().items() if v}
            if pattern is GB_CITY_RE:
                parts["postal"] = british(parts["postal"])
            # an o: the town's own spelling (ö, ó) comes back only where the town is then
            # mended (places.checked_city knows "Koln" as Köln and leaves it so)
            parts["city"] = DIGIT_IN_TOWN_RE.sub("o", parts["city"])
            return parts
    return None


def postal_country(parts: dict[str, str]) -> str | None:
    """The country an address names, or the one its postcode's shape belongs to alone."""
    if parts.get("country"):
        return geo.country_code(parts["country"])
    return postcode_country(parts.get("postal", "")) or ("US" if parts.get("region") else None)


def postcode_country(postal: str) -> str | None:
    """The one country whose postcodes have ``postal``'s shape, or None."""
    return next((country for country, shape in POSTCODE_COUNTRIES if shape.fullmatch(postal)), None)


POSTCODE_COUNTRIES = (
    ("NL", re.compile(r"\d{4} ?[A-Z]{2}")),
    ("PL", re.compile(r"\d{2}-\d{3}")),
    ("JP", re.compile(r"\d{3}-\d{4}")),
    ("GB", re.compile(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}")),
)


def lone_postcode(text: str, country: str | None) -> str | None:
    """A postcode printed alone on its line (British or Japanese), its O read for 0 undone.
    Japan's three digits and four are a piece of a phone number too ("250-1376" of a
    number cut): they are a postcode only after 〒 or before "Japan" (``country``)."""
    match = LONE_POSTCODE_RE.match(text.strip())
    # a word in capitals is no postcode for its I and O ("SIKORA"): one digit at least
    if not match or not any(c.isdigit() for c in text):
        return None
    if match["jp"]:
        return match["jp"] if "〒" in text or country == "JP" else None
    return british(match["postal"])


def british(postal: str) -> str:
    """ "BS1 OPH": the inward code opens on a digit, so an O there is a 0; "WIT 6PT": the
    outward code's digit after its letters, so an I, l or ] there is a 1."""
    outward = postal[:-3]
    if not any(c.isdigit() for c in outward):
        outward = re.sub(r"^([A-Z]{1,2}?)[Il\]|]", r"\g<1>1", outward)
    return outward + postal[-3].replace("O", "0") + postal[-2:]


def street_shaped(text: str, *, beside_city: bool = False) -> bool:
    """A street: a street word and a number (``is_street``), a Japanese block number or a
    Polish prefix; beside a city already read, a name and a house number in either order."""
    first = text.split(",")[0].strip()
    if is_street(text) or JP_BLOCK_RE.match(first) or PL_STREET_RE.match(first):
        return True
    return beside_city and bool(NAMED_STREET_RE.match(first))


def town_line(text: str) -> bool:
    """A town's name alone on a line: one to three words of letters."""
    return bool(TOWN_LINE_RE.match(text.strip())) and len(text.split()) <= 3
