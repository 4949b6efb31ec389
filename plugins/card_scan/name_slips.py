"""Slips in a name read: a given name the tables know, one a letter off one, the letters
Tesseract's English model makes of ü, ñ and ł, and a family name the email spells otherwise.
The slips undone with the email's local part (words glued or parted other than it parts them,
a given name's first letters lost, an ö read 6): ``name_email_slips``."""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from contactkit import normalize
from contactkit.matching.nicknames import NICKNAME_GROUPS
from contactkit.matching.text import skeleton

from .letter_restore import printed_b
from .lexicon import JAPANESE_GIVEN_NAMES, NAME_PARTICLES, POLISH_ENDINGS
from .local_parts import (
    given_spelling,
    spelt_fold,
    spelt_letters,
    spelt_words,
)
from .name_checks import GERMAN_SPEAKING


def known_given(name: str) -> bool:
    """A word of the name is a given name the matcher's nickname tables know, or a Japanese
    one of four letters or more the lexicon lists ("Haruto Sakamoto": the tables are European
    and American; "AI", "Mai", "Rei" are words too); not a particle ("de", "di" and "el" are in
    the tables as nicknames)."""
    return any(
        skeleton(folded) in NICKNAME_GROUPS or (len(folded) >= 4 and folded in JAPANESE_GIVEN_NAMES)
        for folded in map(normalize.fold, name.split())
        if folded not in NAME_PARTICLES
    )


def near_given(word: str, shortest: int = 7) -> bool:
    """A name's first word, of ``shortest`` letters or more, that is no given name but one
    letter off one the tables know ("Maegorzata" for Małgorzata, the ł read as e): a letter
    misread. Only the first word: family names are often one letter off a given name
    ("Richards"); shorter words only where the email gives the word's initial."""
    key = skeleton(spelt_fold(word))
    if len(key) < shortest or key in NICKNAME_GROUPS:
        return False
    found = process.extractOne(key, _GIVEN, scorer=Levenshtein.distance, score_cutoff=1)
    return found is not None


_GIVEN = list(NICKNAME_GROUPS)


def echoed_given(word: str) -> bool:
    """A word that is no given name but one the tables know with its last two to four letters
    read twice: "Stefanieie" from "Stefanie" over "ie Schmidt", a blurred line's echo read as a
    second line and joined (cached photo seed 335 card 30, accepted at largest/hi; session 35).
    The name left is five letters at least: "Lulu", "Jojo", and "Janene", "Keenen" from Jane
    and Keen, are names of their own."""
    key = spelt_fold(word)
    if known_given(word):
        return False
    return any(
        len(key) - k >= 5 and key[-2 * k : -k] == key[-k:] and known_given(key[:-k])
        for k in (2, 3, 4)
    )


def umlaut_as_i(word: str) -> bool:
    """``Jirgen`` for Jürgen: a ü Tesseract read as i, sure of it, in a word that is no given
    name of the tables and becomes one with a u there, spelt so (not "Thuerry": "Turi")."""
    if known_given(word):
        return False
    tries = (f"{word[:k]}u{word[k + 1 :]}" for k, c in enumerate(word) if c == "i")
    return any(map(given_spelling, tries))


# Letters Tesseract's English model makes of ü and ñ inside a name (Tesseract is sure of them):
# "Miiller", "Pefia", "Mufioz". Names hardly ever hold them (a given name the tables know,
# "Zofia", does), but English family names end in "field" (Whitfield, Sheffield, Mayfield),
# where no Spanish ñ stands: "Gary Whitfield" beside gary@ was doubted for it (scan seed 328
# card 30; session 34).
SLIP_RE = re.compile(r"ii|(?<=[a-z])fi(?=[aeou])(?!eld)")
# An l read as i after a vowel in a Polish family name ("Oiszewska" for Olszewska): Polish writes
# no "ois"/"oiz" there.
POLISH_SLIP_RE = re.compile(r"(?i)^\w*[aeo]i[sz]\w*(?:sk|ck|dzk)[aiy]$")


def family_slip(local: str, name: str) -> bool:
    """``pweiss@`` beside "Peter Weie": the given name's initial and a word one or two letters
    off a later word of the name, which OCR misread (ß read as e) and the email did not."""
    words = spelt_words(name)
    plain = local.lower()
    if len(words) < 2 or not words[0] or not plain.startswith(words[0][0]):
        return False
    rest = re.sub(r"[^a-z]", "", plain[1:])
    return len(rest) >= 4 and any(
        len(w) >= 3 and w[:2] == rest[:2] and 0 < Levenshtein.distance(rest, w) <= 2
        for w in words[1:]
    )


