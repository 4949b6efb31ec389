"""An address whose separator Tesseract read as a word of its own, spaces both sides
(``benoit _ lafontaine @helix.fr``): the name's start before it is the address's start, not a
word to drop (session 36, wrongtext36)."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.fields import ParsedCard, parse_card


def _card(name: str, email_row: str) -> ParsedCard:
    rows = [
        (name, 40),
        ("Chef de projet", 24),
        ("Helix SAS", 30),
        ("Tél. +33 4 99 87 29 01", 19),
        (email_row, 19),
    ]
    return parse_card(worded_lines(*rows), default_region="FR")


@pytest.mark.parametrize(
    ("row", "address"),
    [
        ("E-mail : benoit _ lafontaine @helix.fr", "benoit_lafontaine@helix.fr"),
        ("benoit _ lafontaine@helix.fr", "benoit_lafontaine@helix.fr"),
        # Left as read: a dash or a dot standing alone (a row's separator on real cards); a
        # label's dash, or a dash with no word of the name before it; an address that is the
        # name's family part alone; one read whole.
        ("E-mail : benoit . lafontaine@helix.fr", "lafontaine@helix.fr"),
        ("benoit - lafontaine@helix.fr", "lafontaine@helix.fr"),
        ("fontaine - benoit@helix.fr", "benoit@helix.fr"),  # review rev36c: all were joined
        ("benoit - benoit.lafontaine@helix.fr", "benoit.lafontaine@helix.fr"),
        ("helix.com - lafontaine@helix.fr", "lafontaine@helix.fr"),
        ("helix.com . benoit.lafontaine@helix.fr", "benoit.lafontaine@helix.fr"),
        ("E-mail - lafontaine@helix.fr", "lafontaine@helix.fr"),
        ("mail - lafontaine@helix.fr", "lafontaine@helix.fr"),
        ("e _ lafontaine@helix.fr", "lafontaine@helix.fr"),
        ("E-mail : lafontaine@helix.fr", "lafontaine@helix.fr"),
        ("benoit_lafontaine@helix.fr", "benoit_lafontaine@helix.fr"),
    ],
)
def test_a_separator_read_apart_joins_the_name_before_it_only(row, address):
    parsed = _card("Benoit de la Fontaine", row)
    assert parsed.contact.emails == [address]


def test_a_word_not_of_the_name_before_a_separator_is_not_joined():
    # "office _ lafontaine@": the name spells no "office", so the address stays as read.
    parsed = _card("Benoit de la Fontaine", "office _ lafontaine@helix.fr")
    assert parsed.contact.emails == ["lafontaine@helix.fr"]


def test_a_word_before_a_row_separator_leaves_the_address_accepted():
    # "paris - benoit.lafontaine@": a town and the row's dash, no start of the address; it was
    # sent to review as /prefixed (review rev36c).
    parsed = _card("Benoit de la Fontaine", "paris - benoit.lafontaine@helix.fr")
    assert parsed.contact.emails == ["benoit.lafontaine@helix.fr"]
    assert parsed.evidence["emails"] == "name+domain"
