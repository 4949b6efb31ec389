"""Fields that were accepted wrong on the tuning sets, printed and read back with real Tesseract.

Each card is rendered as a 300 DPI scan, read the way ``contactkit scan`` reads it (prepare,
turn upright, Tesseract, the second reader) and parsed; the assertions are on what the card
yields and how sure it is, so a fix that only works on hand-made lines does not pass here.
"""

from __future__ import annotations

from printed import read_card


def test_a_given_name_the_email_gives_by_its_initial_gets_its_letter_back():
    # The English model reads ł as t; "p.nowicki@" checks only the initial of "Pawet", but
    # only "Paweł" is a given name. (Printed as the model misreads it, so the test does not
    # hang on the model's mood.)
    parsed = read_card(
        ("Pawet Nowicki", 44),
        "Kierownik Projektu",
        ("PPHU Tatry", 36),
        "Tel. 22 290 30 12",
        "p.nowicki@tatry.pl",
        region="PL",
    )
    assert parsed.contact.name.full == "Paweł Nowicki"
