"""A title word that is a word of the title lexicon with one letter lost or changed.

``Assistenz der Geschftsfuhrung`` (its ä lost, Tesseract sure of it) was accepted at ``strong/hi``:
"Assistenz" made it a title, and nothing looked at the word beside it. A long word that is no
lexicon word but one with a letter lost is that word misread (session 15); one letter changed or
added is as often the word's other form ("Amministrativo", "Logistyki", "Commerciale"), so a
letter changed was doubted only where Tesseract was unsure of the title (session 18); since
session 27 where it was sure too, unless the change is that of an ending (a last vowel).
"""

from __future__ import annotations

import re

from .accent_slips import field_i_for_f
from .lexicon import FIELD_WORDS
from .name_checks import Q_SLIP_RE
from .titles import (
    JOINING_WORDS,
    LIGATURES,
    SLIP_SOURCE_WORDS,
    TITLE_ENDINGS,
    TITLE_LINE_WORDS,
    known_title_word,
    lexicon_spelt,
    title_words,
)
from .word_slips import (
    letter_changed,
    places_apart,
    shared_start,
    two_read_as_one,
    two_side_by_side,
    with_a_letter_lost,
    words_one_letter_off,
)

# Each lexicon word of nine letters or more, by what it reads with one letter lost; the words
# (fields too) of eight letters or more, for one read with an inner letter added.
_LOST = with_a_letter_lost(SLIP_SOURCE_WORDS, 9)
_EIGHT = frozenset(w for w in SLIP_SOURCE_WORDS | FIELD_WORDS if len(w) >= 8)


def lexicon_slip(title: str) -> bool:
    """A word of eight letters or more, no lexicon word, a lexicon word with a letter lost, or
    with an inner letter added (``Director, Pure`` / ``chasing`` joined as "Purechasing": fresh
    photo seed 524 card 12, accepted at strong/hi; over the 8,300 seen cards one other such
    word, in review); or a word with a q no u follows, a letter the English model lacks read so
    (``Zarzqdu`` for Zarządu, ą read q: no title word of the languages here writes it)."""
    words = [w.strip(",.;:()") for w in title_words(title)]
    for word in [*words, *_pieces_joined(words)]:
        if len(word) >= 8 and word in _LOST and not lexicon_spelt(word):
            return True
        if len(word) >= 9 and _letter_added(word) and not lexicon_spelt(word):
            return True
        if Q_SLIP_RE.search(word):
            return True
    return False


def _letter_added(word: str) -> bool:
    """``word`` is a lexicon word of eight letters or more with an inner letter added: not
    before its last (Polish "Specjalistka"), nor an e after a, o or u (an umlaut written out,
    "Qualitaetssicherung")."""
    return any(
        word[:k] + word[k + 1 :] in _EIGHT
        for k in range(1, len(word) - 2)
        if not (word[k] == "e" and word[k - 1] in "aou")
    )


def _pieces_joined(words: list[str]) -> list[str]:
    """Each run of two or three words that are no title words, joined: a wide-spaced word read
    in pieces ("Assistenz der Gesc hat sfuhrung", its f lost, read surely at DejaVu Sans's wide
    spacing: fresh photo seed 164 card 21, accepted at strong/hi; session 27)."""
    known = [w in TITLE_LINE_WORDS or w in JOINING_WORDS for w in words]
    return [
        "".join(words[n : n + k])
        for k in (2, 3)
        for n in range(len(words) - k + 1)
        if not any(known[n : n + k])
    ]


