"""The words partners' firms add to their names ("& Söhne", "e Figli"), put back where misread."""

from __future__ import annotations

import re

from contactkit import normalize

from .word_slips import words_one_letter_off

# As printed, each after "&", "und", "et", "e", "y" or "en". Five letters and more: "Fils" is one
# letter from too many other words.
PARTNER_WORDS = {
    normalize.fold(w): w
    for w in [
        "Söhne",
        "Zonen",
        "Frères",
        "Figli",
        "Fratelli",
        "Hermanos",
        "Asociados",
        "Associates",
        "Partners",
        "Brothers",
    ]
}
# Words of their own one letter from a partners' word: sisters' and partners' firms
# ("Lopez y Hermanas", "Ruiz y Asociadas"), a brother ("Rossi e Fratello"), "Associated".
OWN_WORDS = frozenset({"hermanas", "asociadas", "fratello", "associated"})
PARTNERS_RE = re.compile(r"(?i)((?:&|\bund|\bet|\be|\by|\ben) )([^\W\d_]{5,10})\b")
# A Polish partnership's "i", which a reading loses as a speck ("Malinowski Wspólnicy Sp.k.",
# tuning photo seed 474): no firm prints the word straight after a name. Not the other
# partners' words: they open names or follow trades as well ("Hermanos García", "Consultores
# Asociados"), and a lost "e" is hard to tell from one read glued to a name ("Carbonie Figli").
# A name ending in "ii" holds the "i", read glued ("NOWAKOWSKII WSPOINICY").
LOST_I_RE = re.compile(r"(?i)\b([^\W\d_]{2,}) (wsp[oó]lnicy)\b")
# Words that join a name to its partners' word already ("Kowalski oraz Wspólnicy").
JOINING = frozenset({"oraz", "and", "und", "et", "en"})


def partner_words(company: str) -> str:
    """``Schmitt & SOhme KG.`` → ``Schmitt & Söhne KG.``: after a joining word, a word one
    letter from exactly one partners' word, and no such word itself, is that word misread.
    As long only: a letter more or less is the singular printed ("Becker & Partner GmbH",
    "Rossi & Figlio", "Smith & Brother"), the common form and no slip."""
    return PARTNERS_RE.sub(_partner_word, company)


def lost_joining_word(company: str) -> str:
    """``Malinowski Wspólnicy Sp.k.`` → ``Malinowski i Wspólnicy Sp.k.``: the "i" a Polish
    partnership prints before its partners' word, lost."""
    return LOST_I_RE.sub(_i_back, company)


def _i_back(match: re.Match[str]) -> str:
    name, word = match.group(1), match.group(2)
    if name.lower().endswith("ii") or normalize.fold(name) in JOINING:
        return match.group(0)
    return f"{name} {'I' if word.isupper() else 'i'} {word}"


def _partner_word(match: re.Match[str]) -> str:
    joining, word = match.group(1), match.group(2)
    folded = normalize.fold(word)
    near = words_one_letter_off(folded, PARTNER_WORDS)
    if folded in PARTNER_WORDS or folded in OWN_WORDS or len(near) != 1:
        return match.group(0)
    printed = PARTNER_WORDS[near[0]]
    capitals = sum(c.isupper() for c in word) > len(word) / 2
    return joining + (printed.upper() if capitals else printed)
