"""A letter of a company's name that the English model has not, put back where the firm's
domain spells it: "Schdfer" beside schaefer.de is Schäfer, "Koztowski" beside kozlowski.pl is
Kozłowski, "Obwald" beside osswald.de is Oßwald, "Kueera" beside kucera.cz is Kučera.

Each slip is a (read, printed) pair: a letter put back where only the word with it is spelt in
the domain's label, never one the model reads ("Atlas" beside atias.at stays). The letters of
one country's alphabet are put back beside its domains only: a ł beside a Polish one or one of
no country, a č beside a Czech or Slovak one, an ø or æ beside a Nordic one, where the umlaut a
German domain writes the same way ("ae", "oe") would be wrong.
"""

from __future__ import annotations

import re

from contactkit import normalize

from .lexicon import COMPANY_WORDS, POLISH_VOWELS, TRADE_WORDS
from .spellings import NORDIC_PLAIN, PLAIN_UMLAUT, spelt_fold

# What the English model reads for a letter a domain spells out: "Schdfer", "Kiénig", "Séhne",
# "Kriiger", "Miller" (schaefer, koenig, soehne, krueger, mueller); "Koztowski", "Wista" (ł as
# t), "WISKA", "SOKOk" (ł as k); "Wspdlnicy" (ó as d); "Nufiez" (ñ as fi); "Obwald", "Weifr",
# "Orwald" (ß as b, fr, r: session 60, five tuning cards beside osswald, weiss, hasselbach).
DOMAIN_SLIPS = (
    ("t", "ł"),
    ("k", "ł"),
    ("fi", "ñ"),
    ("d", "ó"),
    ("é", "ó"),
    # An a read for ä, never for ö: "Packaging" beside cobaltpockaging.co.uk (its o a slip of
    # the email's, read at 0.41; photo seed 101 card 7) was made "Pöckaging".
    ("a", "ä"),
    *((r, u) for r in ("d", "é", "e", "6", "ié") for u in ("ä", "ö")),
    *((r, "ü") for r in ("ii", "i", "u", "ti")),
    *((r, "ß") for r in ("b", "fr", "r")),
)
# In capitals only: "SOKOE", "ORZEE" (Sokół, Orzeł beside sokol.pl), a capital Ł read as E.
CAPITAL_SLIPS = (("e", "ł"),)
# Letters of one country's alphabet, beside its domains only (Polish ones beside a domain of no
# country too, as the ł): Czech and Slovak č read e or é
# ("Kuéera & Pokorny s.r.o." beside kucerapokorny.cz), Polish ą read q ("Zajqc"), Danish and
# Norwegian ø read a ("Thomsen & Maller"); their umlauts are æ and ø (NORDIC_OF_UMLAUT).
COUNTRY_SLIPS = {
    **dict.fromkeys(("CZ", "SK"), (("e", "č"), ("é", "č"))),
    "PL": (("q", "ą"),),
    **dict.fromkeys(("DK", "NO", "IS", "FO"), (("a", "ø"),)),
}
NORDIC = frozenset({"DK", "NO", "IS", "FO"})
# Danish and Norwegian domains write æ and ø out as ae and oe, as German ones write umlauts:
# "Bekgaard" beside baekgaard.dk is Bækgaard (photo seed 14 card 84, made Bäkgaard).
NORDIC_OF_UMLAUT = str.maketrans({"ä": "æ", "Ä": "Æ", "ö": "ø", "Ö": "Ø"})
# Accents the English model reads for an umlaut's dots: over a letter after its vowel
# ("Koéhler" for Köhler), or after a letter read for the vowel ("Sdéhne" for Söhne).
READ_ACCENT_RE = re.compile("[éèêÉÈÊ]")


def letter_from_domain(word: str, label: str, *, country: str | None) -> str:
    """The word with one misread letter put back, where only the result is spelt in the domain's
    label (umlauts as ``ae``/``oe``/``ue`` or plain, ł, ß and ó plain), ``country`` the domain's
    (None for a generic one)."""
    if len(word) < 4 or not word[:1].isalpha():
        return word
    nordic = country in NORDIC
    # A Polish letter beside a domain of no country too, as the ł ("zajac-technologie.com")
    slips = DOMAIN_SLIPS + COUNTRY_SLIPS.get(country or "PL", ())
    slips += CAPITAL_SLIPS if word.isupper() else ()
    # A word of the company lists read letter for letter is checked by the list: a domain one
    # plain letter off it slipped as often ("Sistemas Prisma S.A." beside an address read
    # sustemas-prisma.es was made "Süstemas", accepted at domain+legal: fresh photo seed 206
    # card 33; session 28, wrong28b). An umlaut the domain writes out is still put back.
    listed = normalize.fold(word) in COMPANY_WORDS | TRADE_WORDS
    # An umlaut the domain writes out ("soehne") first; then each letter as the domain has it
    # plain, Polish letters before umlauts ("wspolnicy" is Wspólnicy, not Wspölnicy).
    for written_out in (True, False) if not listed else (True,):
        for read, printed in slips:
            for at in (m.start() for m in re.finditer(read, word.lower())):
                fixed = word[:at] + printed + word[at + len(read) :]
                if printed == "ł" and not (country in (None, "PL") and _beside_vowel(fixed, at)):
                    # "Cobalł" beside coball.pl: no Polish ł without a vowel beside it; beside a
                    # Spanish domain, "Consultoria" read right was made "Consulłoria" by its
                    # address's own t read l (fresh photo seed 622 card 45)
                    continue
                if READ_ACCENT_RE.match(word, at + len(read)):
                    # "Sdéhne" beside lehmannsoehne.at: d and é are one ö read as two letters,
                    # not "Sóéhne", whose é folds to the domain's e (fresh photo seed 258 card
                    # 81, accepted at domain+legal; session 30).
                    continue
                # "SOKOk": the slip in a word in capitals is a capital too.
                rest = word[:at] + word[at + len(read) :]
                fixed = fixed.upper() if word.isupper() or rest.isupper() else fixed
                if nordic:
                    fixed = fixed.translate(NORDIC_OF_UMLAUT)
                spelling = fixed.translate(PLAIN_UMLAUT).translate(NORDIC_PLAIN)
                plain = re.sub(r"[^a-z]", "", spelt_fold(spelling if written_out else fixed))
                if len(plain) >= 4 and plain in label:
                    return fixed
    return word


def _beside_vowel(word: str, at: int) -> bool:
    """A vowel stands before or after the letter at ``at``: Polish writes ł so (Wisła, Bałtyk,
    Jabłoński), never after a consonant at a word's end ("Cobalt" beside the site coball.pl, its
    t read l, made "Cobalł": session 26, fresh photo seed 138 card 85)."""
    return any(
        c in POLISH_VOWELS
        for c in word[max(0, at - 1) : at].lower() + word[at + 1 : at + 2].lower()
    )
