"""Letters the English model misreads in a name put back where the email's local part spells
them out: ``Matgorzata`` → ``Małgorzata`` beside malgorzata.nowak@, an ß read B, an umlaut or
an accent read as a capital, a word's start or end not read (``local_parts`` holds how a local
part is written from a name)."""

from __future__ import annotations

import re
from collections import Counter
from functools import partial

from contactkit import normalize

from .accent_slips import spanish_i_fits
from .census_names import known_name
from .lexicon import JAPANESE_GIVEN_NAMES, NAME_PARTICLES, POLISH_ENDINGS
from .local_parts import (
    I_AS_L_RE,
    LETTER_SLIPS,
    NORDIC_SLIPS,
    SPELT_SLIPS,
    THRICE_RE,
    given_name,
    given_spelling,
    local_letters,
    spelt_fold,
    spelt_letters,
    umlaut_plain,
)
from .name_checks import ROMAJI_RE
from .spellings import NORDIC_PLAIN

# What stands before a capital B printed inside a name: Mc, Mac, Fitz and particles written
# joined (McBride, LeBlanc, DeBoer, DuBois, LaBelle, VanBuren). A B after anything else between
# small letters is an ß misread ("GroBmann").
INNER_CAPITAL_HEADS = frozenset({"mc", "mac", "fitz", "le", "la", "de", "di", "du", "da", "van"})


def printed_b(word: str, at: int) -> bool:
    """The capital B at ``at`` of ``word`` was printed so (``INNER_CAPITAL_HEADS``)."""
    return normalize.fold(word[:at]) in INNER_CAPITAL_HEADS


def _b_or_eszett(word: str, found: re.Match[str]) -> str:
    """The letter the capital B ``found`` in ``word`` stands for: itself, or an ß misread."""
    return "B" if printed_b(word, found.start()) else "ß"


# The letters Tesseract reads for an initial (j read y or i; h read n, as in takashin@).
INITIAL_READS = {"j": "yi", "h": "nb", "i": "lj", "l": "i", "y": "j", "n": "h"}


def restore_letters(text: str, local: str | None, nordic: bool = False) -> str:
    """``Matgorzata Nowak`` with ``malgorzata.nowak@`` → ``Małgorzata Nowak``; ``Pawet`` →
    ``Paweł`` where only the latter is a given name. ``nordic``: the card names Denmark, Norway
    or Iceland, whose ø and æ (``NORDIC_SLIPS``) are put back too ("Maller" beside moeller@ is
    Möller on a German card)."""
    letters = local_letters(local or "")
    if not letters:
        return text
    # "WOLFGANG HARTMAN N" for hartmann@: the last letter of letter-spaced capitals set apart.
    text = LAST_LETTER_APART_RE.sub(partial(_last_letter_joined, letters), text)
    words = text.split()
    pieces = [p for p in re.split(r"[^a-z]+", (local or "").lower()) if len(p) >= 4]
    # The line's initials counted once, not per word: a long line of one-letter debris would
    # otherwise cost the square of its length.
    initials = Counter(c for w in words for c in _initials(w))
    later = initials.copy()  # the initials of the words after this one
    # Each word's letters once, where the local part holds them (``_others_taken``).
    spelling = [(k, p) for k, p in enumerate(map(spelt_letters, words)) if len(p) >= 3]
    spelling = [(k, p) for k, p in spelling if p in letters]
    for n, word in enumerate(words):
        own = _initials(word)
        later.subtract(own)
        others = {c for c, k in initials.items() if k > own[c]}
        # A letter a later word's initial is read as ("jasony@" for jasonj@ beside JASON
        # JOHNSON, its j read y, made "Jasony": fresh photo seed 137 card 57, accepted; session
        # 26). Only a later word's: the initial follows the given name it is written after, and
        # a family name's lost last letter is no earlier word's ("Luca Ferrar", luca.ferrari@).
        others |= {c for o, k in later.items() if k > 0 for c in INITIAL_READS.get(o, "")}
        spelt = [w for k, w in spelling if k != n]  # the other words' letters the local holds
        rest = _others_taken(letters, spelt)
        # After a particle, a local word another word of the line spells whole is that word's:
        # "Torres" beside pablo.torres@ is no lost "s" of "de la Torre" (fresh photo seed 480
        # card 9, check photo 473 card 87: "... Torres de la Torres" accepted at email; session
        # 44). Not a family name printed twice, the second cut ("García Garci"): no particle.
        after_particle = n > 0 and normalize.fold(words[n - 1]) in NAME_PARTICLES
        free = [p for p in pieces if not after_particle or p not in spelt]
        words[n] = _word_restored(word, letters, free, others, len(words) >= 2, rest, nordic)
        if len(words) >= 2 and words[n] == word:
            words[n] = _short_l_for_i(word, local or "", words[:n] + words[n + 1 :])
        if n and _start_set_apart(words[n - 1], word, words[n]):
            words[n - 1] = ""  # "Christina S mith" beside smith@: one word, read in two pieces
        initials.subtract(own)
        initials.update(_initials(words[n]))
    return " ".join(w for w in words if w)


