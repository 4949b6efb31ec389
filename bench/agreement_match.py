"""Where a field of a card was read, and whether a second reading holds its characters: the
matching that bench/card_scan_agreement.py measures (RapidOCR on a sure field's line).
"""

from __future__ import annotations

import re

from unidecode import unidecode

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.fields import ParsedCard
from contactkit_plugins.card_scan.phone_reading import phone_numbers
from contactkit_plugins.card_scan.recheck_match import field_lines as row_lines
from contactkit_plugins.card_scan.recheck_match import recheck_values
from contactkit_plugins.card_scan.text_lines import Line

CHECKED = ("name", "organization", "emails", "phones")

# The last digits of a number a second reading must hold: a national number without its
# country code or trunk 0, as printed.
NATIONAL_DIGITS = 9


def key(text: str, field: str) -> str:
    """What two readings of a field must share: its letters and digits, folded (RapidOCR's
    model reads no diacritics); an address's dots aside, which RapidOCR drops in narrow gaps."""
    if field == "phones":
        return re.sub(r"\D", "", text)
    drop = r"[^a-z0-9@]" if field == "emails" else r"[^a-z0-9]"
    return re.sub(drop, "", unidecode(text).lower())


def holds(reading: str, value: str, field: str) -> bool:
    """The second reading holds the field's characters as card_scan read them: a name's or a
    company's words each, in any order ("INOUE Koji" for Koji Inoue), a letter RapidOCR's model
    does not know ("ł", "ö") matching any."""
    if field == "phones":
        return key(value, field)[-NATIONAL_DIGITS:] in key(reading, field)
    if field == "emails":
        return key(value, field) in key(reading, field)
    read = key(reading, field)
    return all(re.search(_pattern(word), read) for word in value.split() if _pattern(word))


# What RapidOCR's model, which knows no diacritics, reads for a letter that bears one, beside
# the bare letter: "Rafat" for Rafał, "Distribuci6n" for Distribución (seed 69 photos).
LOOKALIKES = {"l": "t", "o": "6", "e": "o6"}


def _pattern(word: str) -> str:
    """A word's letters and digits as a pattern: a letter with a diacritic matches its bare
    letter or what RapidOCR reads for it."""
    out = []
    for char in word:
        if not char.isalnum():
            continue
        if char.isascii():
            out.append(re.escape(char.lower()))
            continue
        bare = re.sub(r"[^a-z0-9]", "", unidecode(char).lower())
        out.append(f"[{bare}{LOOKALIKES.get(bare, '')}]" if len(bare) == 1 else ".")
    return "".join(out)


def field_lines(field: str, value: str, lines: list[Line], regions: list[str]) -> list[int]:
    """The lines a field was read from (a phone: the first line reading its number; else as the
    recheck finds them, ``recheck_match.field_lines``)."""
    if field == "phones":
        found = [i for i, line in enumerate(lines) if value in phone_numbers(line.text, regions)]
        return found[:1]
    return row_lines(field, value, lines)


def field_values(parsed: ParsedCard) -> list[tuple[str, str]]:
    """(field, value) of each checked field read: the recheck's, and the phones."""
    phones = [("phones", phone.e164) for phone in parsed.contact.phones if phone.e164]
    return recheck_values(parsed.contact) + phones


def sure_values(parsed: ParsedCard) -> list[tuple[str, str]]:
    """(field, value) of each checked field at or over the review bar."""
    sure = {f for f in CHECKED if probability(f, parsed.evidence.get(f, "")) >= REVIEW_BELOW}
    return [(field, value) for field, value in field_values(parsed) if field in sure]
