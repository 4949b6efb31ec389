"""A company no domain backs, made sure where a second engine reads its row alike.

A company with its legal form beside a work domain spelling nothing of it (``legal+unmatched``)
was the first cause of review on the second blind generator's tuning cards (41 of 328 review
cards for it alone), whose domains often name nothing of the firm. It was right 132 of 146
times over both generators' tuning cards, and its wrong values are of three kinds:

- a letter slip Tesseract alone makes (``Miller`` for Müller, ``Scether``): RapidOCR reads the
  row otherwise (``recheck_match.disagreement``);
- a first word lost, under a logo or in another colour: RapidOCR reads it glued on or before
  (``TICA ZENITH`` in ``LOGISTICA ZENITH``, ``Distribuci6n Albufera``), or both lose it and what
  is left names no firm (``Uhrenteile GmbH``, ``Sohne KG``, ``I CO.,LTD.``);
- a word the parser put in or mended wrong (``P.C.`` made of an engineer's P.E.).

So the row of such a company is rechecked as a sure field's is (``recheck``), and a reading
alike, RapidOCR sure of it (``ALIKE_READING``), with none of these marks makes it ``+alike``:
measured on its own.
So is the row of a company whose initials alone are its domain (``domain+initials``: "NV
Soluciones S.L." beside nv.es), whose other words nothing else checks.
"""

from __future__ import annotations

import re

from unidecode import unidecode

from contactkit.model import Contact

from .calibration import marked
from .lexicon import COMPANY_WORDS, LEGAL_FORMS, TRADE_WORDS
from .recheck_match import disagreement, field_lines, key
from .text_lines import Line

# The levels a reading alike can lift, per field.
INITIALS = "domain+initials"  # the domain's label is the company's first word (domains)
CONFIRMABLE = {"organization": frozenset({"legal+unmatched/hi", INITIALS})}
ALIKE = "alike"
# A word of the reading before the company's first, this long, is a word the parser lost.
LOST_WORD = 3
# The company's own name (its legal form and trade words aside) holds at least this many letters.
NAME_LETTERS = 3
# RapidOCR's confidence in a reading alike that makes the company sure. Under recheck_match's
# ``SURE_READING`` (0.85) because the row's crop takes in a logo beside the name, whose glyphs lower
# the whole reading's score ('"I olsen Logistik Aps' at 0.83 beside "all Olsen Logistik ApS"):
# session 66, tuning and extra scan seeds, 5 companies read alike at 0.75-0.85, all right, none
# under 0.75.
ALIKE_READING = 0.75
_JOINERS = frozenset({"and", "und", "et", "y", "e", "en", "i"})
_WORD_RE = re.compile(r"[^\W_]+")
_SHAPE_SLIPS = str.maketrans("01i", "oll")


def confirmable(field: str, evidence: dict[str, str]) -> bool:
    """Whether a reading alike of the field's row would lift its level (its row is rechecked)."""
    return evidence.get(field) in CONFIRMABLE.get(field, ())


def confirm_read_alike(lines: list[Line], contact: Contact, evidence: dict[str, str]) -> None:
    """The company at a confirmable level marked ``+alike`` where RapidOCR read its row so."""
    company = contact.organization.name if contact.organization else None
    if not company or not confirmable("organization", evidence):
        return
    found = field_lines("organization", company, lines)
    readings = {lines[i].recheck for i in found}
    if not found or None in readings:
        return
    if evidence["organization"] != INITIALS and not names_a_firm(company):
        return  # the initials' word is the domain's: a firm's own ("NV Soluciones", nv.es)
    printed = _shapes(" ".join(lines[i].text for i in found))
    if not all(_shapes(word) in printed for word in company.split()):
        return  # a word put in from elsewhere, or mended past a slip of shape (P.E. made P.C.)
    if all(
        conf >= ALIKE_READING
        and disagreement(company, text, "organization") == 0
        and not word_lost_before(company, text)
        for text, conf in readings
    ):
        evidence["organization"] = marked(evidence["organization"], ALIKE)


def names_a_firm(company: str) -> bool:
    """The company holds a name of its own beside its form and trade words: not only what is
    left of one whose first word was lost (``Uhrenteile GmbH``, ``I CO.,LTD.``)."""
    words = [unidecode(w).lower() for w in _WORD_RE.findall(company)]
    own = [w for w in words if w not in LEGAL_FORMS and w not in _JOINERS and len(w) > 1]
    letters = sum(len(w) for w in own)
    return letters >= NAME_LETTERS and any(
        w not in COMPANY_WORDS and w not in TRADE_WORDS for w in own
    )


def word_lost_before(company: str, reading: str) -> bool:
    """The reading holds letters before the company's first word: glued on (``LOGISTICA`` for
    ``TICA``) or a word of its own (``Distribuci6n Albufera``)."""
    first = key(company.split()[0], "organization")
    words = [key(w, "organization") for w in reading.split()]
    for n, word in enumerate(words):
        at = word.find(first) if first else -1
        if at < 0:
            continue
        return at > 1 or any(len(w) >= LOST_WORD for w in words[:n])
    return False


def _shapes(text: str) -> str:
    """``text``'s letters and digits folded, the slips of shape Tesseract makes alike (``pic``
    for plc, ``0.0.`` for o.o., ``lronbridge``)."""
    return key(text, "organization").translate(_SHAPE_SLIPS)
