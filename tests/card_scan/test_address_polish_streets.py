"""A Polish street's ł read t, put back where the word is one Polish streets bear
(``polish_streets``; second generator tuning photos and scans, session 61: 14 of 16 wrong Polish
addresses were such a word). Each failed before the fix."""

from __future__ import annotations

import pytest
from printed import hand_lines

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.polish_streets import street_l_back


@pytest.mark.parametrize(
    ("row", "street"),
    [
        # Aleja Niepodległości: its ł read t, its ś read s (the word is known either way)
        ("Al. Niepodlegtosci 14, 60-714 Poznań", "Al. Niepodległosci 14"),
        ("ul. Wroctawska 71, 02-811 Warszawa", "ul. Wrocławska 71"),
        ("ul. Putawska 89, 90-320 Łódź", "ul. Puławska 89"),
        ("ul. Stowackiego 3, 31-110 Kraków", "ul. Słowackiego 3"),
    ],
)
def test_a_street_word_with_its_l_stroke_lost(row, street):
    parsed = parse_card(hand_lines(("Jan Nowak", 30), (row, 30)), default_region="PL")
    assert parsed.contact.addresses[0].street == street


@pytest.mark.parametrize(
    "street",
    [
        "ul. Matejki 3",  # a t Polish prints: no street word with an ł is one letter off it
        "ul. Stawki 2",
        "ul. Kościuszki 33",
        "ul. Floriańska 12",
        "ul. Pawia 5",  # an i printed: no ł read so is put back (Pawła is a word too)
        "ul. Mata 4",  # a short word one t off a listed one (Mała): none such is listed
        "ul. Hoża 5, Victoria Tower",  # a building's English name on a Polish card
    ],
)
def test_a_street_read_right_is_left_as_read(street):
    assert street_l_back(street) == street
