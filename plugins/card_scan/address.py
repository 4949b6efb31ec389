"""The postal address on a card: street, postal code and city, country."""

from __future__ import annotations

import re

from contactkit import geo
from contactkit.model import Address

from .address_slips import before_email, doubtful_street, lost_comma, mended, zip_state
from .clues import is_country, is_street, street_name
from .confidence import ocr_band
from .lexicon import POLISH_VOWELS
from .ocr import Line
from .places import checked_city, near_town_of_state
from .postal import (
    POST_BOX_RE,
    POSTFACH_RE,
    city_line,
    lone_postcode,
    postal_country,
    postcode_country,
    street_shaped,
    town_line,
)
from .states import state_code
from .street_words import country_slip, province_read_d, street_word, umlaut_read_twice


def find_address(
    lines: list[Line], texts: list[str], used: set[int], region: str, clue: str | None = None
) -> tuple[Address | None, str]:
    """The address and its evidence level (a level of ``calibration.CALIBRATED``): its lines
    read one by one, then the street and the city put right for the region, the town checked
    in the country the address names (its country, its postcode's shape) or the card's clues
    say (``clue``), never the configured default."""
    texts = [mended(t) for t in texts]  # this reading's own copy: "Osaka + 530-1471 Japan"
    parts: dict[str, str] = {}
    lines_used: list[int] = []
    anchor = -1  # the line the postcode was read from
    for i, text in enumerate(texts):
        if i not in used and _address_line(text, parts):
            lines_used.append(i)
            anchor = i if anchor < 0 and "postal" in parts else anchor
        elif i in used and "postal" not in parts and (start := before_email(text)):
            # the email's line holds a whole address before it (two columns read as one row)
            whole: dict[str, str] = {}
            if _address_line(start, whole) and {"street", "postal", "city"} <= whole.keys():
                parts.update(whole)
                lines_used.append(i)
                anchor = i if anchor < 0 else anchor
    if anchor >= 0:
        lines_used += _lines_above(lines, texts, used | set(lines_used), anchor, parts)
    if not ({"city", "street"} <= parts.keys() or "postal" in parts):
        return None, ""
    used.update(lines_used)
    if box := parts.pop("box", None):
        parts["street"] = f"{parts['street']}, {box}" if "street" in parts else box
    polish_postcode = postcode_country(parts.get("postal", "")) == "PL"
    if polish_postcode:
        region = "PL"
    if "street" in parts:
        parts["street"] = repair_street(parts["street"], region)
    country = postal_country(parts)
    if parts.get("city"):
        parts["city"] = repair_city(
            parts["city"], parts.get("street", ""), region, parts.get("postal", "")
        )
        # a town the table knows one slip off: its name ("Bem", "Minchen", "Wroctaw"); a mended
        # town is right as often as one read right at its band (pool: hi 25 of 26, mid 25 of
        # 27), so the level stays the band's
        others = () if country else DIGIT_COUNTRIES.get(len(parts.get("postal", "")), ())
        parts["city"], _ = checked_city(parts["city"], country or clue, others)
    state = zip_state(parts.get("region"), parts.get("postal", ""))
    shape = "street+city" if {"city", "street"} <= parts.keys() else "part"
    level = f"{shape}/{ocr_band(min(lines[i].mean_conf for i in lines_used))}"
    if bare_floor(parts.get("street", ""), region):
        level = f"{shape}+bare-floor"
    elif doubtful_street(parts.get("street", "")):
        level = f"{shape}+stray-sign"
    elif ODD_LETTERS_RE.search(parts.get("street", "")):
        level = f"{shape}+odd-letters"
    elif country == "US" and state and near_town_of_state(parts.get("city", ""), state_code(state)):
        # "Chicao, IL": Chicago misread, left as read where Chico (CA) made the slip two towns'
        level = f"{shape}+near-town"
    elif polish_postcode and shape == "street+city":
        # ł read t or i ("Dtuga", "Wroctaw"), ń read ri: letters no rule tells from the
        # print's, measured apart
        level = f"{shape}+polish"
    address = Address(
        street=parts.get("street"),
        city=parts.get("city", "").strip() or None,
        region=state,
        postal_code=parts.get("postal"),
        country=parts.get("country"),
    )
    return address, level


