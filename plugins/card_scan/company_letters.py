"""Letters misread in a company's name that no domain need confirm: a word firms add, an I read
as l, a Polish ł or ó, a German ö read é, a Spanish ñ read fi."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from contactkit import geo, normalize

from .capital_i import i_opening
from .clues import legal_form, trim_after_legal_form
from .lexicon import LEGAL_FORM_REGIONS, POLISH_L_WORDS
from .name_checks import ACCENTED_SURNAMES, GERMAN_ONLY
from .partner_words import lost_joining_word, partner_words


def company_letters(company: str, domain: str | None = None) -> str:
    """Slips no domain need confirm: "& Séhne" is "& Söhne" (the word German firms add), an l
    starting the name before a consonant is an I ("lronbridge"), a small t ending a word in
    capitals is an Ł ("SYSTEMY ORZEt"), and on a Polish card a word the lexicon knows with an ł
    read as t or k ("Battyk S.A." beside bgroup.pl)."""
    # ö read as a digit 6 (its dots), also beside its o ("S6hne", "SO6hne"), or as d and an e
    # ("Sdéhne": fresh photo seed 258 card 81, accepted as "Sóéhne" beside lehmannsoehne.at,
    # the domain spelling its oe; session 30).
    # Or the other way round, a vowel and then a d ("Sédhne": fresh photo seed 272 card 45).
    company = re.sub(r"(?<=& )S(?:é|e|o|6|[oO]6|6[oO]|d[éeo]|[éeo]d)hne\b", "Söhne", company)
    # ó read 6 (or 6 and another vowel) before a word's last n: "Distribuci6én" (Spanish -ción).
    company = re.sub(r"(?<=[a-z])6[eéoó]?(?=n\b)", "ó", company)
    # "lronbridge Logistics Ltd", "Zenith lbérica S.L.U." (b76 photo 76: its initial made the
    # domain zigroup.es, read right twice, a slip "put back" to zlgroup): I read as l.
    company = i_opening(company)
    company = partner_words(company)
    company = N_TILDE_RE.sub(_n_tilde, company)
    if polish_firm(company, domain):
        # ó read as a 6 between letters ("Sok6t" for Sokół); its ł the lexicon puts back next.
        company = POLISH_SIX_RE.sub(_o_acute, company)
        company = re.sub(r"[^\W\d_]{4,}", _polish_word, company)
    # "Pawlak i Wspdlnicy", "i Wspoinicy", "i Wepolnicy": Wspólnicy (and partners), the word
    # Polish partnerships add, with ó and l misread.
    # "NOWAKOWSKII WSPOINICY": the "i" read glued to the name before it.
    company = re.sub(r"(?i)(?<=i )w\w{6,9}\b", _wspolnicy, company)
    # ...then its "i" put back where a reading lost it ("Malinowski Wspdlnicy")
    company = lost_joining_word(company)
    if GERMAN_FORM_RE.search(company):
        company = GERMAN_E_RE.sub(lambda m: m.group().replace("é", "ö"), company)
    return re.sub(r"\b([A-ZĄĆĘŁŃÓŚŹŻ]{2,})t\b", r"\1Ł", company)


# A 6 inside a word, two letters before it and one after (second review, session 28: a 6 that
# parts a name's pieces, "Agro6Plus", "A6B", is printed so).
POLISH_SIX_RE = re.compile(r"(?<=[^\W\d_]{2})6(?=[^\W\d_])")


def _o_acute(match: re.Match[str]) -> str:
    """The 6 as an ó of its word's case, where the letters either side share a case."""
    before, after = match.string[match.start() - 1], match.string[match.end()]
    if before.islower() and after.islower():
        return "ó"
    return "Ó" if before.isupper() and after.isupper() else match[0]


def polish_firm(company: str, domain: str | None) -> bool:
    """The firm is Polish by its legal form or its domain."""
    form = legal_form(trim_after_legal_form(company))
    polish_form = bool(form) and LEGAL_FORM_REGIONS.get(form[0] if form else "") == "PL"
    return polish_form or geo.country_of_domain(domain) == "PL"


def german_firm(company: str, domain: str | None) -> bool:
    """The firm writes German: its domain is German, Austrian or Liechtenstein's, or its name
    bears a German legal form (``GERMAN_FORM_RE``: GmbH, KG; on any domain, .ch and .com too).
    On a Swiss or Luxembourg card the form must tell: French writes a vowel and an é ("Boéchat
    SA" beside boechat.ch, a Jura name, was made "Böchat": second review, session 28)."""
    country = geo.country_of_domain(domain)
    return country in GERMAN_ONLY or GERMAN_FORM_RE.search(company) is not None


def _polish_word(match: re.Match[str]) -> str:
    word = match.group(0)
    capitals = sum(c.isupper() for c in word) > len(word) / 2
    printed = _POLISH_READS.get(normalize.fold(word))
    if printed is None and capitals:
        printed = _POLISH_CAPS_READS.get(normalize.fold(word))
    if printed is None:
        return word
    if capitals:  # "SOKOk": capitals, the slip small
        return printed.upper()
    return printed.capitalize() if word[0].isupper() else printed


# Each lexicon word as the English model reads it: its ł as t or as k ("wista", "battyk").
_POLISH_READS = {
    normalize.fold(word.replace("ł", slip)): word for word in POLISH_L_WORDS for slip in "tk"
}
# In capitals, an Ł read as E too ("ORZEE" for ORZEŁ beside inzynieria.pl, C059, seed 102
# photo 17); a small e stays ("Sokoe": no slip the capitals make).
_POLISH_CAPS_READS = {normalize.fold(word.replace("ł", "e")): word for word in POLISH_L_WORDS}


def _wspolnicy(match: re.Match[str]) -> str:
    word = match.group(0)
    folded = normalize.fold(word)
    if folded == "wspolnicy" or fuzz.ratio(folded, "wspolnicy") < 75:
        return word  # read as printed, or another word
    return "WSPÓLNICY" if word.isupper() else "Wspólnicy"


# A German firm's name ("GmbH", "KG"; not "AG", which French-speaking Swiss firms use too) has no
# é between consonants: it is an ö the English model misread ("Neumann & Kénig GmbH & Co. KG").
# A name set in capitals prints its form so too ("SCHRODER FEINMECHANIK GMBH" beside
# schroeder.ch, tuning photo seed 327 card 27).
GERMAN_FORM_RE = re.compile(r"\b(?:GmbH|GMBH|mbH|KG|OHG|UG|e\.\s?K\.)(?=\W|$)")
GERMAN_E_RE = re.compile(r"\b[A-Za-z]*[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z]é[b-df-hj-np-tv-z][a-z]*\b")


# An ñ between vowels read as "fi" ("Espafia", "Pefia"): a Spanish family name a firm is named
# for, "Nufiez y Asociados S.L." (fresh photo seed 146 card 78, accepted at
# domain+legal+other/hi), put back where the word with an n there is a family name the register
# lists with its ñ ("Núñez"); "Harrowfield", "certified" hold no vowel before the fi.
N_TILDE_RE = re.compile(r"(?i)\b[^\W\d_]*[aeiouáéíóú]fi[aeiouáéíóú][^\W\d_]*\b")
_N_TILDE_NAMES = {normalize.fold(name): name for name in ACCENTED_SURNAMES if "ñ" in name}


def _n_tilde(match: re.Match[str]) -> str:
    word = match.group(0)
    name = _N_TILDE_NAMES.get(normalize.fold(re.sub("fi", "n", word, flags=re.I)))
    if name is None:
        return word
    return name.upper() if word.isupper() else name.capitalize()
