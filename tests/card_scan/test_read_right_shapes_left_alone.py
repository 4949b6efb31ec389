"""Right cards session 29's rules must leave alone (second review, wrong29b): a short name whose
e-less form an address holds by chance, a given name alone ending in l beside a family name in
L, a family name Ginter, two numbers parted by a semicolon. Hand-made OCR lines; each failed
before its narrowing."""

from __future__ import annotations

import pytest
from ocr_lines import stacked_lines as card
from printed import to_review, worded_lines

from contactkit_plugins.card_scan.fields import parse_card


def _us(name: str, email: str) -> list:
    return worded_lines(
        (name, 60), ("Sales Manager", 30), ("Summit Partners LLC", 30),
        ("Tel: +1 312-740-3611", 22), (f"Email: {email}", 22),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "email"),
    [("Joe Johnson", "jjohnson"), ("Sue Sullivan", "ssullivan"), ("Joel Olsen", "jolsen")],
)
def test_a_short_names_e_less_form_an_address_holds_by_chance_is_no_slip(name, email):
    # "jo" of Joe is in jjohnson@, "jol" of Joel in jolsen@: the family name's letters.
    parsed = parse_card(_us(name, f"{email}@summitpartners.com"), default_region="US")
    assert parsed.contact.name.full == name
    assert not parsed.evidence["name"].endswith("/lo")
    assert "name" not in to_review(parsed)


@pytest.mark.parametrize(("name", "email"), [("Paul Lee", "paul"), ("Daniel Lopez", "daniel")])
def test_a_given_name_alone_ending_in_l_beside_a_family_name_in_l_stands(name, email):
    parsed = parse_card(_us(name, f"{email}@summitpartners.com"), default_region="US")
    assert parsed.evidence["emails"] == "name+domain/single"
    assert "emails" not in to_review(parsed)


def test_a_family_name_ginter_is_not_made_the_given_name_guenter():
    lines = worded_lines(
        ("Markus Ginter", 60), ("Einkaufsleiter", 30), ("Summit GmbH", 30),
        ("Tel: +49 89 1234567", 22), ("Email: markus@summit.de", 22),
    )  # fmt: skip
    assert parse_card(lines, default_region="DE").contact.name.full == "Markus Ginter"


def test_two_numbers_parted_by_a_semicolon_are_read_whole():
    rows = [("Ursula Hahn", 48), "Tel. +49 40 45738140; Fax +49 40 45738149"]
    parsed = parse_card(card(*rows, "ursula.hahn@schmidtsoftware.de"), default_region="DE")
    assert sorted(p.e164 for p in parsed.contact.phones) == ["+494045738140", "+494045738149"]
    assert not parsed.evidence["phones"].startswith("mark-end")