# The countries whose postcode is this many digits and nothing else, where a card's clue
# (a phone's, a street word's) may name the wrong one: a town known in any of them is left
DIGIT_COUNTRIES = {5: ("DE", "FR", "IT", "ES", "FI"), 4: ("AT", "CH", "BE", "DK", "NO", "LU")}


# Pieces of an address on one line: a comma, or a mark between spaces ("Weena 44 - 2535 DE
# Den Haag", "Hauptstraße 22 ; 60255 Frankfurt", "Marktgasse 43 · 3011 Bern")
PIECES_RE = re.compile(r",|\s+[-–;:»«·•|]\s+")


def _address_line(text: str, parts: dict[str, str]) -> bool:
    """Read one line into ``parts`` (street, city, postal, region, country); whether it is a
    line of the address: a country alone, a city line (a street before it on one line), a
    postcode alone, or the first street. A country after the city is taken from any line."""
    if is_country(text) or is_country(country_slip(text)):  # "Espafia"
        parts["country"] = country_slip(text.rstrip("."))
        return True
    pieces = [p.strip() for p in PIECES_RE.split(text) if p.strip()]
    country_here = None
    if len(pieces) > 1 and is_country(country_slip(pieces[-1])):
        parts["country"] = country_here = country_slip(pieces.pop())
    elif (
        (tail := COUNTRY_TAIL_RE.search(pieces[-1] if pieces else ""))
        and is_country(country := country_slip((tail[1] or tail[2]).capitalize()))
        and _before_country(head := pieces[-1][: tail.start()].strip())
    ):
        # "4085 Basel - Schweiz", "46016 Valencia Espafia", "530-1670 Japan": the country
        # after the city or the postcode; after a small word it is the city's own ("Ciudad de
        # Guatemala", "Ville de Luxembourg")
        parts["country"] = country
        if not (BARE_POSTCODE_RE.match(head) and geo.country_code(country) in NAMESAKE_CAPITALS):
            country_here = country
            pieces[-1] = head
    here = country_here and geo.country_code(country_here)
    if _city_cut(pieces, parts):
        return True
    if len(pieces) == 2 and HOUSE_NUMBER_RE.match(pieces[0]) and (city := city_line(pieces[1])):
        # "ul. Świętokrzyska" | "143 - 60-187 Poznań": one row read as two lines, parted at a
        # wide space after the street's name, or a long line wrapped before its number; the
        # street's name is the line before (``_lines_above``)
        parts.update(city, number=pieces[0])
        return True
    countries = {n: (here,) for n in (4, 5)} if here else DIGIT_COUNTRIES
    if pieces and (split := lost_comma(pieces[-1], countries)):
        return _city_cut([*pieces[:-1], *split], parts)
    if len(pieces) == 1 and "postal" not in parts and (postal := lone_postcode(pieces[0], here)):
        parts["postal"] = postal
        parts["lone"] = "1"
        return True
    if POSTFACH_RE.match(text.strip()) and "postal" not in parts:
        parts["postfach"] = text.strip()  # its line taken, no name's or title's; the street above
        return True
    if POST_BOX_RE.match(text.strip()) and "box" not in parts:
        parts["box"] = text.strip()  # joined to the street once the address is read
        return True
    if street_shaped(text) and "street" not in parts:
        parts["street"] = text
        return True
    return False


def _city_cut(pieces: list[str], parts: dict[str, str]) -> bool:
    """ "48 Harbor Road, Seattle, WA 98101" on one line: the tail is the city part."""
    for cut in range(len(pieces)):
        city = city_line(", ".join(pieces[cut:]))
        if city and (cut == 0 or street_shaped(", ".join(pieces[:cut]), beside_city=True)):
            parts.update(city)
            if cut:
                parts["street"] = ", ".join(pieces[:cut])
            return True
    return False


def _before_country(text: str) -> bool:
    """What precedes a country at a line's end: a town (a capital) or a postcode (a digit)."""
    words = text.split()
    return bool(words) and (words[-1][:1].isupper() or words[-1][-1:].isdigit())


