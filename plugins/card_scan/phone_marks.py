"""What phone_check's second engine said of a number's words: other digits (``disputed``), or
the same ones (``read_twice``); and what their boxes show (``digits_lost_in_gap``). Compared by
digits: a word holding its label too ("Tel:+48122216018") is no part of the number's text."""

from __future__ import annotations

import re
from itertools import pairwise

from .clues import digit_count
from .phone_text import digits_of
from .text_lines import Line, Word


def disputed(line: Line, raw: str) -> bool:
    """A word of the number ``raw`` that phone_check's second reading read with other digits.
    Compared by digits: a word holding its label too ("Tel:+48122216018") is no part of the
    number's text, and its dispute was lost (accepted at labelled/hi)."""
    number = digits_of(raw)
    return any(
        word.disputed and (own := digits_of(word.text)) and own in number for word in line.words
    )


def read_twice(line: Line, raw: str) -> bool:
    """Every digit word of the number ``raw`` read alike by phone_check's second engine.

    Session 15, phone rows Tesseract doubted on the photos of new seeds and held-out ones,
    read again on their images: every number both engines read alike was right (see
    calibration, phones)."""
    number = digits_of(raw)
    words = [
        word for word in line.words if (own := digits_of(word.text).lstrip("0")) and own in number
    ]
    return bool(words) and all(word.seen_twice for word in words)


# A space between two digit groups of one number wider than its other spaces by this many of its
# digits' widths: a digit's ink there read as nothing ("0711-8978 79 32" for 0711-89781679 32,
# the "16" lost and the rest a valid German number with an extension; fresh photo seed 234
# card 37, accepted at labelled/hi). Printed groups are spaced alike on a card.
LOST_DIGIT_GAP = 1.4
# Only where each word's box is as wide per character as the others (digits are of one width in
# nearly every font; a box drawn around part of a word's ink makes a gap that is no lost
# digit): at 0.75, two right French numbers read "05 69 913174" (the joined word boxed short,
# 0.81 of the others) were doubted on the cached pool and tuning seeds; at 0.85 none.
EVEN_WIDTHS = 0.85


def digits_lost_in_gap(line: Line, raw: str) -> bool:
    """A gap inside the number ``raw`` (three words or more in a row of the line, each holding
    digits of it) wider than its narrowest by ``LOST_DIGIT_GAP`` digit widths: digits there
    not read."""
    number = digits_of(raw)
    runs: list[list[Word]] = [[]]
    for word in line.words:
        own = digits_of(word.text)
        if own and own in number:
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    words = max(runs, key=len)
    if len(words) < 3:
        return False
    widths = [w.width / len(w.text) for w in words]
    if min(widths) < EVEN_WIDTHS * max(widths):
        return False  # a word's box not its ink's ("2116" boxed half as wide as "3208")
    width = sum(w.width for w in words) / sum(len(w.text) for w in words)
    gaps = [b.left - (a.left + a.width) for a, b in pairwise(words)]
    return max(gaps) - max(min(gaps), 0) >= LOST_DIGIT_GAP * width


# A label of one letter and its stop opening a number's row ("P: 1-617-547-1627").
_LETTER_LABEL_RE = re.compile(r"[A-Za-z][.:;,]")
# Tesseract's doubt of the label that makes a second one like it suspect.
LABEL_DOUBT = 0.8


def letter_label_twice(lines: list[Line]) -> bool:
    """Two number rows opening on the same one-letter label, one of them read unsure: a card
    gives each number its own letter (P, M, F), so the unsure one may be another letter
    misread ("P;" at 0.75 for "F:" under "P: 1-617-547-1627", fresh photo seed 350 card 8, the
    fax stored as a second office number at labelled/hi). Its kind is a guess."""
    seen: dict[str, list[float]] = {}
    for line in lines:
        if len(line.words) < 2 or not _LETTER_LABEL_RE.fullmatch(line.words[0].text):
            continue
        if sum(digit_count(w.text) for w in line.words[1:]) < 7:
            continue
        seen.setdefault(line.words[0].text[0].upper(), []).append(line.words[0].conf)
    return any(len(confs) >= 2 and min(confs) < LABEL_DOUBT for confs in seen.values())
