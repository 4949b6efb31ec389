"""Fields that were accepted wrong on the tuning sets, printed and read back with real Tesseract.

Each card is rendered as a 300 DPI scan, read the way ``contactkit scan`` reads it (prepare,
turn upright, Tesseract, the second reader) and parsed; the assertions are on what the card
yields and how sure it is, so a fix that only works on hand-made lines does not pass here.
"""

from __future__ import annotations

import pytest
from printed import read_card


@pytest.mark.parametrize(
    ("printed", "company", "email"),
    [
        ("4 D Hayashi Denki Co., Ltd.", "Hayashi Denki Co., Ltd.", "hideo.nakamura@hayashi.co.jp"),
        ("vantase Vantage Co.,Ltd.", "Vantage Co.,Ltd.", "hideo.nakamura@vgroup.co.jp"),
    ],
)
def test_logo_debris_and_a_misread_logo_word_are_no_part_of_the_company(printed, company, email):
    parsed = read_card((printed, 40), ("Hideo Nakamura", 40), "President & CEO", email)
    assert parsed.contact.organization.name == company


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


@pytest.mark.parametrize(
    ("rows", "name", "company"),
    [
        # Austria's DI read with an l; a legal form's c read as e; logo letters before a name
        # the domain starts with.
        (("Dl Klaus Lehmann", "Lehmann Bau GmbH", "k.lehmann@lehmann-bau.at"),
         "Klaus Lehmann", "Lehmann Bau GmbH"),
        (("Daniel Robinson", "Prisma Holdings ple", "daniel.robinson@prisma.co.uk"),
         "Daniel Robinson", "Prisma Holdings plc"),
        (("S A Schmid Antriebstechnik GmbH", "Wolfgang Huber", "huber.wolfgang@schmid.de"),
         "Wolfgang Huber", "Schmid Antriebstechnik GmbH"),
    ],
)  # fmt: skip
def test_slips_around_the_name_and_the_legal_form(rows, name, company):
    parsed = read_card((rows[0], 40), (rows[1], 40), "Tel. +49 89 5720 7270", rows[2])
    assert parsed.contact.name.full == name
    assert parsed.contact.organization.name == company
