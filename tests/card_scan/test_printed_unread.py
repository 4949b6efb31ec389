"""Session 8: what was printed but not read, and slips that went in unflagged (blind seed 1),
printed and read back with Tesseract.

A field printed and not read must carry confidence 0 (a person looks, or it is left out), never
go in silently empty; a slip must land at a level that is measured as doubtful.
"""

from __future__ import annotations

from printed import ParsedCard, phones, read_card, to_review


def helix(*numbers: str) -> ParsedCard:
    """A Dutch card whose number lines vary."""
    rows = [("Inge de Wit", 44), "Financieel Controller", ("Helix B.V.", 34), *numbers]
    return read_card(*rows, "inge.dewit@helix.nl", region="NL")


def test_a_card_without_a_website_read_marks_it_not_read_without_sending_it_to_review():
    parsed = helix("T +31 70 439 5433")
    assert parsed.contact.urls == []
    assert parsed.evidence["urls"] == "missing" and parsed.confidence["urls"] == 0.0
    assert "urls" not in to_review(parsed)


def test_a_website_beside_a_number_that_was_not_read_as_one_is_marked_unread():
    parsed = helix("T +31 70 439 5433    www. helix-group")
    assert [p for p, _ in phones(parsed)] == ["+31704395433"]
    assert parsed.evidence["urls"] == "unread" and parsed.confidence["urls"] == 0.0
    # Read, the website is no remnant of its line.
    parsed = helix("T +31 70 439 5433    www.helix.nl")
    assert [u.url for u in parsed.contact.urls] == ["www.helix.nl"]
    assert parsed.evidence["urls"] != "unread"


def test_a_number_whose_digits_were_misread_as_letters_is_marked_unread():
    parsed = helix("T +31 70 439 5433", "Fl +31 Ry 946 9911")
    assert parsed.evidence["phones"] == "unread" and "phones" in to_review(parsed)


def test_a_street_with_a_house_number_and_a_postcode_is_no_phone():
    parsed = read_card(
        ("MAREK CHMIELEWSKI", 40),
        ("PPHU TATRY", 30),
        "Tel. 58 592 10 55",
        "marek.chmielewski@tatry.pl",
        "ul. Swietokrzyska 158/3 - 80-823 Gdansk",
        region="PL",
    )
    assert [p for p, _ in phones(parsed)] == ["+48585921055"]


def test_a_digit_inside_a_title_word_is_doubted():
    parsed = read_card(
        ("Aleksander Pawlak", 40),
        "Kierownik Dzialu Zakup6w",
        ("Logistyka Jantar Sp. z o.o.", 30),
        "T: 71 632 77 02",
        "aleksander@logistyka.pl",
        region="PL",
    )
    assert parsed.contact.title == "Kierownik Dzialu Zakup6w"
    assert parsed.evidence["title"].endswith("/lo") and "title" in to_review(parsed)


def test_a_misread_legal_form_after_a_company_the_domain_spells_is_doubted():
    parsed = read_card(
        ("Massimo Caruso", 40),
        "Responsabile Ufficio Tecnico",
        ("Elettronica Dolomiti S.nrl", 30),
        "+39 011 860 6195",
        "massimo.caruso@elettronicadolomiti.it",
        region="IT",
    )
    assert parsed.evidence["organization"] == "domain+debris"
    assert "organization" in to_review(parsed)
