"""A sure phone whose line RapidOCR reads with a digit otherwise: doubted.

``phone_check`` reads twice the rows Tesseract read unsurely; a digit it reads wrong at its
surest (``0113 289 3303`` for 3393, the word at 0.95; ``346084`` for 346684 at 0.84: fresh photo
seeds 539 and 534) was accepted. ``recheck`` has RapidOCR read once more each line holding a
phone about to be accepted; where that reading, itself sure, holds the line's digits with one
of them changed, the phones go to review (``+recheck``). A reading with a digit more or
fewer is no dispute: RapidOCR glues and drops the narrow marks of a row alike. But where
Tesseract itself was unsure of a word of the number (``UNSURE_WORD``), a reading that does not
hold the number is dispute enough.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers

from .calibration import ABSENT, REVIEW_BELOW, marked, probability
from .text_lines import Line
from .word_slips import letters_changed

# RapidOCR's reading is weighed from this confidence on, as for the other fields' rechecks.
SURE_READING = 0.85
# Digits the reading may hold the number with otherwise: one. Two let a number whose group the
# reading lost match the digits round it (``+4369681045`` for +43 676 9681045: the country
# code's 43 in the place of 67; fresh photo seed 574 card 69, measured after the fact).
MOST_SLIPS = 1
# A number with a word of digits Tesseract read under this is doubted where RapidOCR's reading,
# at least ``READ_AT`` sure, does not hold it: over the 3,600 seen photos 51 such numbers
# accepted were right, each held by the reading, and the one wrong was not (``+4999 20600721``,
# its first word at 0.17, for +49 89 29620721: fresh photo seed 553 card 55, at bare+intl/mid).
UNSURE_WORD = 0.6
READ_AT = 0.5


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def digits_disputed(national: str, reading: str) -> bool:
    """The reading holds the number's ``national`` digits with one of them otherwise,
    not as they are: compared stretch by stretch, as a label's letters read as digits (``Ce11``,
    a bar read 1) lengthen the reading's digits round it."""
    read = digits(reading)
    if national in read:
        return False
    size = len(national)
    return any(
        letters_changed(national, read[i : i + size]) <= MOST_SLIPS
        for i in range(len(read) - size + 1)
    )


def national_digits(e164: str) -> str:
    """The number's digits as a card prints them nationally, its trunk prefix apart."""
    return str(phonenumbers.parse(e164).national_number)


def doubt_phone_recheck(
    lines: list[Line], numbers: Iterable[str], evidence: dict[str, str]
) -> None:
    """The phones' level marked ``+recheck`` where RapidOCR reads a line holding one of
    ``numbers`` (E.164) otherwise (``line_disputed``)."""
    level = evidence.get("phones", "missing")
    if level in ABSENT or probability("phones", level) < REVIEW_BELOW:
        return
    wanted = [national_digits(number) for number in numbers]
    for line in lines:
        held = [national for national in wanted if national in digits(line.text)]
        if held and line.recheck is not None and line_disputed(line, held):
            evidence["phones"] = marked(level, "recheck")
            return


def line_disputed(line: Line, held: list[str]) -> bool:
    """RapidOCR's reading of ``line``, whose numbers' ``held`` national digits Tesseract read,
    holds them a digit off, surely; or does not hold them where Tesseract was unsure."""
    text, conf = line.recheck or ("", 0.0)
    if conf >= SURE_READING and any(digits_disputed(national, text) for national in held):
        return True
    unsure = min((w.conf for w in line.words if any(c.isdigit() for c in w.text)), default=1.0)
    return unsure < UNSURE_WORD and conf >= READ_AT and any(n not in digits(text) for n in held)
