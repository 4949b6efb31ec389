"""Names as the blind generator's font families print them and Tesseract reads them on a
photo (session 20: until then every tuning card was printed in DejaVu): a letter one family draws
its own way, read as another. Cards printed in that font and read back by real Tesseract, and the
slip's rule on the words as read; each failed before its fix."""

from __future__ import annotations

import pytest
from printed import read_card

from contactkit_plugins.card_scan.name_slips import name_slips

NOTO_ITALIC = "/usr/share/fonts/truetype/noto/NotoSans-Italic.ttf"


def test_a_capital_j_noto_dips_under_the_line_is_read_a_capital():
    # Noto Sans Italic's J dips under the line as a j does: blurred as on a photo, Tesseract reads
    # "Andreas jung", a line no name shape took (photo seed 79 cards 165 and 176, both lost)
    parsed = read_card(
        ("Andreas Jung", 40),
        "Purchasing Manager",
        ("LUMEN SA", 34),
        "+41 44 365 27 39",
        "andreas_jung@lumen.ch",
        region="CH",
        font=NOTO_ITALIC,
        blur=2.5,
    )
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
