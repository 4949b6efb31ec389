"""A title word of another language than the card's, one letter from the card's own word.

The title lexicon holds the words of several languages, some one letter apart: the French and
Spanish "Responsable", the Italian "Responsabile". Tesseract dropping the i of "Responsabile"
on an Italian card reads a lexicon word, so no slip check doubts it ("Responsable Acquisti"
beside bellavista.it, accepted at strong/hi: tuning scan s438 card 78, session 41). The card's
countries (its clues and its numbers' country codes) tell which of the two it printed.

The languages of each word are its dictionary spelling, folded (accents off, as the lexicon
keeps them); the official languages of a country are CLDR's territory data, read through
Babel (``babel.languages.get_official_languages``; CLDR under the Unicode licence, Babel
BSD-3-Clause, both a dependency of the project already).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from babel.languages import get_official_languages
from rapidfuzz.distance import Levenshtein

from .titles import title_words

# Title words of the lexicon one letter from a word of another language (folded). English is
# left out as the read word: cards of every country print English titles ("Assistant",
# "Project Manager" in Germany), so an English word is never doubted for the card's country.
# Not "chef" (French, German) beside "chief": an "Executive Chef" is a title of its own.
WORD_LANGUAGES: dict[str, frozenset[str]] = {
    word: frozenset(langs.split())
    for word, langs in {
        "responsable": "fr es ca",
        "responsabile": "it",
        "gerante": "fr",
        "gerente": "es it pt",
        "comercial": "es pt ca",
        "commercial": "en fr",
        "commerciale": "it fr",
        "assistante": "fr",
        "assistente": "it pt",
        "assistent": "de nl da sv nb",
        "assistant": "en fr",
        "technicien": "fr",
        "technician": "en",
        "directrice": "fr",
        "direttrice": "it",
        "projet": "fr",
        "projekt": "de pl sv da nb cs",
        "project": "en nl",
        "administrativa": "es pt ca",
        "amministrativa": "it",
        "administrativo": "es pt",
        "amministrativo": "it",
        "logistiek": "nl",
        "logistik": "de sv da nb",
    }.items()
}


@cache
def country_languages(country: str) -> frozenset[str]:
    """The official languages of ``country`` (ISO 3166 alpha-2), CLDR's de facto ones too."""
    try:
        return frozenset(get_official_languages(country, de_facto=True))
    except (KeyError, ValueError):
        return frozenset()


def other_language_word(title: str, countries: Iterable[str]) -> bool:
    """A word of ``title`` no language of the card's ``countries`` writes that is a lexicon
    word of one of them with a letter lost or changed: "Responsable" on an Italian card
    (Responsabile). A card of a country of both languages (Swiss: French and Italian) or of
    neither decides nothing."""
    spoken = frozenset().union(*(country_languages(c) for c in countries))
    if not spoken:
        return False
    for word in title_words(title):
        langs = WORD_LANGUAGES.get(word)
        if not langs or "en" in langs or langs & spoken:
            continue
        # One letter lost or changed ("Responsabile" read with its i lost); not one put in: a
        # speck is seldom read as a letter, and "Executive Assistente" beside an Austrian firm
        # (the German Assistent plus an e) is a real Italian title.
        near = (
            w for w in WORD_LANGUAGES if len(w) >= len(word) and Levenshtein.distance(w, word) == 1
        )
        if any(WORD_LANGUAGES[w] & spoken for w in near):
            return True
    return False
