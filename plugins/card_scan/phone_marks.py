"""What phone_check's second engine said of a number's words: other digits (``disputed``), or
the same ones (``read_twice``). Compared by digits: a word holding its label too
("Tel:+48122216018") is no part of the number's text."""

from __future__ import annotations

import re

from .ocr import Line


def disputed(line: Line, raw: str) -> bool:
    """A word of the number ``raw`` that phone_check's second reading read with other digits.
    Compared by digits: a word holding its label too ("Tel:+48122216018") is no part of the
    number's text, and its dispute was lost (accepted at labelled/hi)."""
    number = re.sub(r"\D", "", raw)
    return any(
        word.disputed and (own := re.sub(r"\D", "", word.text)) and own in number
        for word in line.words
    )


def read_twice(line: Line, raw: str) -> bool:
    """Every digit word of the number ``raw`` read alike by phone_check's second engine.

    Session 15, phone rows Tesseract doubted on the photos of new seeds and held-out ones,
    read again on their images: every number both engines read alike was right (see
    calibration, phones)."""
    number = re.sub(r"\D", "", raw)
    words = [
        word
        for word in line.words
        if (own := re.sub(r"\D", "", word.text).lstrip("0")) and own in number
    ]
    return bool(words) and all(word.seen_twice for word in words)