def _others_taken(letters: str, others: list[str]) -> str:
    """The local part's letters less ``others`` (the letters of the line's other words that it
    holds, three or more): a slip put back must be spelt by what is left ("Leone" beside
    eleonora@ is no "Leonö" for the "leono" inside the given name: fresh scan seed 224 card 70,
    accepted at email; session 29)."""
    for other in others:
        letters = letters.replace(other, " ", 1)
    return letters


def _start_set_apart(before: str, word: str, restored: str) -> bool:
    """The letters put back before ``word`` are the word before it: its start read apart (a
    wide-spaced name, DejaVu Sans Light: fresh photo seed 164 card 80 "Christina S mith" made
    "Christina S Smith", accepted; session 27), not lost."""
    return (
        restored != word
        and before.isalpha()
        and normalize.fold(before + word) == normalize.fold(restored)
    )


def _word_restored(
    word: str,
    letters: str,
    pieces: list[str],
    others: set[str],
    beside: bool,
    rest: str,
    nordic: bool = False,
) -> str:
    """One word of the line with the letters the local part shows put back: an ß read B, an
    accent read as a capital, its start or its end not read, an umlaut read as a capital, a
    letter the English model lacks. ``letters``: the local part's; ``pieces``: its words of
    four letters and more; ``others``: the other words' initials, and the letters a later
    word's initial is read as; ``beside``: other words stand on its line; ``rest``: the
    local part's letters the line's other words do not spell (``_others_taken``)."""
    # "GroBmann": a capital B between small letters is an ß read by the English model
    # (McBride's and LeBlanc's aside).
    word = re.sub(r"(?<=[a-zäöü])B(?=[a-z])", partial(_b_or_eszett, word), word)
    word = _accent_as_capital(word, letters)
    plain = spelt_letters(word)
    cut = _start_lost(word, plain, pieces)
    short = _end_lost(word, plain, pieces, others, beside)
    if cut and len(cut[0]) - len(plain) <= 2:
        word = re.sub(r"[^\W\d_]+", cut[0].capitalize(), word, count=1)
    elif short and len(short[0]) - len(plain) <= 2 and word.isalpha():
        ending = short[0][len(plain) :]
        word += ending.upper() if word.isupper() else ending
    elif UMLAUT_AS_CAPITAL_RE.match(word) and _umlaut_spelt(word, letters):
        word = word[0] + word[1].translate(CAPITAL_AS_UMLAUT) + word[2:]
    elif len(word) >= 4 and plain not in letters:
        word = _restored(word, rest, nordic)
    if "ł" in word and word.replace("ł", "").isupper():  # "StAWOMIR" → "SŁAWOMIR"
        word = word.replace("ł", "Ł")
    return word


def _short_l_for_i(word: str, local: str, others: list[str]) -> str:
    """``Mal`` → ``Mai`` beside ``mai_katou@``: an i read l in a word too short for
    ``_restored`` (three letters or fewer), put back only in a romanised Japanese name (the
    line's ``others`` words romaji, which writes no l), where the local part holds the result
    as a word of its own, and the word as read as none (fresh photo seed 255 card 64; session
    30). Elsewhere the address's l read i is as likely: "Al Smith" beside ai.smith@ is no "Ai"."""
    if not (2 <= len(word) <= 3 and word.isalpha() and "l" in word[1:]):
        return word
    if not all(ROMAJI_RE.fullmatch(normalize.fold(w)) for w in others if w):
        return word
    pieces = set(re.split(r"[^a-z]+", local.lower()))
    if word.lower() in pieces:
        return word
    for at in (m.start() for m in re.finditer("l", word)):
        fixed = word[:at].lower() + "i" + word[at + 1 :].lower()
        # "Hal" beside hai.smith@ is the address's slip; romaji writes no l ("Mal" for Mai).
        if at and fixed in pieces and (not given_name(word) or fixed in JAPANESE_GIVEN_NAMES):
            return word[:at] + "i" + word[at + 1 :]
    return word


def _start_lost(word: str, plain: str, pieces: list[str]) -> list[str]:
    """The local part's words that end in ``word``'s letters and run longer before them:
    "onathan Bennett" for jonathan_bennett@, "Abigail organ," for a.morgan@: a capital not
    read (a logo or a wide letter beside it) leaves a word in small letters."""
    return [
        p
        for p in pieces
        if word[:1].islower() and len(plain) >= 4 and p.endswith(plain) and len(p) > len(plain)
    ]