def _lines_above(
    lines: list[Line], texts: list[str], taken: set[int], anchor: int, parts: dict[str, str]
) -> list[int]:
    """The town of a postcode printed alone, and the street just above a city line that has no
    street word ("Weena 44" | "2535 DE Den Haag")."""
    if parts.pop("lone", None) and "city" not in parts:
        return _town_of_lone_postcode(lines, texts, taken, anchor, parts)
    above = anchor - 1
    number = parts.pop("number", None)
    if number:
        if "street" not in parts and _wrapped_street(lines, texts, taken, above, anchor):
            parts["street"] = f"{texts[above].strip()} {number}"
            return [above]
        parts.pop("postal", None)  # no street to end: the number and the city are no address
        parts.pop("city", None)
        return []
    box = above
    if parts.pop("postfach", None) and POSTFACH_RE.match(texts[above].strip()):
        above -= 1  # "Neuer Wall 10" | "Postfach 10 12 34" | "20457 Hamburg": the street above
    if "street" not in parts and "city" in parts and _street_at(lines, texts, taken, above, anchor):
        parts["street"] = texts[above]
        return [above]
    box_free = taken - {box}
    if box != above and "street" not in parts and _street_at(lines, texts, box_free, box, anchor):
        # no street above it: the Postfach stays the address's street, as it was read before
        # (rev35c: "Postfach 1234" | "8021 Zürich", a firm's mail address, had lost its box)
        parts["street"] = texts[box]
    return []


# A house number alone ("143", "12a", "100/18")
HOUSE_NUMBER_RE = re.compile(r"^\d{1,4}[a-zA-Z]?(?:/\d{1,4})?$")
# A street's name with no number: a Polish prefix or a street word before a name
WRAPPED_STREET_RE = re.compile(r"^(?:ul|al|pl|os)\.\s?[A-ZĄĆĘŁŃÓŚŹŻ][^\d,;@]+$")


def _wrapped_street(
    lines: list[Line], texts: list[str], taken: set[int], i: int, after: int
) -> bool:
    """Line ``i``, free, is a street's name without its number, in the column of the line
    ``after`` it or on its row just left of it."""
    text = texts[i].strip() if i >= 0 else ""
    if i < 0 or i in taken or not lines[i].words or not lines[after].words:
        return False
    if not (WRAPPED_STREET_RE.match(text) or (street_name(text) and not re.search(r"\d", text))):
        return False
    one, two = lines[i], lines[after]
    same_row = one.top < two.bottom and two.top < one.bottom and one.right <= two.left
    return same_row or _same_column(lines, i, after)


def _town_of_lone_postcode(
    lines: list[Line], texts: list[str], taken: set[int], anchor: int, parts: dict[str, str]
) -> list[int]:
    """The town printed with the street ("3-4-26 Toranomon, Chiyoda-ku, Tokyo" | "100-7158"),
    or on a line of its own between the street and the postcode ("211 Deansgate" |
    "Manchester" | "M1 9WG"), as the British and Japanese conventions print them: in the
    postcode's column, so a name of the other column read between them is no town."""
    street = next((i for i in range(anchor) if texts[i] == parts.get("street")), None)
    if street is not None:
        pieces = [p.strip() for p in texts[street].split(",")]
        if len(pieces) > 1 and town_line(pieces[-1]) and not is_street(pieces[-1]):
            parts["street"], parts["city"] = ", ".join(pieces[:-1]), pieces[-1]
            return []
    start = -1 if street is None else street
    towns = [
        i
        for i in range(start + 1, anchor)
        if i not in taken and town_line(texts[i]) and _same_column(lines, i, anchor, street)
    ]
    if not towns:
        return []
    town = towns[-1]
    parts["city"] = texts[town].strip()
    if street is not None:
        return [town]
    streets = [j for j in range(town) if _street_at(lines, texts, taken, j, town)]
    if not streets:
        parts.pop("city")
        return []
    parts["street"] = texts[streets[-1]]
    return [streets[-1], town]


def _same_column(lines: list[Line], i: int, *others: int | None) -> bool:
    """Line ``i`` overlaps each of the other lines across: one column of the card."""
    if not lines[i].words or any(o is not None and not lines[o].words for o in others):
        return False
    left, right = lines[i].left, lines[i].right
    return all(o is None or (left < lines[o].right and lines[o].left < right) for o in others)


