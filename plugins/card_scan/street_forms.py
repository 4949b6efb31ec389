"""Street forms whose street word is the end of one compound word, and a US street read as a
town line: shapes real cards print that ``clues.is_street`` did not know (session 36).
"""

from __future__ import annotations

import re

from contactkit import normalize

from .states import MX_STATE, US_ZIP

# Dutch writes the street word as the end of one word ("Kerkstraat 8a", "Stationsplein 168b",
# "Keizersgracht 86", "Eikenlaan 3", "Coolsingel 150", "Prinsenkade 12", "Zeedijk 41"), as
# German does with -straße; Basel's and Schaffhausen's -vorstadt ("Aeschenvorstadt 91"), a
# German quay's -kai ("Am Sandtorkai 61") and a business park's -park ("Im Gewerbepark 110a")
# likewise. Only as a compound's end before a house number (letters before the word, a number
# and at most one letter after it), so a firm's "Science Park" heading stays no street.
COMPOUND_STREET_RE = re.compile(
    r"[a-z]{2}(?:straat|laan|plein|gracht|kade|singel|dijk|steeg|vorstadt|kai|park)"
    r"\s+\d{1,4}\s*[a-z]?$"
)
# "Hauptstra&e 64a", "Industriestraf&e 127a": the ß of straße read as & (or f&), a sign no
# street's name holds there
AMPERSAND_SZ_RE = re.compile(r"stra(?:f?&)e\s+\d{1,4}\s*[a-z]?$")


# A Spanish road outside a town, placed by its kilometre post, not a house number ("Ctra. de la
# Coruña, km 23", "Carretera de Castilla, km 4,5"), as Correos prints a firm on it
KM_ROAD_RE = re.compile(r"^(?:ctra|crta|carretera)\b\.?\s?.*\bkm\.?\s?\d{1,3}(?:[,.]\d{1,3})?$")


def street_form(text: str) -> bool:
    """A street whose street word ends its one-word name, with its house number; a Spanish
    road at its kilometre."""
    folded = normalize.fold(text.strip())  # folding drops the &: looked for as printed
    return bool(
        COMPOUND_STREET_RE.search(folded)
        or AMPERSAND_SZ_RE.search(text.lower())
        or KM_ROAD_RE.match(text.strip().lower())
    )


# A house number and a name: "2459 Broadway", "1807 Broadway" (no street word: the street's
# name is the word), which also has a four-digit postcode's and a town's shape ("8001 Zürich")
US_NAMED_STREET_RE = re.compile(r"^\d{1,5}\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?$")


def street_read_as_town(first: dict[str, str], first_text: str, second: dict[str, str]) -> bool:
    """Whether a line read as a town line (``first``) is the street of the US town line read
    just below it (``second``: "Seattle, WA 98175" under "2459 Broadway"). A US card prints
    its town, state and ZIP on one line under the street; a town line above that is no town
    but the street (a Swiss "8001 Zürich" over a "Seattle, WA" line is no US card's shape:
    the first has no state and its "postcode" would have to be a house number)."""
    return (
        "street" not in first
        and not first.get("region")
        and bool(second.get("region"))
        and bool(re.fullmatch(US_ZIP, second.get("postal", "")))
        and bool(US_NAMED_STREET_RE.match(first_text.strip()))
    )


# Mexico's colonia (the neighbourhood the post sorts by) on its own line between the street
# and the postcode's line, which hid the street above it ("Insurgentes Sur 1602" | "Col.
# Crédito Constructor" | "03940 Ciudad de México, CDMX"), as Correos de México prints an
# address. "Col." is a colonel's title too: a colonia only above a Mexican town line (its
# postcode first, its state after a comma).
COLONIA_RE = re.compile(r"^(?:Col\.|Colonia)\s?[A-ZÁÉÍÓÚÑ][^\d@]*$")


def colonia_line(text: str, town_text: str, town: dict[str, str]) -> bool:
    """Whether ``text`` is a colonia printed above the Mexican town line ``town_text``."""
    return (
        bool(COLONIA_RE.match(text.strip()))
        and bool(re.fullmatch(MX_STATE, town.get("region", "")))
        and bool(re.match(r"(?:C\.\s?P\.\s?)?\d{5}\s", town_text.strip()))
    )