# Each lexicon word of five letters or more with one letter lost ("senor" for senior).
_FIVE_LETTERS: frozenset[str] = frozenset(w for w in SLIP_SOURCE_WORDS if len(w) >= 5)
_SHORT_LOST = with_a_letter_lost(_FIVE_LETTERS, 5)
# The pieces of the lexicon's hyphened titles ("general" of Président-directeur général), which
# are no lexicon words alone, with one letter lost: "President-directeur genera", its last letter
# cut at the photo's edge, was accepted at strong/hi (check seed 361 card 40, session 35).
_PIECES_LOST = with_a_letter_lost(
    {p for w in SLIP_SOURCE_WORDS for p in w.split("-")[1:] if len(p) >= 5} - TITLE_LINE_WORDS, 5
)
# Each field word with an inner letter lost that no lexicon word spells ("pant" for Plant:
# "Pant Manager", its l lost at 0.83, was accepted at strong/mid; check photo 468 card 61,
# session 42). Inner only: "Plan Manager" is a real title (a plan's manager), "plan" Plant
# with its last letter lost.
_FIELD_LOST = (
    with_a_letter_lost(FIELD_WORDS, 5, ends_kept=True)
    - FIELD_WORDS
    - frozenset(
        # Slips that spell a word a real title prints (rev42l, reading all 127 slips by hand):
        # "Head of Humans", "Chief Humans Officer" (startups' people teams), "Plat Technician",
        # "Plat Reviewer" (a US county's land plats), "Project Financer"; and words of their own
        # (compás, administrate), and names (Chan, Chin, Cain: "chain", session 59). Re-read the
        # slips by hand when FIELD_WORDS grows.
        {"humans", "plat", "financer", "compas", "administrate", "chan", "chin", "cain"}
    )
)
# The fields a compound of the lexicon joins to its ending ("projekt" of "Projektleiter"), and
# the lexicon's words: a compound's field spelt so is no slip.
_FIELDS: frozenset[str] = TITLE_LINE_WORDS | frozenset(
    word[: len(word) - len(ending)].removesuffix("s")
    for word in TITLE_LINE_WORDS
    for ending in TITLE_ENDINGS
    if word.endswith(ending) and len(word) > len(ending)
)


# "of" with its f read t or i, a word apart between two ("Head ot Procurement": fresh photo
# seed 525 card 26, accepted at strong/hi); no title of the 8,300 seen cards reads these words.
# As printed, in small letters: "OT" is operational technology or an occupational therapist
# ("Head of OT Security", "Paediatric OT Lead": review rev46).
_OF_READ_RE = re.compile(r"(?<=[A-Za-z] )(?:ot|oi|o1|0f)(?= [A-Za-z])")


def word_slip(title: str) -> bool:
    """A word no lexicon word that is one misread: a lexicon word of five letters and more
    with a letter lost ("Senor Buyer"; a field word with an inner one: "Pant Manager"), a
    compound whose field is one so ("Entwickungsingenieur"), a lexicon word with one or two
    letters glued before it that join nothing ("Head otProcurement", "of" read "ot"), or a
    last word that starts a longer lexicon word ("Ingénieur d affai": the line's end cut).
    Each was accepted at strong/hi or strong/mid on the pooled tuning photos; no right title
    of them reads so."""
    if _OF_READ_RE.search(title):
        return True
    words = [w.strip(",.;:()") for w in title_words(title)]
    for n, word in enumerate(words):
        if word in TITLE_LINE_WORDS or word in JOINING_WORDS or len(word) < 3:
            continue
        if len(word) >= 4 and (word in _SHORT_LOST or word in _PIECES_LOST or word in _FIELD_LOST):
            return True
        ending = next((e for e in TITLE_ENDINGS if word.endswith(e) and len(word) > len(e)), "")
        whole = word[: len(word) - len(ending)] if ending else ""
        field = whole.removesuffix("s")
        # A field that is a lexicon word whole ("sales" of "Salesmanager") is no field with its
        # joining s: "sale" is no slip of it (review27c).
        known = field in TITLE_LINE_WORDS or whole in TITLE_LINE_WORDS
        if field and not known and field in _SHORT_LOST:
            return True
        # A title word glued to a word with a letter changed ("Aecountmanager" for Account
        # Manager, c read e on a blurred photo, accepted at strong/hi): the ending vouches for
        # none of the field's letters. A field the lexicon's compounds spell ("Projektmanager")
        # is a word of its own language, not a slip (session 27, image27).
        # Its joining s off too: "Vertricbsleiter" (e read c at 0.94 on a sharpened photo,
        # accepted at strong/hi; tuning photo 431 card 11, session 40): "vertrieb" is the
        # lexicon's, "vertriebs" no word of it of the slip's length. Not a field's own
        # "ss" ("Prozessingenieur": "prozes" is one letter from the Polish "prezes").
        joined = field != whole and not whole.endswith("ss")
        if field and (_field_slipped(whole) or (joined and _field_slipped(field))):
            return True
        if any(
            len(word) - k >= 5 and word[k:] in SLIP_SOURCE_WORDS and word[:k] not in JOINING_WORDS
            for k in (1, 2)
        ):
            return True
        # Five letters at least: "Dir", "Tech" are abbreviations, printed so.
        last = n == len(words) - 1 and len(word) >= 5
        # A field word's start too: "Engineer, chemic" (fresh photo seed 632 card 10).
        if last and any(
            w.startswith(word) and len(w) >= len(word) + 2 for w in SLIP_SOURCE_WORDS | FIELD_WORDS
        ):
            return True
    return False


