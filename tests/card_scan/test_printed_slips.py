"""Causes of wrong auto-accepted fields on the tuning sets, printed and read back with Tesseract.

Each value here went in unread, wrong, at a level that is nearly always right: the fix is in the
reading, so the level keeps meaning what it measured.
"""

from __future__ import annotations

import pytest
from printed import business, read_card, to_review


@pytest.mark.parametrize(
    ("printed", "email", "name"),
    [
        # Family name first, all in capitals, the email spelling one word: the given name the
        # list knows goes first.
        ("OONO YUKO", "oono@vantage.co.jp", "Yuko Oono"),
        # Given name first already: left as printed.
        ("KEIKO NAKAMURA", "nakamura@vantage.co.jp", "Keiko Nakamura"),
        # The email's two words tell the order: it wins over the list.
        ("Yamada Kenta", "yamada.kenta@vantage.co.jp", "Yamada Kenta"),
    ],
)
def test_a_japanese_name_printed_family_name_first_has_its_given_name_first(printed, email, name):
    parsed = read_card(
        ("Vantage Co.,Ltd.", 34), "President & CEO", (printed, 44), "TEL +81 45-804-5605", email
    )
    assert parsed.contact.name.full == name


def test_an_l_with_stroke_read_as_i_is_put_back_where_that_makes_a_given_name():
    parsed = business("Przemysiaw Nowak", "PPHU Atlas", "+48 693 668 341", "p.nowak@atlas.pl", "PL")
    assert parsed.contact.name.full == "Przemysław Nowak"
    # "Ellis" is no "Ellłs", whatever a skeleton of it matches.
    parsed = business("Nancy Ellis", "Atlas Inc.", "+1 206 555 0142", "n.ellis@atlas.com", "US")
    assert parsed.contact.name.full == "Nancy Ellis"


def test_a_name_line_ending_in_a_particle_goes_on_over_the_lines_under_it():
    parsed = read_card(
        ("Marta de", 40),
        ("la", 40),
        ("Fuente", 40),
        "Product Manager",
        ("Atlas Ibérica S.L.U.", 34),
        "m.fuente@atlas.es",
        region="ES",
    )
    assert parsed.contact.name.full == "Marta de la Fuente"


def test_a_name_on_two_lines_is_joined_where_the_email_glues_an_initial_to_one_word():
    rows = ("Director of Operations", ("Walter Software GmbH", 34), "michaelb@walter-software.at")
    parsed = read_card(("Michael", 44), ("Bauer", 44), *rows, region="AT")
    assert parsed.contact.name.full == "Michael Bauer"
    # A third one-word line beside them: the name may run on, so two words are not taken.
    parsed = read_card(("Rafael", 44), ("Diaz", 44), ("Moreno", 44), *rows[:2], "rafaeld@pgroup.es")
    assert parsed.contact.name is None or parsed.contact.name.full != "Rafael Diaz"


def test_an_l_read_as_i_in_an_unchecked_polish_family_name_is_doubted():
    parsed = business(
        "Małgorzata Oiszewska", "Nova Sp. z o.o.", "+48 22 555 01 02", "malgorzata@nova.pl", "PL"
    )
    assert parsed.evidence["name"] == "email+other/lo"
    assert "name" in to_review(parsed)
