"""The slips a reader of the card's language undoes at sight in a street and a town: a German
ß or umlaut, a Spanish floor's sign and ó, a Polish ł and ń, an Italian province's I."""

from __future__ import annotations

import re

from .lexicon import POLISH_VOWELS
from .polish_streets import street_l_back
from .street_accents import accents_back
from .street_words import country_slip, province_read_d, street_word, umlaut_read_twice

GERMAN_REGIONS = frozenset({"DE", "AT", "CH", "LI"})
GERMAN_STREET_RE = re.compile(r"(?i)(?:stra(?:ss|ß|b|f?s)e|str\.|weg|allee|platz|gasse|damm|ring)")
SPANISH_STREET_RE = re.compile(
    r"(?i)^(?:(?:calle|avda\.?|avenida|av\.|plaza|pza\.|paseo|gran v[ií]a|carrer|camino|ronda)\b"
    # "C/ Mayor": no word boundary after the slash; "c/o" is care of, "c/c" an account
    r"|c/ ?(?![oc](?![\w'’]))\w)"
)


def german(street: str, region: str) -> bool:
    return region in GERMAN_REGIONS or bool(GERMAN_STREET_RE.search(street))


def repair_street(street: str, region: str, country: str | None = None) -> str:
    """The slips a reader of the card's language undoes at sight (``country``: the one the
    address names or its postcode's shape, beside the card's ``region``)."""
    street = street.replace("β", "ß")  # a Greek beta, in a street printed in Latin letters
    # "HauptstraBe", "Hauptstrare", "Hauptstrake", "StrafSe", "LandstraBer", "Hauptstra8e",
    # "LandstraGer", "Ringstrae": the ß misread, or lost (German writes no "strae"); its two
    # strokes read as two letters or a sign, "Strafie", "Landstratier", "Ringstra$e" (session 39;
    # "ti" only before -er or -en: Dutch writes "-stratie", "Registratie", "Administratie")
    # "Ringstrafge", "Landstrafger": its two strokes read f and g (session 41)
    street = re.sub(
        r"(?<=[Ss]tra)(?:f?S|f?&|fi|fg|ii|\$|[BbRrKkFfGg8]|ti(?=e[rn]\b)|)(?=e[rn]?\b)", "ß", street
    )
    # "Laan van Nicuw Oost-Indië": the e of Dutch -euw (nieuw, leeuw) read c; no word of a
    # language printed in Latin letters holds "icuw" or "ecuw" (session 41)
    street = re.sub(r"(?<=[ie])c(?=uw)", "e", street)
    # "Laan van Nieuw Oost-Indieé 56a" (fresh photo seed 509 card 45, stored unflagged): the ë
    # of a Dutch -ië (Indië, België) read as an e and an é; no word ends on "ieé". Not "iee":
    # "Lindenaliee" is an Allee with its ll read li
    street = re.sub(r"(?<=[a-z]i)eé\b", "ë", street)
    if german(street, region):
        street = re.sub(r"(?<=[a-zäöü])B(?=[a-zäöü])", "ß", street)  # "GroBe Elbstraße"
        # "Aeschenvorstact": the d of -stadt (Vorstadt, Neustadt) read c; German writes no
        # word on -stact (a loan word keeps its k: Kontakt)
        street = re.sub(r"(?<=sta)c(?=t\b)", "d", street)
        street = umlaut_read_twice(street)
    street = street_word(street, german(street, region))
    street = re.sub(r"(?<=\b[A-Za-z]{2})!(?=\s)", "l", street)  # "Piazza de! Duomo"
    # "292 Sth Ave": an ordinal's 5 read S before a street word ("Sth" alone is South's)
    street = re.sub(r"(?<=\d )S(?=th (?:Ave|Avenue|St|Street)\b)", "5", street)
    # "Avda.de la Constitución": the space after an abbreviation's dot, taken out as a website's
    street = re.sub(r"\b([A-Z][a-z]{1,4})\.(?=[a-z]+ )", r"\1. ", street)
    # "Corso Vittorio Emanuele Il 199": a king's numeral before the house number
    street = re.sub(r"(?<=[a-z] )(?:Il|lI|ll)(?= \d)", "II", street)
    # "Emanuele I! 171", "Emanuele tl 93", "Emanuele [1 25": the II of Vittorio Emanuele II,
    # whose streets every Italian town names, its two bars read as any two thin marks
    street = re.sub(r"(?<=\bEmanuele )(?!11\b)[Iil1!|\[\]t]{2}(?= \d)", "II", street)
    street = " ".join(country_slip(w) for w in street.split(" "))
    street = accents_back(street, {c for c in (region, country) if c})
    # "Shijo-doni 2-3-23": a romanised Japanese street's -dori (通り) with its r read n
    street = re.sub(r"(?<=[a-z]-)doni\b", "dori", street)
    # "2° planta", "3° Esq.", "2° Dto.": an Iberian floor's ordinal sign read as a degree sign
    # (or a star, a ringed sign, a ?); the word after it tells which it is: a planta's ª, a
    # piso's, andar's, esquerdo's or direito's º
    street = re.sub(r"(?<=\d)[°*®?@#](?= ?planta\b)", "ª", street)
    street = re.sub(r"(?<=\d)°(?= ?(?:piso|andar|Esq|Dto|Dt)\b)", "º", street)
    if SPANISH_STREET_RE.match(street) or region == "ES":
        street = spanish_street(street)
    return street_l_back(polish(street)) if region == "PL" else street


def spanish_street(street: str) -> str:
    """``Calle Colón, 5, 3º B``: the floor's ordinal sign, and the ó, as OCR reads them."""
    # OCR reads both ordinal signs as a degree sign: before a door ("3° B", "3° 1ª") it is the
    # floor's º (piso); a floor alone ("1°") may be a 1º or a 1ª (planta), so it is left as read
    # "3? B", "3® B", "3@B": º read ?, or as a ringed sign (session 41)
    street = re.sub(r"(?<=\d)[°?@®](?= ?[A-H]$| \d)", "º", street)
    # "Avenida Diagonal, 210, 1*": a floor alone whose sign is read as a star is the planta's ª
    # (its underlined a); the piso's º is read as a degree sign, never a star (cached seeds,
    # session 36: * for ª 23 times, for º none of 75)
    street = re.sub(r"(?<=\d, \d)[*#]$", "ª", street)
    # "3°B", "32B", "39 B" after the house number: floor, its sign read as 2 or 9, door
    street = re.sub(r"(?<=\d, )(\d)(?:º|[29](?= ?[A-H]$)) ?([A-H])$", r"\1º \2", street)
    # "Constituci6én": the ó read twice, as a 6 and an é; a digit inside a word is no letter
    street = re.sub(r"(?<=[a-z])6(?=[éó]n\b)", "", street)
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
    """The city with its country's slips put back: an Italian province's I read as l, 1 or D,
    a Polish word's letters, a German ü read as ii."""
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
    # "Diuga", "Dituga", "Diluga", "Dhuga" for Długa: ł read i, it, il or h before u; Polish
    # opens no word on "diu" or "dhu" (sessions 35, 38)
    text = re.sub(r"\bD(?:i|it|il|h)u(?=[a-z])", "Dłu", text)
    # "Marszatkowska", "Marszatka": the ł of marszałek (a marshal, whose streets every town
    # names) read t; Polish writes no word on "marszat"
    text = re.sub(r"\b([Mm])arszat(?=[ek])", r"\1arszał", text)
    # "Floriahska": ń read h before "sk", which Polish never writes so
    return re.sub(r"(?<=[aeiouy])(?:ri|fi|ti|h)(?=sk)", "ń", text)
