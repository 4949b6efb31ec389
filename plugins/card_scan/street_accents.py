"""A street word's accented letter read as another, put back where the word is one streets bear.

An engine without the card's language reads an accented letter as a look-alike: the ö of
Königsallee as g or e, the ü of Süd as "ti", the ç of Praça as g, the ř of Příkopě as "ii" or f.
The word as read is none the language writes, but only a known word tells which letter it
held: a short stock of words that name streets in each language (a king, a height, the south, a
republic, a square), each accented letter matched only by the letters OCR reads for it.
"""

from __future__ import annotations

import re
from functools import cache

from contactkit.normalize import fold

# Words (or a compound's first or last part) that name streets, with their accents: German,
# Portuguese, Spanish, French, Czech, Danish and Norwegian. A general list, not the tuning sets'.
STREET_ACCENT_WORDS = (
    "könig", "höhe", "süd", "brücke", "mühle", "mühlen",
    "república", "praça", "comércio", "conceição", "são", "joão", "príncipe", "josé",
    "république", "général", "élysées", "hôtel", "côte",
    "příkopě", "náměstí", "václavské", "národní", "nábřeží", "třída",
    "øster", "nørre", "søndre", "strøget",
)  # fmt: skip
# The letters OCR reads for each accented one, its own plain letter among them: a word read
# with every accent plain is right folded, and left as read (``_cased``)
READS = {
    "ö": "g|e|d|é|6", "ü": "ti|ii|i", "ú": "ti|ii|i", "ç": "g", "ř": "ii|f|i|r", "ě": "é|e",
    "í": "i", "á": "a", "é": "e", "ã": "a", "ô": "o", "ø": "q|@|g|0", "č": "e",
}  # fmt: skip
# A word is one of the stock's where it opens or ends on it (Königsallee, Theresienhöhe,
# Østergade) or is it whole (Süd, Praça)
PART = {"könig", "höhe", "brücke", "mühle", "mühlen", "øster", "nørre", "søndre"}
# A square opens its street's name ("Praça do Comércio"); Praga after it is Prague
OPENING = {"praça"}


@cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for word in STREET_ACCENT_WORDS:
        if not any(c in READS for c in word):
            continue
        body = "".join(f"(?:{READS[c]})" if c in READS else re.escape(c) for c in word)
        if word in PART:
            # a compound's first part opens the word, its last ends it
            out.append((re.compile(rf"\b{body}(?=[a-zäöüß]{{2,}})", re.I), word))
            out.append((re.compile(rf"(?<=[a-zäöüß]{{3}}){body}\b", re.I), word))
        else:
            out.append((re.compile(rf"{'^' if word in OPENING else ''}\b{body}\b", re.I), word))
    return out


def accents_back(street: str) -> str:
    """``street`` with each stock word read with a look-alike for its accented letter put back
    ("Kgnigsallee 166" → "Königsallee 166", "Gewerbepark Stid 30" → "Gewerbepark Süd 30")."""
    for pattern, word in _patterns():
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
