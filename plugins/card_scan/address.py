"""The postal address on a card: street, postal code and city, country."""

from __future__ import annotations

import re

from contactkit.model import Address

from .clues import EU_CITY_RE, GB_CITY_RE, US_CITY_RE, is_country, is_street
from .confidence import ocr_band
from .ocr import Line


def parse_city_line(text: str) -> dict[str, str] | None:
    for pattern in (US_CITY_RE, GB_CITY_RE, EU_CITY_RE):
        match = pattern.match(text.strip())
        if match:
            return match.groupdict()
    return None


def find_address(
    lines: list[Line], texts: list[str], used: set[int], region: str
) -> tuple[Address | None, str]:
    """The address and its evidence level (a level of ``calibration.CALIBRATED``): its lines
    read one by one, then the street and the city put right for the region."""
    parts: dict[str, str] = {}
    lines_used: list[int] = []
    for i, text in enumerate(texts):
        if i not in used and _address_line(text, parts):
            lines_used.append(i)
    if not ({"city", "street"} <= parts.keys() or "postal" in parts):
        return None, ""
    used.update(lines_used)
    if "street" in parts:
        parts["street"] = repair_street(parts["street"], region)
    if parts.get("city"):
        parts["city"] = repair_city(parts["city"], parts.get("street", ""), region)
    shape = "street+city" if {"city", "street"} <= parts.keys() else "part"
    level = f"{shape}/{ocr_band(min(lines[i].mean_conf for i in lines_used))}"
    if BARE_FLOOR_RE.search(parts.get("street", "")):
        level = f"{shape}+bare-floor"
    elif ODD_LETTERS_RE.search(parts.get("street", "")):
        level = f"{shape}+odd-letters"
    address = Address(
        street=parts.get("street"),
        city=parts.get("city", "").strip() or None,
        region=parts.get("region"),
        postal_code=parts.get("postal"),
        country=parts.get("country"),
    )
    return address, level


def _address_line(text: str, parts: dict[str, str]) -> bool:
    """Read one line into ``parts`` (street, city, postal, region, country); whether it is a
    line of the address: a country alone, a city line (a street before it on one line), or
    the first street. A country after the city is taken from any line."""
    if is_country(text) or is_country(country_slip(text)):  # "Espafia"
        parts["country"] = country_slip(text.rstrip("."))
        return True
    # "Avda. de la Constitución, 80, 1ª - 46029 Valencia": a dash parts street and city
    pieces = [p.strip() for p in re.split(r",|\s[-–]\s(?=\d{4,5}\s)", text) if p.strip()]
    if len(pieces) > 1 and is_country(pieces[-1]):
        parts["country"] = pieces.pop()
    elif (
        (tail := COUNTRY_TAIL_RE.search(pieces[-1] if pieces else ""))
        and is_country(country := country_slip(tail[1]))
        and pieces[-1][: tail.start()].split()[-1][:1].isupper()
    ):
        # "4085 Basel - Schweiz", "46016 Valencia Espafia": the country after the city; after
        # a small word it is the city's own ("Ciudad de Guatemala", "Ville de Luxembourg")
        parts["country"] = country
        pieces[-1] = pieces[-1][: tail.start()]
    # "48 Harbor Road, Seattle, WA 98101" on one line: the tail is the city part.
    for cut in range(len(pieces)):
        city = parse_city_line(", ".join(pieces[cut:]))
        if city and (cut == 0 or is_street(", ".join(pieces[:cut]))):
            parts.update({k: v for k, v in city.items() if v})
            if cut:
                parts["street"] = ", ".join(pieces[:cut])
            return True
    if is_street(text) and "street" not in parts:
        parts["street"] = text
        return True
    return False


GERMAN_REGIONS = frozenset({"DE", "AT", "CH", "LI"})
GERMAN_STREET_RE = re.compile(r"(?i)(?:stra(?:ss|ß|b|f?s)e|str\.|weg|allee|platz|gasse|damm|ring)")
SPANISH_STREET_RE = re.compile(
    r"(?i)^(?:calle|c/|avda\.?|avenida|av\.|plaza|pza\.|paseo|gran v[ií]a|carrer|camino|ronda)\b"
)


