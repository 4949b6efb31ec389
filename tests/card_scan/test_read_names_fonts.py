"""Names as the blind generator's font families print them and Tesseract reads them on a
photo (session 20: until then every tuning card was printed in DejaVu): a letter one family draws
its own way, read as another. Cards printed in that font and read back by real Tesseract, and the
slip's rule on the words as read; each failed before its fix."""

from __future__ import annotations

import pytest
from ocr_lines import worded_card as _read
from printed import read_card

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.name_checks import umlaut_put_back
from contactkit_plugins.card_scan.name_slips import name_slips

NOTO_ITALIC = "/usr/share/fonts/truetype/noto/NotoSans-Italic.ttf"


def test_a_capital_j_noto_dips_under_the_line_is_read_a_capital():
    # Noto Sans Italic's J dips under the line as a j does: blurred as on a photo, Tesseract reads
    # "Andreas jung", a line no name shape took (photo seed 79 cards 165 and 176, both lost)
    rows = ("Purchasing Manager", ("LUMEN SA", 34), "+41 44 365 27 39", "andreas_jung@lumen.ch")
    parsed = read_card(("Andreas Jung", 40), *rows, region="CH", font=NOTO_ITALIC, blur=2.5)
    assert "Andreas jung" in parsed.text  # what the test is about: the J read small
    assert parsed.contact.name.full == "Andreas Jung"
    assert parsed.evidence["name"] == "email"


@pytest.mark.parametrize(
    ("read", "want"),
    [
        ("Andrea jung", "Andrea Jung"),
        ("Dr. Julia jansen", "Dr. Julia Jansen"),
        # a particle stays small; a word in capitals before tells nothing of the case
        ("Pieter de jong", "Pieter de jong"),
        ("ANNA jung", "ANNA jung"),
        ("Ana de jesus", "Ana de jesus"),
    ],
)
def test_a_small_j_after_a_capitalised_name_word_is_its_capital(read, want):
    assert name_slips(read) == want


P052 = "/usr/share/fonts/opentype/urw-base35/P052-Roman.otf"


def test_a_serif_faces_u_read_ii_is_put_back_and_sent_to_review():
    # P052 (and URW Bookman, C059, Liberation Serif) set the ü's dots close over a narrow u:
    # softened as on a photo, Tesseract reads "Giinter Kriiger" (photo seed 79 cards 83, 170)
    rows = ("Vertriebsleiter", ("Herrmann Verpackung SE", 34), "T: +49 221 3260285")
    parsed = read_card(("Günter Krüger", 44), *rows, "vertrieb@herrmann.de", font=P052, blur=1.5)
    assert "Giinter Kriiger" in parsed.text  # what the test is about: the ü read ii
    assert parsed.contact.name.full == "Günter Krüger"
    # the letters are put back, not read: a person looks
    assert parsed.evidence["name"].endswith("+umlaut")
    assert parsed.confidence["name"] < REVIEW_BELOW


@pytest.mark.parametrize(
    ("read", "countries", "want"),
    [
        ("Giinter Hoffmann", {"DE"}, "Günter Hoffmann"),
        ("Nicole Kriiger", {"CH", "DE"}, "Nicole Krüger"),
        # Luxembourg and Liechtenstein spell their names with ü too (one table of such countries)
        ("Jean Miiller", {"LU"}, "Jean Müller"),
        # not on a card of another language: Finnish writes ii ("Riikka Kiiski")
        ("Riikka Kiiski", {"FI"}, "Riikka Kiiski"),
        # an i read twice at a word's end is no ü (a Polish name on a card that names Germany)
        ("Aleksander Jankowskii", {"DE"}, "Aleksander Jankowskii"),
    ],
)
def test_ii_between_consonants_is_a_u_on_a_german_speaking_card(read, countries, want):
    assert umlaut_put_back(read, countries) == want


def test_a_companys_u_read_ii_is_put_back_on_a_german_speaking_card():
    # Seed 102 photo 191 (Free Serif): "Kriiger Verpackung GmbH" beside kvgroup.de was accepted
    # at domain+legal+other/hi, the name's ü put back and not the company's.
    rows = ["Sabine Straßburger", "Technischer Leiter", "Kriiger Verpackung GmbH"]
    rows += ["Telefon: +49 89 5239554238", "strassburger@kvgroup.de"]
    parsed = _read(*rows, region="DE")
    assert parsed.contact.organization.name == "Krüger Verpackung GmbH"
    # not on a card of another language (Finnish writes ii)
    rows = ["Riikka Virtanen", "Myyntipäällikkö", "Kiiski Oy", "riikka@kiiski.fi"]
    assert _read(*rows, region="FI").contact.organization.name == "Kiiski Oy"
