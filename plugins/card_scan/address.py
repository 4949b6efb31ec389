"""The postal address on a card: street, postal code and city, country."""

from __future__ import annotations

import re

from contactkit import geo
from contactkit.model import Address

from .address_rows_above import lines_above
from .address_slips import (
    DIGIT_COUNTRIES,
    before_email,
    country_misread,
    doubtful_street,
    gb_town_apart,
    lost_comma,
    mended,
    spaced_marks,
    weak_street,
    zip_state,
)
from .clues import is_country
from .places import checked_city, near_town_of_state
from .postal import (
    POST_BOX_RE,
    POSTFACH_RE,
    city_line,
    lone_postcode,
    odd_postcode,
    postal_country,
    postcode_country,
    street_shaped,
)
from .row_pieces import on_row, side_gap
from .states import state_code
from .street_end_slips import street_end_slip
from .street_forms import street_read_as_town
from .street_icons import pin_dropped
from .street_letter_slips import odd_onset, odd_pairs, romaji_read_l
from .street_repair import SPANISH_STREET_RE, repair_city, repair_street
from .street_words import country_slip
from .text_lines import Line
from .titles import title_score
from .word_confidence import ocr_band


def find_address(
    lines: list[Line], texts: list[str], used: set[int], region: str, clue: str | None = None
) -> tuple[Address | None, str]:
    """The address and its evidence level (a level of ``calibration.CALIBRATED``): its lines
    read one by one, then the street and the city put right for the region, the town checked
    in the country the address names (its country, its postcode's shape) or the card's clues
    say (``clue``), never the configured default."""
    # this reading's own copy: "Osaka + 530-1471 Japan", "Bristol -BS1 7GP"
    texts = [spaced_marks(mended(t)) for t in texts]
    parts, lines_used, anchor = _read_lines(texts, used)
    country_dropped = bool(parts.pop("country_dropped", None))
    comma_line = parts.pop("comma_lost", None)
    if anchor >= 0:
        lines_used += lines_above(lines, texts, used | set(lines_used), anchor, parts)
    if (apart := _country_apart(lines, texts, lines_used)) is not None:
        lines_used.remove(apart)
        if parts.get("country") == _country_of(texts[apart]):
            kept = [country for i in lines_used if (country := _line_country(texts[i]))]
            del parts["country"]
            if kept:
                parts["country"] = kept[-1]
    if not ({"city", "street"} <= parts.keys() or "postal" in parts):
        return None, ""
    used.update(lines_used)
    if box := parts.pop("box", None):
        parts["street"] = f"{parts['street']}, {box}" if "street" in parts else box
    polish_postcode = postcode_country(parts.get("postal", "")) == "PL"
    if polish_postcode:
        region = "PL"
    country = postal_country(parts)
    if "street" in parts:
        parts["street"] = repair_street(pin_dropped(parts["street"]), region, country)
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
    band = ocr_band(min(lines[i].mean_conf for i in lines_used))
    weak = comma_line is not None and weak_street(lines[int(comma_line)], parts.get("street", ""))
    doubt = _doubt(parts, shape, region, country, state, polish_postcode, country_dropped)
    if weak and not doubt:
        # a street parted from its postcode at a lost comma, a word of it read unsurely
        # ("Stationspiein 89 5680 BE Eindhoven" at 0.38): unmeasured, left out (session 39)
        doubt = "weak-street"
    level = f"{shape}+{doubt}" if doubt else f"{shape}/{band}"
    address = Address(
        street=parts.get("street"),
        city=parts.get("city", "").strip() or None,
        region=state,
        postal_code=parts.get("postal"),
        country=parts.get("country"),
    )
    return address, level


def _country_apart(lines: list[Line], texts: list[str], lines_used: list[int]) -> int | None:
    """The first line of a country alone that stands beside none of the address's other
    lines, neither under them nor on their row: the region a title covers ("Leiter Vertrieb" |
    "Deutschland" in one column, the Graz address in the other: the second blind generator's
    scan seed 25 card 84, the title accepted cut and the address stored in Germany), not the
    address's country. A country read on the address's row, at its far end, is its own."""
    others = [lines[i] for i in lines_used if not _country_alone(texts[i])]
    for i in lines_used:
        row = lines[i]
        if (
            _country_alone(texts[i])
            and others
            and all(side_gap(row, other) > 0 and not on_row(row, other) for other in others)
        ):
            return i
    return None


def _line_country(text: str) -> str | None:
    """The country an address line names, alone or after its town ("Dublin 2, Ireland")."""
    parts: dict[str, str] = {}
    _address_line(text, parts)
    return parts.get("country")


def _country_alone(text: str) -> bool:
    """The line is a country and nothing else, read with a slip or not ("Espafia")."""
    return is_country(text) or is_country(country_slip(text))


