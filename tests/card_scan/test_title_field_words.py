"""Field words of common titles the lexicon lacked ("Director General", "Purchasing Manager",
"Directora de Recursos Humanos", "Ingegnere di processo"): beside a role word they spell the
title, so a reading Tesseract doubted is checked by the lexicon (session 38, review38: 8 of 8
such titles right at strong/lo on the cached seeds). Alone they make no line a title."""

from __future__ import annotations

import pytest

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.ocr import Line, Word
from contactkit_plugins.card_scan.title_levels import title_level
from contactkit_plugins.card_scan.titles import lexicon_spelt, title_score


def _line(text: str, conf: float, sharpened: bool) -> Line:
    words = [Word(w, conf, 40 + 160 * n, 40, 140, 30) for n, w in enumerate(text.split())]
    for word in words:
        word.sharpened = sharpened
    return Line(words)


@pytest.mark.parametrize(
    ("title", "spelt"),
    [
        ("Director General", True),
        ("Président-directeur général", True),
        ("Purchasing Manager", True),
        ("Directora de Recursos Humanos", True),
        ("Ingegnere di processo", True),
        # Beside no role word a field word is no title ("General Services")
        ("General Purchasing", False),
        ("Recursos Humanos", False),
        # A letter misread: the lexicon does not spell it
        ("Director Generel", False),
        ("Purchasinq Manager", False),
    ],
)
def test_field_words_spell_a_title_beside_a_role_word(title, spelt):
    assert lexicon_spelt(title) == spelt


@pytest.mark.parametrize("text", ["General", "Purchasing", "Recursos Humanos"])
def test_a_field_word_alone_makes_no_line_a_title(text):
    assert title_score(text) == title_score("Overseas")


@pytest.mark.parametrize(
    ("title", "conf", "sharpened", "level"),
    [
        # p324 card 45 of the cached photos: mid on a sharpened photo
        ("Director General", 0.85, True, "lexicon+sharpened"),
        # p359 card 80: "Purchasing" read at 0.73
        ("Purchasing Manager", 0.73, False, "lexicon"),
        ("Directora de Recursos Humanos", 0.86, True, "lexicon+sharpened"),
        ("Director General", 0.85, False, "strong/mid"),  # not sharpened: as before
        ("Director Generel", 0.85, True, "strong/lo"),  # a word the lexicon lacks: doubted
    ],
)
def test_a_doubted_title_of_field_words_is_checked_by_the_lexicon(title, conf, sharpened, level):
    assert title_level(title, _line(title, conf, sharpened), True, False) == level
    if level.startswith("lexicon"):
        assert probability("title", level) >= REVIEW_BELOW
