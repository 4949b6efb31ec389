"""A firm's tagline printed on the card ("Ihr Partner für Antriebstechnik", "Your partner in
logistics", "Quality since 1952!"): no job title, though it may hold a title word (Partner)."""

from __future__ import annotations

import re

from contactkit import normalize

# The firm speaks to the reader: a title names the holder, never "your" anything. Tesseract reads
# the capital I of "Ihr" as l, 1, | or t ("lhr Partner fiir Antriebstechnik", photo seed 311 card
# 37, taken for the title; "thr Logistikpartner", photo seed 340 card 29).
_ADDRESSING = frozenset(
    {"your", "ihr", "ihre", "ihren", "votre", "vos", "uw", "jouw", "su", "sus", "tu", "vostro"}
    | {"vostra", "seu", "sua", "twoj", "twoja", "wasz", "wasza", "din", "ert"}
)
_I_READ_RE = re.compile(r"^[l1|!t]hr(e|en)?$")

# "Your partner in logistics", "Uw partner in logistiek", "Partner w biznesie": a slogan, not a
# job title, wherever the word stands among three or more (``slogan_words``).
SLOGAN_WORDS = frozenset(
    {"your", "uw", "ihr", "ihre", "votre", "vos", "vostro", "su", "since", "seit", "w"}
)

# A title opens on its role or its field ("Head of Sales", "Leiterin Vertrieb", "Jefe de
# Compras"), never on a preposition: "Für Ihre Sicherheit", "Pour un monde plus propre", "Mit
# Sicherheit gut beraten", "Seit 1952", "Since 1952". (No "de", "in", "per", "a": "de" joins
# titles and a cut line may open on it.)
_OPENING_PREPOSITIONS = frozenset(
    {"fur", "fuer", "fiir", "fir", "for", "pour", "mit", "with", "avec", "para", "voor", "met"}
    | {"seit", "since", "depuis", "desde", "sinds", "dal", "dai", "dla"}
)

# "Partner für Antriebstechnik", "Partner for Growth": a firm naming itself its client's partner;
# a partner of a firm prints "Partner" alone or with its rank ("Managing Partner").
_PARTNER_FOR_RE = re.compile(r"(?i)^partners?\s+(für|fur|fuer|fiir|fir|for|pour|voor)\s+\w")
# ... but a law or tax firm's partner prints the field of practice so ("Partner für
# Steuerrecht", "Partner für Arbeitsrecht", "Partner for Tax", "Partner voor Fiscaal Recht"):
# a title (second review, session 33).
_PRACTICE_RE = re.compile(
    r"(?i)^partners?\s+\S+\s+(\w*recht\b|steuer|tax\b|taxation|law\b|audit|fiscaal|droit|fiscal)"
)

# Quotation marks a tagline is set in; a title is never quoted. Both ends, as one mark alone
# is often a misread letter ("‘Yechnischer Leiter" is a T).
# A title word whose last l was read "!": a title's words end so, no tagline's.
_L_READ_RE = re.compile(r"(?i)(ai|ia|ca|na|ra|ta|ne|ve)!$")

_QUOTES = "\"'“”„‟«»‘’‚‹›"


def slogan_line(text: str) -> bool:
    """A tagline: it speaks to the reader, opens on a preposition or "Partner für", is quoted or
    exclaimed. A line of the card's title words alone ("Head of Sales") never is."""
    line = text.strip()
    words = line.split()
    if not words:
        return False
    first = normalize.fold(words[0]).replace(" ", "")
    if first in _ADDRESSING or (_I_READ_RE.match(words[0].lower()) and len(words) >= 2):
        return True
    if len(words) >= 2 and first in _OPENING_PREPOSITIONS:
        return True
    if _PARTNER_FOR_RE.match(line) and not _PRACTICE_RE.match(line):
        return True
    if len(line) > 2 and line[0] in _QUOTES and line.rstrip(".!")[-1] in _QUOTES:
        return True
    # "Wir bewegen Ihre Welt!": a title is never exclaimed; three words and more, as a lone l
    # or I at a short line's end may be read "!".
    # Nor where the "!" is a title word's last l ("Head of Retai!", "Director of Technica!").
    return len(words) >= 3 and line.endswith("!") and not _L_READ_RE.search(line)


def slogan_words(words: list[str]) -> bool:
    """A title line's folded words (``titles.title_words``) are a tagline's: three or more, one
    of them ``SLOGAN_WORDS``."""
    return len(words) >= 3 and not SLOGAN_WORDS.isdisjoint(words)
