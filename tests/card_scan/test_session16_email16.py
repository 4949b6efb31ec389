"""Session 16 (email16): email rows read as no address on tuning photos, given as the OCR lines
Tesseract reads."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.email_rebuild import name_forms, rebuilt_address
from contactkit_plugins.card_scan.fields import parse_card


def _card(name: str, email_row: str, site: str) -> list:
    return worded_lines(
        (name, 40),
        ("Vertriebsleiterin", 26),
        ("Wagner & Meyer GmbH & Co. KG", 30),
        ("T +49 30 2953 0300", 22),
        (email_row, 22),
        (site, 22),
    )


@pytest.mark.parametrize(
    ("name", "row", "site", "want"),
    [
        # b1x photo 526: the @ read as g, a letter of the family name misread.
        (
            "Sabine Friedrich",
            "E sabine.friednchg wagner.de",
            "Web https://wagner.de/",
            "sabine.friedrich@wagner.de",
        ),
        # b1 photo 200: the @ read as "ge", the dot of the domain as a space.
        ("Katarzyna Nowak", "e-mail; katarrynagessokol pl", "www.ssokol.pl", "katarzyna@ssokol.pl"),
        # The @ lost altogether, umlauts spelt out in the address.
        (
            "Jürgen Böhm",
            "E-Mail juergen.boehm wagner.de",
            "www.wagner.de",
            "juergen.boehm@wagner.de",
        ),
    ],
)
def test_an_address_read_with_its_at_lost_is_rebuilt_for_review(name, row, site, want):
    parsed = parse_card(_card(name, row, site), default_region="DE")
    assert parsed.contact.emails == [want]
    assert parsed.evidence["emails"] == "rebuilt"
    assert parsed.confidence["emails"] < REVIEW_BELOW


def test_no_address_is_rebuilt_from_a_word_unlike_the_name():
    # The company's name before the domain is no local part: nothing is made up.
    assert rebuilt_address(["Wagner Meyer wagner.de"], "Sabine Friedrich", "wagner.de") is None
    parsed = parse_card(
        _card("Sabine Friedrich", "Besuchen Sie uns wagner.de", "www.wagner.de"),
        default_region="DE",
    )
    assert parsed.contact.emails == []


def test_two_forms_as_close_make_no_address():
    # "sfriedrich" read "sfriedrlch": s.friedrich? sfriedrich? Read without a dot, the joined
    # form is closer; read as "s friedrlch" both forms tie and nothing is chosen.
    assert rebuilt_address(["sfriedrlchg wagner.de"], "Sabine Friedrich", "wagner.de") == (
        "sfriedrich@wagner.de"
    )
    assert (
        rebuilt_address(
            ["s_friedrich wagner.de", "s.friedrich wagner.de"], "Sabine Friedrich", "wagner.de"
        )
        is None
    )


def test_name_forms_spell_umlauts_both_ways():
    forms = name_forms("Jürgen Böhm")
    assert {"juergen.boehm", "jurgen.bohm", "jboehm", "boehm"} <= forms


def test_both_dots_of_co_uk_read_as_spaces():
    # b11 photo 34: "rachel smith@khananalytics co uk", the website unread: no address before.
    lines = worded_lines(
        ("RACHEL SMITH", 40),
        ("Managing Director", 26),
        ("Khan Analytics LLP", 30),
        ("Direct. 0044 131 579 8496", 22),
        ("rachel smith@khananalytics co uk", 22),
        ("www khananalytics co.uk", 22),
    )
    parsed = parse_card(lines, default_region="GB")
    assert parsed.contact.emails == ["rachel.smith@khananalytics.co.uk"]
    assert parsed.confidence["emails"] < REVIEW_BELOW  # its dot guessed from a space
