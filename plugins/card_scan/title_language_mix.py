"""A title word that a lost letter made another language's word than its neighbour's.

The title lexicon holds words of several languages one letter apart: the French and Spanish
"Responsable", the Italian "Responsabile". Tesseract losing the i of "Responsabile Acquisti"
reads "Responsable Acquisti", two lexicon words, so no slip check doubts it (tuning scan s438
card 78, accepted at strong/hi; session 42). The title itself tells: "Acquisti" is Italian
only, "Responsable" is no Italian word, and "Responsabile" (the word with one letter put back)
is. A title is written in one language (English words aside, which cards of every country mix
in and which this table does not hold), so a word that leaves its neighbour's language only by
a lost letter was most likely read with a letter lost. The card's country is not asked: real
cards print titles in another language than their country's (review rev41w).

Each word's languages are its dictionary spellings, folded as the lexicon keeps them (accents
off): Treccani (Italian), Larousse (French), the RAE's DLE (Spanish), Duden (German), Van Dale
(Dutch); which language writes a word is a fact of those dictionaries, written here by hand,
no text of theirs copied. A word not in the table decides nothing.
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


def _longer_by_one(word: str) -> list[str]:
    """The table's words that are ``word`` with one letter put in."""
    return [
        other
        for other in WORD_LANGUAGES
        if len(other) == len(word) + 1
        and any(other[:i] + other[i + 1 :] == word for i in range(len(other)))
    ]


def language_left_by_a_lost_letter(title: str) -> bool:
    """A word of ``title`` that shares no language with another word of it, while the same
    word with one letter put back is a word of that other word's language ("Responsable
    Acquisti": Responsabile Acquisti, Italian). Two words of one language ("Responsable
    Achats", "Director Comercial") or an English word beside them decide nothing; nor does a
    title given in two languages ("Responsable Achats / Responsabile Acquisti" on a Swiss card):
    each part apart, and a word whose longer form the title holds too."""
    return any(_part_left(part) for part in re.split(r"[/|]", title))


def _part_left(part: str) -> bool:
    """``language_left_by_a_lost_letter`` for one part of a title."""
    words = [w for w in title_words(part) if w in WORD_LANGUAGES]
    for word in words:
        langs = WORD_LANGUAGES[word]
        for other in words:
            other_langs = WORD_LANGUAGES[other]
            if other == word or langs & other_langs:
                continue
            longer = [w for w in _longer_by_one(word) if w not in words]
            if any(WORD_LANGUAGES[w] & other_langs for w in longer):
                return True
    return False
