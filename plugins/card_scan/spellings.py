"""How addresses, domains and word lists spell the letters ``normalize.fold`` drops or folds
away: ł, ß, ø, æ and the rest written plainly, and umlauts written out. A leaf module: the
lexicon spells its listed titles with it, the name and email checks their words."""

from __future__ import annotations

from functools import lru_cache

from contactkit import normalize

SPELT_OUT = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss"})
# Umlauts as German addresses and domains write them out ("mueller", "soehne").
PLAIN_UMLAUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
# The other way, a vowel read without its dots given them back ("Kohler", "Koéhler": Köhler).
UMLAUT_OF_VOWEL = str.maketrans("aouAOU", "äöüÄÖÜ")
# Letters fold drops that an address spells plainly too (Søren, Đặng, Yılmaz, Ærø, Þór).
SPELT_OUT.update(
    str.maketrans(
        {"ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "æ": "ae", "Æ": "Ae", "œ": "oe"}
        | {"Œ": "Oe", "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H"}
    )
)

# How Danish and Norwegian addresses write ø, æ and å ("moeller", "saether", "aagaard").
NORDIC_PLAIN = str.maketrans({"ø": "oe", "æ": "ae", "å": "aa"})


# Cached: the name and email checks fold the same words again and again (85,000 calls on 500
# cards, a quarter of them new); its answer depends on the text alone.
@lru_cache(maxsize=1 << 15)
def spelt_fold(text: str) -> str:
    """``fold`` that keeps ł and ß as an email spells them (fold drops both)."""
    return normalize.fold(text.translate(SPELT_OUT))
