"""The country an address's way of writing names, for a card's phones when nothing else on the
card does: its postcode's shape before a town, a British postcode anywhere, a country's street
words and its postcode's length (``region_votes`` asks). The shapes are ``postal.py``'s."""

from __future__ import annotations

import re

from .postal import (
    DIGIT_IN_TOWN,
    EIRCODE_ID,
    EIRCODE_KEY,
    EU_POSTCODE,
    GB_INWARD_READ,
    GB_OUTWARD_READ,
    NL_POSTCODE,
    PL_POSTCODE,
    PT_POSTCODE,
    TOWN_AFTER,
    gb_read,
)

# How a postcode and a street are written names the country when nothing else on the card does
# ("tel. 58 507 82 53" over "pl. Grunwaldzki 26 - 80-555 Gdańsk"; "Tel.: 040-4481987179" beside
# "20842 Hamburg"): national numbers are then read in it rather than the configured default.
# Searched anywhere on a line, so a postcode counts only before a town's capital, never as a
# piece of a longer number.
POSTCODE_REGIONS = (
    (re.compile(rf"(?<![\d-]){PL_POSTCODE}\s+[A-ZĆŁŚŻŹ][a-ząćęłńóśźż]"), ("PL",)),
    (re.compile(rf"(?<!\d){NL_POSTCODE}\s+[A-Z][a-z]"), ("NL",)),
    # Portugal's four and three digits ("3875-621 Aveiro"), which no other country writes:
    # opening the line or after a comma, where a Polish postcode glued to its house number is
    # not ("ul. Florianska 4660-357 Poznan", fresh photo seed 601 card 97)
    (re.compile(rf"(?:^|,\s*)(?:PT-)?{PT_POSTCODE}\s+{TOWN_AFTER}$"), ("PT",)),
    # An Irish Eircode ("D02 X285", "V94 T9PX"): a routing key of a letter and two digits (or
    # D6W), then four of its letters and digits, a letter among them
    (re.compile(rf"(?<![\w-])(?:{EIRCODE_KEY})\s?(?=[0-9]*[A-Z]){EIRCODE_ID}(?![\w-])"), ("IE",)),
)


def _street_word_re(words: str) -> re.Pattern[str]:
    # "Gartenstr. 101a": no word boundary after the dot, so the word's end is "no letter next"
    return re.compile(rf"(?i)(?:\b(?:{words})(?!\w)|\w(?:{words})(?!\w))")


# A country's street words, and the regions its postcode's length then names
STREET_REGIONS = (
    (
        _street_word_re(r"stra(?:ss|ß|b)e|str\.|weg|allee|platz|gasse|damm|ring"),
        {5: ("DE",), 4: ("AT", "CH")},
    ),
    (_street_word_re(r"calle|plaza|avenida|paseo|carrer|gran v[ií]a"), {5: ("ES",)}),
    (_street_word_re(r"rue|avenue|boulevard|all[ée]e|chemin|quai"), {5: ("FR",), 4: ("CH", "BE")}),
    # Not Spain's "Gran Vía" (Madrid, Bilbao, Valladolid: "Gran Via, 11, 3°B" over "47029
    # Valladolid" was read as Italian, its Spanish number doubted as another region's)
    (_street_word_re(r"(?<!gran\s)via|viale|piazza|corso|largo"), {5: ("IT",), 4: ("CH",)}),
)
# Four or five digits before a town ("50270 K6ln" for Köln: its ö read as a digit)
POSTCODE_CITY_RE = re.compile(
    rf"(?<![\d-])({EU_POSTCODE})\s+[A-ZÄÖÜÉ](?:[a-zäöüéèß]|{DIGIT_IN_TOWN})[a-zäöüéèß]+"
)
# A British postcode anywhere on a line ("EC2R 2GE", "BS1 1PD", "W1T 2TL"): no other country
# writes one
GB_POSTCODE_RE = re.compile(rf"(?<![\w-]){GB_OUTWARD_READ}\s+{GB_INWARD_READ}(?![\w-])")


def postal_regions(texts: list[str]) -> list[str]:
    """The regions the address's way of writing names, or none."""
    found: list[str] = []
    for pattern, regions in POSTCODE_REGIONS:
        if any(pattern.search(t) for t in texts):
            found += regions
    digits = {len(m.group(1)) for t in texts for m in POSTCODE_CITY_RE.finditer(t)}
    for street, by_digits in STREET_REGIONS:
        if any(street.search(t) and re.search(r"\d", t) for t in texts):
            for n in sorted(digits, reverse=True):
                found += by_digits.get(n, ())
    return list(dict.fromkeys(found))


def gb_postcode(text: str) -> bool:
    """A British postcode anywhere in ``text`` (a card's clue to its phones' region)."""
    return any(gb_read(m.group(0)) for m in GB_POSTCODE_RE.finditer(text))
