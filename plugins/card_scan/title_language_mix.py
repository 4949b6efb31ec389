"""A title word that a lost letter made another language's word than its neighbour's.

The title lexicon holds words of several languages one letter apart: the French and Spanish
"Responsable", the Italian "Responsabile". Tesseract losing the i of "Responsabile Acquisti"
reads "Responsable Acquisti", two lexicon words, so no slip check doubts it (tuning scan s438
card 78, accepted at strong/hi; session 42). The title itself tells: "Acquisti" is Italian
only, "Responsable" is no Italian word, and "Responsabile" (the word with one letter put back)
is. A title is written in one language, so a word that leaves its neighbour's language only by
a lost letter was most likely read with a letter lost. English words decide nothing: cards of
every country mix them into titles ("Responsabile Commercial Excellence", "Direttore
Commercial Operations"; review rev42w), so a word English writes too is never weighed. The
card's country is not asked: real cards print titles in another language than their
country's (review rev41w).

The table gives languages to words the lexicon (``lexicon.py``) already holds; the lexicon
keeps one set for all languages, so it cannot tell them. It was written by hand from each
language's ordinary spelling of these common words (folded, accents off, as the lexicon keeps
them), each word checked by the reviewers of session 42; it copies no dictionary. A word not in
the table decides nothing.
"""

from __future__ import annotations

import re

from .titles import title_words

# Title words of the lexicon, each with the languages (ISO 639-1) that write it as a word.
WORD_LANGUAGES: dict[str, frozenset[str]] = {
    word: frozenset(langs.split())
    for word, langs in {
        # words one letter short of another language's word (the pairs a lost letter crosses)
        "responsable": "fr es ca",
        "responsabile": "it",
        "responsavel": "pt",
        "assistent": "de nl da sv nb",
        "assistente": "it pt",
        "comercial": "es pt ca",
        "commercial": "en fr",
        "commerciale": "it fr",
        "director": "en es ro",
        "directora": "es",
        "gerant": "fr",
        "gerante": "fr",
        "gerente": "es it pt",
        # words of one language or a few that sit beside them in a title
        "acquisti": "it",
        "ufficio": "it",
        "direttore": "it",
        "direttrice": "it",
        "amministrativo": "it",
        "amministrativa": "it",
        "ingegnere": "it",
        "achats": "fr",
        "affaires": "fr",
        "directeur": "fr nl",
        "directrice": "fr",
        "compras": "es pt",
        "calidad": "es",
        "ingeniero": "es",
        "proyectos": "es",
        "administrativo": "es pt",
        "administrativa": "es pt ca",
        "einkauf": "de",
        "vertrieb": "de",
        "leiter": "de",
        "inkoop": "nl",
        "verkoop": "nl",
    }.items()
}


# Where a title given in two languages parts: "/", "|", or a dash with spaces round it
# ("Leiter Einkauf – Responsabile Acquisti" on a South Tyrol card; review rev42w).
TITLE_PARTS_RE = re.compile(r"[/|]|\s[-\u2013\u2014]\s")


def _longer_by_one() -> dict[str, list[str]]:
    """For each reading, the table's words that are it with one letter put in."""
    longer: dict[str, list[str]] = {}
    for word in WORD_LANGUAGES:
        for lost in dict.fromkeys(word[:i] + word[i + 1 :] for i in range(len(word))):
            longer.setdefault(lost, []).append(word)
    return longer


# Built once: a title asks it for each pair of its words.
LONGER_BY_ONE = _longer_by_one()


def language_left_by_a_lost_letter(title: str) -> bool:
    """A word of ``title`` that shares no language with another word of it, while the same
    word with one letter put back is a word of that other word's language ("Responsable
    Acquisti": Responsabile Acquisti, Italian). Two words of one language ("Responsable
    Achats", "Director Comercial") or an English word beside them decide nothing; nor does a
    title given in two languages ("Responsable Achats / Responsabile Acquisti" on a Swiss card):
    each part apart, and a word whose longer form the title holds too. A word English writes
    too is neither weighed nor a neighbour."""
    return any(_part_left(part) for part in TITLE_PARTS_RE.split(title))


def _part_left(part: str) -> bool:
    """``language_left_by_a_lost_letter`` for one part of a title."""
    read = title_words(part)
    # English words left out: every country's cards mix them in ("Direttore Commercial ...")
    words = [w for w in read if "en" not in WORD_LANGUAGES.get(w, {"en"})]
    for word in words:
        langs = WORD_LANGUAGES[word]
        longer = [w for w in LONGER_BY_ONE.get(word, ()) if w not in read]
        for other in words:
            other_langs = WORD_LANGUAGES[other]
            if other == word or langs & other_langs:
                continue
            if any(WORD_LANGUAGES[w] & other_langs for w in longer):
                return True
    return False
