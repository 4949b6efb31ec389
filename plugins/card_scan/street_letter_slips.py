"""A street word holding letters its language never writes so: a letter misread by Tesseract,
which one only the print shows, so the address is doubted rather than stored (session 41)."""

from __future__ import annotations

import re

from .street_repair import german

# "Fnedrichstraße" for Friedrichstraße: ri read n at a word's start. No German word opens on B,
# F, J, R or T and an n. Only German streets: elsewhere real words do ("Rue Bni Aamir" and "Jnane
# Sbil" in Morocco, "Bnei Dan St" in Israel, Polish "ul. Bnińska"; rev41a), and German, English
# and Dutch open words on Gn, Kn, Sn, Pn ("Gnom", "Knie", "Snouck", "Pneu")
ODD_ONSET_RE = re.compile(r"\b[BFJRT]n[a-zäöüéè]")

# A Japanese word in Hepburn letters: syllables of a vowel after at most one consonant (or sh,
# ch, ts, a y glide), a syllabic n, a doubled consonant before its syllable ("Sapporo")
ROMAJI_RE = re.compile(
    r"(?:(?:[kgszjtdnhbpmrfw]|sh|ch|ts|y)?y?[aeiou]|n(?![aeiouy])|([kstpgdbc])(?=\1))+"
)
# The district word right after a Japanese block number whose last letter is an l after a vowel
# ("1-12-2 Minatomiral,"). Only there: an English word of a building's name fits Hepburn with
# its l made an i too ("General", "Memorial", "National", "Original", "Digital"; rev41a), and a
# building's name stands apart from the block number ("Memorial Hall 3F, 1-2-3 Ginza")
FINAL_L_RE = re.compile(r"\b\d+(?:-\d+)+,?\s+([A-Za-z]{5,}[aeiou])l\b")


def odd_onset(street: str, region: str) -> bool:
    """A word of a German ``street`` opening on a capital and an n German never writes so."""
    return german(street, region) and bool(ODD_ONSET_RE.search(street))


def romaji_read_l(street: str, country: str | None) -> bool:
    """The district word of a Japanese ``street`` that is Japanese once its final l is an i:
    Hepburn writes no l, and Tesseract reads an i as l ("Minatomiral" for Minatomirai)."""
    if country != "JP":
        return False
    return any(ROMAJI_RE.fullmatch(f"{m[1]}i".lower()) for m in FINAL_L_RE.finditer(street))
