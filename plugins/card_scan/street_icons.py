"""A map pin printed before the street, as OCR reads it: a 9, a g, a 0, a Y or a sign.

Cards set a pin before the address row as they set a handset before the phone's. Tesseract reads
the pin as "9", "g", "9g" or a sign ("9 Hauptplatz 167", "g 518 Canal Street"), which is then
taken for a house number. A lone 9 opens a street in number-first countries too ("9 Main
Street"), so the pin is dropped only where the street shows it is none: another number opens
the street, or the street keeps its own number after its name.
"""

from __future__ import annotations

import re

from .house_numbers import HOUSE_NUMBER

# How the pin reads: a 9, a g or a q, a 9 with a g or a %, each a word of its own; or a sign.
# Its round head read 0, its point and head a Y or a Q ("0 756 Adelaide Street", "Y Avenue
# Louise 29", "*Y 53 Lexington Avenue", "Q Kerkstraat 145": the second blind generator's cards)
PIN = r"(?:(?:9[g%]?|[gq0]|\*?[YQ])\s+|[@©®%°•*»]\s*)"
# "9 38, rue Victor Hugo", "g 942 Sparks Street": two numbers open the street
BEFORE_NUMBER_RE = re.compile(rf"^{PIN}(?=\d)")
# The words of a unit, whose number is no house number ("9 Peachtree Street NE, Suite 1767")
UNIT = r"(?i:suite|ste|unit|floor|fl|room|apt|level|box|po box|postfach)\b"
# "9 Hauptplatz 167", "9 Passeig de Gràcia, 57", "9 ul. Długa 39/14": the street's name, then
# its house number (the number-after convention); or a house's name, then a numbered street ("9
# The Old Mill, 38 High Street"; "g Level 13, 22 Miller Street")
WORD = r"[^\W\d][\w'’.-]*"
# A Japanese address's district, block and house after the quarter's name ("9 Nihonbashi
# 1-14-26, Shinjuku-ku") is such a number too
BLOCK_NUMBER = r"\d{1,4}(?:-\d{1,4}){2}"
NUMBER_AFTER_RE = re.compile(
    rf"^{PIN}(?!{UNIT}){WORD}(?:\s+{WORD}){{0,5}},?\s+(?:{HOUSE_NUMBER}|{BLOCK_NUMBER})(?:,|$)"
)
NUMBERED_LATER_RE = re.compile(rf"^{PIN}[^\d,]+(?:\s\d{{1,5}})?,\s*(?!{UNIT})\d{{1,5}}\s+[^\W\d]")


PIN_RE = re.compile(rf"^{PIN}")


def pin_dropped(street: str) -> str:
    """The street without the pin read before it, where the street shows one."""
    shown = (
        pattern.match(street) for pattern in (BEFORE_NUMBER_RE, NUMBER_AFTER_RE, NUMBERED_LATER_RE)
    )
    return PIN_RE.sub("", street) if any(shown) else street
