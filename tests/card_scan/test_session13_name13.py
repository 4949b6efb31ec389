"""Session 13 (name13): names and titles lost on photos, on hand-made cards given as the OCR lines
Tesseract reads (a name in capitals with a letter read small, letters spaced wide, a name's
spaces not read, a degree misread before the name, ß read 8) and titles the lexicon lacked."""

from __future__ import annotations

import pytest
from printed import worded_lines
from test_session12_addr12 import _titled

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card


@pytest.mark.parametrize(
    ("title", "region"), [("Technisch Adviseur", "NL"), ("Técnico Comercial", "ES")]
)
def test_dutch_and_spanish_titles_are_titles(title, region):
    lines = worded_lines(
        ("Fleur Bakker", 44),
        (title, 26),
        ("Techniek", 26),  # a department under it had been taken for the title
        ("Vesta Groep N.V.", 30),
        ("fleur.bakker@vgroup.nl", 22),
    )
    parsed = parse_card(lines, default_region=region)
    assert parsed.contact.title == title


def test_a_title_naming_a_field_has_its_slips_put_back_and_is_spelt_by_the_lexicon():
    # "Logística" with its í read j: a department word of the lexicon, now a title's word too.
    parsed = _titled(("Responsable", 0.93), ("de", 0.93), ("Logjstica", 0.93), region="ES")
    assert parsed.contact.title == "Responsable de Logística"
    # Tesseract unsure, every word a word of the lexicon: measured as "lexicon", not "strong/lo".
    parsed = _titled(("Responsable", 0.70), ("de", 0.70), ("Logistica", 0.70), region="ES")
    assert parsed.evidence["title"] == "lexicon"
    assert parsed.confidence["title"] >= REVIEW_BELOW