def _end_lost(
    word: str, plain: str, pieces: list[str], others: set[str], beside: bool
) -> list[str]:
    """The local part's words that start with ``word``'s letters and run on after them:
    "Gianluca Ferrar", "TANAKA YUSUK" for ferrari@, yusuke_tanaka@, the word's last letters
    not read (at the line's edge, or a doubled letter merged: "Lehman")."""
    # Not where those letters start another word of the line ("mariag@" for Maria Garcia),
    # nor in a word alone on its line (the family name may be on the next: "michaelb@").
    # Nor a given name already whole: "Anna" beside annak@, "Christoph" beside christopher,
    # "Takashi" beside takashin@ (takashih@, the family initial h read n: fresh scan seed
    # 83 card 83, accepted as "Takashin" at email+other/hi).
    # Nor where the letter reads a later word's initial (``others`` holds those letters too).
    return [
        p
        for p in pieces
        if beside
        and word[:1].isupper()
        and not given_name(word)
        and plain not in JAPANESE_GIVEN_NAMES
        and len(plain) >= 4
        and p.startswith(plain)
        and len(p) > len(plain)
        and p[len(plain)] not in others
    ]


# "WoZniak" for Woźniak (Noto Serif, fresh scan seed 83 card 145; session 20): a small letter
# with an accent above (ź ż ś ć ń) read as its capital inside the word, which then was no name.
ACCENT_AS_CAPITAL_RE = re.compile(r"(?<=[a-z])[ZSCN](?=[a-z])")


def _accent_as_capital(word: str, letters: str) -> str:
    """The word with such a capital read small, where the email spells it so (``wozniak``) and
    it follows no head a name writes a capital after (McNeil, DeSantis: ``printed_b``)."""
    found = ACCENT_AS_CAPITAL_RE.search(word)
    if not found or printed_b(word, found.start()):
        return word
    fixed = word[: found.start()] + found.group(0).lower() + word[found.end() :]
    return fixed if spelt_letters(fixed) in letters else word


def _initials(word: str) -> Counter[str]:
    """The first letters of ``word``'s folded pieces (``Jean-Luc`` → j, l)."""
    return Counter(p[:1] for p in spelt_fold(word).split())


LAST_LETTER_APART_RE = re.compile(r"\b([A-Z]{3,}|[A-Z][a-z]{2,}) ([A-Za-z])$")


def _last_letter_joined(letters: str, found: re.Match[str]) -> str:
    """The word and its last letter set apart joined, where the address spells them so; a B
    set apart after a small vowel is an ß read apart ("Florian Wei B" beside fweiss@: a
    letter-spaced scan, fresh scan seed 330 card 21; session 34)."""
    word, last = found[1], found[2]
    if normalize.fold(word + last) in letters:
        return word + last
    eszett = last == "B" and word[-1] in "aeiouäöü"
    if eszett and spelt_letters(word + "ß") in letters and len(word) >= 3:
        return word + "ß"
    return found[0]


# "GUnther" for Günther: the umlaut's dots lost and its letter read as a capital.
UMLAUT_AS_CAPITAL_RE = re.compile(r"^[A-Z][AOU][a-z]{2,}$")
CAPITAL_AS_UMLAUT = str.maketrans({"A": "ä", "O": "ö", "U": "ü"})


def _umlaut_spelt(word: str, letters: str) -> bool:
    """The email writes the word with its second letter an umlaut spelt out (``guenther``)."""
    return normalize.fold(word[0] + word[1] + "e" + word[2:]) in letters