def _country_of(text: str) -> str:
    """The country a row of it alone names, as the address stores it ("Espafia": Spain)."""
    return country_slip(text.rstrip("."))


def _read_lines(texts: list[str], used: set[int]) -> tuple[dict[str, str], list[int], int]:
    """The address's parts read line by line, the lines they came from, and the line its
    postcode was read from (-1 for none)."""
    parts: dict[str, str] = {}
    lines_used: list[int] = []
    anchor = -1
    for i, text in enumerate(texts):
        before = dict(parts)
        if i not in used and _address_line(text, parts):
            if i == anchor + 1 and street_read_as_town(before, texts[anchor], parts):
                parts["street"] = texts[anchor]  # "2459 Broadway" | "Seattle, WA 98175"
                anchor = i
            lines_used.append(i)
            anchor = i if anchor < 0 and "postal" in parts else anchor
        elif parts != before and title_score(text):
            # a title ending on the region it covers ("Leiter Vertrieb Deutschland") names no
            # country of the address; a town's line with its country keeps it ("Dublin 2,
            # Ireland" under the street, its postcode below)
            parts = before
        elif i in used and "postal" not in parts and (start := before_email(text)):
            # the email's line holds a whole address before it (two columns read as one row)
            whole: dict[str, str] = {}
            if _address_line(start, whole) and {"street", "postal", "city"} <= whole.keys():
                parts.update(whole)
                lines_used.append(i)
                anchor = i if anchor < 0 else anchor
        if parts.get("comma_lost") == "?":  # either way the line was read, on its own or not
            parts["comma_lost"] = str(i)
    parts.pop("box_after", None)
    return parts, lines_used, anchor


def _doubt(
    parts: dict[str, str],
    shape: str,
    region: str,
    country: str | None,
    state: str | None,
    polish_postcode: bool,
    country_dropped: bool,
) -> str | None:
    """What the address's letters or numbers show of a misread, measured as a level of its own
    in place of the OCR band ("bare-floor", "near-town", ...); None where nothing does."""
    street = parts.get("street", "")
    if bare_floor(street, region):
        return "bare-floor"
    if doubtful_street(street):
        return "stray-sign"
    if country_dropped:
        return "country-slip"  # unmeasured: to review
    if (
        ODD_LETTERS_RE.search(street)
        or odd_onset(street, region)
        or odd_pairs(street, region)
        or romaji_read_l(street, country)
    ):
        # "Rue du Rhéne", "Fnedrichstraße", "Espajfia", "Oost-lndie", "Minatomiral": a letter
        # the language never writes there
        return "odd-letters"
    if street_end_slip(street):
        # "Industriestroße 52", "Ringstrase 186": read at the hi band, stored wrong
        return "street-end-slip"
    if country == "US" and state and near_town_of_state(parts.get("city", ""), state_code(state)):
        # "Chicao, IL": Chicago misread, left as read where Chico (CA) made the slip two towns'
        return "near-town"
    if odd_postcode(parts.get("postal", "")):
        # "BC2H 1XZ", "EC2N 6OW", "H91 U6L6": a letter misread, or printed, where the Royal Mail,
        # An Post or Canada Post gives none such
        return "odd-postcode"
    if polish_postcode and shape == "street+city":
        # ł read t or i ("Dtuga", "Wroctaw"), ń read ri: letters no rule tells from the
        # print's, measured apart
        return "polish"
    return None


# Pieces of an address on one line: a comma, or a mark between spaces ("Weena 44 - 2535 DE
# Den Haag", "Hauptstraße 22 ; 60255 Frankfurt", "Marktgasse 43 · 3011 Bern")
PIECES_RE = re.compile(r",|\s+[-–;:»«·•|]\s+")
# A house number alone ("143", "12a", "100/18")
HOUSE_NUMBER_RE = re.compile(r"^\d{1,4}[a-zA-Z]?(?:/\d{1,4})?$")


