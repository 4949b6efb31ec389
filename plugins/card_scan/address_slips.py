"""An address line's slips as Tesseract reads a real card's print, undone before the line is read
(``address.find_address``), and the street shapes doubted rather than stored.

Each mend is one a reader undoes at sight: a printed separator read as another small mark, a
Roman numeral's strokes read as bars, a comma read as a dot or lost before the postcode. None
makes a line an address that holds no postcode and town.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from contactkit import normalize

from .address_row_ends import row_end_slips
from .clues import is_country
from .places import checked_city, town_countries
from .postal import GB_INWARD, GB_OUTWARD
from .states import US_ZIP, state_code
from .text_lines import Line

# "Corso Vittorio Emanuele II 151": a Roman numeral's two strokes before the house number read
# as bars or brackets ("||", "|]"), which clean_line turned into separators ("; ;", "; ]")
ROMAN_TWO_RE = re.compile(r"(?<=[a-z] )(?:;\s?[;\]]|\]\s?;|\|[|\]]|\]\])(?= \d)")

# The separator a card prints between town and postcode ("Osaka · 530-1471 Japan", "Hauptstraße
# 50 · 1067 Wien") read as another small mark: a + or ° before a postcode, or a dot alone
# between spaces. Only before a postcode's shape: a + before a phone's digits stays.
# A middle dot read as a star or a >, spaced as the dot was ("Nagoya * 460-7034 Japan",
# "Haussmann > 75060 Paris"; session 38). A « glued to the postcode is left: its lines were read
# ill all along ("Coolsingel 130a «3591 SH Utrects", "Tieuk «31055 Toulouse": 1 right of 4).
SEPARATOR_SLIP_RE = re.compile(r"(?<=\w) [+°.*>] (?=\d{3}-\d{4}\b|\d{4,5} [A-ZÀ-Ý])")
# "48 Deansgate . London . W1T 4QP": the middle dot between a one-line address's pieces read as
# a full stop, spaced as no stop is (session 37). A saint's "St" or a "No" opening a street (at
# the line's start or after its house number: "10 St . James's Square", "No . 5 King Street")
# keeps its own stop read spaced: no piece ends there (rev37f). SEPARATOR_SLIP_RE's twin, apart:
# that one (in ``mended``, first) takes a mark alone before a postcode's shape, a + or ° too;
# this one (in ``spaced_marks``, after) only a dot, anywhere, on a line two marks part.
SPACED_DOT_RE = re.compile(r"(?<=\w)(?<!^St)(?<!\d St)(?<!^No)(?<!\d No) \. (?=[A-Z\d])")

# "Plaza de Espana. 126. 1a": every comma of the line read as a dot. A dot between two numbers
# is no abbreviation's; a word's dot before a number is taken for a comma only on such a line
# ("Hauptstr. 5" keeps its dot).
NUMBER_DOT_RE = re.compile(r"(?<=\d)\. (?=\d)")
# A German street abbreviated "-str." keeps its dot ("Hauptstr. 5. 10115 Berlin": only the comma
# after the house number was read as a dot).
WORD_DOT_RE = re.compile(r"(?<=[a-z]{4})(?<!str)\. (?=\d)")

# "460-5760Japan": the space before the country lost after the postcode
GLUED_COUNTRY_RE = re.compile(r"(?<=\d)([A-Z][a-z]{3,})$")

# The countries whose postcode is this many digits and nothing else, where a card's clue
# (a phone's, a street word's) may name the wrong one: a town known in any of them is left
DIGIT_COUNTRIES = {5: ("DE", "FR", "IT", "ES", "FI"), 4: ("AT", "CH", "BE", "DK", "NO", "LU")}

# "8083Zurich", "3053Bern": a town line whose space after the postcode was lost; only a line
# that is a postcode and one word glued (session 38)
GLUED_TOWN_RE = re.compile(r"^(\d{4,5}|\d{2}-\d{3})([A-ZÀ-ÝŁŚŻŹĆ][^\W\d_]{2,})$")
# The countries whose postcode is of this shape: the glued town must be one they know as read
# ("20087Hambug", "8092Zarich" stay glued, unread: the slip that lost the space misread more)
GLUED_TOWN_COUNTRIES = {**DIGIT_COUNTRIES, 6: ("PL",)}

# "Nag0ya": an o read as a zero between two small letters, which no street or town word holds
ZERO_IN_WORD_RE = re.compile(r"(?<=[a-z])0(?=[a-z])")

# "Boston.WA 02135": the comma before a US state read as a dot glued to it
US_STATE_DOT_RE = re.compile(rf"(?<=[a-z])\.(?=[A-Z]{{2}} {US_ZIP}$)")
# "Chicago, iL 60626": a state's capital I read as a small i (IA, ID, IL, IN; session 39)
US_STATE_SMALL_I_RE = re.compile(rf"(?<=[a-z], )i(?=[ADLN] {US_ZIP}$)")
# "Boston, MA02197": the space between the state and its ZIP code lost
US_STATE_GLUED_RE = re.compile(rf"(?<=[a-z], [A-Z]{{2}})(?={US_ZIP}$)")


# "44004 Nantes: France": the separator before the country read as a colon glued to the town
COLON_COUNTRY_RE = re.compile(r"(?<=[a-z]):(?= ([A-Z][a-zñ]{3,})$)")

# "Plaza de España, 60 - 41048 Sevilla E-mail: rafael@aurora.es": a row of the card's other
# column read into the address's line; the email, its label and an icon read as a scrap of
# one to three signs before it
EMAIL_TAIL_RE = re.compile(r"\s+(?:\S{1,3}\s+)?(?:E-?mail:?\s*)?[\w.+-]+\s?@\s?\S+$", re.I)


def before_email(text: str) -> str | None:
    """The start of a line an email ends, where an address may stand, or None."""
    match = EMAIL_TAIL_RE.search(text)
    return text[: match.start()] if match and match.start() > 0 else None


def mended(text: str) -> str:
    """``text`` with the slips above undone (the card's own text is left as read)."""
    text = ROMAN_TWO_RE.sub("II", text)
    text = SEPARATOR_SLIP_RE.sub(" - ", text)
    if NUMBER_DOT_RE.search(text):
        text = WORD_DOT_RE.sub(", ", NUMBER_DOT_RE.sub(", ", text))
    if (glued := GLUED_COUNTRY_RE.search(text)) and is_country(glued[1]):
        text = text[: glued.start()] + " " + glued[1]
    if (colon := COLON_COUNTRY_RE.search(text)) and is_country(colon[1]):
        text = text[: colon.start()] + " -" + text[colon.end() :]
    text = ZERO_IN_WORD_RE.sub("o", text)
    text = _unglued_town(text)
    text = US_STATE_SMALL_I_RE.sub("I", row_end_slips(text))
    return US_STATE_GLUED_RE.sub(" ", US_STATE_DOT_RE.sub(", ", text))


# The countries a European card prints after its town, in their own tongue and in English
PRINTED_COUNTRIES = (
    "Deutschland", "Österreich", "Osterreich", "Schweiz", "Suisse", "Svizzera", "Italia",
    "España", "Espana", "France", "Nederland", "Belgique", "België", "Polska", "Portugal",
    "Danmark", "Sverige", "Norge", "Suomi", "Germany", "Austria", "Switzerland", "Italy",
    "Spain", "Netherlands", "Belgium", "Poland",
)  # fmt: skip
PRINTED_COUNTRY_CODES = frozenset(
    {"DE", "AT", "CH", "IT", "ES", "FR", "NL", "BE", "PL", "PT", "DK", "SE", "NO", "FI", "LU"}
)


def country_misread(piece: str) -> bool:
    """``piece``, one word, is a country's name read with a slip or two ("Deutschiand",
    "Schwez", "Osterrexh", "kalia"): no town or street, so it ends the address, and as read it
    is no name to store (session 38: it kept the whole line unread)."""
    if not re.fullmatch(r"[A-Za-zÀ-ÿ]{5,}", piece):
        return False
    word = piece.capitalize()
    # a town of these countries a slip or two off a country's name ("Schwyz", "Schwerin",
    # "Lisse"): a canton or a town printed after the town line is read as printed
    if town_countries(normalize.fold(word)) & PRINTED_COUNTRY_CODES:
        return False
    return any(
        Levenshtein.distance(word, name) <= (2 if len(name) >= 6 else 1)
        for name in PRINTED_COUNTRIES
    )


def _unglued_town(text: str) -> str:
    if not (glued := GLUED_TOWN_RE.match(text)):
        return text
    countries = GLUED_TOWN_COUNTRIES[len(glued[1])]
    if not any(checked_city(glued[2], c)[1] == "known" for c in countries):
        return text
    return f"{glued[1]} {glued[2]}"


# "190 Park Lane - Bristol -BS1 7GP - United Kingdom", "151 Park Lane - London: W1T 4TP": an
# address printed on one line, parted by marks, whose mark before a British postcode was read
# glued to it, or as a colon after the town: the mark spaced again, so the postcode is a piece
GLUED_MARK_RE = re.compile(
    r"(?<=[A-Za-z])(?:\s+[-–]|:)\s*(?=[A-Z]{1,2}[\dIl\]][A-Z\d]?\s?[\dSOIB][A-Z]{2}\b)"
)
# The spaced marks a one-line address is parted by (SPACED_DOT_RE's stops are counted with them)
SPACED_MARK_RE = re.compile(r" [-–;·•|] ")  # a middle dot is cleaned to a semicolon
# "W1T 3TA- United Kingdom": the mark after a British postcode read glued to it
GLUED_AFTER_RE = re.compile(r"(\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})[-–](?= [A-Z])")


def spaced_marks(text: str) -> str:
    """A one-line address's mark before a British postcode spaced as its other marks are; its
    middle dots read as stops made marks again, where two marks at least part the line."""
    dots = len(SPACED_DOT_RE.findall(text))
    if dots and dots + len(SPACED_MARK_RE.findall(text)) >= 2:
        text = SPACED_DOT_RE.sub(" · ", text)
    if " - " not in text and " · " not in text:
        return text  # no marked pieces on the line: no one-line address to part
    return GLUED_AFTER_RE.sub(r"\1 -", GLUED_MARK_RE.sub(" - ", text))


# "Aeschenvorstadt 121 4065 Basel", "Calle Colón, 94, 3º B 46057 Valencia": the comma between
# the street's end (a house number, a floor and door) and the postcode lost
# The Dutch postcode's letters follow its digits ("Stationsplein 74 1036 UL Amsterdam"), and the
# comma may be read as a dot after the house number ("Weena 9b. 1094 LX Amsterdam"; session 39)
LOST_COMMA_RE = re.compile(
    r"^(?P<street>.*?\d[a-z]?|.*?\d[º°ª]? ?[A-H])\.?\s+"
    r"(?P<city>(?P<postal>\d{4} [A-Z]{2}(?= )|\d{4,5})\s+[A-ZÀ-Ý][^\d]+)$"
)


def lost_comma(piece: str, countries: dict[int, tuple[str, ...]]) -> tuple[str, str] | None:
    """(street's end, city line) of a piece whose comma before the postcode was lost, where
    the town is one the postcode's countries (``countries``, by its digits) know: a number
    and a word glued by the slip are otherwise no address ("Tel 030 12345 Berlin" keeps its
    label, and a town unknown stays unread)."""
    match = LOST_COMMA_RE.match(piece.strip())
    if not match:
        return None
    town = re.sub(r"\s*\(.*$", "", match["city"][len(match["postal"]) :]).strip()
    dutch = not match["postal"].isdigit()
    towns_of = ("NL",) if dutch else countries.get(len(match["postal"]), ())
    if not any(checked_city(town, c)[1] == "known" for c in towns_of):
        return None
    return match["street"], match["city"]


# Under this confidence Tesseract doubted a word of the street it read: where the line's comma
# before the postcode was lost too, the street is not stored on the line's band alone (session
# 39: words with an accent read under 0.5 are right as often, so this is no doubt elsewhere)
WEAK_WORD_CONF = 0.5


def weak_street(line: Line, street: str) -> bool:
    """A word of three letters or more of ``street``, as ``line`` reads it, under
    ``WEAK_WORD_CONF``."""
    return any(
        w.conf < WEAK_WORD_CONF and len(re.findall(r"[^\W\d_]", w.text)) >= 3 and w.text in street
        for w in line.words
    )


# "180 Princes Street London W1T 1EN", "100 Princes Street Manchester - M1 7AQ": the comma
# between a British street's last word and its town lost, before the postcode (session 39)
GB_STREET_END = r"(?:Street|Road|Lane|Avenue|Square|Place|Row|Terrace|Crescent|Gardens|Walk|Way)"
GB_TOWN_APART_RE = re.compile(
    rf"^(?P<street>\S*\d.*\b{GB_STREET_END}) (?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    rf"(?: (?P<postal>{GB_OUTWARD} ?{GB_INWARD}))?$"
)
GB_PIECE_POSTCODE_RE = re.compile(rf"{GB_OUTWARD} ?{GB_INWARD}")  # a piece of its own, as printed


def gb_town_apart(pieces: list[str]) -> list[str] | None:
    """The pieces with a British street parted from its town where their comma was lost, the
    town one the British table knows and the postcode after it (on the piece or the next);
    None where no piece is so."""
    for i, piece in enumerate(pieces):
        match = GB_TOWN_APART_RE.match(piece)
        if not match or checked_city(match["town"], "GB")[1] != "known":
            continue
        if match["postal"]:
            return [*pieces[:i], match["street"], f"{match['town']}, {match['postal']}"]
        if i + 1 < len(pieces) and GB_PIECE_POSTCODE_RE.fullmatch(pieces[i + 1]):
            town = f"{match['town']}, {pieces[i + 1]}"
            return [*pieces[:i], match["street"], town, *pieces[i + 2 :]]
    return None


# A street holding a sign no street name is written with ("Emanuele tf! 170", "Via ] Roma"):
# a glyph misread, which letter only the print shows. So are an @ (a Spanish floor's º read so
# is put back first), a ? but a Spanish floor's sign at the end ("161? Ei Street": a house
# number's digit misread; "29, 1?" is 1º or 1ª), and a digit between small letters (no street
# word is spelt so; "Col6n", "Hauptstra8e" are put back first; session 41), or one digit glued
# to a word's end after three letters ("Calle de Alcal4, 67": á read 4; a house number is
# spaced from its street, and a unit glued to its number is more digits, "Room1203"; session 42;
# not before a hyphen: Korea's "Jongno1-ga", "Yeoksam1-dong" glue a digit so, rev42a)
STRAY_SIGN_RE = re.compile(
    r"[!\[\]{}$%<>;|\\@®]|\?(?!$)|(?<=[a-zà-ÿ])\d+(?=[a-zà-ÿ])"
    r"|(?<=[A-Za-zÀ-ÿ][a-zà-ÿ]{2})\d(?![\w-])"
)

# "Rue du RhGne": a capital inside a word in small letters, an accented letter misread;
# "McDonald", "LaSalle", "DeKalb", "MacArthur" are written so, and so are a building's name
# ("OpernTurm, Bockenheimer Landstraße 2", "MesseTurm", "WeWork") and a legal form in a c/o
# ("c/o Müller GmbH, Hauptstraße 5", "SpA")
INNER_CAPITAL_RE = re.compile(
    r"\b(?!Mc|Mac|La|Le|De|Di|Du|Van|Von|GmbH\b|SpA\b)[A-Z][a-z]+"
    r"(?!(?:Turm|Tower|Haus|Park|Campus|Center|Centre|Hof|Work|Point|Port|Gate|Plaza)\b)"
    r"[A-Z][a-z]*\b"
)


# "Emanuele tfl 170" (II read "tf!", its ! then made l as in "de!" for del): a word of small
# letters with no vowel, which no street word of the Latin-script countries is but the
# abbreviations printed without their dot ("12 bd Haussmann", "5 st Mary's"), and the small
# words of a floor, a flat, a square or a road's milestone: Danish "3. tv", "1. mf" (left,
# middle), "kl" (basement), Swedish "3 tr", "lgh 1102" (stairs, flat), Finnish "5. krs"
# (floor), Dutch "263 hs", "bg" (ground floor), Slovene and Croatian "Prešernov trg" (square),
# Spanish and Italian "km 7" and "snc" (no house number), English "5th fl", "bldg"
VOWEL_FREE_WORDS = "bd|blvd|st|nd|rd|th|str|pl|sq|ch|tv|mf|kl|tr|lgh|krs|hs|bg|trg|km|snc|fl|bldg"
VOWELLESS_RE = re.compile(
    rf"(?<![\w.'’/-])(?!(?:{VOWEL_FREE_WORDS})\b)[b-df-hj-np-tv-xz]{{2,}}(?![\w.'’/-])"
)


def doubtful_street(street: str) -> bool:
    """A street, as repaired, with a sign, a capital inside a word or a word with no vowel:
    stored, it would be wrong."""
    return any(r.search(street) for r in (STRAY_SIGN_RE, INNER_CAPITAL_RE, VOWELLESS_RE))


# The states of each ZIP code's first digit (the national area): a state the ZIP is not of
# was misread ("Boston, WA 02135" for MA: M read W), which letter only the print shows
ZIP_AREAS = (
    "CT MA ME NH NJ PR RI VT VI AE",
    "DE NY PA",
    "DC MD NC SC VA WV",
    "AL FL GA MS TN AA",
    "IN KY MI OH",
    "IA MN MT ND SD WI",
    "IL KS MO NE",
    "AR LA OK TX",
    "AZ CO ID NM NV UT WY",
    "AK CA HI OR WA AP GU AS MP",
)


# The ZIP codes printed outside their state's area: Holtsville and Fishers Island NY (005, 063),
# El Paso TX (885), Palau, Micronesia and the Marshall Islands (969), whose states follow the
# US ones on a card
ZIP_PREFIX_STATES = {"005": "NY", "063": "NY", "885": "TX", "969": "PW FM MH"}
US_STATES = frozenset(" ".join([*ZIP_AREAS, *ZIP_PREFIX_STATES.values()]).split())


def zip_state(state: str | None, postal: str) -> str | None:
    """The US state as read, or None where its ZIP code is of another area: left out rather
    than stored wrong (the ZIP code and the town still name the place)."""
    code = state_code(state or "")  # "Massachusetts" is checked as MA, stored as printed
    if not state or code not in US_STATES or not re.fullmatch(US_ZIP, postal):
        return state  # two capitals no US state is, a Mexican state's ("Monterrey, NL 64000")
    states = f"{ZIP_AREAS[int(postal[0])]} {ZIP_PREFIX_STATES.get(postal[:3], '')}"
    return state if code in states.split() else None
