"""How sure card_scan is of a title: what its line shows of a cut, a slip or a changed letter,
turned into a level (``strong/hi``, ``lexicon``, ``cut/mid``...) whose measured share of right
titles is its confidence (``confidence`` for the other fields' levels)."""

from __future__ import annotations

import re

from .lexicon import FIELD_ADJECTIVES
from .text_lines import Line
from .title_checks import (
    lexicon_slip,
    lexicon_word_changed,
    ligature_read,
    shape_put_back,
    word_slip,
)
from .title_language_mix import language_left_by_a_lost_letter
from .title_mends import title_mended
from .title_start_lost import start_lost
from .titles import lexicon_spelt, title_letters, umlaut_slip_undone
from .word_confidence import ocr_band, unsure_if_sharpened, words_conf

# A title that ends in a comma or a short connective ("Specjalista ds,", "Head of") was cut:
# the rest of it is on a line not read.
CUT_TITLE_RE = re.compile(r"(?:,|\s(?:[a-zäöü]{1,3}\.?|&))$")


# A role word no card prints alone, its field on the next row ("Responsabile" | "Risorse Umane",
# "Responsabile" | "Amministrazione e Finanza": the second blind generator's photo and scan,
# both accepted at strong/hi; none of the first generator's 11,300 photos prints it alone).
ROLE_ALONE_RE = re.compile(r"(?i)^\s*(?:responsabile|responsable|respons[aá]vel)\s*$")


# A title ending on the adjective of its field after "of" ("Head of Strategic" for Head of
# Strategic Partnerships, its second row not joined).
FIELD_CUT_RE = re.compile(rf"(?i)\b(?:of|for)\s+(?:{'|'.join(sorted(FIELD_ADJECTIVES))})\W*$")


# A chief's title ending on the word before its role ("Chief Financial" for Chief Financial
# Officer, the line's last word lost: fresh photo seed 650 card 28, accepted at strong/hi).
# Not "Chief Executive", a whole title in Britain and its public sector (rev50).
CHIEF_CUT_RE = re.compile(
    r"(?i)\bchief\s+(?:\w+\s+)?(?:financial|operating|technology|technical|information"
    r"|marketing|commercial|revenue|product|people|data|digital|security|legal|creative|strategy"
    r"|investment|risk|compliance|customer|human|experience|innovation|growth|sales)\W*$"
)


# A title opening on a lower-case scrap ("e Manager" for Office Manager) or word ("leiter
# Logistik" for Bereichsleiter, "ichsleiter Logistik"): its start was cut.
CUT_START_RE = re.compile(r"^[a-zß-ÿ]+\s+[A-ZÀ-Þ]")


# A title opening or ending on a mark that is no letter ("‘Yechnischer Leiter", "Chief Financ’"):
# a smudge or a fold over the line's edge, the letters beside it misread or cut (both such titles
# on the tuning sets were wrong).
STRAY_MARK_RE = re.compile(r"^[^\w(]|[^\w.)]$")

# A letter read as a digit inside a word ("Zakup6w"); between lower-case letters only: "B2B
# Sales Manager" is printed so.
DIGIT_IN_WORD_RE = re.compile(r"[a-zß-ÿ]\d[a-zß-ÿ]")


# A small letter inside a word of capitals ("REGIONALrSALES MANAGER"): a speck between two
# words read as a letter, the space lost (scan seed 11 card 69, accepted at strong/hi).
CASE_SLIP_RE = re.compile(r"[A-Z]{2}[a-z][A-Z]{2}")


# A chief's title in three capitals ("CTO", "CFO", "CIO", "COO"): one letter read as another is
# another chief's title, which no lexicon tells from it, so only Tesseract's certainty checks it
# ("CIO" for CTO at strong/mid, pool s323 card 28, session 32). Read under hi: 2 of 3 right
# with the two "CTO" at 0.85 of fresh photo seed 327 (session 33), a share under the bar.
CHIEF_RE = re.compile(r"\bC[A-Z]O\b")


def chief_unsure(text: str, line: Line) -> bool:
    """A chief's three-letter title in ``text`` that Tesseract read under ``hi``."""
    return any(ocr_band(words_conf(line, w)) != "hi" for w in CHIEF_RE.findall(text))


