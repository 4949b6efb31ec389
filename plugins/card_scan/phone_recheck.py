"""A sure phone whose line RapidOCR reads with a digit otherwise: doubted.

``phone_check`` reads twice the rows Tesseract read unsurely; a digit it reads wrong at its
surest (``0113 289 3303`` for 3393, the word at 0.95; ``346084`` for 346684 at 0.84: fresh photo
seeds 539 and 534) was accepted. ``recheck`` has RapidOCR read once more each line holding a
phone about to be accepted; where that reading, itself sure, holds the number with one digit
replaced and none lost or added, the phones go to review (``+recheck``). A reading with a digit
more or fewer is no dispute: RapidOCR glues and drops the narrow marks of a row alike; but one
with digits more after a number that ends its row is (``digits_run_on``). And where
Tesseract itself was unsure of a word of the number (``UNSURE_WORD``), a reading that does not
hold the number is dispute enough.
"""

from __future__ import annotations

from collections.abc import Iterable

import phonenumbers
from rapidfuzz.distance import Levenshtein

from .calibration import marked, sure
from .phone_text import digits_of, fix_digits
from .text_lines import Line

# RapidOCR's reading is weighed from this confidence on, as for the other fields' rechecks.
SURE_READING = 0.85
# A number with a word of digits Tesseract read under this is doubted where RapidOCR's reading,
# at least ``READ_AT`` sure, does not hold it: over the 3,600 seen photos 51 such numbers
# accepted were right, each held by the reading, and the one wrong was not (``+4999 20600721``,
# its first word at 0.17, for +49 89 29620721: fresh photo seed 553 card 55, at bare+intl/mid).
UNSURE_WORD = 0.6
READ_AT = 0.5


def national_digits(e164: str) -> str:
    """The number's national significant digits, as a card prints them after its country code
    or trunk prefix (Italy's leading 0 kept; an extension apart)."""
    return phonenumbers.national_significant_number(phonenumbers.parse(e164))


def digits_disputed(national: str, printed: str, reading: str) -> bool:
    """Tesseract's digits of the line (``printed``) aligned on the reading's: the number's
    ``national`` digits there with one replaced and none lost or added, in the number or at its
    edge (a trunk 0 or a country code slides in where a digit was lost: ``013 289 3393`` for
    0113 289 3393 is no slip of one digit)."""
    own, read = digits_of(printed), digits_of(fix_digits(reading))
    start = own.find(national)
    if start < 0 or national in read:
        return False
    end = start + len(national)
    inside = [op for op in Levenshtein.editops(own, read) if start <= op.src_pos < end]
    return len(inside) == 1 and inside[0].tag == "replace"


def digits_run_on(national: str, printed: str, reading: str) -> bool:
    """The reading holds the number's ``national`` digits and a digit more after them where
    Tesseract's line (``printed``) ends on the number: its last digits were lost ("F: 049 46 58
    09" read "F:0494658099" for 049 4658 0993: the second blind generator's scan seed 5 card 5,
    accepted at labelled/hi). Over the first generator's 11,300 cached photos no accepted
    number's reading ran on so."""
    own, read = digits_of(printed), digits_of(fix_digits(reading))
    at = read.find(national)
    return at >= 0 and own.endswith(national) and len(read) > at + len(national)


def doubt_phone_recheck(
    lines: list[Line], numbers: Iterable[str], evidence: dict[str, str]
) -> None:
    """The phones' level marked ``+recheck`` where RapidOCR reads a line holding one of
    ``numbers`` (E.164) otherwise (``line_disputed``)."""
    if not sure("phones", evidence):
        return
    for i, held in number_lines(lines, numbers):
        reading = lines[i].recheck
        if reading is not None and line_disputed(lines[i], reading, held):
            evidence["phones"] = marked(evidence["phones"], "recheck")
            return


def number_lines(lines: list[Line], numbers: Iterable[str]) -> list[tuple[int, list[str]]]:
    """(index, the national digits it holds) of each line holding one of ``numbers`` (E.164):
    the lines the recheck reads again and the parser weighs its readings of."""
    wanted = [national_digits(number) for number in numbers]
    out = []
    for i, line in enumerate(lines):
        held = [national for national in wanted if national in digits_of(line.text)]
        if held:
            out.append((i, held))
    return out


def line_disputed(line: Line, reading: tuple[str, float], held: list[str]) -> bool:
    """RapidOCR's ``reading`` of ``line``, whose numbers' ``held`` national digits Tesseract
    read, holds one of them a digit off, surely; or does not hold it where Tesseract was unsure
    of one of its words."""
    text, conf = reading
    # An icon before a colon read as a digit ("6:791-636-523" for "@ 791-436-523", fresh photo
    # 607/48) is no digit of the number: the reading after the label's colon is weighed too.
    texts = [text, text.partition(":")[2]] if ":" in text else [text]
    for national in held:
        if conf >= SURE_READING and any(digits_disputed(national, line.text, t) for t in texts):
            return True
        if conf >= SURE_READING and digits_run_on(national, line.text, text):
            return True
        unsure = conf >= READ_AT and _number_conf(line, national) < UNSURE_WORD
        if unsure and national not in digits_of(fix_digits(text)):
            return True
    return False


def _number_conf(line: Line, national: str) -> float:
    """Tesseract's least confidence in the words holding the number's digits on ``line`` (not
    a postcode's, a label's or another number's beside it)."""
    start = digits_of(line.text).find(national)
    end, seen, least = start + len(national), 0, 1.0
    for word in line.words:
        count = len(digits_of(word.text))
        if count and seen < end and seen + count > start:
            least = min(least, word.conf)
        seen += count
    return least
