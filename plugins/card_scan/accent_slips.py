"""A Spanish í read as f, gated by the word's Spanish shape (session 32, accent32); a Czech or
Slovak č read as é (session 60).

Tesseract's English model reads the í of a Spanish name as an f ("Garcfa" beside lgarcia@,
"Martfnez", "Rodrfguez", "Joaqufn"), sure of it. Putting í back for any f the address spells i
broke German names whose own f the address's f read as i made: "Josef" beside josei.novak@
("Joseí"), "Dorfer" beside dorier@ ("Doríer"), "Wolfram" beside woliram@. Spanish writes the í
where German never writes an f: in the endings ``SPANISH_I_RE`` holds (-ía, -íguez, -ínez,
-írez, -íaz, -ín, -íos, -ías, -ío after a consonant), so an f is put back only where the word
with í ends so, and never where the word as read is a name (Adolfo, Rodolfo: their f printed).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from contactkit import normalize

from .local_parts import given_name, spelt_letters
from .name_checks import ACCENTED_SURNAMES, SPANISH_SPEAKING

# A Spanish word's í in its ending, after a consonant (or "qu", "gu": Joaquín): García,
# Echeverría, Rodríguez, Domínguez, Martínez, Ramírez, Díaz, Martín, Joaquín, Ríos, Matías,
# Darío. The f German and English names print never stands so: Josef, Dorfer, Wolfram,
# Rudolf, Stefan, Steffi.
SPANISH_I_RE = re.compile(
    r"(?:[b-df-hj-np-tv-zñ]|qu|gu)(í)(a|as|o|os|n|guez|nez|rez|az)$", re.IGNORECASE
)
# Endings no word of the languages here writes with an f for the í: -fguez, -fnez, -frez,
# -faz, -fn. The others (-fa, -fo, -fas, -fos) an f ends now and then (Info, Triunfo, Jaffa,
# Halfa: towns of the tables, a word of a title), so they count in a word of five letters or
# more only, where no other f stands before (Jaffa, Baffa).
STRONG_ENDINGS = frozenset({"guez", "nez", "rez", "az", "n"})

# Before a short ending, an l or n then f is printed in names of their own: Ninfa (a Spanish
# given name), Delfo, Rolfo, Golfo, Malfa, Kalfa, Zulfa, Triunfo (second review, session 33:
# "Ninfa Salinas" on a Mexican card was made "Ninía"); the í words so spelt are the tables'.
WEAK_AFTER = frozenset("ln")

# Names of their own that end so with their printed f (the nickname tables lack them).
F_NAMES = frozenset({"adolfo", "rodolfo", "rudolfo", "alfa", "olfa"})

# Spanish given names with an í (the surnames' table is name_checks.ACCENTED_SURNAMES), and
# family names with one in a short ending.
_I_NAMES = frozenset(
    {
        "maría", "lucía", "sofía", "joaquín", "agustín", "fermín", "valentín", "benjamín",
        "martín", "matías", "tobías", "elías", "darío", "rocío", "rosalía", "estefanía",
        "ríos", "río", "garcía", "echeverría", "mejía", "macías", "frías",
    }
)  # fmt: skip
# Accented names with an í, folded: one that a word with its f read as í folds to is a name.
I_NAMES = frozenset(normalize.fold(n) for n in (*ACCENTED_SURNAMES, *_I_NAMES) if "í" in n)


def spanish_i_fits(word: str, at: int) -> bool:
    """The í at ``at`` of ``word`` stands where a Spanish ending writes one
    (``SPANISH_I_RE``), or ``word`` is a name of the tables: the gate for an f put back as í
    (letter_restore too, where the address spells the word with i)."""
    if normalize.fold(word) in I_NAMES:
        return True
    if normalize.fold(word[:at] + "f" + word[at + 1 :]) in F_NAMES:
        return False  # "Adolfo" beside adolio@: the address's f read i
    found = SPANISH_I_RE.search(word)
    if not found or found.start(1) != at:
        return False
    if found.group(2).lower() in STRONG_ENDINGS:
        return len(word) >= 4
    if word[at - 1].lower() in WEAK_AFTER:
        return False  # "Ninfa", "Delfo", "Malfa": names of the tables only (Elías, Rosalía)
    return len(word) >= 5 and "f" not in word[:at].lower()


def i_for_f(word: str) -> str | None:
    """``word`` with the one f that stands where a Spanish ending writes í put back as í
    (``Garcfa`` → ``García``, ``GARCFA`` → ``GARCÍA``); None where none or two do, or where
    the word as read is a name (``Adolfo``)."""
    if not word.isalpha() or len(word) < 3:
        return None
    if given_name(word) or normalize.fold(word) in F_NAMES:
        return None
    capitals = word.isupper()
    found = []
    for at in (n for n, c in enumerate(word) if c == "f" or (capitals and c == "F")):
        tried = word[:at] + ("Í" if capitals else "í") + word[at + 1 :]
        if spanish_i_fits(tried, at):
            found.append(tried)
    return found[0] if len(found) == 1 else None


def field_i_for_f(word: str) -> str | None:
    """``i_for_f`` in a title's field word the lexicon lacks: only an -ía or -ías ending, in
    a word of seven letters or more ("Ingenierfa", "Tecnologfa"); "Info" keeps its f."""
    tried = i_for_f(word)
    long_ending = tried is not None and len(word) >= 7 and tried.lower().endswith(("ía", "ías"))
    return tried if long_ending else None


def spanish_i_misread(word: str, countries: Collection[str]) -> bool:
    """A name word read with an f where a Spanish ending writes í: doubted (``Martfnez``).
    An ending no word writes with f (-fnez, -fguez, -frez, -faz, -fn) on any card; one an f
    ends now and then (-fa, -fo, -fas, -fos) where the card is a Spanish-speaking country's
    (its address, numbers or site) or the word with í a name of the tables (García, Mejía)."""
    tried = i_for_f(word)
    if tried is None:
        return False
    found = SPANISH_I_RE.search(tried)
    strong = found is not None and found.group(2).lower() in STRONG_ENDINGS
    return strong or not SPANISH_SPEAKING.isdisjoint(countries) or normalize.fold(tried) in I_NAMES


def spanish_i_put_back(name: str, countries: Collection[str], local: str | None) -> str:
    """``Ana Martfnez`` → ``Ana Martínez`` on a Spanish-speaking card, ``Luis Garcfa`` →
    ``Luis García`` on any (a name of the tables): each word the address does not spell as
    read, whose f stands where its Spanish ending writes í. The name stays doubted (the caller
    marks it repaired): the shape guesses the letter, nothing on the card checks it."""
    spelt = spelt_letters(local or "")
    out = []
    for word in name.split():
        pieces = re.split(r"(-)", word)  # "García-Pérez": each half apart
        for n, piece in enumerate(pieces):
            plain = spelt_letters(piece)
            if plain and spelt and plain in spelt:
                continue  # "Adolfo" beside adolfo@: the address spells its f
            if spanish_i_misread(piece, countries):
                pieces[n] = i_for_f(piece) or piece
        out.append("".join(pieces))
    return " ".join(out)


# A caron read as an acute after a vowel inside a word ("Sedlaéek" for Sedláček: photo seed 7
# card 41, accepted at smaller+given/hi): Czech and Slovak names write an é after a consonant
# (Čermák, Šimek, Hájek: no é after a vowel), and a č after one often (-áček, -íček, -eček).
CARON_READ_ACUTE_RE = re.compile(r"[aeiouyáíúý]é(?=[^\W\d_])", re.IGNORECASE)
CARON_COUNTRIES = frozenset({"CZ", "SK"})


def caron_read_acute(name: str, regions: Collection[str]) -> bool:
    """On a Czech or Slovak card, a name word with an é right after a vowel: its č read é."""
    return bool(CARON_COUNTRIES & set(regions)) and CARON_READ_ACUTE_RE.search(name) is not None
