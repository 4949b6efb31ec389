"""Pieces of an address left on a card where no address was read (session 16, wrong16).

A card with a website and no address read is accepted as a card that prints none
(``missing+web``). An address row read in scraps (``tobias_b`` | ``chmitz`` | ``itzsoehne.at``
for tobias_baumann@schmitzsoehne.at, a blurred row on a scan) says otherwise.
"""

from __future__ import annotations

import re

# Letters joined by an underscore: on a card, only an address's local part writes one.
UNDERSCORED_RE = re.compile(r"[a-z]_[a-z]", re.IGNORECASE)


def address_scraps(texts: list[str], site_line: int, domain: str | None) -> bool:
    """A word outside the website's line that is an address's local part (``tobias_b``) or
    the site's domain cut inside a label (``itzsoehne.at`` of schmitzsoehne.at)."""
    for i, text in enumerate(texts):
        if i == site_line:
            continue
        for word in text.split():
            word = word.strip(",;:()<>").lower()
            if UNDERSCORED_RE.search(word):
                return True
            if domain and _cut_tail(word, domain):
                return True
    return False


def _cut_tail(word: str, domain: str) -> bool:
    if len(word) < 6 or "." not in word or len(word) >= len(domain):
        return False
    return domain.endswith(word) and domain[-len(word) - 1].isalnum() and word[0] != "."