def _street_at(lines: list[Line], texts: list[str], taken: set[int], i: int, below: int) -> bool:
    """Line ``i``, free, is a street in the column of the line ``below`` it."""
    return (
        i >= 0
        and i not in taken
        and street_shaped(texts[i], beside_city=True)
        and _same_column(lines, i, below)
    )


GERMAN_REGIONS = frozenset({"DE", "AT", "CH", "LI"})
GERMAN_STREET_RE = re.compile(r"(?i)(?:stra(?:ss|ß|b|f?s)e|str\.|weg|allee|platz|gasse|damm|ring)")
SPANISH_STREET_RE = re.compile(
    r"(?i)^(?:(?:calle|avda\.?|avenida|av\.|plaza|pza\.|paseo|gran v[ií]a|carrer|camino|ronda)\b"
    # "C/ Mayor": no word boundary after the slash; "c/o" is care of, "c/c" an account
    r"|c/ ?(?![oc](?![\w'’]))\w)"
)


# "Calle Mayor, 191, 12": a number after the house number with no ordinal sign, where Spanish
# prints a floor ("1ª", "3º B"); the sign was read as a digit ("12" for 1ª), or the floor is
# bare: which one, only the print shows.
# So is a door after the floor ("3º 12" for 3º 1ª, as Barcelona prints a flat).
BARE_FLOOR_RE = re.compile(r"\d+[A-Za-z]?, (?:\d+º ?)?\d+$")
# So is a floor and door with no sign between them ("27, 3B" for 3º B: the sign lost, or bare),
# on a Spanish street only: elsewhere a building and its floor are printed so ("Tower 2, 5F").
SIGNLESS_DOOR_RE = re.compile(r"\d, \d ?[A-H]$")


def bare_floor(street: str, region: str) -> bool:
    """A Spanish floor (and door) printed, or read, without its ordinal sign."""
    spanish = bool(SPANISH_STREET_RE.match(street) or street[:2].lower() == "c/") or region == "ES"
    return bool(BARE_FLOOR_RE.search(street) or (spanish and SIGNLESS_DOOR_RE.search(street)))


# "Rue du Rhéne": é before a consonant and a final e, which French never writes (è, ê): a
# letter misread, which one only the print shows (the Rhône's own is put back first,
# ``street_words``). In a city ("Genéve") it is the
# accent misread, no other letter, on every tuning card: the city is not doubted for it.
ODD_LETTERS_RE = re.compile(r"é[b-df-hj-np-tv-z]e\b")


# after a postcode the country may be read in small letters ("100-7158 japan")
# Countries whose capital bears their name and follows its postcode as a town does ("L-1234
# Luxembourg", "98000 Monaco"): the town, and the country with it.
NAMESAKE_CAPITALS = frozenset({"LU", "MC"})
BARE_POSTCODE_RE = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}$")
COUNTRY_TAIL_RE = re.compile(
    r"(?<=[a-zé])(?:\s+[-–]\s+|\s+)([A-ZÄÖÜ][a-zäöüñ]{3,})$|(?<=\d)\s+([A-Za-z][a-z]{3,})$"
)


def german(street: str, region: str) -> bool:
    return region in GERMAN_REGIONS or bool(GERMAN_STREET_RE.search(street))


def repair_street(street: str, region: str) -> str:
    """The slips a reader of the card's language undoes at sight."""
    street = street.replace("β", "ß")  # a Greek beta, in a street printed in Latin letters
    # "HauptstraBe", "Hauptstrare", "Hauptstrake", "StrafSe", "LandstraBer", "Hauptstra8e",
    # "LandstraGer", "Ringstrae": the ß misread, or lost (German writes no "strae")
    street = re.sub(r"(?<=[Ss]tra)(?:f?S|[BbRrKkFfGg8]|)(?=e[rn]?\b)", "ß", street)
    if german(street, region):
        street = re.sub(r"(?<=[a-zäöü])B(?=[a-zäöü])", "ß", street)  # "GroBe Elbstraße"
        street = umlaut_read_twice(street)
    street = street_word(street, german(street, region))
    street = re.sub(r"(?<=\b[A-Za-z]{2})!(?=\s)", "l", street)  # "Piazza de! Duomo"
    # "292 Sth Ave": an ordinal's 5 read S before a street word ("Sth" alone is South's)
    street = re.sub(r"(?<=\d )S(?=th (?:Ave|Avenue|St|Street)\b)", "5", street)
    # "Avda.de la Constitución": the space after an abbreviation's dot, taken out as a website's
    street = re.sub(r"\b([A-Z][a-z]{1,4})\.(?=[a-z]+ )", r"\1. ", street)
    # "Corso Vittorio Emanuele Il 199": a king's numeral before the house number
    street = re.sub(r"(?<=[a-z] )(?:Il|lI|ll)(?= \d)", "II", street)
    street = " ".join(country_slip(w) for w in street.split(" "))
    if SPANISH_STREET_RE.match(street) or region == "ES":
        street = spanish_street(street)
    return polish(street) if region == "PL" else street


