"""Tesseract's confidence in the words of a line: the lowest of a value's words or of a
fragment's, and its three bands. Every reader and every level asks these; they sit below
``confidence`` so that a field's reader need not import the levels."""

from __future__ import annotations

import re

from contactkit import normalize

from .text_lines import Line


def ocr_band(conf: float) -> str:
    """Tesseract's word confidence in three bands: only its order means something."""
    return "hi" if conf >= 0.9 else ("mid" if conf >= 0.75 else "lo")


def unsure_if_sharpened(line: Line, band: str) -> str:
    """``band``, but ``mid`` is ``lo`` on a card the blur gate sharpened (``Word.sharpened``).

    The unsharp mask lifts Tesseract's confidence on the strokes it reshapes: "Director
    Coencrcial" at 0.82 (Comercial, read "Deector Comercial" unsharpened), "Schmid Uhentele
    GmbH" at 0.85 (Uhrenteile). For a title or a company word nothing else on the card checks,
    only ``hi`` still tells a word read surely there (session 27, mask27).
    """
    sharpened = any(w.sharpened for w in line.words)
    return "lo" if band == "mid" and sharpened else band


def words_conf(line: Line, value: str) -> float:
    """The lowest confidence of the line's words that are part of ``value``."""
    wanted = {normalize.fold(w) for w in re.findall(r"[\w'-]+", value)}
    confs = [w.conf for w in line.words if normalize.fold(re.sub(r"[^\w'-]", "", w.text)) in wanted]
    return min(confs) if confs else line.mean_conf


def fragment_conf(line: Line, fragment: str) -> float:
    """The lowest confidence of the words that make up ``fragment`` (a value's first letters:
    a word holding it or held in it), not whole words as ``words_conf`` asks."""
    confs = [w.conf for w in line.words if w.text and (w.text in fragment or fragment in w.text)]
    return min(confs) if confs else line.mean_conf
