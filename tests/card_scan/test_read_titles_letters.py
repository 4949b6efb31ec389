"""Titles in other languages and their misread letters, printed and read back with Tesseract:
words the lexicon lacked, a letter the English model misreads (a digit, an exclamation mark, a
letter without its accent) put back where that makes a title word, a digit read inside a word
doubted, and a department or a country under the name that is no title. Each failed before its
fix.
"""

from __future__ import annotations

import pytest
from printed import read_card, titled_card, to_review


@pytest.mark.parametrize(
    ("printed", "title", "level"),
    [
        # Titles the lexicon lacked were only "the line under the name" (doubtful).
        ("Einkäufer", "Einkaufer", "strong"),  # eng reads no ä
        ("Contréleur de gestion", "Contróleur de gestion", "strong"),  # ó and ô fold alike
        # A letter the English model misreads, put back where that makes a title word.
        ("Kierownik Dziatu Zakupow", "Kierownik Działu Zakupow", "strong"),
        ("Dyrektor Handiowy", "Dyrektor Handlowy", "strong"),
        ("Assistenz der Geschaftsfuihrung", "Assistenz der Geschaftsführung", "strong"),
    ],
)
def test_titles_in_other_languages_and_misread_letters(printed, title, level):
    parsed = read_card(("Anna Kowalska", 44), printed, ("Prisma Sp. z o.o.", 34), "anna@prisma.pl")
    assert parsed.contact.title == title
    assert parsed.evidence["title"].startswith(f"{level}/")


def test_a_department_or_a_country_under_the_name_is_no_title():
    parsed = read_card(("Anna Kowalska", 44), "Logistyka", "Polska", "anna.kowalska@prisma.pl")
    assert parsed.contact.title is None
    assert parsed.contact.name.full == "Anna Kowalska"  # the card itself is read
    assert parsed.contact.emails == ["anna.kowalska@prisma.pl"]


def test_a_digit_inside_a_title_word_is_doubted():
    parsed = titled_card(
        "Aleksander Pawlak",
        "Kierownik Dzialu Zakup6w",
        "Logistyka Jantar Sp. z o.o.",
        "T: 71 632 77 02",
        "aleksander@logistyka.pl",
        "PL",
    )
    # Since session 12 the lexicon puts the letter back, and the title is still doubted.
    assert parsed.contact.title == "Kierownik Dzialu Zakupów"
    assert parsed.evidence["title"].endswith("/lo") and "title" in to_review(parsed)


def test_an_l_read_as_an_exclamation_mark_ending_a_word_is_put_back():
    parsed = titled_card(
        "Sanne Timmermans",
        "Commerciee! Directeur",
        "Jacobs & Zonen B.V.",
        "Mobiel 06-43393877",
        "sanne.timmermans@jacobs.nl",
        "NL",
    )
    assert parsed.contact.title == "Commercieel Directeur"
