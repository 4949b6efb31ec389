"""A number's digit groups set beside another number of the card: a group read one digit longer
than its twin, unsurely, is a digit read twice.

A card prints its numbers in one grouping (``+39 06-2085-6530``, ``+39 06 4171 5809``). Where a
number of the card shares another's country and area code and its groups but for one inner
group one digit longer, and Tesseract read that group below its surest band with no second
engine reading it alike, the digit more is likelier a stroke read twice than a longer number
(``Fax | +39 06 41717 5809`` for 06 4171 5809, the group at 0.77 and the number still valid in
Italy: accepted at ``bare+intl/hi``; s355 card 91, session 36). Only an inner group: an
extension after the number (``0521 6742 1770`` beside ``0521/674217299``) is a group of its own
length, and Germany and Austria end a fax's number so.

A number alone shows a digit read twice only where its plan gives its block one length and
``phonenumbers`` allows two: a German mobile of a block with seven-digit subscriber numbers
(``long_mobile``, session 40).
"""

from __future__ import annotations

import re

import phonenumbers

from contactkit.model import Phone

from .calibration import marked
from .phone_text import digits_of
from .text_lines import Line
from .word_confidence import ocr_band

# A number printed with its country code: the first group is the code, no group of the number.
# The code may stand in brackets ("(+49) 171 4328765", "(+39) 06 ..."): else the code is taken
# for the area code and the real one, of another length on a mobile, for an inner group.
CODE_FIRST_RE = re.compile(r"^\s*\(?\s*(?:\+|00)")
# Groups a number needs for one to be inner: an area code, the group and a last one.
FEWEST_GROUPS = 3


def groups(raw: str) -> list[str]:
    """The digit groups of a number as printed, its country code and a bracketed trunk 0
    left out (``+39 06 41717 5809`` → 06, 41717, 5809)."""
    found = re.findall(r"\d+", re.sub(r"\(0\)", "", raw))
    return found[1:] if CODE_FIRST_RE.match(raw) and found else found


def long_group(raw: str, other: str) -> int | None:
    """The index of the one inner group of ``raw`` one digit longer than ``other``'s, the area
    code and every other group of the same length; else None."""
    own, twin = groups(raw), groups(other)
    if len(own) != len(twin) or len(own) < FEWEST_GROUPS or own[0] != twin[0]:
        return None
    longer = [i for i, (a, b) in enumerate(zip(own, twin, strict=True)) if len(a) != len(b)]
    if len(longer) != 1:
        return None
    i = longer[0]
    inner = 0 < i < len(own) - 1
    return i if inner and len(own[i]) == len(twin[i]) + 1 else None


def unsure_word(line: Line, group: str) -> bool:
    """The word holding ``group`` read below Tesseract's surest band and not read alike by the
    second engine (phone_check's ``seen_twice``)."""
    words = [w for w in line.words if group in digits_of(w.text)]
    return any(ocr_band(w.conf) != "hi" and not w.seen_twice for w in words)


def group_doubts(found: list[tuple[Phone, str]], rows: list[Line]) -> list[tuple[Phone, str]]:
    """``found`` with each number whose unsure inner group is one digit longer than the same
    group of another number of its country and area code marked ``+long-group`` (to review).
    ``rows[n]`` is the line ``found[n]`` was read on."""
    out = []
    for n, (phone, level) in enumerate(found):
        doubt = False
        for m, (other, _) in enumerate(found):
            if m == n or _country(phone) != _country(other):
                continue
            i = long_group(phone.text, other.text)
            if i is not None and unsure_word(rows[n], groups(phone.text)[i]):
                doubt = True
                break
        if doubt:
            level = marked(level, "long-group")
        out.append((phone, level))
    return out


# German mobile blocks whose subscriber numbers have seven digits (the Federal Network Agency's
# plan: 0160, 0162, 0163, 0170-0175), where phonenumbers allows eight as well, as 0176 and the 015x
# blocks have, and 01609 alone of 0160. A number of these read with eight, Tesseract unsure of
# it, is likelier a digit read twice: "0160 18646156" for 0160 1846156 at 0.8 (check photo 423
# card 64, accepted at bare+intl/mid; session 39).
SEVEN_DIGIT_BLOCK_RE = re.compile(r"^1(?:60[0-8]|6[23]|7[0-5])")
LONG_MOBILE = "+long-mobile"


def long_mobile(number: phonenumbers.PhoneNumber, band: str) -> str:
    """``+long-mobile`` for a German mobile of a seven-digit block read with eight digits after
    its block, below Tesseract's surest band (to review); else nothing."""
    national = str(number.national_number)
    sure = band == "hi"
    own = number.country_code == 49 and SEVEN_DIGIT_BLOCK_RE.match(national)
    return LONG_MOBILE if own and len(national) == 11 and not sure else ""


def _country(phone: Phone) -> int | None:
    """The number's country code, from its E.164 form."""
    return phonenumbers.parse(phone.e164).country_code if phone.e164 else None
