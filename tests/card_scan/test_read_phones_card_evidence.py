"""Numbers the card's own evidence reads: an Italian number printed with "(0)", a trunk 0 lost
or read as a 9 on a card naming its country, a hinted region the card's postcode denies, the
Spanish "Mov.", a fax's "Fox", and a one-letter label glued after the number before it. Each
with the real shape it must leave as read. Hand-made OCR lines of the shapes Tesseract read on
session 34's cached cards; each failed before its fix."""

from __future__ import annotations

import pytest
from ocr_lines import stacked_lines as card
from printed import to_review

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.phone_text import international
from contactkit_plugins.card_scan.postcode_hints import denied_by_postcode


def _read(*rows):
    parsed = parse_card(card(*rows), default_region="US")
    return parsed, {p.e164: p.kind.value for p in parsed.contact.phones}


def test_an_italian_number_printed_with_its_zero_in_brackets_keeps_the_zero():
    # Italy dials the 0 after +39: "+39 2 8721 4455" is no number, so it was left unread.
    _, phones = _read(("Marco Rossi", 44), "Tel. +39 (0)2 8721 4455", "m.rossi@barbieri.it")
    assert phones == {"+390287214455": "work"}
    assert international("+39 (0)6 8772 3658") == "+39 06 8772 3658"


def test_the_trunk_zero_in_brackets_of_other_countries_is_still_not_dialled():
    assert international("+41 (0)22 271 3296") == "+41 22 271 3296"
    assert international("+44 (0)20 7454 2721") == "+44 20 7454 2721"
    _, phones = _read(("Anna Meier", 44), "T: +41 (0)22 417 32 55", "anna@meier.ch")
    assert phones == {"+41224173255": "work"}


def test_a_trunk_zero_lost_on_a_british_card_reads_a_london_number_to_review():
    # As read, "20 7946 0321" is a US number (+1 207), taken at other-region.
    parsed, phones = _read(("Olivia Brown", 44), "Tel. 20 7946 0321", "olivia@acme.co.uk")
    assert phones == {"+442079460321": "work"}
    assert parsed.evidence["phones"].startswith("repaired")
    assert "phones" in to_review(parsed)


def test_a_trunk_zero_read_as_nine_on_a_swiss_card_is_put_back_to_review():
    parsed, phones = _read(
        ("Dorothea Lang", 44), "Treuhand GmbH 931 348 88 75 Natel: 078 309 60 34",
        "E-Mail dlang@mueller.ch",
    )  # fmt: skip
    assert phones == {"+41313488875": "work", "+41783096034": "cell"}
    assert "phones" in to_review(parsed)


def test_a_number_grouped_as_north_america_groups_stays_a_us_number():
    # A US office's number on a British card: its grouping says so, no trunk 0 is put back.
    _, phones = _read(("Olivia Brown", 44), "Tel. 207 946 0321", "olivia@acme.co.uk")
    assert phones == {"+12079460321": "work"}


def test_a_hinted_region_the_postcode_denies_goes_to_review():
    # A German mobile with a digit lost, valid only as a Vienna line, its label "Handy:" read
    # apart, on a card whose address has a German five-digit postcode (glued to its town as
    # read): accepted as Austrian before (pool s346 card 80).
    parsed, _ = _read(
        ("Uwe Schmitz", 44), ("Fischer Maschinenbau GmbH", 34), "y: 01526 469471",
        "uwe.schmitz@fischer.com", "10472Berlin",
    )  # fmt: skip
    assert parsed.evidence["phones"].startswith("hint-region+postcode")
    assert "phones" in to_review(parsed)
    assert denied_by_postcode("AT", ["10472Berlin"])
    assert not denied_by_postcode("DE", ["10472 Berlin"])


def test_a_hinted_region_the_postcode_agrees_with_is_left_as_measured():
    parsed, phones = _read(
        ("Uwe Schmitz", 44), ("Fischer Maschinenbau GmbH", 34), "01526 469471",
        "uwe.schmitz@fischer.com", "8082 Graz",
    )  # fmt: skip
    assert phones == {"+431526469471": "work"}
    # Graz after its postcode names Austria itself now (town_regions): read there, no hint.
    assert parsed.evidence["phones"] == "bare/hi"
    assert not denied_by_postcode("AT", ["8082 Graz", "Tel. 030 12345 Berlin"])


def test_the_spanish_mov_labels_a_mobile():
    # "Mov. 1710 65 22 83": its bar read as 1; unread while "Mov." was no label.
    _, phones = _read(("Ana Ruiz", 44), "Tlf. | 954298191", "Mov. 1710 65 22 83", "ana@prisma.es")
    assert phones == {"+34954298191": "work", "+34710652283": "cell"}


# A fax label read "Fox"; a handset icon read "0." before a trunk 0 (its stop shows it no digit).
@pytest.mark.parametrize(
    ("rows", "want"),
    [
        (
            ("0048 22 899 97 09", "fox | +48 22 475 36 35", "jan@wisniewski.pl"),
            {"+48228999709": "work", "+48224753635": "fax"},
        ),
        (
            ("0.078 071 12 04", "@ 0317121705", "gabriele.maier@vesta.ch"),
            {"+41780711204": "cell", "+41317121705": "work"},
        ),
    ],
)
def test_a_misread_label_or_sign_is_read_to_review(rows, want):
    parsed, phones = _read(("Jan Nowak", 44), *rows)
    assert phones == want
    assert "phones" in to_review(parsed)


def test_a_one_letter_label_glued_after_a_number_labels_the_next():
    _, phones = _read(
        ("Hans Lang", 44), "Direkt 004161200 16 61M +49 160 1296432", "hans@schwarz.ch"
    )
    assert phones == {"+41612001661": "work", "+491601296432": "cell"}


def test_a_letter_after_digits_without_a_plus_after_it_is_left_alone():
    # "Suite 12F": no number opens after the letter.
    _, phones = _read(("Amy Lee", 44), "Tel. (212) 555-0142", "1 Main St, Suite 12F", "amy@lee.com")
    assert phones == {"+12125550142": "work"}


def test_a_zero_and_a_stop_before_no_trunk_zero_reads_no_number():
    _, phones = _read(("Gabriele Maier", 44), "Version 0.5 2024", "gabriele.maier@vesta.ch")
    assert phones == {}