def card_countries(region: str | None, e164s: Iterable[str | None]) -> frozenset[str]:
    """The countries a card's clues and its numbers' country codes name (``+49`` DE)."""
    found = {region} if region else set()
    for number in e164s:
        code = re.match(r"\+(\d{1,3})", number or "")
        for size in (1, 2, 3):
            if code and len(code.group(1)) >= size:
                found.add(phonenumbers.region_code_for_country_code(int(code.group(1)[:size])))
    return frozenset(found - {"ZZ"})


# German family names end in "-mann" (Neumann, Hartmann, Zimmermann), and Tesseract drops the
# second n of the pair now and then, sure of what it read ("Neuman" at 0.95 beside alexandra@, the
# last wrong name accepted on the tuning sets). On a card of a German-speaking country a family
# name ending in a single "man" is a letter lost; elsewhere "-man" is a name of its own (Newman,
# Coleman, the Dutch Hofman).
def lost_double_n(name: str, countries: frozenset[str]) -> bool:
    """The family name (the last word) ends in "man" where German writes "mann"."""
    words = name.split()
    if len(words) < 2 or not countries & GERMAN_SPEAKING:
        return False
    plain = spelt_letters(words[-1])
    return len(plain) >= 5 and plain.endswith("man") and not plain.endswith("mann")


# The local part of an address printed and not read whole ("ziolkowski.jakub@technologiequant"
# without its suffix): it still checks the name.
PRINTED_LOCAL_RE = re.compile(r"(?<![\w.-])([a-z][a-z._-]{2,}[a-z])@[a-z]")


def printed_local(texts: list[str]) -> str | None:
    """The first local part ``PRINTED_LOCAL_RE`` finds in ``texts``, or None: the callers pass
    rows no address was read from, so it is an address read only in part."""
    found = next((m for t in texts if (m := PRINTED_LOCAL_RE.search(t))), None)
    return found.group(1) if found else None


