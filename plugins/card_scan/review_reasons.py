"""Why a doubted field goes to review, in plain words, from the level the parser set on it.

A level (``calibration.CALIBRATED``) is a base and marks joined by ``+`` and ``/``
(``name+domain+repaired/lo/name-mended``). The person reviewing needs the one mark that
explains the doubt best, not the whole chain: the marks below are tried in order, the most
telling (what was put in from elsewhere) before the base and the reading's band. A level none
of them names gets ``GENERAL``. This is the one place those words live; the terminal and the
browser review both show what it gives (``source``: ``ReviewItem.reasons``).
"""

from __future__ import annotations

import re

# A level said whole, for any field.
WHOLE: dict[str, str] = {
    "missing": "not read",
    "unread": "printed but could not be read",
    "fitted": "fitted to a blurred row from the name and the website",
    "mended": "corrected from a blurred reading by the name and the website",
    "rebuilt": "rebuilt from the name and the website; its row was not read",
}

# Marks that mean the same on every field, tried first: what was put in from elsewhere.
MARKS: tuple[tuple[str, str], ...] = (
    ("name-mended", "corrected from the name"),
    ("company-mended", "corrected from the company's name"),
    ("mended-email", "spelt by an email that was itself corrected"),
    ("company-slip", "the company's name and this domain differ by a letter"),
    ("site-slip", "corrected from the website"),
    ("site-longer", "the website reads its domain with a letter more"),
    ("at-read", "its @ was read as a letter and put back"),
    ("ending-guessed", "its ending guessed from the country"),
    ("foreign-ending", "its ending is another country's"),
    ("glued-ending", "the dot before its ending may be lost (.com.sg read as com.sg)"),
    ("site-rewritten", "the website was printed otherwise"),
    ("two-for-one", "an accented letter put back"),
    ("umlaut", "an umlaut put back"),
    ("umlaut-put-back", "an umlaut put back"),
    ("dotted", "a dot put back"),
    ("initials-slip", "its initials may be misread"),
    ("initial-merged", "an initial may be read into it"),
    ("initial-apart", "an initial read apart"),
    ("prefixed", "a word before it may belong to it"),
    ("start-lost", "its start may be lost"),
    ("recheck", "a second reading of its row spells it otherwise"),
    ("enlarged", "read again alone and enlarged, it is spelt otherwise"),
    ("row-rest", "more of it may stand on its row"),
    ("l-disputed", "an l and an i may be swapped"),
    ("letter", "a letter looks misread"),
)

# Marks a field gives its own meaning, tried after ``MARKS``; one opening on ``^`` is the
# level's start (``domain/hi``, the name not in the address, is not ``name+domain/hi``).
FIELD_MARKS: dict[str, tuple[tuple[str, str], ...]] = {
    "name": (
        ("firm-word", "its last word is the firm's: maybe its logo"),
        ("email-part", "only part of it is in the email"),
        ("email-slip", "a letter or two off the email"),
        ("other", "a word of it is not in the email"),
        ("pieces", "read in pieces"),
        # "+unmatched": a personal address spelling nothing of the line taken for the name
        ("unmatched", "the email names someone else: maybe not the name"),
        ("smaller", "not the largest line, and no email spells it"),
        ("largest", "no email spells it"),
    ),
    "organization": (
        ("near-domain", "nearly the website's name, a letter or two apart"),
        ("initials", "the website's name is its initials only"),
        ("odd", "a logo or a smudge read as letters"),
        ("partner-slip", "the partner's word (& Cie) looks misread"),
        ("domain-only", "no company read: the website's name only"),
        ("one-word", "one word only, maybe a logo"),
        ("debris", "a stray scrap after it"),
        # "+unmatched": a work domain on the card that spells nothing of the company
        ("unmatched", "the website's name has nothing of it"),
        ("shape", "no legal form and no website to check it"),
        ("other", "a word of it is not in the website's name"),
        ("^legal", "no website or email to check it"),
    ),
    "emails": (
        ("ink-dot", "a dot shows in the print where the reading has none"),
        ("web", "no email read, though the website was"),
        ("joined-initial", "a dot may be lost after the initial"),
        ("joined-whole", "a dot may be lost"),
        ("part-name", "only part of the name is in it"),
        ("^domain", "the name is not in it"),
        ("^name/", "nothing on the card checks its domain"),
    ),
    "urls": (
        ("doubted", "taken from the email, which is itself doubted"),
        # "email-row/slip": the row read a letter off the email's domain (site_slip_rows)
        ("slip", "taken from the email: its row was read a letter off"),
        ("ocr", "read alone: nothing else on the card checks it"),
        ("^company", "checked by the company's name only"),
    ),
    "phones": (
        ("repaired", "a digit put back"),
        ("bare-untold", "its kind (office, mobile) could not be told"),
        ("disputed", "two readings of it disagree"),
        ("long-mobile", "a digit may be read twice"),
        ("hint-region", "its country guessed"),
        ("other-region", "its country is not one the card names"),
        ("row-short", "part of its row not read: another number may be lost"),
    ),
    "title": (
        ("leftover", "a line left over, maybe no title"),
        ("mended", "a word corrected from the word list"),
        ("row-parted", "read in pieces"),
        ("field-apart", "a row beside it may be the rest of the title"),
        ("role-below", "the row under it may be the rest of the title"),
    ),
    "addresses": (
        ("polish", "Polish letters may be misread"),
        ("bare-floor", "a floor number may be misread"),
        ("odd-letters", "a letter looks misread"),
        ("near-town", "the town is a letter off a known one"),
    ),
}

# Marks tried after the field's own.
LAST_MARKS: tuple[tuple[str, str], ...] = (
    ("cut", "cut short"),
    ("repaired", "letters put back from another field"),
)

# The reading's band, last: how sure Tesseract was of the letters.
BANDS: dict[str, str] = {"lo": "read unsure", "mid": "read fairly sure, not quite"}

GENERAL = "not sure enough to take unchecked"


def reason(field: str, level: str) -> str:
    """The plain words for why ``field`` at ``level`` is doubted."""
    if level in WHOLE:
        return WHOLE[level]
    parts = set(re.split(r"[+/]", level))
    for mark, words in (*MARKS, *FIELD_MARKS.get(field, ()), *LAST_MARKS):
        if mark in parts or (mark.startswith("^") and level.startswith(mark[1:])):
            return words
    for band, words in BANDS.items():
        if band in parts:
            return words
    return GENERAL


def reasons(evidence: dict[str, str], fields: list[str]) -> dict[str, str]:
    """Each of ``fields`` with its reason; a field with no level was not read."""
    return {field: reason(field, evidence.get(field, "missing")) for field in fields}