# A word's box this many times as wide as its letters need at its height (each letter as wide
# as the box is high) at least: the box holds letters not read. Titles read whole, one word
# alone on its line, reach 1.07 on the tuning seeds (sessions 34-35: "CEO", "Director").
WIDE_BOX = 1.25
# Asked of a short word only, a role's letters that end a longer title ("President & CEO"):
# a title printed letter-spaced (tracked caps, common on designed cards; the generator tracks
# only names) is read by Tesseract as one word whose box reaches 1.25 at a tracking of 0.2 em
# ("MANAGER", "OWNER") to 0.3 em ("FOUNDER", "DIRECTOR") in DejaVu Sans Bold, Liberation Sans
# and Free Serif, a word of three letters ("CEO") only at 0.3-0.5 em (review rev36c).
WIDE_BOX_LETTERS = 4


def wide_box(text: str, line: Line) -> bool:
    """The title is the one word of its line, three or four letters, and that word's box is
    far wider than its letters: "CEO" read from the small print "President & CEO", the box
    over the whole line and the letters before the last word lost (fresh photo seed 362 card
    62, accepted at strong/hi; session 36)."""
    letters = len(re.sub(r"\W", "", text))
    if len(line.words) != 1 or " " in text or not 3 <= letters <= WIDE_BOX_LETTERS:
        return False
    word = line.words[0]
    return word.width >= WIDE_BOX * letters * word.height


def title_level(text: str, line: Line, strong: bool, leftover: bool) -> str:
    """The level of the title ``text`` read on ``line``. ``strong``: it holds a strong role word
    (``titles.title_score``); ``leftover``: it was taken as the line left over, unsure."""
    text = text.strip()
    if title_mended(title_letters(line.text)):
        return "mended/lo"  # "Piant Manager" made "Plant Manager": a letter nothing read
    if wide_box(text, line):
        return "cut/lo"  # its box wider than its letters: the rest of the line not read
    cut_start = CUT_START_RE.match(text) or start_lost(text)
    cut_end = (
        CUT_TITLE_RE.search(text)
        or CHIEF_CUT_RE.search(text)
        or ROLE_ALONE_RE.match(text)
        or FIELD_CUT_RE.search(text)
    )
    if cut_end or cut_start or STRAY_MARK_RE.search(text):
        return f"cut/{unsure_if_sharpened(line, ocr_band(words_conf(line, text)))}"
    kind = "leftover" if leftover else ("strong" if strong else "weak")
    if DIGIT_IN_WORD_RE.search(text) or CASE_SLIP_RE.search(text):
        return f"{kind}/lo"  # a letter read as a digit or a speck, left so: the title misread
    if DIGIT_IN_WORD_RE.search(line.text):
        # "Kierownik Działu Zakup6w": a letter read as a digit. Where the title's slips put it
        # back ("Zakupów") and the lexicon spells every word, the lexicon checks the title:
        # measured apart (session 21: 5 of 5 right on all-font photos; doubted before)
        return "lexicon+digit" if lexicon_spelt(text) else f"{kind}/lo"
    if lexicon_slip(text) or word_slip(text) or ligature_read(text):  # "Senor", "Omcer"
        return f"{kind}/lo"
    if umlaut_slip_undone(line.text):  # "Geschiiftsfiihrung" made "Geschäftsführung"
        return "umlaut-put-back"
    if shape_put_back(text, line.text):  # "Ingenierfa" made "Ingeniería": no lexicon checks it
        return f"{kind}/lo"
    band = ocr_band(words_conf(line, text))
    if lexicon_word_changed(text, band == "mid"):
        return f"{kind}/lo"  # "Dyrektor Handlooy" at 0.84, "Assistart Manager": a letter changed
    if language_left_by_a_lost_letter(text):
        return f"{kind}/lo"  # "Responsable Acquisti": Responsabile with its i lost
    if chief_unsure(text, line):
        return f"{kind}/lo"  # "CIO" at 0.85: a letter off another chief's title
    if band == "lo" and lexicon_spelt(text):
        return "lexicon"  # "Assistenz der Geschaftsfuhrung": every word a title word
    if kind == "strong" and unsure_if_sharpened(line, band) != band and lexicon_spelt(text):
        # The mask's doubt is on letters nothing checks; the lexicon checks every word (review28).
        # Not a weak or left-over line ("Marketing"): doubted for its place, no lexicon checks.
        return "lexicon+sharpened"
    return f"{kind}/{unsure_if_sharpened(line, band)}"