def capitals_slip(word: str) -> str:
    """``DijK`` → ``DIJK``, ``PAWtOWS`` → ``PAWŁOWS``: in a word printed in capitals, a small
    letter is a capital misread; a small t there is Ł, its stroke read as the t's bar, but not
    beside a T or before an H (``MATtHEWS``: a T read small; Polish writes no ŁH)."""
    letters = [c for c in word if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    lower = len(letters) - upper
    if len(letters) < 3 or not lower or not letters[0].isupper():
        return word
    # Printed in capitals: more capitals than small letters, or as many and the last one a
    # capital ("DijK"); "McKenzie" is no word of capitals.
    if not (upper > lower or (upper == lower and letters[-1].isupper())):
        return word
    return re.sub(r"(?<!T)t(?=[A-GI-SU-ZÀ-Þ])", "Ł", word).upper()


# ß read as 8, B or & inside a name word ("Wei8", "GroBmann", "Stra&burger"): after a small
# letter, before a small letter or at the word's end; not McBride's or LeBlanc's B
# (letter_restore.printed_b). An & only after a vowel, as ß stands (a brand's "Black&white" stays).
_ESZETT_RE = re.compile(r"(?:(?<=[a-zäöü])[8B]|(?<=[aeiouäöü])&)(?=[a-zäöü]|[^\w]|$)")


def _eszett(word: str, last: bool = True) -> str:
    """``word`` with its ß put back; an & ending a word before more of the name is "and"
    ("Anna& Peter Weber", a couple's card: not "Annaß")."""

    def letter(m: re.Match[str]) -> str:
        if m.group(0) == "&" and m.end() == len(word) and not last:
            return "&"
        return "B" if m.group(0) == "B" and printed_b(word, m.start()) else "ß"

    return _ESZETT_RE.sub(letter, word)


def spaced_letters(words: list[str]) -> list[str]:
    """``Mo n i k a L e w a n d o w s``: a name printed letter-spaced, read letter by letter;
    the letters are joined again, a new word at each capital."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        singles = sum(len(w) == 1 for w in run)
        if singles >= 3 and len(run) >= 4 and all(w.isupper() for w in run):
            out.append("".join(run))  # "J O H N S M I T H": where the words part, nothing tells
        elif singles >= 3 and len(run) >= 4:
            joined: list[str] = []
            for w in run:
                if w[0].isupper() and joined and len(joined[-1]) >= 2:
                    joined.append(w)
                elif joined:
                    joined[-1] += w
                else:
                    joined.append(w)
            out.extend(joined)
        else:
            out.extend(run)
        run.clear()

    for w in words:
        if len(w) <= 2 and w.isalpha() and not (w.isupper() and len(w) == 2):
            run.append(w)
        else:
            flush()
            out.append(w)
    flush()
    return out


# "KI" and "KA" end a Polish name only after s, c or z (-ski, -cki, -dzki); "KA" alone is a
# Cantonese given name's syllable ("CHAN KA MAN", "WONG KA KEUNG"), no ending of CHAN's.
_BEFORE_KI_RE = re.compile(r"[SCZŚŹŻ]$")


def _polish_ending(word: str, before: str) -> bool:
    if word not in POLISH_ENDINGS or len(before) < 3 or not before.isupper():
        return False
    return len(word) == 3 or bool(_BEFORE_KI_RE.search(before))


# A capital J read small after a capitalised word ("Andreas jung", "Andrea jung" for Jung: Noto
# Sans and its italic dip the J under the line as a j): a word of three letters and more opening
# on j. No particle of a name opens so ("de", "van", "zu"). Session 20, photo seed 79: both names
# Noto printed with a J after the given name were lost so (0 of 2 read), no other font's were.
_SMALL_J_RE = re.compile(r"j[a-zß-ÿ]{2,}")


def _capital_j(word: str, before: str) -> str:
    if before[:1].isupper() and not before.isupper() and _SMALL_J_RE.fullmatch(word):
        return "J" + word[1:]
    return word


# A particle's l read as a slash in a name's small print ("Jorge Alvarez de /a Torre"): no name
# word starts with one.
_SLASH_L_RE = re.compile(r"(?<=\s)/(?=[a-z]{1,2}(?:\s|$))")


def _doubled_capital(word: str) -> str:
    """``ZalewskKa`` → ``Zalewska``: a capitalised word with one capital inside it, right after
    the same letter small, is that letter read twice (not ``McCall``, ``MacCarthy``: the
    capital after a short head of Mc or Mac; not ``AnneElise``, ``MarieEve``: two given names
    written as one, the first ending in the letter the second begins with)."""
    inner = [k for k, c in enumerate(word) if k and c.isupper()]
    if len(inner) != 1 or not word[:1].isupper():
        return word
    k = inner[0]
    if k < 4 or word.startswith(("Mc", "Mac")) or word[k - 1] != word[k].lower():
        return word
    if known_given(word[:k]):
        return word
    return word[:k] + word[k + 1 :]


def name_slips(text: str) -> str:
    """The words of a name line with the slips above put back."""
    words = spaced_letters(_SLASH_L_RE.sub("l", text).split())
    words = [_doubled_capital(w) for w in words]
    words = [_eszett(capitals_slip(w), n == len(words) - 1) for n, w in enumerate(words)]
    joined: list[str] = []
    for w in words:
        if joined:
            w = _capital_j(w, joined[-1])
        if joined and _polish_ending(w, joined[-1]):
            joined[-1] += w
        else:
            joined.append(w)
    return " ".join(joined)


# A title of address glued to the given name after it ("Drceline Legrand" for Dr Céline, its
# space lost): no name, and the address's initials match it by chance ("legrand@" gives the d
# of "Drceline" by its last letter: check seed 363 card 28, accepted at email+initial/hi).
# Not "Mag" and "Ing" (Austria prints them with their dot, kept in the read) and a given name of
# four letters or more: real given names begin so, "Magali", "Maglorie", "Ingolf", "Ingbert",
# "Ingelise", "Msizi" (a title, then Ali, Olf, Bert, Elise, Izi: review rev35f, session 35).
_HONORIFICS = ("dr", "mr", "mrs", "ms", "prof")


def honorific_glued(word: str) -> bool:
    """``word`` is a title of address and a given name the tables know, read as one word."""
    folded = normalize.fold(word)
    return not known_given(word) and any(
        folded.startswith(h) and len(folded) - len(h) >= 4 and known_given(folded[len(h) :])
        for h in _HONORIFICS
    )
