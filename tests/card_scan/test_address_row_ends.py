"""An address row's ends as the second blind generator's cards read (tuning seeds 1-16): an
icon's scrap after the address or a map pin before it, an ø read @, a postcode's letter read
small or as a sign. Each address was left unread before."""

from __future__ import annotations

import pytest
from printed import hand_lines

from contactkit_plugins.card_scan.address_row_ends import row_end_slips
from contactkit_plugins.card_scan.fields import parse_card


def _address(region: str, *rows: str) -> tuple[str | None, ...] | None:
    lines = hand_lines(("Jan Smith", 30), ("jan@smith.com", 30), *((r, 30) for r in rows))
    found = parse_card(lines, default_region=region).contact.addresses
    return (found[0].street, found[0].postal_code, found[0].city) if found else None


@pytest.mark.parametrize(
    ("region", "rows", "want"),
    [
        (
            "GB",
            ["606 Church Lane, London SE1 6SU [a] Be"],
            ("606 Church Lane", "SE1 6SU", "London"),
        ),
        ("GB", ["295 King Street, Glasgow G2 8WD Oo]"], ("295 King Street", "G2 8WD", "Glasgow")),
        (
            "PT",
            ["Rua do Carmo, 28, 3812-111 Aveiro, Portugal [a]:"],
            ("Rua do Carmo, 28", "3812-111", "Aveiro"),
        ),
        (
            "JP",
            ["9% Umeda 7-2-22, Shimogyo-ku, Kyoto 600-8202"],
            ("Umeda 7-2-22, Shimogyo-ku", "600-8202", "Kyoto"),
        ),
        ("DK", ["N@rregade 152, 5000 Odense C, Danmark"], ("Nørregade 152", "5000", "Odense C")),
        ("CZ", ["Palackého 501/75", "702 OO Ostrava"], ("Palackého 501/75", "702 00", "Ostrava")),
        (
            "CA",
            ["16 Boulevard René-Lévesque", "Halifax, NS B3j 1E3"],
            ("16 Boulevard René-Lévesque", "B3J 1E3", "Halifax"),
        ),
        (
            "GB",
            ["116 George Street", "Leeds", "LS1 1Jx"],
            ("116 George Street", "LS1 1JX", "Leeds"),
        ),
        (
            "GB",
            ["18 Old Broad Street", "Sheffield $1 2DN"],
            ("18 Old Broad Street", "S1 2DN", "Sheffield"),
        ),
        (
            "IE",
            ["505 Harcourt Street", "Dublin 2, DO02 H3R2"],
            ("505 Harcourt Street", "D02 H3R2", "Dublin 2"),
        ),
        (
            "IE",
            ["40 O'Connell Street", "Dublin 2", "DO2 D9Y5"],
            ("40 O'Connell Street", "D02 D9Y5", "Dublin 2"),
        ),
        (
            "GB",
            ["476 Canal Street", "Sheffield S1 OXU"],
            ("476 Canal Street", "S1 0XU", "Sheffield"),
        ),
        ("SE", ["Sveavägen 171", "211.68 Malmö"], ("Sveavägen 171", "211 68", "Malmö")),
        ("US", ["$72 Pine Street", "New York, NY 10062"], ("872 Pine Street", "10062", "New York")),
    ],
)
def test_an_address_row_read_with_a_slip_at_its_end(region, rows, want):
    assert _address(region, *rows) == want


@pytest.mark.parametrize(
    "row",
    [
        "Toronto ON M5H 8}1",  # a bracket beside a digit: the postcode's own 1, read so
        "28 High Street, London SE] 3TD",
        "Hauptstraße 22 ; 60255 Frankfurt",  # a separator, a postcode and a town after it
        "Marktgasse 43 | 3011 Bern",
        "info@nørregade.dk",  # an at sign with a dotted domain after it is an email's
        "Storgata 5, 0155 Oslo k@nor-tech.no",  # or a hyphened one
        "Unit 4, Block B1 Oak",  # a word after a block's name, no inward code read O
        "Halle A1 Ost",
    ],
)
def test_a_row_whose_marks_are_its_own_is_left(row):
    assert row_end_slips(row) == row


def test_a_british_country_cut_at_the_cards_edge():
    row = "The Old Mill, 628 Queen Street, Cardiff, CF10 7UA, United"
    lines = hand_lines(("Jan Smith", 30), ("jan@smith.com", 30), (row, 30))
    assert parse_card(lines, default_region="GB").contact.addresses[0].country == "United Kingdom"
