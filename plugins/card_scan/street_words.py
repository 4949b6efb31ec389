"""A street's or town's word read one letter off, where the word's language shows the letter.

Each mend is narrow: the word as read is none its language writes there, and only one letter
makes it the word a reader of the card takes it for (``street_repair.repair_street`` and
``street_repair.repair_city`` call these; session 35).
"""

from __future__ import annotations

import re

import pycountry

from .clues import is_country

# "52 bis ruc de la République": the e of rue read c before de, du or des; French writes no
# word "ruc", and a street opening so is a rue. Only where a rue stands, at the line's start or
# after the number (rev35c: Catalan's "ruc", a donkey, names streets, "Carrer del Ruc de ...")
RUE_RE = re.compile(
    r"(?:^|(?<=\d )|(?<=\d, )|(?<=\d[a-z] )|(?<=\bbis )|(?<=\bter ))"
    r"([Rr])uc(?= (?:de|du|des|d'|d’)\b)"
)

# "Am Sandtorkal 183a": the i of a quay's -kai read l ("Sandtorkai", "Schaumainkai",
# "Mainkai"); a German street's name never ends in -kal
KAI_RE = re.compile(r"(?<=[a-zäöüß]{3})kal\b")

# Italy's provinces by their two capitals ("Firenze (FI)", "Padova (PD)")
ITALIAN_PROVINCES = frozenset(
    code for s in pycountry.subdivisions.get(country_code="IT") if (code := s.code[3:]).isalpha()
)
# "50139 Firenze (FD": the province's I and closing bracket read as one D
PROVINCE_D_RE = re.compile(r"\(([A-Z])D\)?$")


# "Rue du Rhéne", "Quai du RhGne": the river's ô read é, e or G; no word is spelt so, and
# the Rhône names streets in every town along it (Genève, Lyon, Avignon ...). "Rhene" with a
# plain e only after "du" (rev35c: Rhene is a German village's and river's name, "An der Rhene")
RHONE_RE = re.compile(r"\bRh[éèG6g]ne\b|(?<=\bdu )Rhene\b")


# "212 High Steet", "133 High Sreet", "84 Main Sveet": English Street with a letter lost or its
# t read v, after a name and before a comma or the line's end (session 37). No English word is
# spelt so; "Sweet", a word, stays as read.
STREET_SLIP_RE = re.compile(r"(?<=[a-z] )(?:Steet|Sreet|Stret|Sveet|Stveet)(?=,|$)")


# "784 Colmore Rov": an English Row with its w read v, closing the street's name; no English
# word is spelt so
ROW_SLIP_RE = re.compile(r"(?<=[a-z] )Rov(?=,|$)")

# "117 avenue de I'Europe": the l of a French elided article read as a capital I; French writes
# l' (or L'), never I', before a name
ELIDED_L_RE = re.compile(r"(?<=\b[Dd]e )I(?=['’][A-ZÀ-Ý])")


# "Hauptplotz 161", "Hauptpiatz 150": a German square's -platz with its a read o or its l read
# i, closing a compound (session 39); German writes no word ending -plotz or -piatz
PLATZ_SLIP_RE = re.compile(r"(?<=[a-zäöüß]{3})p(?:lotz|iatz)\b")


def street_word(street: str, german: bool) -> str:
    """The street with a French rue's, the Rhône's, an elided article's, an English Street's or
    Row's, a German square's or quay's letter put back."""
    street = RHONE_RE.sub("Rhône", RUE_RE.sub(r"\1ue", street))
    street = PLATZ_SLIP_RE.sub("platz", STREET_SLIP_RE.sub("Street", street))
    street = ELIDED_L_RE.sub("l", ROW_SLIP_RE.sub("Row", street))
    return KAI_RE.sub("kai", street) if german else street


def province_read_d(city: str, postal: str = "") -> str:
    """ "Firenze (FD": the province put back where only its I read with the bracket as D makes
    one (Padova's PD stays)."""
    found = PROVINCE_D_RE.search(city)
    # Italy's CAP has five digits: after any other postcode the brackets hold another country's
    # part (rev35c: "1007 Lausanne (VD)", the Swiss canton of Vaud, is no Vicenza)
    if not found or (postal and not re.fullmatch(r"\d{5}", postal)):
        return city
    letter = found.group(1)
    if f"{letter}D" in ITALIAN_PROVINCES or f"{letter}I" not in ITALIAN_PROVINCES:
        return city
    return f"{city[: found.start()]}({letter}I)"


def umlaut_read_twice(text: str) -> str:
    """ "Ziirich", "Miinchen": ü read as ii, a pair German never writes."""
    return re.sub(r"(?<=[A-Za-zäöü])ii(?=[a-zäöü])", "ü", text)


# How OCR reads an ñ: its tilde and n as two letters ("Espafia", "Espaiia", "Esparia", "Espania",
# "Espajia", "Espatia": the tilde a j's dot or a t's bar over the n's first stroke)
N_TILDE_SLIPS = ("fi", "ii", "ri", "ni", "ji", "ti")


def country_slip(word: str) -> str:
    """ "Espafia": ñ read as two letters, a country's name once the slip is undone."""
    for slip in N_TILDE_SLIPS:
        fixed = word.replace(slip, "ñ")
        if slip in word and is_country(fixed.rstrip(",.")):
            return fixed
    return word
