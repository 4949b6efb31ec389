"""Scraps of a number left on a card beside the numbers read (session 16, wrong16).

A phone row read in pieces on a small scan (``M +49`` | ``)1515`` | ``4810 T`` for
M +49 1515 7904810) leaves a country code with no number after it: a number was printed and
not read, though another number of the card was.
"""

from __future__ import annotations

import re

CODE_ALONE_RE = re.compile(r"(?:^|\s)\+\d{1,3}$")


def code_alone(text: str) -> bool:
    """A line ending in a country code, with too few digits for a number of its own."""
    return bool(CODE_ALONE_RE.search(text.strip())) and sum(c.isdigit() for c in text) < 6
