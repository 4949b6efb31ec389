"""A street word holding letters its language never writes so: a letter misread by Tesseract,
which one only the print shows, so the address is doubted rather than stored (session 41)."""

from __future__ import annotations

import re

from .street_repair import SPANISH_STREET_RE, german

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


# "Plaza de Espajfia": a ñ read jfi. Spanish (and Catalan, Galician, Basque) write a j only before
# a vowel or at a word's end ("reloj"): a j before a consonant inside a word is a misread letter.
# Only in a Spanish street, and not after an i: Dutch writes ij before consonants ("lijf",
# "Rijnstraat", "Wijnhaven"), and a Dutch address on a card read with region ES has no Spanish
# street word (session 42; rev42a)
SPANISH_J_RE = re.compile(r"(?<=[a-zà-ÿ])(?<!i)j(?=[b-df-hj-np-tv-zñ])")
# A French street: its street word and the article after it ("Rue du", "quai de la", "Avenue des")
FRENCH_STREET_RE = re.compile(
    r"(?i)\b(?:rue|quai|boulevard|bd|all[ée]e|impasse|chemin|cours|avenue|place)"
    r"\s+(?:du|des|de|d['’])\b"
)
# "Rue du Rhdne": a ô read d. A word opening on a consonant and an h writes a vowel, an l, r, w
# or y next ("Rhône", "Bhutan", "Dhuys"), but for the digraphs ch, ph, sh, th, gh, kh, wh
# ("Phnom Penh", "Khmer"). Only at a word's start: inside a word an h before a consonant is real
# in names a French street carries ("Avenue du Président-John-Kennedy", "rue du Docteur Ahmed",
# "Rue d'Ohnenheim", "Rue d'Ehnen"; rev42a). Only in a French street ("Sdn Bhd" is Malay)
FRENCH_H_RE = re.compile(r"(?<![A-Za-zÀ-ÿ])[BDFJLMNQRVXZbdfjlmnqrvxz]h(?=[b-df-hj-kmnp-qs-tvxz])")
# "Oost-lndie" for Oost-Indië: a capital I read as a small l at a word's start. No language
# printed in Latin letters opens a word on an l and another consonant but Welsh and Spanish ll,
# Slovene and Croatian lj, Swedish "lgh" (a flat) and "lvl" (a level, Australia; rev42a);
# Tesseract's I and l are one stroke apart
SMALL_L_ONSET_RE = re.compile(r"(?:(?<=[\s-])|^)l(?!gh\b|vl\b)(?=[b-df-hkmnp-tv-xz][a-zà-ÿ])")
# "sSeefeldstrasse 50" (fresh photo seed 502, read at 0.95): a speck read as a small letter
# glued before a word's capital. No street word opens on a small letter and a capital (over the
# 6,800 seen photos every such word read was a slip) but Irish after its article: eclipsis and
# a prefixed h or t ("Bóthar na gCloch", "Sráid an tSéipéil", "Bóthar na hAbhann"; rev45).
SMALL_BEFORE_CAPITAL_RE = re.compile(r"(?<!\bna )(?<!\ban )\b[a-zà-ÿ][A-ZÀ-Þ][a-zà-ÿ]{2,}")
# "quai de /a Tournelle" for de la (check photo 467 card 4, its l read as a slash at 0.59), or
# "de a" (the l lost): French puts no lone "a" (the verb) after de, du or des in a name: before
# a vowel de is elided ("d'Alésia"), and the place's à follows no de. Case kept: Galician names
# open on the article "A" ("Rúa de A Coruña"); a slash or bar before it is the l misread
FRENCH_DE_A_RE = re.compile(r"\b(?:de|du|des) [/|\\]?a\b")
# An Italian street: its street word first ("Via", "Corso", "Piazza" ...); a Spanish one is
# SPANISH_STREET_RE's
ITALIAN_STREET_RE = re.compile(
    r"(?i)^(?:via|viale|corso|piazza|piazzale|largo|vicolo|strada|lungotevere|lungomare)\b"
)
# "Corso Vittorio Emanuele If 14" for II: a king's or pope's numeral after his name (Emanuele II,
# Pio XI, Alfonso XIII) read with a letter no numeral holds, before the house number. The word
# opens on a numeral's capital and holds only letters Tesseract reads for a numeral's strokes;
# "Il", "lI", "ll" and Emanuele's two thin marks are put back first (street_repair). No Italian
# or Spanish word of two to four letters is so spelt before a house number
NUMERAL_SLIP_RE = re.compile(
    r"\b[A-Z][a-zà-ÿ]{2,} (?![IVXLC]+\b)[IVX][IVXLCilf1t]{1,3}(?=,? \d|,?$)"
)


def odd_pairs(street: str, region: str) -> bool:
    """A word of ``street`` holding letters its language never writes so: a Spanish j before a
    consonant, a French word opening on a consonant, an h and a consonant or a lone a after de, an
    Italian or Spanish king's numeral holding another letter, or any word opening on a small l
    and a consonant (the capital I read l) or on a small letter and a capital."""
    spanish = bool(SPANISH_STREET_RE.match(street)) or region == "ES"
    # Not a word in -ldón ("Calle Coldón": Colón's ó read dé, then made -ón): real names end so
    # ("Gabaldón", a surname and a Cuenca village; "Puqueldón", a Chilean commune; "faldón"), and
    # a card printing one would lose its address (rev42l, session 42)
    if spanish and SPANISH_J_RE.search(street):
        return True
    french = FRENCH_STREET_RE.search(street)
    if french and (FRENCH_H_RE.search(street) or FRENCH_DE_A_RE.search(street)):
        return True
    if (spanish or ITALIAN_STREET_RE.match(street)) and NUMERAL_SLIP_RE.search(street):
        return True
    return bool(SMALL_L_ONSET_RE.search(street) or SMALL_BEFORE_CAPITAL_RE.search(street))


def odd_onset(street: str, region: str) -> bool:
    """A word of a German ``street`` opening on a capital and an n German never writes so."""
    return german(street, region) and bool(ODD_ONSET_RE.search(street))


def romaji_read_l(street: str, country: str | None) -> bool:
    """The district word of a Japanese ``street`` that is Japanese once its final l is an i:
    Hepburn writes no l, and Tesseract reads an i as l ("Minatomiral" for Minatomirai)."""
    if country != "JP":
        return False
    return any(ROMAJI_RE.fullmatch(f"{m[1]}i".lower()) for m in FINAL_L_RE.finditer(street))
