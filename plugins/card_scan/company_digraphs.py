"""A vowel and an e in a company's name set beside the firm's own domain: an umlaut the domain
spells out (``schroeder-bau.de``) put back where Tesseract read its vowel plain (``Schroder``),
and on a Polish card a ł read as the two letters E and L (``BAELTYK`` for Bałtyk), which the
domain's umlaut folding (``domains.domain_in``: ``oe`` and ``o`` alike) let pass as checked."""

from __future__ import annotations

import re

from contactkit import geo, normalize

from .company_letters import german_firm, polish_firm
from .domains import domain_label, folded_letters
from .name_checks import GERMAN_SPEAKING
from .spellings import UMLAUT_OF_VOWEL


def _label_letters(domain: str | None) -> str:
    return folded_letters(domain_label(domain or ""))


def umlaut_from_domain(company: str, domain: str | None) -> str:
    """``Schroder GmbH`` beside schroeder-bau.de → ``Schröder GmbH``: the umlaut's dots lost, its
    vowel read plain, where the firm's own domain spells the word with the umlaut written out
    (as the name code does from an address: ``letter_restore._umlaut_spelt``). Only on a
    German-speaking card, only where the label holds the word with ``ae``/``oe``/``ue`` at one
    place and not as read: a firm whose domain is muller.de prints ``Muller``, and a Swiss
    ``Mueller AG`` (the e read) is left as printed."""
    label = _label_letters(domain)
    if not domain or len(label) < 4:
        return company
    # Any card of a country that spells names with umlauts, French-speaking Swiss ones too
    # ("König & Cie Sàrl" beside koenig.ch, tuning scan 328 card 26): the domain's own e is the
    # evidence here. (An accent read for the dots needs the firm German: French writes "oé".)
    if geo.country_of_domain(domain) not in GERMAN_SPEAKING and not german_firm(company, domain):
        return company

    def put_back(found: re.Match[str]) -> str:
        word = found.group(0)
        plain = normalize.fold(word)
        if len(plain) != len(word) or plain in label:
            return word  # accented already, or the domain spells it as read
        spots = [
            i
            for i, c in enumerate(plain)
            if c in "aou" and plain[: i + 1] + "e" + plain[i + 1 :] in label
        ]
        if len(spots) != 1:
            return word
        at = spots[0]
        umlaut = word[at].translate(UMLAUT_OF_VOWEL)
        if at and not word.isupper():
            umlaut = umlaut.lower()  # "KOhler": the umlaut read as its capital (letter_restore)
        return word[:at] + umlaut + word[at + 1 :]

    return re.sub(r"\b[A-Za-z]{4,}\b", put_back, company)


# Polish writes no e after a, o or u before an l (Michael, Rafael, Samuel are loan names):
# there it is a ł read as "EL" (URW Bookman capitals: "BAELTYK SP. Z O.O." beside bbaltyk.pl,
# tuning photo seed 338 card 85, accepted at domain+legal, the domain matching through its
# umlaut folding alone).
_EL_FOR_L_RE = re.compile(r"[aou]el")


def polish_el_unchecked(company: str, domain: str | None) -> bool:
    """On a Polish card (its domain or legal form), a word of the name read with a vowel, E and
    L that the domain does not spell as read: its ł misread, nothing on the card checking it."""
    if not polish_firm(company, domain):
        return False
    label = _label_letters(domain)
    for word in re.findall(r"[^\W\d_]{4,}", company):
        plain = normalize.fold(word)
        if _EL_FOR_L_RE.search(plain) and plain not in label:
            return True
    return False
