"""A capital I and a small l, which Tesseract reads for each other (in many faces both are one
stroke): where each is told from the other. A company's name, its domain's words and an email
address ask here."""

from __future__ import annotations

import re

from .clues import legal_form_alone

# An l opening a name's word before a consonant no word starts with after an l ("lr", "lb"; "lt"
# is Ltd's own, small): a capital I misread. First in the name ("lronbridge Logistics Ltd") or
# after a capitalised word ("Zenith lbérica S.L.U.", b76 photo 76).
L_OPENING_RE = re.compile(r"(^|\b[A-Z][A-Za-zà-ÿ]+ )l(?=[bcdfghjkmnpqrstvwxz][a-zà-ÿ]{3,}\b)")


def i_opening(text: str) -> str:
    """``lronbridge Logistics Ltd`` → ``Ironbridge Logistics Ltd`` (``L_OPENING_RE``)."""
    return L_OPENING_RE.sub(r"\1I", text)


def capitals_with_l(word: str) -> bool:
    """A word in capitals whose only small letters are l (``HIKARl``, ``lNTERNATlONAL``): each l
    is a capital I misread."""
    return {c for c in word if c.islower()} == {"l"} and any(c.isupper() for c in word)


def small_l_inside(word: str) -> str:
    """``DeIta`` → ``Delta``: a capital I between small letters is an l misread."""
    return re.sub(r"(?<=[a-z])I(?=[a-z])", "l", word)


def l_for_i(text: str) -> str:
    """``text`` with each capital I a small l: in an email address, which is written small, an I
    is nearly always an l misread ("Ikoehler@")."""
    return text.replace("I", "l")


# A capital I ending a word in capitals read as "!" ("IMBALLAGG! AURORA S.R.L" beside
# imballaggi-aurora.it: photo seed 347 card 98, scan seed 330 card 5, both wrong at near-domain).
_BANG_I_RE = re.compile(r"\b([A-Z]{3,})!(?=\s|$)")


def bang_as_i(text: str, label: str = "") -> str:
    """``IMBALLAGG!`` → ``IMBALLAGGI`` where the domain's name (``label``) spells the word with
    its I; ``TAKAHASHI KIKA! CO., LTD.`` → ``KIKAI`` just before the legal form (scan seed 15
    card 84, accepted as "Takahashi Kika Co Ltd": session 66), unless the domain spells the word
    without it, a brand's own "!" ("JOOP! GmbH" beside joop.com). Elsewhere the mark stays
    ("NOVA!": a slogan's, or a brand's own)."""

    def put_back(m: re.Match[str]) -> str:
        word = m[1].lower()
        if f"{word}i" in label:
            return f"{m[1]}I"
        brand = word in label
        return f"{m[1]}I" if legal_form_alone(text[m.end() :].strip()) and not brand else m[0]

    return _BANG_I_RE.sub(put_back, text)