# Letters one language writes where another of the languages here writes the other, in one
# title word: Direktor, Dyrektor, Director; Koordination, Coordination; Organisation, -zation;
# Produkt, Finanz (a compound's field spelt so is its language, no slip).
_SPELLINGS = ({"c", "k"}, {"c", "z"}, {"i", "y"}, {"s", "z"})


def _field_slipped(field: str) -> bool:
    """A compound's field that is a lexicon word with one letter changed, not as its language
    spells it (``aecount`` of "Aecountmanager"), or a long one with two letters side by side
    so (``entwicldung`` of "Entwicldungsingenieur", kl read ld: fresh photo seed 513 card 12,
    accepted at strong/hi; no right title of the 8,300 seen cards has such a field) or two
    read as one (``entwkklung``, ic read k: fresh photo seed 600 card 28, at strong/hi)."""
    if field in _FIELDS or field.removesuffix("s") in _FIELDS:
        return False
    if len(field) >= 8 and any(
        two_side_by_side(field, w) or two_read_as_one(field, w) for w in _LONG_FIELDS
    ):
        return True
    return any(
        letter_changed(field, word)[1] not in _SPELLINGS
        for word in words_one_letter_off(field, _FIVE_LETTERS)
    )


_LONG_FIELDS = frozenset(w for w in _FIELDS if len(w) >= 8 and w.isalpha())


def lexicon_word_changed(title: str, unsure: bool) -> bool:
    """A word of six letters or more, no lexicon word, a lexicon word with one letter changed
    (or two run together, ``_run_together``).

    Where Tesseract was unsure of the title (``unsure``), any such word of eight letters or more
    (``Handlooy`` for Handlowy: b63 photo 99 "Dyrektor Handlooy" at 0.84 was accepted at
    strong/mid). Where it was sure too, unless the letter changed is the word's last, a vowel
    for a vowel, or a letter another language spells so (c/k, i/y, s/z): that is a word's other
    form (Amministrativo, Logistyki, Commerciale; Direktor, Koordination, real German title
    words the lexicon lacks), while another letter is a slip ("Assistart Manager" at 0.97,
    "Leiter Einkaut", "Assistant Manoger": each accepted at strong/hi or strong/mid on fresh
    photos; no right title of 1,200 tuning photos has such a word; session 27, wrong27b).
    A word read in pieces is checked joined too ("Responsable de C abdad": fresh photo seed 220
    card 56, accepted at strong/mid; session 29)."""
    words = [w.strip(",.;:()") for w in title_words(title)]
    for word in [*words, *_pieces_joined(words)]:
        if _i_for_l(word) or _five_run_together(word):
            return True
        if len(word) < 6 or known_title_word(word) or lexicon_spelt(word):
            continue
        if word in _CHANGED_FROM or word[:-1] in _CHANGED_FROM:
            # A lexicon or field word as spelt ("Hoofd Financiën", one letter off financier:
            # second review, rev31a), or with an ending ("Leiter des Projekts"), not one changed.
            continue
        near = words_one_letter_off(word, _CHANGED_FROM)
        if len(word) >= LONG_WORD:
            near += words_one_letter_off(word, _LONG_LISTED)
        if unsure and len(word) >= 8 and near:
            return True
        # Two letters changed, where Tesseract was unsure ("Chief Pinanctal Officer" at 0.86:
        # fresh photo seed 649 card 16, accepted at strong/mid).
        if unsure and len(word) >= 8 and _two_letters_changed(word):
            return True
        if any(not _other_ending(word, w) for w in near):
            return True
        if any(_run_together(word, w) for w in _CHANGED_FROM if len(w) == len(word) + 1):
            return True
    return False