def spanish_street(street: str) -> str:
    """``Calle Colón, 5, 3º B``: the floor's ordinal sign, and the ó, as OCR reads them."""
    # OCR reads both ordinal signs as a degree sign: before a door ("3° B", "3° 1ª") it is the
    # floor's º (piso); a floor alone ("1°") may be a 1º or a 1ª (planta), so it is left as read
    street = re.sub(r"(?<=\d)[°?](?= ?[A-H]$| \d)", "º", street)  # "3? B": º read ?
    # "3°B", "32B", "39 B" after the house number: floor, its sign read as 2 or 9, door
    street = re.sub(r"(?<=\d, )(\d)(?:º|[29](?= ?[A-H]$)) ?([A-H])$", r"\1º \2", street)
    street = re.sub(r"(?<=[a-z])[6d](?=n\b)", "ó", street)  # "Col6n", "Coldn": no word ends -dn
    # "27.3B": the comma after the house number read as a dot glued to the floor (then doubted
    # as a bare floor, its sign lost)
    street = re.sub(r"(?<=\d)\.(?=\d ?[A-H]$)", ", ", street)
    # "Colén", "Constitucién": ó read é before a final n, where Spanish writes -ón far more
    # often than -én; the words it writes -én are kept ("Belén", "Jaén")
    street = re.sub(r"\b\w+én\b", _spanish_on, street)
    # "Calle de Alcald": a final á read d; no Spanish word ends in a consonant and a d
    street = re.sub(r"(?<=[a-z][lnr])d\b", "á", street)
    return re.sub(r"(?<=, )pianta(?= \d)", "planta", street)


# Spanish words and names that end in -én, as a street may hold them
SPANISH_EN_WORDS = frozenset({
    "almacén", "andén", "belén", "desdén", "edén", "guillén", "harén", "jaén", "rehén", "retén",
    "rubén", "sostén", "también", "terraplén", "vaivén",
})  # fmt: skip


def _spanish_on(word: re.Match[str]) -> str:
    text = word.group(0)
    return text if text.lower() in SPANISH_EN_WORDS else text[:-2] + "ón"


def repair_city(city: str, street: str, region: str, postal: str = "") -> str:
    # "Firenze (Fl)": an Italian province is two capitals, a small l there is an I
    city = re.sub(r"\(([A-Z])[l1|]\)", r"(\1I)", city)
    city = re.sub(r"\([l1|]([A-Z])\)", r"(I\1)", city)
    city = province_read_d(city, postal)
    if region == "PL":
        city = polish(city)
    return umlaut_read_twice(city) if german(street, region) else city


def polish(text: str) -> str:
    """The slips of a Polish word a reader undoes: é, which Polish never writes, is its ó
    ("Krakéw"); a t no Polish word starts with is its ł ("Dtuga"); "ri", "fi" or "ti" before
    "sk", where Polish writes the ń of "-ańsk" ("Gdarisk", "Floriariska")."""
    text = text.replace("é", "ó")
    # "Dtuga" for Długa: ł read t after a first D, G, M, B or Z, where Polish writes no t
    text = re.sub(rf"\b([DGMBZ])t(?=[{POLISH_VOWELS}])", r"\1ł", text)
    # "Diuga", "Dituga", "Diluga" for Długa: ł read i, it or il before u; Polish opens no word
    # on "diu" (session 35)
    text = re.sub(r"\bD(?:i|it|il)u(?=[a-z])", "Dłu", text)
    # "Floriahska": ń read h before "sk", which Polish never writes so
    return re.sub(r"(?<=[aeiouy])(?:ri|fi|ti|h)(?=sk)", "ń", text)
