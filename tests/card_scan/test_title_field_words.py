"""Field words of common titles the lexicon lacked ("Director General", "Purchasing Manager",
"Directora de Recursos Humanos"): beside a role word they spell the title, so a reading
Tesseract doubted is checked by the lexicon (session 38, review38: 8 such titles right at
strong/lo on the cached seeds). Alone they make no line a title; a word as another language
spells it is no slip of them ("Ingeniero de Proceso", "Process Engineer")."""

from __future__ import annotations

import pytest
from ocr_lines import accepted, name_card

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.text_lines import Line, Word
from contactkit_plugins.card_scan.title_levels import title_level
from contactkit_plugins.card_scan.title_mends import mend_title
from contactkit_plugins.card_scan.titles import lexicon_spelt, title_score


def _title_line(text: str, conf: float, sharpened: bool) -> Line:
    """The title's line, each word at ``conf``, on a photo the blur gate sharpened or not."""
    return Line(
        [
            Word(w, conf, 40 + 160 * n, 40, 140, 30, sharpened=sharpened)
            for n, w in enumerate(text.split())
        ]
    )


@pytest.mark.parametrize(
    ("title", "spelt"),
    [
        ("Director General", True),
        ("Président-directeur général", True),
        ("Purchasing Manager", True),
        ("Directora de Recursos Humanos", True),
        # Not "processo": one s put in the Spanish "Proceso" made it (second review, rev38r)
        ("Ingegnere di processo", False),
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
    assert title_score(text) == 0  # no title word: no line is a title for it


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
    assert title_level(title, _title_line(title, conf, sharpened), True, False) == level
    if level.startswith("lexicon"):
        assert probability("title", level) >= REVIEW_BELOW


@pytest.mark.parametrize(
    ("read", "mended"),
    [
        # p361/40 of the cached photos: its last letter cut at the photo's edge. Put back plain,
        # as the lexicon holds it (the title still goes to review, mended/lo).
        ("Président-directeur genera", "Président-directeur general"),
        ("Generak Manager", "General Manager"),
        ("Purchasinq Manager", "Purchasing Manager"),
    ],
)
def test_a_field_word_one_letter_off_is_put_back(read, mended):
    assert mend_title(read) == mended


@pytest.mark.parametrize(
    "title",
    [
        "General Manager",  # English: no accent put in
        "Gerente General",
        "Directeur Général",
        "Direttore Generale",  # Italian: no letter cut off
        "Directeur-Generaal",  # Dutch
        "Ingeniero de Proceso",  # Spanish, one s: no Italian s put in
        "Ingeniero de Procesos",
        "Engenheiro de Processos",  # Portuguese
        "Process Engineer",  # English: no o put at its end
    ],
)
def test_a_field_word_as_its_language_spells_it_is_not_mended(title):
    assert mend_title(title) == title


@pytest.mark.parametrize(
    "title",
    [
        # Mended to the Italian "Processo" once "processo" was a field word, the right title
        # sent to review (second review, rev38r)
        "Ingeniero de Proceso",
        # One letter off "proceso" were it a field word: doubted by title_checks
        "Senior Process Engineer",
    ],
)
def test_a_title_read_right_near_a_field_word_of_another_language_is_accepted(title):
    parsed = name_card("Carlos Ruiz", title, "Quimica Andina S.A.", "carlos.ruiz@quimicaandina.com")
    assert parsed.contact.title == title
    assert accepted(parsed, "title")


@pytest.mark.parametrize(
    ("rows", "department", "company"),
    [
        # A department row of a field word stays the department, the role line the title
        (
            ("Purchasing Dept.", "Acme Tools Inc.", "john.miller@acmetools.com"),
            "Purchasing Dept.",
            "Acme Tools Inc.",
        ),
        (
            ("General Affairs Dept.", "Acme Tools Inc.", "john.miller@acmetools.com"),
            "General Affairs Dept.",
            "Acme Tools Inc.",
        ),
        # A company named with a field word stays the company
        (("General Electric", "john.miller@ge.com"), None, "General Electric"),
    ],
)
def test_rows_of_field_words_that_are_no_title_stay_as_they_were(rows, department, company):
    parsed = name_card("John Miller", "Senior Buyer", *rows)
    assert parsed.contact.title == "Senior Buyer"
    assert parsed.contact.department == department
    assert parsed.contact.organization.name == company
