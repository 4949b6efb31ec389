"""Companies accepted wrong at ``domain+legal+other/hi`` on fresh photo seeds 209-212 (session
28, company28): an umlaut's dots read as an accent after its vowel, a wordmark glued to the
same word, the name's initials glued before its first word. Hand-made OCR lines as Tesseract
gave them; each failed before its fix."""

from __future__ import annotations

from ocr_lines import company_read as _company


def test_an_umlaut_read_as_an_accent_after_its_vowel_is_put_back_where_the_domain_spells_it():
    # Photo seed 209 card 96: "Köhler" read "Koéhler", stored as Koehler beside koehler.de.
    assert (
        _company(
            ("Nicole Koch", 59, 0.96),
            ("Vorstand", 36, 0.92),
            ("Koéhler Maschinenbau SE", 35, 0.80),
            ("E-Mail n.koch@koehler.de", 31, 0.92),
            ("http://www.koehler.de", 49, 0.82),
        )[0]
        == "Köhler Maschinenbau SE"
    )
    # French writes "oé" (Noémie); beside a French domain the word stays as read.
    assert (
        _company(
            ("Camille Martin", 59, 0.96),
            ("Noémie Conseil SARL", 35, 0.90),
            ("E-mail : c.martin@noemieconseil.fr", 31, 0.92),
            region="FR",
        )[0]
        == "Noémie Conseil SARL"
    )