def _restored(word: str, letters: str, nordic: bool = False) -> str:
    """``word`` with one letter the English model misreads (``LETTER_SLIPS``, ``SPELT_SLIPS``)
    put back, where ``letters`` (the local part's) spell the result, or it makes a given name."""
    capitals = word.isupper()  # "STAWOMIR" for SŁAWOMIR
    # A given name as read: "Keiko" beside kelkot@ is not made "Kełko" (photo seed 211 card 3,
    # accepted at email+initial/hi; session 29), the tables lacking Japanese names.
    known = given_name(word) or spelt_letters(word) in JAPANESE_GIVEN_NAMES
    for read, printed in (*LETTER_SLIPS, *SPELT_SLIPS, *(NORDIC_SLIPS if nordic else ())):
        if capitals:
            read, printed = read.upper(), printed.upper()
        for at in (m.start() for m in re.finditer(read, word)):
            fixed = word[:at] + printed + word[at + len(read) :]
            if (
                capitals
                and read + printed in ("IL", "IŁ")
                and not (printed == "Ł" and (given_name(fixed) or _polish_family(fixed, at)))
            ):
                # A capital L keeps its foot and is not read I, where an address's small i is
                # often read l: "DAVIES" beside "s.davles@" is no "DAVŁES" (fresh photo seed 256
                # card 31, accepted with the address unmended; session 30). A Polish name's Ł,
                # its stroke lost, is: "MICHAI" beside michal.nowak@ is Michał, "MAIECKI"
                # beside malecki@ Małecki (rev30n); "ZIELINSKI" beside p.zlelinski@ keeps its I.
                continue
            last = at == len(word) - 1
            if printed.lower() == "ł" and last and word[at - 1 : at] not in _VOWEL_LETTERS:
                # A Polish name ends in ł after a vowel (Paweł, Michał, Przybył); "Albrecht"
                # beside albrechLfranziska@ (the address's t read L) was made "Albrechł" and
                # accepted (photo seed 340 card 2; session 33).
                continue
            if read.lower() == "fl" and not _enye_fits(word, at):
                continue  # "Pflug" beside h.pnug@ is no "Pñug" (second review, rev31a)
            if printed.lower() == "ß" and word[at - 1 : at].lower() not in _SMALL_VOWELS:
                continue  # German writes ß after a vowel only ("Hoffmann" keeps its f)
            if read.lower() == "f" and printed.lower() == "ł" and not _between_vowels(word, at):
                continue  # "Wolfgang" beside wolgang@ is the address's slip, no "Wołgang"
            if printed.lower() == "í" and not spanish_i_fits(fixed, at):
                continue  # "Dorfer" beside dorier@ is no "Doríer" (accent_slips, session 32)
            spelling = spelt_letters(fixed)
            if known and not given_name(fixed):
                continue  # "JEFFREY" beside "jeffroyj@": the slip is the email's, not the name's
            if THRICE_RE.search(spelling):
                continue  # "WILLIAMS" beside "willlams.megan@" (b66 scan 22): the email's slip
            if (read.lower(), printed.lower()) in NORDIC_SLIPS:
                if _nordic_plain(fixed) in letters:
                    return fixed
                continue
            if umlaut_plain(spelling) in umlaut_plain(letters):
                return fixed
            # "Pawet Nowicki" with p.nowicki@: the email gives the word by its initial
            # only, but "Paweł" is a given name and "Pawet" none. Not a name the tables list as
            # read: "HUGO COTE" beside hugo@ is no "Cołe", made Cole (second blind generator,
            # photo seed 5 card 27, accepted at email+other+given/hi).
            if (
                (read.lower(), printed.lower()) in LETTER_SLIPS
                and given_spelling(fixed)
                and not given_name(word)
                and not known_name(spelt_letters(word))
                and not (read == "i" and not I_AS_L_RE.search(fixed))
            ):
                return fixed
    return word


def _nordic_plain(word: str) -> str:
    return spelt_letters(word.lower().translate(NORDIC_PLAIN))


def _between_vowels(word: str, at: int) -> bool:
    """The letter at ``at`` of ``word`` stands between two vowels (Sokołowski, Michałowska)."""
    before, after = word[at - 1 : at].lower(), word[at + 1 : at + 2].lower()
    return at > 0 and bool(after) and before in _SMALL_VOWELS and after in _SMALL_VOWELS


def _enye_fits(word: str, at: int) -> bool:
    """The ``fl`` read at ``at`` stands where a Spanish name writes ñ: between vowels (Muñoz,
    Peña). A German name's fl after a consonant (Pflug, Wölfl) is its own (rev31a)."""
    before = word[at - 1 : at].lower()
    after = word[at + 2 : at + 3].lower()
    return bool(before and after) and before in _SMALL_VOWELS and after in _SMALL_VOWELS


_SMALL_VOWELS = "aeiouyáéíóúäöü"
_VOWEL_LETTERS = frozenset(_SMALL_VOWELS + _SMALL_VOWELS.upper() + "ĄĘÓąęó")


def _polish_family(word: str, at: int) -> bool:
    """A word in capitals ending as Polish family names do (-SKI, -CKA, ...), three letters and
    more of it, its Ł at ``at`` read I between two vowels, where Polish writes j and never i:
    "MAIECKI" is MAŁECKI; "DAVŁES" is none, and "ZIELINSKI", "PILECKA" keep a real I beside
    an address whose small i was read l (second review, rev30c)."""
    between = 0 < at < len(word) - 1 and all(c in _VOWELS for c in word[at - 1 : at + 2 : 2])
    return between and any(
        word.endswith(e) and len(e) == 3 and len(word) > 4 for e in POLISH_ENDINGS
    )


_VOWELS = frozenset("AEIOUYĄĘÓ")
