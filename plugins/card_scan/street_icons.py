"""A map pin printed before the street, as OCR reads it: a 9, a g, a 0, a Q or a sign.

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
# Its round head read 0, its point and head "*Y" ("0 756 Adelaide Street", "*Y 53 Lexington
# Avenue": the second blind generator's cards). A lone Y is the Welsh article ("Y Bwthyn, 3
# High Street"): never taken for one.
PIN = r"(?:(?:9[g%]?|[gq0]|\*Y)\s+|[@©®%°•*»]\s*)"
# Its head alone read as a capital Q ("Q Kerkstraat 145"); Mannheim's squares are named so
# ("Q 7, 10-12"), a number and a comma after the letter: a Q is a pin only before a number and
# a word, or a street's name
PIN_Q = r"Q\s+"
# "9 38, rue Victor Hugo", "g 942 Sparks Street": two numbers open the street
BEFORE_NUMBER_RE = re.compile(rf"^(?:{PIN}(?=\d)|{PIN_Q}(?=\d{{1,5}}[a-z]?\s+[^\W\d]))")
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
    rf"^(?:{PIN}|{PIN_Q})(?!{UNIT}){WORD}(?:\s+{WORD}){{0,5}},?\s+"
    rf"(?:{HOUSE_NUMBER}|{BLOCK_NUMBER})(?:,|$)"
)
NUMBERED_LATER_RE = re.compile(rf"^{PIN}[^\d,]+(?:\s\d{{1,5}})?,\s*(?!{UNIT})\d{{1,5}}\s+[^\W\d]")


PIN_RE = re.compile(rf"^(?:{PIN}|{PIN_Q})")


def pin_dropped(street: str) -> str:
    """The street without the pin read before it, where the street shows one."""
    shown = (
        pattern.match(street) for pattern in (BEFORE_NUMBER_RE, NUMBER_AFTER_RE, NUMBERED_LATER_RE)
    )
    return PIN_RE.sub("", street) if any(shown) else street
