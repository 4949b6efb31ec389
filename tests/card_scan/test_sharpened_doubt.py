"""A card the blur gate sharpened: the unsharp mask lifts Tesseract's confidence on the strokes
it reshapes, so a title or an unchecked company word read at mid there is doubted (session 27,
mask27: "Director Coencrcial" at 0.82, "Schmid Uhentele GmbH" at 0.85, both accepted)."""

from __future__ import annotations

import pytest
from PIL import Image

from contactkit_plugins.card_scan import scan
from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.company_confidence import company_level
from contactkit_plugins.card_scan.imaging import SHARPENED
from contactkit_plugins.card_scan.text_lines import Line, Word
from contactkit_plugins.card_scan.title_levels import title_level


def _line(text: str, conf: float) -> Line:
    words = text.split()
    return Line([Word(w, conf, 40 + 120 * n, 40, 110, 30) for n, w in enumerate(words)])


def _marked(line: Line, sharpened: bool) -> Line:
    for word in line.words:
        word.sharpened = sharpened
    return line


@pytest.mark.parametrize(
    ("sharpened", "conf", "level"),
    [
        (True, 0.82, "strong/lo"),  # mid on a sharpened card: doubted
        (False, 0.82, "strong/mid"),  # mid on a card left as read: as before
        (True, 0.95, "strong/hi"),  # hi stands, sharpened or not
    ],
)
def test_a_title_read_at_mid_on_a_sharpened_card_is_doubted(sharpened, conf, level):
    title = "Director Coencrcial"
    line = _marked(_line(title, conf), sharpened)
    assert title_level(title, line, True, False) == level


@pytest.mark.parametrize(
    ("title", "sharpened", "conf", "level"),
    [
        # Every word a lexicon word: the lexicon checks the letters the mask may have reshaped
        # (session 28, review28: 13 of 13 right on 900 earlier masked photos)
        ("Directeur Commercial", True, 0.82, "lexicon+sharpened"),
        ("Técnico Comercial", True, 0.82, "lexicon+sharpened"),
        # Department words of French and Italian titles the lexicon lacked (tuning 203-206)
        ("Responsable des achats", True, 0.82, "lexicon+sharpened"),
        ("Responsabile Acquisti", True, 0.82, "lexicon+sharpened"),
        ("Responsabile Ufficio Tecnico", True, 0.82, "lexicon+sharpened"),
        ("Director Coencrcial", True, 0.82, "strong/lo"),  # a word no lexicon spells
        ("Directeur Commercial", False, 0.82, "strong/mid"),  # not sharpened: as before
        ("Directeur Commercial", True, 0.95, "strong/hi"),
        ("Directeur Commercial", True, 0.5, "lexicon"),  # read at lo: as before
    ],
)
def test_a_sharpened_title_the_lexicon_spells_is_measured_apart(title, sharpened, conf, level):
    line = _marked(_line(title, conf), sharpened)
    assert title_level(title, line, True, False) == level
    if level == "lexicon+sharpened":
        assert probability("title", level) >= REVIEW_BELOW


@pytest.mark.parametrize(
    ("sharpened", "conf", "level"),
    [
        (True, 0.85, "domain+legal+other/lo"),
        (False, 0.85, "domain+legal+other/mid"),
        (True, 0.95, "domain+legal+other/hi"),
    ],
)
def test_an_unchecked_company_word_at_mid_on_a_sharpened_card_is_doubted(sharpened, conf, level):
    company = "Schmid Uhentele GmbH"
    line = _marked(_line(company, conf), sharpened)
    assert company_level(company, line, "schmid.ch") == level


@pytest.mark.parametrize("sharpened", [True, False])
def test_card_lines_marks_every_word_of_a_sharpened_card(monkeypatch, sharpened):
    image = Image.new("L", (400, 200), 255)
    image.info[SHARPENED] = sharpened
    read = [Line([Word("Sales", 0.8, 10, 10, 60, 20), Word("Manager", 0.8, 80, 10, 90, 20)])]
    monkeypatch.setattr(scan, "prepare", lambda page, steps: image)
    monkeypatch.setattr(scan, "load_page", lambda data, page: None)
    monkeypatch.setattr(scan, "read_upright", lambda img, options: (img, read))
    monkeypatch.setattr(scan, "reread_email_row", lambda img, lines, *args: lines)
    options = scan.OcrOptions(second_reader=False)
    lines = scan.card_lines(b"", 0, options)
    assert [w.sharpened for line in lines for w in line.words] == [sharpened, sharpened]


@pytest.mark.parametrize(
    ("strong", "leftover", "level"),
    [(False, False, "weak/lo"), (False, True, "leftover/lo"), (True, False, "lexicon+sharpened")],
)
def test_only_a_strong_title_is_checked_by_the_lexicon_on_a_sharpened_card(strong, leftover, level):
    # Second review (session 28, review28d): a department line left over ("Marketing",
    # leftover/mid at 0.010) or a weak one is doubted for where it stands, which the lexicon
    # does not check; before, any kind reached lexicon+sharpened and was accepted.
    line = _marked(_line("Marketing", 0.82), True)
    assert title_level("Marketing", line, strong, leftover) == level
