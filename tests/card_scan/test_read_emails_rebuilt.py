"""Addresses rebuilt from the name and the website's domain: an @ read as a letter or lost put
back for review, the usual forms of an address written from a name, two glyphs read as one put
back from the name, and no address made up where two forms are as close or nothing else prints
the domain. Hand-made OCR lines as Tesseract gave them; each failed before its fix."""

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
    # form is closer; two lines each showing another form make no address.
    site = "www.wagner.de"
    assert rebuilt_address(["sfriedrlchg wagner.de", site], "Sabine Friedrich", "wagner.de") == (
        "sfriedrich@wagner.de"
    )
    assert (
        rebuilt_address(
            ["s_friedrich wagner.de", "s.friedrich wagner.de"], "Sabine Friedrich", "wagner.de"
        )
        is None
    )


def test_a_domain_read_only_on_the_address_line_rebuilds_nothing():
    # "vanderveen.daangmulder.com": the @ read as g inside what looks like a website; no other
    # line prints "daangmulder.com", so "vanderveen@daangmulder.com" is not made up.
    lines = ["vanderveen.daangmulder.com"]
    assert rebuilt_address(lines, "Daan van der Veen", "daangmulder.com") is None


def test_name_forms_spell_umlauts_both_ways():
    forms = name_forms("Jürgen Böhm")
    assert {"juergen.boehm", "jurgen.bohm", "jboehm", "boehm"} <= forms


@pytest.mark.parametrize(
    ("name", "read", "want"),
    [
        ("Bernd Kaiser", "bemd_kaiser@pilatus.ch", "bernd_kaiser@pilatus.ch"),  # b16 scan 62
        ("Bemd Kaiser", "bernd_kaiser@pilatus.ch", "bernd_kaiser@pilatus.ch"),  # the name's slip
    ],
)
def test_two_glyphs_read_as_one_in_the_address_are_put_back_from_the_name(name, read, want):
    lines = worded_lines(
        (name, 40),
        ("Leiter Einkauf", 26),
        ("Pilatus AG", 30),
        ("T +41 41 123 45 67", 22),
        (f"E-Mail: {read}", 22),
        ("www.pilatus.ch", 22),
    )
    parsed = parse_card(lines, default_region="CH")
    assert parsed.contact.emails == [want]


def test_an_at_tesseract_read_as_e_before_the_sites_domain_is_put_back_for_review():
    """Photo seed 105 (URW Bookman): ``markus.bauerehelix.ch`` beside ``helix.ch``, its @ read
    as e, was taken for the site and the card's address lost. The @ is put back before the
    domain of the site read on another line, the address to review (``/at-read``); a word that
    is a site's host (``www.``) or a card with an address read keeps its words."""
    rows = [("MARKUS BAUER", 40), ("Partner", 24), ("HELIX AG", 30), ("T +41 31 399 89 25", 22)]
    parsed = parse_card(
        worded_lines(*rows, ("markus.bauerehelix.ch", 22), ("helix.ch", 22)), default_region="US"
    )
    assert parsed.contact.emails == ["markus.bauer@helix.ch"]
    assert parsed.evidence["emails"].endswith("/at-read")
    assert parsed.confidence["emails"] < REVIEW_BELOW
    assert [u.url for u in parsed.contact.urls] == ["helix.ch"]
    site = parse_card(
        worded_lines(*rows, ("www.onehelix.ch", 22), ("helix.ch", 22)), default_region="US"
    )
    assert site.contact.emails == []
    read = parse_card(
        worded_lines(*rows, ("markus.bauerehelix.ch", 22), ("mb@helix.ch", 22), ("helix.ch", 22)),
        default_region="US",
    )
    assert read.contact.emails == ["mb@helix.ch"]