def _two_letters_changed(word: str) -> bool:
    """As long as a lexicon or field word, and two letters apart from it, neither its last nor
    a vowel for a vowel nor a letter another language spells so: "Ejecutivo" beside executive,
    "Finanzas" beside finanzen are words of their own (rev50)."""
    for listed in _CHANGED_FROM:
        if len(listed) != len(word) or len(apart := places_apart(word, listed)) != 2:
            continue
        pairs = [{word[n], listed[n]} for n in apart]
        if apart[-1] == len(word) - 1 or any(p <= _VOWELS for p in pairs):
            continue
        if any(p in _SPELLINGS or p == {"j", "x"} for p in pairs):
            continue
        return True
    return False


def _five_run_together(word: str) -> bool:
    """A five-letter word, no lexicon word, a six-letter one with two neighbouring letters, one
    narrow, read as one (``_run_together``): an l pair read as a letter with a stem ("Gbwna
    Ksiegowa" for Główna Księgowa, ło read as b: check photo p456 card 20, accepted at
    strong/hi; session 41, late41), or two letters of upright strokes as the m their strokes
    make ("Semor Software Engineer" for Senior at 0.88: fresh photo seed 489 card 86, accepted
    at strong/mid; session 44). The rule above starts at six letters for one letter changed,
    where short words' other forms lie one letter apart; two letters read as one other is no
    word's other form."""
    if len(word) != 5 or known_title_word(word) or lexicon_spelt(word):
        return False
    return any(_five_slip(word, w) for w in _CHANGED_FROM if len(w) == 6)


# Pairs of upright strokes that read as an m (Semor, Jumor); "in" at a word's end is left to
# ``_run_together``'s ending rule ("intem" stays unflagged).
_STROKE_PAIRS = frozenset({"ni", "in", "rn"})


def _five_slip(word: str, listed: str) -> bool:
    """``_run_together`` inside the word (not its first letter), the pair holding an l read as
    b, d, h or k (the l's stem and its neighbour's bowl or arm), or two strokes read as m. Not
    any pair nor any letter: "Baker" is no slip of "broker" (ro read as a), the Norwegian
    "leder" (manager) none of "leiter" (it read as d); nor a first letter: "Dwyer" is a name,
    no slip of "lawyer"."""
    if not _run_together(word, listed):
        return False
    at = shared_start(word, listed)
    if at < 1:
        return False
    pair = listed[at : at + 2]
    return ("l" in pair and word[at] in "bdhk") or (pair in _STROKE_PAIRS and word[at] == "m")


# The lexicon's five-letter words ("Plant", "Sales", "Chief"): too short for the rule above, where
# another language's form is one letter off as often; an l and an i are no language's two
# spellings of one word, and Tesseract reads one for the other at any band.
_FIVE: frozenset[str] = frozenset(w for w in SLIP_SOURCE_WORDS | FIELD_WORDS if len(w) == 5)


def _i_for_l(word: str) -> bool:
    """A five-letter word, no lexicon word, one of ``_FIVE`` with an l read as i or the reverse:
    "Piant Manager" at 0.81 (fresh photo seed 352 card 68, accepted at strong/mid; session 35)."""
    word = word.lower()
    if len(word) != 5 or word in _FIVE or known_title_word(word):
        return False
    return any(letter_changed(word, w)[1] == {"i", "l"} for w in words_one_letter_off(word, _FIVE))


