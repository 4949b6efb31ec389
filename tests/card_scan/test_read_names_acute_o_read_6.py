"""An ó read as a digit 6 in a name on a Polish or Spanish card (``J6zef Kowalski``,
``Dr. Eduardo L6pez Gonzalez``), put back where the address spells the word with an o; no name
was read before (photo seeds 361, 382, 384; session 38, name38). Hand-made OCR lines as
Tesseract gave them; each failed before its fix."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.name_email_slips import six_as_umlaut


@pytest.mark.parametrize(
    ("rows", "region", "name"),
    [
        (
            [("J6zef Kowalski", 50), ("Kierownik Działu Zakupów", 26),
             ("SZYMANSKI I WSPOLNICY SP.K", 30), ("T: 22-446-55-36", 22),
             ("jozefk@szymanskiwspolnicy.pl", 22), ("00-249 Warszawa", 22)],
            "PL",
            "Józef Kowalski",
        ),
        (
            [("Elzbieta Wr6bel", 50), ("Prezes Zarządu", 26), ("Altair S.A.", 30),
             ("Tel. 22-361-71-29", 22), ("e-mail: ewrobel@altair.pl", 22)],
            "PL",
            "Elzbieta Wróbel",
        ),
        (
            [("Dr. Eduardo L6pez Gonzalez", 50), ("Administrativa", 26),
             ("GARCIA Y ASOCIADOS S.L.", 30), ("e.lopez@garcia.es", 22),
             ("08008 Barcelona", 22)],
            "ES",
            "Eduardo López Gonzalez",
        ),
    ],
)  # fmt: skip
def test_an_acute_o_read_6_is_put_back_where_the_address_spells_an_o(rows, region, name):
    parsed = parse_card(worded_lines(*rows), default_region=region)
    assert parsed.contact.name.full == name


def test_the_six_stays_where_nothing_tells_the_letter():
    # No address, or one that does not spell the word: the 6 stays, the line no name.
    assert six_as_umlaut("J6zef Kowalski", None, "PL") == "J6zef Kowalski"
    assert six_as_umlaut("J6zef Kowalski", "biuro", "PL") == "J6zef Kowalski"
    # Outside the ó countries an o in the address tells neither ó nor ö: left as read.
    assert six_as_umlaut("Florian B6hm", "f.bohm", "DE") == "Florian B6hm"
    assert six_as_umlaut("Florian B6hm", "f.bohm", None) == "Florian B6hm"
    # The umlaut written out still makes it an ö, wherever the card is from.
    assert six_as_umlaut("Florian B6hm", "f.boehm", "PL") == "Florian Böhm"


def test_the_region_is_the_cards_own_not_the_readers_default():
    # A card with no clue to its country read with Spain as the default: the address's o
    # tells ö (Böhm, bohm@) as well as ó, so the 6 stays and the line is no name.
    rows = [("Florian B6hm", 50), ("Vertriebsleiter", 26), ("f.bohm@gmail.com", 22)]
    parsed = parse_card(worded_lines(*rows), default_region="ES")
    assert "ó" not in (parsed.contact.name.full or "")
    assert six_as_umlaut("Florian B6hm", "f.bohm", None) == "Florian B6hm"


def test_a_six_the_address_does_not_spell_as_an_o_stays():
    # "Kowal6ski" beside kowalski@: a speck read 6 between letters is no letter the name has,
    # so no ó is written in a name spelt with none (the address holds no o there).
    assert six_as_umlaut("Jan Kowal6ski", "kowalski", "PL") == "Jan Kowal6ski"
    assert six_as_umlaut("Jan Kowal6ski", "j.kowalski", "ES") == "Jan Kowal6ski"
