"""A title word Tesseract misread by one letter, put back where one lexicon word alone fits.

The slips of ``titles.TITLE_SLIPS`` are letters the English model makes of letters it lacks.
Other letters are misread too on blurred photos and light faces: "Piant Manager" (l read i),
"Senicr Software Engineer" (o read c), "Key Accoumt Manager" (n read m), "Chiet Financal
Officer" (f read t, an i lost), "Chief Financial Omcer" (the ffi ligature read m), "Vorstahd"
(n read h). ``title_checks`` already sends such a title to review as read, wrong; here the word
is put back where exactly one lexicon word is one edit from it, and the title still goes to
review (``title_levels``): no letter of the lexicon's word was read.
"""

from __future__ import annotations

import string
from functools import lru_cache

from .clues import Found, has_legal_form
from .lexicon import FIELD_WORDS
from .local_parts import spelt_fold
from .text_lines import Line
from .titles import (
    LIGATURES,
    SLIP_SOURCE_WORDS,
    compound_title,
    lexicon_spelt,
    printed_umlauts,
    title_score,
    word_spelt,
)

# Shorter words are one letter from too many others ("Sales" and "Safes"); the lexicon's
# words of five letters are few and unlike ("Piant", "Chiet").
SHORTEST = 5
_LETTERS = string.ascii_lowercase
# A title word's end tells its gender and number ("Director", "Directora"; "Administrativo",
# "Administrativa"; "Manager", "Managers"): a vowel or an s there is no slip to put back.
_ENDINGS = "aeios"
# Letters a word's spelling changes by from language to language, not by a misread:
# "Responsible" is English, "Responsable" French and Spanish; "Direktor", "Director";
# "Analyse", "Analyze"; "Sistemas", "Systems". A vowel for a vowel is never put back either.
_VOWELS = "aeiouy"
_SPELLINGS = frozenset({frozenset("ck"), frozenset("sz"), frozenset("cz"), frozenset("kq")})
# Title words of their own one letter from a lexicon word, never put back: "Resident Manager"
# (a hotel's) was made "President Manager" (rev45). Not in the lexicon either: a President read
# with its P lost is then doubted as a title whose start was cut (title_start_lost.start_lost).
_NEVER_MENDED = frozenset({"resident"})


def _edits(word: str) -> set[str]:
    """``word`` with one letter changed, a consonant lost or a letter added, or an m read for
    a ligature; never its last letter changed or lost, nor a vowel or an s added at its end."""
    out: set[str] = set()
    last = len(word) - 1
    for at in range(len(word)):
        if at < last and word[at] not in _VOWELS:  # "Ingeniería", "Ingeniera": two words
            out.add(word[:at] + word[at + 1 :])
        for letter in _LETTERS:
            if at == last and (letter in _ENDINGS or word[at] in _ENDINGS):
                continue
            if _spelling(word[at], letter):
                continue
            out.add(word[:at] + letter + word[at + 1 :])
        if word[at] == "m":
            out.update(word[:at] + two + word[at + 1 :] for two in LIGATURES)
    for at in range(len(word) + 1):
        for letter in _LETTERS:
            if at == len(word) and letter in _ENDINGS:
                continue
            out.add(word[:at] + letter + word[at:])
    out.discard(word)
    return out


def _known(word: str) -> bool:
    """A title word of the lexicon, or a field a role names ("Plant Manager", "Chief Financial
    Officer"): the words are mended in a title its role word chose."""
    return word_spelt(word) or word in FIELD_WORDS


def _mend_target(word: str) -> bool:
    return word_spelt(word, SLIP_SOURCE_WORDS) or word in FIELD_WORDS


def _spelling(read: str, printed: str) -> bool:
    """Two letters one word is spelt with in two languages (``_SPELLINGS``, two vowels)."""
    pair = frozenset((read, printed))
    return pair in _SPELLINGS or (read in _VOWELS and printed in _VOWELS)


def near_title_word(word: str) -> str | None:
    """The lexicon's word ``word`` is with one letter misread, where exactly one fits, printed
    as ``word`` is (capitals, a capital first, or small letters); else None."""
    bare = word.strip(",.;:")
    if not bare.isascii():
        return None  # an accent printed or put back by a slip: a word of its language
    folded = spelt_fold(bare)
    if len(folded) < SHORTEST or not folded.isalpha() or not folded.isascii() or _known(folded):
        return None
    if folded in _NEVER_MENDED:
        return None
    if compound_title(folded):
        return None  # "Projektingenieur": its ending read whole, its field the firm's own word
    # Put back to a hand-written word only, whose slips were measured: among 3,700 listed
    # titles a smudge is one letter from many a word ("Texter", "Eier").
    found = {edit for edit in _edits(folded) if _mend_target(edit)}
    if len(found) != 1:
        return None
    mended = printed_umlauts(found.pop())
    if bare.isupper():
        mended = mended.upper()
    elif bare[:1].isupper():
        mended = mended[:1].upper() + mended[1:]
    return word.replace(bare, mended)


# Asked twice of a title: the reading puts the title's words back, the title's level asks
# whether its line had any (``title_mended``); each word tries some 300 edits.
@lru_cache(maxsize=4096)
def mend_title(title: str) -> str:
    """``title`` with each word one letter off a single lexicon word put back."""
    return " ".join(near_title_word(w) or w for w in title.split())


def title_mended(read: str) -> bool:
    """A word of the title ``read`` put back by ``mend_title``: a letter nothing read, so the
    title goes to review."""
    return mend_title(read) != read


def pick_mended_title(lines: list[Line], texts: list[str], candidates: list[int]) -> Found | None:
    """No line holds a title word as read: the first line whose every word is a lexicon word
    once the misread ones are put back ("Secion Chied" for Section Chief), a role word among
    them. A name or a firm's words are not all the lexicon's ("Marc Leiner" stays)."""
    for i in candidates:
        mended = mend_title(texts[i])
        if mended == texts[i] or has_legal_form(texts[i]) or not lexicon_spelt(mended):
            continue
        if title_score(mended):
            return Found(mended, lines[i].mean_conf, i)
    return None
