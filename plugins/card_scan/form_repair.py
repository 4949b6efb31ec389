"""A legal form misread at the end of a company the domain spells, put back from the country's.

"Elettronica Dolomiti S.nrl" beside elettronicadolomiti.it, "Peters & Zonen B.N." beside
peters.nl: the name checked by the domain, its last word a short scrap that is no form
(``company_confidence.company_level``'s ``domain+debris``). Where exactly one form of the
domain's country is one letter from the scrap, the company is shown with that form; nothing
checks the form, so a person still looks (the caller marks it repaired). A form read whole
with a speck glued after it (``S.L.Upg``) is put back so too; a form read parted or glued to the
name (``CO., LT Diz``, ``Gh MBH``, ``AURORACOLTD``) is put together as printed (``parted_form``).
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from .clues import has_legal_form, legal_form
from .domains import domain_in, domain_label, folded_letters, squashed
from .lexicon import FORMS_BY_ENDING


def repair_debris_form(company: str, domain: str | None) -> str:
    """``company`` with its last word, a scrap one letter from exactly one form of the domain's
    country, as that form; else as read."""
    words = company.split()
    if len(words) < 2 or not domain or not domain_in(company, domain):
        return company
    last = words[-1]
    scrap = folded_letters(last)
    debris = len(scrap) <= 3 or ("." in last and len(scrap) <= 5)
    if not scrap or not debris or has_legal_form(company):
        return company
    forms = FORMS_BY_ENDING.get(domain.rsplit(".", 1)[-1].lower(), ())
    # "Cie san" for Sàrl: r and l read together as one n, the commonest merge of two glyphs.
    merged = [f for f in forms if "n" in scrap and scrap.replace("n", "rl") == folded_letters(f)]
    near = merged or [f for f in forms if Levenshtein.distance(scrap, folded_letters(f)) == 1]
    # "HELIX IBERICA S.L.Upg": the form read whole and a speck after it glued on as letters.
    glued = [
        f
        for f in forms
        if scrap.startswith(folded_letters(f)) and len(scrap) - len(folded_letters(f)) == 2
    ]
    near = near or glued
    if len(near) != 1:
        return company
    return " ".join([*words[:-1], near[0]])


# "POLARIS CO., LT Diz": Co.,Ltd.'s D read apart (and a speck after it); "NEUMANN Gh MBH & CO
# KG": GmbH parted after its G; "AURORACOLTD": Co.,Ltd. glued to a name in capitals, no dot or
# space read.
_LTD_PARTED_RE = re.compile(r"(?i)\b(co\.?,?\s*)lt\s+d\W?\w{0,2}$")
_GMBH_PARTED_RE = re.compile(r"\bG[a-z]?\s+(?=[Mm][Bb][Hh]\b)")
_GLUED_CAPITALS_RE = re.compile(r"^([A-Z]{3,})(CO\.?,?LTD\.?|GMBH)$")


def parted_form(text: str) -> str:
    """``text`` with a legal form read parted or glued put together as printed; else as read."""
    text = _LTD_PARTED_RE.sub(
        lambda m: m.group(1) + ("LTD." if m.group(1).isupper() else "Ltd."), text
    )
    text = _GMBH_PARTED_RE.sub("G", text)
    glued = _GLUED_CAPITALS_RE.fullmatch(text)
    if glued:
        form = glued.group(2)
        text = f"{glued.group(1)} {'CO.,LTD.' if form.startswith('CO') else form}"
    return text


def form_letter_twice(company: str, domain: str | None = None) -> str:
    """``Delta s S.p.A.`` beside delta.it (fresh photo seed 300 card 32, accepted at
    ``domain+legal``): a lone letter just before the legal form that ends the name, the form's
    own first letter (a speck or the form's capital read twice). No name's word is one small
    letter that its form starts with; such a letter is dropped. A conjunction stays ("Rossi e
    Figli", "Jiménez y Asociados S.L.": their letter is no form's first). A capital is a
    name's own letter as often ("Plan B B.V." beside planb.nl, "Typ A AG" beside typ-a.ch:
    second review, session 33): dropped only where the domain spells the words before it
    and not the letter after them."""
    words = company.split()
    form = legal_form(company)
    if not form or len(words) < form[1] + 2:
        return company
    at = len(words) - form[1]
    letter = words[at - 1]
    if len(letter) != 1 or not letter.isalpha() or letter.lower() != words[at][:1].lower():
        return company
    if letter.isupper() and not _domain_spells_without(words[: at - 1], letter, domain):
        return company
    return " ".join([*words[: at - 1], *words[at:]])


def _domain_spells_without(before: list[str], letter: str, domain: str | None) -> bool:
    """The domain's label holds the words ``before`` the letter and not them with ``letter``
    after them (``delta`` for "Delta S": the S no part of the name)."""
    label = domain_label(domain) if domain else ""
    name = squashed(" ".join(before))
    return bool(name) and name in label and f"{name}{letter.lower()}" not in label


# "Meyer GmbH 8" (fresh photo seed 348 card 97, stored "Meyer GmbH" at domain+legal): the & of
# "GmbH & Co. KG" read as an 8 and "Co. KG" lost, so the 8 was trimmed as a smudge and the cut
# name taken whole. Only after the forms a partnership's "& Co." follows; the & put back lets
# the company be read as cut (``company_shapes.CUT_END_RE``). An "a" there before "Co."
# is the & too ("MEYER SCHMITZ GMBH a co. KG", the a at 0.45, stored so at
# domain+legal+other/hi: tuning photo 431 card 38, session 40): German writes no "a" between
# a form and "Co.".
_AND_MISREAD_RE = re.compile(r"(?i)(\b(?:gmbh|ag|se|ug)\.?)\s+(?:8(?=\s+co\b|\s*$)|a(?=\s+co\b))")


def ampersand_misread(text: str) -> str:
    """``text`` with an 8 after a German form, alone at the end or before ``Co``, or an a
    before ``Co``, read as &."""
    return _AND_MISREAD_RE.sub(r"\1 &", text)
