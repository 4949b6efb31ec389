"""One parse per state of a card's lines: the OCR stage's steps each parse the card to see what
is still missing (an address, a number), and most steps change no line, so the next step and
the final parse would read the same lines again (three parses a photo card on average).

The key is the lines' whole pickled state with the regions: equal bytes are equal lines,
words, boxes and marks, and ``parse_card`` reads nothing else and changes none of them. Each
caller gets its own copy, so one that edits what it was given changes no other's."""

from __future__ import annotations

import copy
import pickle
import threading

from .fields import ParsedCard, parse_card
from .text_lines import Line

# The few latest states: a card's steps ask of one or two; workers are processes of their own.
KEPT = 4
_parsed: dict[bytes, ParsedCard] = {}
_lock = threading.Lock()  # the desk scans on a thread of its own beside the app's


def parsed_once(
    lines: list[Line], *, default_region: str, forced_region: str | None = None
) -> ParsedCard:
    """``parse_card`` of ``lines``, parsed once per state of them."""
    key = pickle.dumps((lines, default_region, forced_region), pickle.HIGHEST_PROTOCOL)
    with _lock:
        found = _parsed.get(key)
    if found is None:
        found = parse_card(lines, default_region=default_region, forced_region=forced_region)
        with _lock:
            while len(_parsed) >= KEPT:
                del _parsed[next(iter(_parsed))]
            _parsed[key] = found
    return copy.deepcopy(found)
