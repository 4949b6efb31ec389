"""The country a card's town names, where nothing else on the card does.

A Swiss card reading only "Aeschenvorstadt 120" and "8048 Zurich" (no street word the postal
shapes know, no country line, its email lost) named no region: its "044 418 33 35" was read in
Germany through its "GmbH" (a form three countries share) and sent to review, Zurich's own line
lost (p334 card 2). The town after a postcode is a clue a reader uses first: "8048 Zürich" is in
Switzerland, "20087 Hamburg" in Germany, "8010 Graz" in Austria.
"""

from __future__ import annotations

import re

from contactkit import normalize

from .lexicon import PHONE_LABELS
from .places import dominant_town_country, town_countries
from .postcode_hints import POSTCODE_DIGITS

# A postcode and the town after it, where an address line starts or after its street's comma
# ("8048 Zurich", "D-80331 München", "Hauptstr. 5, 1010 Wien"): the town one or two capitalised
# words up to the line's end or a comma, so a name or a word run on after it ("Zurich Account")
# is no town. A phone's digit groups run on in digits, never in a town. A one-line address
# parts its street from the postcode by a spaced dash or middle dot as often as by a comma
# ("Am Sandtorkai 169 - 70022 Stuttgart": no street word the postal shapes know, the card's
# only clue; its Stuttgart numbers were read as none, p386 card 68); the dot read as a colon or
# a bar alike ("Im Gewerbepark 173a : 33964 Bielefeld": its office numbers were read in the
# region of the card's Austrian mobile and accepted, fresh photo p523 card 21; session 46).
TOWN = r"([A-ZÄÖÜÉ][a-zäöüéèß]{2,}(?:[ -][A-ZÄÖÜÉ][a-zäöüéèß]{2,})?)"
TOWN_AFTER_POSTCODE_RE = re.compile(
    rf"(?:^|,|\s[-–·:|]\s)\s*(?:[A-Z]{{1,2}}-)?(\d{{4,5}})\s?{TOWN}\s*(?:,|$)"
)
# The same with the comma before the postcode lost: the street's last word just before it, a
# house number earlier on the line, the town ending it ("65 bis allee des Tilleuls 13004
# Marseille": its "04.92.21.28.15" read in Germany, whose postcodes have five digits too, and
# accepted, fresh photo seed 654 card 62; session 52). Not after a unit's or a label's word
# ("Suite 1200 Vienna", "Fax 1234 Wien"). A German street's "Hauptstrasse 5 1010 Wien", its
# comma lost after the house number, is not read so: two numbers in a row say nothing sure.
COMMA_LOST_RE = re.compile(
    rf"\d\D*\s(?P<before>[A-Za-zÀ-ÿ]{{2,}}[a-zà-ÿ])\s(\d{{4,5}})\s?{TOWN}\s*$"
)
UNIT_WORDS = frozenset(
    {"suite", "ste", "unit", "floor", "room", "box", "apt", "level", "tel", "fax"}
)
# Words a big town's rows never are: a phone's label ("Mobile", a town in Alabama) or a unit's.
NOT_TOWNS = frozenset(PHONE_LABELS) | UNIT_WORDS | {"email", "web", "mail", "www"}
# Countries outside ``POSTCODE_DIGITS`` that also print a postcode of as many digits before the
# town: a name one of them shares names no country. "Av. Chapultepec 480, 44100 Guadalajara,
# Jal." is Mexican, yet Spain alone has five-digit postcodes and a Guadalajara among the
# countries the postcode table knows: its vote sent the card's Mexican numbers to review
# (Mérida, León, Santiago, Toledo alike). Where the postcode follows the town (US, Canada,
# Britain, Australia) the line never has this shape, so those countries' namesakes (Frankfurt,
# Berlin, Paris in the US) stay no obstacle.
ALSO_BEFORE_TOWN = {
    "MX": 5, "CU": 5, "DO": 5, "GT": 5, "CR": 5, "HN": 5, "NI": 5, "UY": 5, "SV": 4,
    "AR": 4, "PY": 4, "VE": 4, "FI": 5, "SE": 5, "TR": 5, "MA": 5, "DZ": 5, "TN": 4,
    "HR": 5, "RS": 5, "UA": 5, "EE": 5, "LU": 4, "LI": 4, "HU": 4, "SI": 4, "BG": 4,
}  # fmt: skip


# On a line the shapes above match nothing of: a postcode of another shape before a big town
# ("721 51 Västerås", "140 00 Praha 4", "10160 Torino TO", "15082 A Coruña"), or a Japanese one
# after it ("Osaka 530-0091"), a province's or district's mark after the town allowed. A big
# town's name alone then names its country (``places.dominant_town_country``): the second blind
# generator's cards print these with no country line, and their numbers were read in the
# default region (9 of 200 tuning cards). A weaker clue than those shapes (``region_votes``):
# not a phone's or a unit's word ("Mobile 555-1234" is no Mobile, Alabama; "Suite 200 Victoria"
# no town).
ANY_TOWN = r"((?:[A-Z][a-z]?\s)?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'-]{2,}(?:[ -][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'-]{2,})?)"
TOWN_AFTER_ANY_POSTCODE_RE = re.compile(
    rf"(?:^|,)\s*(?:\d{{4}}\s?[A-Z]{{2}}|\d{{3,5}}(?:[ -]\d{{2,4}})?|\d{{2}}-\d{{3}})\s+{ANY_TOWN}"
    r"(?:\s+(?:[A-Z]{2}|\([A-Z]{2}\)|\d{1,2}))?\s*(?:,|$)"
)
TOWN_BEFORE_JP_POSTCODE_RE = re.compile(rf"(?:^|,)\s*{ANY_TOWN}\s+\d{{3}}-\d{{4}}\s*(?:,|$)")


def town_regions(texts: list[str]) -> list[str]:
    """The countries named by a town after a postcode: one town's country alone among those
    whose postcodes have as many digits (``POSTCODE_DIGITS``, ``ALSO_BEFORE_TOWN``), a name
    several such countries share ("Baden": Austria, Switzerland) naming none."""
    out: list[str] = []
    for text in texts:
        found = [m.groups() for m in TOWN_AFTER_POSTCODE_RE.finditer(text.strip())]
        lost = COMMA_LOST_RE.search(text.strip())
        if lost and lost["before"].lower() not in UNIT_WORDS:
            found.append(lost.groups()[1:])
        for postcode, town in found:
            length = len(postcode)
            countries = {
                c
                for c in town_countries(normalize.fold(town))
                if (POSTCODE_DIGITS.get(c) or ALSO_BEFORE_TOWN.get(c)) == length
            }
            country = countries.pop() if len(countries) == 1 else None
            if country in POSTCODE_DIGITS and country not in out:
                out.append(country)
    return out


def big_town_regions(texts: list[str]) -> list[str]:
    """The countries named by a big town beside a postcode of any shape, on lines
    ``town_regions``' shapes match nothing of (``TOWN_AFTER_ANY_POSTCODE_RE``)."""
    out: list[str] = []
    for text in (t.strip() for t in texts):
        if TOWN_AFTER_POSTCODE_RE.search(text) or COMMA_LOST_RE.search(text):
            continue
        for pattern in (TOWN_AFTER_ANY_POSTCODE_RE, TOWN_BEFORE_JP_POSTCODE_RE):
            for match in pattern.finditer(text):
                town = normalize.fold(match.group(1))
                before = text[: match.start()].split()
                if set(town.split()) & NOT_TOWNS or (before and before[-1].lower() in UNIT_WORDS):
                    continue
                country = dominant_town_country(town)
                if country and country not in out:
                    out.append(country)
    return out
