"""A line naming the group the card's firm belongs to ("Tochter der Nova Holding GmbH", "Part of
the Meridian Group", "A Meridian Group company", "filiale de Groupe Orion SA"): the parent's
name, never the card's company, however surely its legal form and the domain point at it."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from contactkit import normalize

from .clues import has_legal_form

# Phrases that say "a firm of": before the parent's name whatever follows (a subsidiary, a
# daughter, a firm of the group), in the languages of the cards read. Folded (no accents).
_SURE_LEADS = (
    r"(?:a\s+)?(?:wholly[\s-]+owned\s+)?subsidiary\s+of",
    r"(?:a|an)\s+(?:division|affiliate|subsidiary|brand)\s+of",
    r"(?:eine?\s+)?tochter(?:gesellschaft|unternehmen)?\s+(?:der|des|von)",
    r"eine?\s+(?:unternehmen|firma|marke|gesellschaft)\s+(?:der|des|von)",
    r"(?:une\s+)?filiale\s+(?:de|du|des|d')",
    r"une?\s+(?:societe|entreprise|marque)\s+(?:du|de|des)",
    r"(?:een\s+)?(?:dochter(?:onderneming|maatschappij)?|onderdeel)\s+van",
    # "una" or "del gruppo" required: "Società di Servizi S.r.l.", "Empresa de Transportes
    # García S.L." are firms' own names.
    r"una\s+(?:societa|azienda)\s+(?:del|della|di)",
    r"(?:societa|azienda)\s+del\s+gruppo",
    r"(?:una\s+empresa|(?:una\s+)?filial)\s+(?:del|de)",
    r"empresa\s+del\s+grupo",
    r"(?:uma\s+empresa|(?:uma\s+)?subsidiaria)\s+(?:do|da|de)",
    r"empresa\s+do\s+grupo",
    # "Członek/Spółka/Część": fold drops the ł; Tesseract reads ł as t, ó as d or é, ć as é
    # or ¢ ("Cztonek Grupy", "Spdtka z Grupy", "Czesé Grupy"), ö as é ("Ett féretag i").
    r"sp[ode][lt]?ka\s+(?:z\s+grupy|zalezna)",
    r"(?:cz[lt]?onek|czes\S?)\s+grupy",
    r"(?:ett|en)\s+(?:f[oe]retag|bolag)\s+(?:i|inom)",
    r"dotterbolag\s+(?:till|i)",
)
# Phrases a slogan or a title starts with too ("Part of the family since 1920", "Member of the
# Board"): the parent only where the rest names a firm (a legal form or a group word).
_LOOSE_LEADS = (
    r"(?:a\s+)?part\s+of",
    r"(?:a\s+)?member\s+of",
    r"mitglied\s+(?:der|des)",
    r"teil\s+(?:der|des)",
    r"membre\s+(?:du|de|des)",
    r"parte\s+(?:del|de|do|da)",
    r"(?:miembro|membro)\s+(?:del|de|do|della|di)",
    r"lid\s+van",
    r"(?:en\s+)?del\s+(?:av|af)",
)
_SURE_RE = re.compile(rf"^(?:{'|'.join(_SURE_LEADS)})\b\s*(?P<rest>.*)$")
_LOOSE_RE = re.compile(rf"^(?:{'|'.join(_LOOSE_LEADS)})\b\s*(?P<rest>.*)$")
# "A Meridian Group company", "An Orbis Holdings plc business": an article before the parent's
# name, a word for a firm after it.
_TAIL_RE = re.compile(r"^an?\s+(?P<rest>[^\W\d_]{2,}.*?)\s+(?:company|business|brand)$")
# Words naming a group of firms, folded: "Nova-Gruppe", "Groupe Orion", "Grupa Kapitałowa".
GROUP_WORDS = re.compile(
    r"\b(?:group|gruppe|groupe|gruppo|grupo|groep|grupa|grupy|koncern\w*|konzern\w*|"
    r"holdings?|\w+gruppe|\w+groep|\w+koncernen)\b"
)


# The phrases' long words, folded: one read a letter off in small print ("Tochler der",
# "A Meridian Group compary") is put back before the phrases are matched.
_LONG_WORDS = (
    "tochter", "tochtergesellschaft", "unternehmen", "gesellschaft", "subsidiary", "division",
    "affiliate", "filiale", "societe", "entreprise", "onderdeel", "dochter", "dochteronderneming",
    "societa", "azienda", "empresa", "subsidiaria", "member", "mitglied", "membre", "miembro",
    "company", "business",
)  # fmt: skip
NEAR_WORD = 83  # fuzz.ratio: one letter changed in a word of six letters or more


def _mended(folded: str) -> str:
    """``folded`` with its first three words and its last put back where one is a letter off a
    long word of the phrases."""
    words = folded.split()
    for k in {*range(min(3, len(words))), len(words) - 1} - {-1}:
        w = words[k]
        if len(w) < 6 or w in _LONG_WORDS:
            continue
        near = max(_LONG_WORDS, key=lambda lw: fuzz.ratio(w, lw))
        if fuzz.ratio(w, near) >= NEAR_WORD:
            words[k] = near
    return " ".join(words)


def parent_line(text: str) -> bool:
    """``text`` names the parent of the card's firm: a phrase saying "a firm of" before a name
    (a slogan's "Part of the family since 1920" only where the rest names a firm), or an
    article and a name before "company"."""
    folded = re.sub(r"\s+", " ", normalize.fold(text)).strip(" -–|/\\·•,:;")
    folded = _mended(re.sub(r"^\W+", "", folded))
    if m := _SURE_RE.match(folded):
        return bool(re.search(r"\w{2,}", m.group("rest")))
    m = _LOOSE_RE.match(folded) or _TAIL_RE.match(folded)
    return bool(m) and _names_firm(text, m.group("rest"))


def _names_firm(text: str, rest: str) -> bool:
    """The rest of a loose phrase names a firm: a group word or a legal form (of the printed
    words, so "Part of the family" never counts its "the")."""
    return bool(GROUP_WORDS.search(rest)) or (has_legal_form(rest) and has_legal_form(text))


def parent_cut(text: str) -> str:
    """``Nova Technik AG – ein Unternehmen der Nova Holding GmbH``: the firm's name and the
    parent's on one line; the firm's kept, the parent's phrase and name cut off."""
    words = text.split()
    for k in range(1, len(words)):
        if parent_line(" ".join(words[k:])):
            return " ".join(words[:k]).rstrip(" -–—|/·•,:;")
    return text
