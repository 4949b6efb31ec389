"""A street word holding letters its language never writes so: a letter misread by Tesseract,
which one only the print shows, so the address is doubted rather than stored (session 41)."""

from __future__ import annotations

import re

# "Fnedrichstraße" for Friedrichstraße: ri read n at a word's start. No word of the languages
# printed in Latin letters opens on B, F, J, R or T and an n. The other capitals do open words
# so: German, English and Dutch "Gnom", "Knie", "Snouck", Greek loans "Pneu", "Mnemosyne", Czech
# "Hněvkovského", Polish "Lniana", "Wnuk", "dno", Slovene and Russian "Vnanje", "Vnukovo"
ODD_ONSET_RE = re.compile(r"\b[BFJRT]n[a-zäöüéè]")

# A Japanese word in Hepburn letters: syllables of a vowel after at most one consonant (or sh,
# ch, ts, a y glide), a syllabic n, a doubled consonant before its syllable ("Sapporo")
ROMAJI_RE = re.compile(
    r"(?:(?:[kgszjtdnhbpmrfw]|sh|ch|ts|y)?y?[aeiou]|n(?![aeiouy])|([kstpgdbc])(?=\1))+"
)
# A word of a Japanese address whose last letter is an l after a vowel ("Minatomiral,")
FINAL_L_RE = re.compile(r"\b([A-Za-z]{5,}[aeiou])l\b")


def odd_onset(street: str) -> bool:
    """A word of ``street`` opening on a capital and an n no language writes so."""
    return bool(ODD_ONSET_RE.search(street))


def romaji_read_l(street: str, country: str | None) -> bool:
    """A word of a Japanese ``street`` that is Japanese once its final l is an i: Hepburn
    writes no l, and Tesseract reads an i as l ("Minatomiral" for Minatomirai). An English
    word of a building's name ("Central", "Capital", "Imperial") is no Hepburn word so."""
    if country != "JP":
        return False
    return any(ROMAJI_RE.fullmatch(f"{m[1]}i".lower()) for m in FINAL_L_RE.finditer(street))