def _address_line(text: str, parts: dict[str, str]) -> bool:
    """Read one line into ``parts`` (street, city, postal, region, country); whether it is a
    line of the address: a country alone, a city line (a street before it on one line), a
    postcode alone, or the first street. A country after the city is taken from any line but a
    title's (``_read_lines`` puts back what such a line set)."""
    if _country_alone(text):  # "Espafia"
        parts["country"] = _country_of(text)
        return True
    if parts.get("box_after") and city_line(text):
        return True  # the box's own town line: its postcode is the box's, not the street's
    pieces = [p.strip() for p in PIECES_RE.split(text) if p.strip()]
    country_here = None
    if len(pieces) > 1 and is_country(country_slip(pieces[-1])):
        parts["country"] = country_here = country_slip(pieces.pop())
    elif len(pieces) > 1 and city_line(pieces[-2]) and country_misread(pieces[-1]):
        # "33993 Bielefeld - Deutschiand": the country left out, the rest read, to review (a
        # line read so ill may hold another slip: "Markigasse 153 - 4017 Basel - Schwez").
        # Only after the town: after a street the word is the town ("5 Main St, Austin")
        pieces.pop()
        parts["country_dropped"] = "1"
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
    elif (
        pieces
        and (tail := PROVINCE_TAIL_RE.search(pieces[-1]))
        and not is_country(tail[1])
        and country_misread(tail[1])
    ):
        # "40125 Bologna (BO) Itaha": after an Italian province only the country is printed;
        # read with a slip, it is left out as after a town (session 41)
        pieces[-1] = pieces[-1][: tail.start()]
        parts["country_dropped"] = "1"
    here = country_here and geo.country_code(country_here)
    if _city_cut(pieces, parts) or ((apart := gb_town_apart(pieces)) and _city_cut(apart, parts)):
        return True
    if len(pieces) == 2 and HOUSE_NUMBER_RE.match(pieces[0]) and (city := city_line(pieces[1])):
        # "ul. Świętokrzyska" | "143 - 60-187 Poznań": one row read as two lines, parted at a
        # wide space after the street's name, or a long line wrapped before its number; the
        # street's name is the line before (``address_rows_above.lines_above``)
        parts.update(city, number=pieces[0])
        return True
    countries = {n: (here,) for n in (4, 5)} if here else DIGIT_COUNTRIES
    if pieces and (split := lost_comma(pieces[-1], countries)):
        if not _city_cut([*pieces[:-1], *split], parts):
            return False
        parts.setdefault("comma_lost", "?")  # the line's index, once read (_read_lines)
        return True
    if len(pieces) == 1 and "postal" not in parts and (postal := lone_postcode(pieces[0], here)):
        parts["postal"] = postal
        parts["lone"] = "1"
        return True
    if POSTFACH_RE.match(text.strip()):
        # below the town, the box is a second address with its own postcode ("Neuer Wall 10" |
        # "20354 Hamburg" | "Postfach 30 12 34" | "20305 Hamburg"): the street keeps its own
        parts["box_after" if "postal" in parts else "postfach"] = text.strip()
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


# "Calle Mayor, 191, 12": a number after the house number with no ordinal sign, where Spanish
# prints a floor ("1ª", "3º B"); the sign was read as a digit ("12" for 1ª), or the floor is
# bare: which one, only the print shows.
# So is a door after the floor ("3º 12" for 3º 1ª, as Barcelona prints a flat).
BARE_FLOOR_RE = re.compile(r"\d+[A-Za-z]?, (?:\d+º ?)?\d+$")
# So is a floor and door with no sign between them ("27, 3B" for 3º B: the sign lost, or bare),
# on a Spanish street only: elsewhere a building and its floor are printed so ("Tower 2, 5F").
# The sign read 0 makes a tenth floor of it ("205, 30 B" for 3º B; session 41): which one, only
# the print shows, as a Spanish card signs its floors ("10º B").
SIGNLESS_DOOR_RE = re.compile(r"\d, \d0? ?[A-H]$")


def bare_floor(street: str, region: str) -> bool:
    """A Spanish floor (and door) printed, or read, without its ordinal sign."""
    spanish = bool(SPANISH_STREET_RE.match(street) or street[:2].lower() == "c/") or region == "ES"
    return bool(BARE_FLOOR_RE.search(street) or (spanish and SIGNLESS_DOOR_RE.search(street)))


# "Rue du Rhéne": é before a consonant and a final e, which French never writes (è, ê): a
# letter misread, which one only the print shows (the Rhône's own is put back first,
# ``street_words``). In a city ("Genéve") it is the
# accent misread, no other letter, on every tuning card: the city is not doubted for it.
ODD_LETTERS_RE = re.compile(r"é[b-df-hj-np-tv-z]e\b")


# Countries whose capital bears their name and follows its postcode as a town does ("L-1234
# Luxembourg", "98000 Monaco"): the town, and the country with it.
NAMESAKE_CAPITALS = frozenset({"LU", "MC"})
BARE_POSTCODE_RE = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}$")
# a word after a province's capitals in brackets ("Bologna (BO) Itaha"): the country's place
PROVINCE_TAIL_RE = re.compile(r"(?<=\([A-Z]{2}\))\s+([A-Za-z]{5,})$")
# a country after the town; after a postcode it may be read in small letters ("100-7158 japan")
COUNTRY_TAIL_RE = re.compile(
    r"(?<=[a-zé])(?:\s+[-–]\s+|\s+)([A-ZÄÖÜ][a-zäöüñ]{3,})$|(?<=\d)\s+([A-Za-z][a-z]{3,})$"
)
