"""A hinted region the card's own postcode denies.

A label's language or a legal form several countries share ("Handy", "GmbH": Germany, Austria,
Switzerland) names a region a national number is tried in last (``hint-region``). How long the
postcode before the town is tells those countries apart: "10472 Berlin" has five digits, where
Austria and Switzerland write four ("8082 Graz", "8001 Zürich"). A German mobile with a digit lost
("Handy 01526 469471", valid only as a Vienna line) read in Austria on a card whose address reads
"10472Berlin" was accepted (s346 card 80); such a number goes to review.
"""

from __future__ import annotations

import re

from contactkit.model import Phone

# Digits of the postcode of the countries a shared hint names (phone_slips.LABEL_REGIONS,
# legal forms): only these are checked.
POSTCODE_DIGITS = {
    "DE": 5, "FR": 5, "IT": 5, "ES": 5,
    "AT": 4, "CH": 4, "BE": 4, "NL": 4, "DK": 4, "NO": 4,
}  # fmt: skip
# A postcode before its town where an address line starts or after its street's comma, glued
# to the town or not ("10472Berlin", "D-80331 München", "Hauptstr. 5, 1010 Wien"): a phone
# number's digit groups run on in digits, never in a town's capital and small letters.
POSTCODE_TOWN_RE = re.compile(r"(?:^|,)\s*(?:[A-Z]{1,2}-)?(\d{4,5})\s?[A-ZÄÖÜÉ][a-zäöüéèß]{2,}")


def postcode_lengths(texts: list[str]) -> set[int]:
    """How many digits the postcodes before a town on the card have."""
    return {len(m.group(1)) for t in texts for m in POSTCODE_TOWN_RE.finditer(t.strip())}


def denied_by_postcode(region: str, texts: list[str]) -> bool:
    """The card's postcodes all have another length than ``region`` writes."""
    want = POSTCODE_DIGITS.get(region)
    lengths = postcode_lengths(texts)
    return bool(want and lengths) and want not in lengths


def postcode_doubts(out: list[tuple[Phone, str]], texts: list[str]) -> list[tuple[Phone, str]]:
    """``hint-region`` numbers marked ``+postcode`` where the card's postcodes deny their region
    (``denied_by_postcode``): unmeasured, so to review."""
    return [
        (p, how.replace("hint-region", "hint-region+postcode", 1))
        if how.startswith("hint-region") and denied_by_postcode(p.region or "", texts)
        else (p, how)
        for p, how in out
    ]
