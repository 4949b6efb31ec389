"""An address row's two ends as OCR reads a real card's: the scrap an icon leaves after the
address or before it, and the letter slips of a postcode at the row's end (``row_end_slips``,
called by ``address_slips.mended`` before the line is read; session 61).

Each mend is one a reader undoes at sight, and none makes a line an address that holds no
postcode and town: an icon's bracket beside a digit is the postcode's own 1, an at sign with a
domain after it an email's, an O before a word no inward code.
"""

from __future__ import annotations

import re

from .postal import GB_INWARD, GB_OUTWARD

# An icon of the card's other column read after the address on its row: a scrap in brackets
# or closed by a semicolon, a short one or two beside it ("London SE1 6SU [a] Be", "Glasgow G2
# 8WD Oo]", "Aveiro, Portugal [a]:", "Perth WA 6000 [mi]", "EC2A 0EH, United Kingdom io ot;":
# the second blind generator's tuning seeds, each address left unread). Few addresses end so
# ("Suite 5 [Rear]" loses its bracket; a line of two columns was read as one more often). A
# bracket beside a digit or a British outward code's letters is that code's 1 ("M5H 8}1",
# "London SE] 3TD"), kept.
ICON_TAIL_RE = re.compile(
    r"(?:,?\s+[A-Za-z]{1,2})?,?\s+(?![A-Z]{1,2}[\]}]\s)"
    r"[^\s\d]*(?:[\[\]{}]|[A-Za-z];)[^\s\d]*(?:\s+[^\s\d]{1,3})?\s*$"
)
# "9% Umeda 7-2-22, Shimogyo-ku", "% Linzer StraBe 26, 4063": the map pin before the address
# read as a per cent sign (a digit before it, its point); no address opens on one
PIN_HEAD_RE = re.compile(r"^\d?%\s+(?=\S)")
# "N@rregade 152": a Danish or Norwegian ø read as an at sign inside a word; no email follows
# (an address's at sign has a domain after it, dotted or hyphened: "k@nor-tech.no")
AT_FOR_O_RE = re.compile(r"(?<=\b[A-Za-z])@(?=[a-zæøå]{3,}(?:[\s,]|$))")
# "702 OO Ostrava": a Czech or Slovak postcode's two zeros read as capital Os before the town
CZ_ZEROS_RE = re.compile(r"(?<=\b\d{3} )(?:OO|O0|0O)(?= [A-ZÀ-Ž])")
# "Halifax, NS B3j 1E3", "Leeds LS1 1Jx", "Sheffield S1 OXU": a Canadian or British postcode's
# capital read small at the row's end, a British inward code's 0 read O; neither country
# writes a small letter in one, nor a letter first in the inward code. An O only before two
# capitals: "Block B1 Oak", "Halle A1 Ost" end on a word
SMALL_IN_POSTCODE_RE = re.compile(
    rf"(?:^|(?<=\s))(?:[A-Z]\d[A-Za-z] \d[A-Za-z]\d|{GB_OUTWARD} (?:\d[A-Za-z]{{2}}|O[A-Z]{{2}}))$"
)
# "Sheffield $1 2DN": a British outward code's S read as a dollar sign
GB_DOLLAR_RE = re.compile(rf"(?:^|(?<=\s))\$(?=[A-Z]?\d[A-Z\d]? {GB_INWARD}$)")
# "CF10 7UA, United": the country cut at the card's edge after a British postcode
GB_UNITED_RE = re.compile(rf"(\b{GB_OUTWARD} {GB_INWARD}), United$")
# "Dublin 2, DO02 H3R2", "DO2 D9Y5": a Dublin Eircode's 0 read O, or its D read twice, as D and
# O, before its two digits
EIRCODE_DO_RE = re.compile(r"(?:^|(?<=\s))DO0?(?=\d [A-Z\d]{4}$)")
# "211.68 Malmö": a Swedish postcode's space read as a dot before the town
SE_POSTCODE_DOT_RE = re.compile(r"^(\d{3})\.(?=\d{2} [A-ZÅÄÖ])")
# "$72 Pine Street": a house number's 8 read as a dollar sign; no street opens on a price
HOUSE_DOLLAR_RE = re.compile(r"^\$(?=\d{1,4} [A-Z])")


def row_end_slips(text: str) -> str:
    """An address row's ends put right: an icon's scrap cut off either end, an ø read @, a
    postcode's letter slips."""
    text = PIN_HEAD_RE.sub("", ICON_TAIL_RE.sub("", text).rstrip(" ,"))
    text = CZ_ZEROS_RE.sub("00", AT_FOR_O_RE.sub("ø", text))
    text = SMALL_IN_POSTCODE_RE.sub(_postcode_capitals, text)
    text = GB_UNITED_RE.sub(r"\1, United Kingdom", GB_DOLLAR_RE.sub("S", text))
    text = SE_POSTCODE_DOT_RE.sub(r"\1 ", EIRCODE_DO_RE.sub("D0", text))
    return HOUSE_DOLLAR_RE.sub("8", text)


def _postcode_capitals(match: re.Match[str]) -> str:
    outward, inward = match.group(0).upper().split(" ")
    return f"{outward} {inward[0].replace('O', '0')}{inward[1:]}"
