"""A house number as addresses print it: digits, a letter, a second number after a slash or a
dash, a French or Dutch bis or ter ("12a", "100/18", "29-31", "20 bis")."""

from __future__ import annotations

HOUSE_NUMBER = r"\d{1,5}\s?[a-zA-Z]?(?:[/-]\d{1,4})?(?:\s(?:bis|ter))?"