# "Calle Mayor, 191, 12": a number after the house number with no ordinal sign, where Spanish
# prints a floor ("1ª", "3º B"); the sign was read as a digit ("12" for 1ª), or the floor is
# bare: which one, only the print shows.
# So is a door after the floor ("3º 12" for 3º 1ª, as Barcelona prints a flat).
BARE_FLOOR_RE = re.compile(r"\d+[A-Za-z]?, (?:\d+º ?)?\d+$")


# "Rue du Rhéne": é before a consonant and a final e, which French never writes (è, ê): a
# letter misread ("Rhône"), which one only the print shows. In a city ("Genéve") it is the
# accent misread, no other letter, on every tuning card: the city is not doubted for it.
ODD_LETTERS_RE = re.compile(r"é[b-df-hj-np-tv-z]e\b")


COUNTRY_TAIL_RE = re.compile(r"(?<=[a-zé])(?:\s+[-–]\s+|\s+)([A-ZÄÖÜ][a-zäöüñ]{3,})$")


def german(street: str, region: str) -> bool:
    return region in GERMAN_REGIONS or bool(GERMAN_STREET_RE.search(street))


def repair_street(street: str, region: str) -> str:
    """The slips a reader of the card's language undoes at sight."""
    # "HauptstraBe", "Hauptstrare", "Hauptstrake", "StrafSe", "LandstraBer": the ß misread
    street = re.sub(r"(?<=[Ss]tra)(?:f?S|[BbRrKkFf])(?=e[rn]?\b)", "ß", street)
    if german(street, region):
        street = re.sub(r"(?<=[a-zäöü])B(?=[a-zäöü])", "ß", street)  # "GroBe Elbstraße"
        street = umlaut_read_twice(street)
    street = re.sub(r"(?<=\b[A-Za-z]{2})!(?=\s)", "l", street)  # "Piazza de! Duomo"
    # "Avda.de la Constitución": the space after an abbreviation's dot, taken out as a website's
    street = re.sub(r"\b([A-Z][a-z]{1,4})\.(?=[a-z]+ )", r"\1. ", street)
    # "Corso Vittorio Emanuele Il 199": a king's numeral before the house number
    street = re.sub(r"(?<=[a-z] )(?:Il|lI|ll)(?= \d)", "II", street)
    street = " ".join(country_slip(w) for w in street.split(" "))
    if SPANISH_STREET_RE.match(street) or region == "ES":
        street = spanish_street(street)
    return street


def spanish_street(street: str) -> str:
    """``Calle Colón, 5, 3º B``: the floor's ordinal sign, and the ó, as OCR reads them."""
    street = re.sub(r"(?<=\d)°", "º", street)  # the degree sign printed for the ordinal
    # "3°B", "32B", "39 B" after the house number: floor, its sign read as 2 or 9, door
    street = re.sub(r"(?<=\d, )(\d)(?:º|[29](?= ?[A-H]$)) ?([A-H])$", r"\1º \2", street)
    street = re.sub(r"(?<=[a-z])6(?=n\b)|(?<=[a-z]{3}ci)é(?=n\b)", "ó", street)  # "Col6n"
    return re.sub(r"(?<=, )pianta(?= \d)", "planta", street)


def repair_city(city: str, street: str, region: str) -> str:
    # "Firenze (Fl)": an Italian province is two capitals, a small l there is an I
    city = re.sub(r"\(([A-Z])[l1|]\)", r"(\1I)", city)
    city = re.sub(r"\([l1|]([A-Z])\)", r"(I\1)", city)
    return umlaut_read_twice(city) if german(street, region) else city


def umlaut_read_twice(text: str) -> str:
    """ "Ziirich", "Miinchen": ü read as ii, a pair German never writes."""
    return re.sub(r"(?<=[A-Za-zäöü])ii(?=[a-zäöü])", "ü", text)


def country_slip(word: str) -> str:
    """ "Espafia": ñ read as fi, a country's name once the slip is undone."""
    if "fi" not in word:
        return word
    fixed = word.replace("fi", "ñ")
    return fixed if is_country(fixed.rstrip(",.")) else word
