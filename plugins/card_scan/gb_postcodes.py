"""A British postcode that cannot exist: its area letters no area of the Royal Mail's, or its
inward code holding a letter the Royal Mail never gives there (session 37)."""

from __future__ import annotations

import re

# The Royal Mail's postcode areas (the outward code's letters). A read area outside them is a
# letter misread ("BC2H 1XZ" for EC2H: E read B), which the rest of the code cannot show.
_AREAS = """AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN
    DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L
    LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA
    SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV
    YO ZE"""
# Postcodes of the British shape outside those areas that are real all the same: the Royal
# Mail's non-geographic BF (BFPO) and BX (firms' and departments' mail), and Gibraltar's one
# postcode, GX11 1AA (rev37f). GIR 0AA has no digit after its letters: never of the shape.
_OTHER_AREAS = "BF BX GX"
GB_AREAS = frozenset(_AREAS.split() + _OTHER_AREAS.split())
# The inward code's two letters never include C, I, K, M, O or V (they read as digits or as
# one another by hand and by machine): "EC2N 6OW" is a Q, a D or a 0 misread, not a postcode.
INWARD_LETTERS_NEVER = frozenset("CIKMOV")
GB_SHAPE_RE = re.compile(r"^(?P<area>[A-Z]{1,2})\d[A-Z\d]? ?\d(?P<letters>[A-Z]{2})$")


def impossible_gb_postcode(postal: str) -> bool:
    """A postcode of the British shape no British postcode has; False for any other shape."""
    match = GB_SHAPE_RE.match(postal.strip())
    if not match:
        return False
    return match["area"] not in GB_AREAS or bool(INWARD_LETTERS_NEVER & set(match["letters"]))