# Narrow letters Tesseract runs into their neighbour, reading two letters as one ("li" as b,
# "rn" as m, "cl" as d).
_NARROW = frozenset("iljrtf")


def _run_together(word: str, listed: str) -> bool:
    """``word`` is ``listed`` with two neighbouring letters, one of them narrow, read as one
    other letter: "Responsable de Cabdad" for Calidad, read surely (fresh photo seed 205 card 9,
    accepted at strong/mid; session 28, wrong28b). No title word's other form is spelt so."""
    at = shared_start(word, listed)  # listed is a letter longer
    pair = listed[at : at + 2]
    # Inside the word only: a last letter for the last two is an ending ("Financier",
    # financieel).
    return (
        at < len(word) - 1
        and word[at + 1 :] == listed[at + 2 :]
        and bool(set(pair) & _NARROW)
        and word[at : at + 1] not in pair
    )


# The lexicon's words of six letters or more, that a word one letter off may be misread from. A
# title's field words too ("Senior Softwore Engineer" read surely at strong/hi on fresh photo
# seed 275 card 82; session 31): a field word is spelt as surely as a role word.
_CHANGED_FROM: frozenset[str] = frozenset(w for w in SLIP_SOURCE_WORDS | FIELD_WORDS if len(w) >= 6)
_VOWELS = frozenset("aeiouy")

# A word this long one letter off a listed title word of any language is a slip of it, not a
# word of its own ("Geschafisleitung", ft read fi: photo seed 14 card 36, accepted at
# strong/hi): the 23 languages' lists make short right words one letter off one ("Plant"
# beside Planta), never long ones.
LONG_WORD = 12
_LONG_LISTED: frozenset[str] = frozenset(w for w in TITLE_LINE_WORDS if len(w) >= LONG_WORD - 1)


def _other_ending(word: str, listed: str) -> bool:
    """``word`` is ``listed`` in another form: its last letter, a vowel, another vowel (an
    inflected form), or one letter as another language spells it."""
    at, pair = letter_changed(word, listed)
    return pair in _SPELLINGS or (at == len(word) - 1 and pair <= _VOWELS)


def shape_put_back(title: str, read: str) -> bool:
    """A word of ``title`` whose í the Spanish shape alone put back (``i_for_f``) for the f
    ``read`` (the line as read) holds: "Director de Ingeniería" read "Ingenierfa", a field word
    the title lexicon lacks, so no lexicon checked the letter."""
    words = set(read.split())
    return any(
        "í" in w.lower()
        and field_i_for_f(w.replace("í", "f").replace("Í", "F")) == w
        and w.replace("í", "f").replace("Í", "F") in words
        and not known_title_word(w)
        for w in title.split()
    )


# A ligature read as "m" (``titles.LIGATURES``) is looked for where words lost their spaces too
# ("ChiefFinancialomcer": DejaVu Sans Light, fresh photo seed 327 card 99, accepted at
# strong/hi; session 33).
_INNER_CAPITAL_RE = re.compile(r"(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ])")


def ligature_read(title: str) -> bool:
    """A word of the title, or of its words run together, that is no lexicon word, and one with
    an "m" read for a ligature's letters (``LIGATURES``)."""
    words = title_words(_INNER_CAPITAL_RE.sub(" ", title))
    # "financialomcer": a lexicon word and the next run together in small letters
    listed = SLIP_SOURCE_WORDS | FIELD_WORDS
    tails = [w[n:] for w in words for n in range(3, len(w) - 2) if w[:n] in listed]
    for word in [*words, *tails]:
        if "m" not in word or known_title_word(word) or lexicon_spelt(word):
            continue
        for at in (n for n, c in enumerate(word) if c == "m"):
            if any(known_title_word(word[:at] + two + word[at + 1 :]) for two in LIGATURES):
                return True
    return False
