"""A street word's accented letter read as another, put back where the word is one streets bear.

An engine without the card's language reads an accented letter as a look-alike: the ö of
Königsallee as g or e, the ü of Süd as "ti", the ç of Praça as g, the ř of Příkopě as "ii" or f.
The word as read is none the language writes, but only a known word tells which letter it
held: a short stock of words that name streets in each language (a king, a height, the south, a
republic, a square), each accented letter matched only by the letters OCR reads for it, and
only on a card of a country that writes the word ("12 Sid Road" in Devon is no Süd).
"""

from __future__ import annotations

import re
from functools import cache

from contactkit.normalize import fold

GERMAN = frozenset({"DE", "AT", "CH", "LI"})
PORTUGUESE = frozenset({"PT", "BR"})
IBERIAN = PORTUGUESE | {"ES", "MX", "AR", "CO", "CL", "PE"}
CZECH = frozenset({"CZ", "SK"})
NORDIC = frozenset({"DK", "NO"})

# Words that name streets, with their accents, and the countries whose cards print them; how a
# word stands in the street: whole ("Süd", "Praça"), opening a compound ("Königsallee",
# "Østergade") or ending one ("Theresienhöhe"). A general list, not the tuning sets'.
WHOLE, OPENS, ENDS = "whole", "opens", "ends"
STREET_ACCENT_WORDS: tuple[tuple[str, frozenset[str], tuple[str, ...]], ...] = (
    ("süd", GERMAN, (WHOLE,)),
    ("könig", GERMAN, (OPENS,)),
    ("höhe", GERMAN, (ENDS,)),
    ("brücke", GERMAN, (OPENS, ENDS)),
    ("mühle", GERMAN, (OPENS, ENDS)),
    ("mühlen", GERMAN, (OPENS, ENDS)),
    ("república", IBERIAN, (WHOLE,)),
    ("praça", PORTUGUESE, (WHOLE,)),
    ("conceição", PORTUGUESE, (WHOLE,)),
    ("příkopě", CZECH, (WHOLE,)),
    ("náměstí", CZECH, (WHOLE,)),
    ("nábřeží", CZECH, (WHOLE,)),
    ("třída", CZECH, (WHOLE,)),
    ("øster", NORDIC, (OPENS,)),
    ("nørre", NORDIC, (OPENS,)),
    ("søndre", NORDIC, (OPENS,)),
    ("strøget", NORDIC, (WHOLE,)),
)
# The letters OCR reads for each accented one; an accent read as its plain letter (á, í, ã
# read a, i, a) matches as read, and a word read with every accent plain is left as read
# (``_cased``): folded, it is the word already.
READS = {
    "ö": "g|e|d|é|6", "ü": "ti|ii|i", "ú": "ti|ii|i", "ç": "g", "ř": "ii|f|i|r", "ě": "é|e",
    "í": "i", "á": "a", "ã": "a", "ø": "q|g|0",
}  # fmt: skip
# A square opens its street's name ("Praça do Comércio"); Praga after it is Prague
OPENING = frozenset({"praça"})


@cache
def _patterns() -> list[tuple[re.Pattern[str], str, frozenset[str]]]:
    out = []
    for word, countries, shapes in STREET_ACCENT_WORDS:
        body = "".join(f"(?:{READS[c]})" if c in READS else re.escape(c) for c in word)
        shaped = {
            WHOLE: rf"{'^' if word in OPENING else ''}\b{body}\b",
            OPENS: rf"\b{body}(?=[a-zäöüß]{{2,}})",
            ENDS: rf"(?<=[a-zäöüß]{{3}}){body}\b",
        }
        out += [(re.compile(shaped[shape], re.I), word, countries) for shape in shapes]
    return out


def accents_back(street: str, countries: set[str]) -> str:
    """``street`` with each stock word of one of ``countries`` read with a look-alike for its
    accented letter put back ("Kgnigsallee 166" → "Königsallee 166", "Gewerbepark Stid 30" →
    "Gewerbepark Süd 30" on a German card)."""
    for pattern, word, where in _patterns():
        if where & countries:
            street = pattern.sub(lambda m, word=word: _cased(m.group(0), word), street)
    return street


def _cased(read: str, word: str) -> str:
    """``word`` in the case the card printed ``read`` (all capitals, a capital first, or small);
    ``read`` itself where it differs from ``word`` by its accents alone."""
    if fold(read) == fold(word):
        return read
    if read.isupper():
        return word.upper()
    return word.capitalize() if read[:1].isupper() else word
