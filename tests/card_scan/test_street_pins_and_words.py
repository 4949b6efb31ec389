"""A map pin before the street read as a 0, a *Y or a Q; an English Row's w read v; a French
elided article's l read I (second blind generator's tuning seeds, session 61: each address
stored or shown with the slip). Each failed before the fix."""

from __future__ import annotations

import pytest
from printed import hand_lines

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.street_icons import pin_dropped


@pytest.mark.parametrize(
    ("region", "rows", "street"),
    [
        ("AU", ["0 756 Adelaide Street", "Perth WA 6000"], "756 Adelaide Street"),
        ("US", ["*Y 53 Lexington Avenue", "Atlanta, GA 30333"], "53 Lexington Avenue"),
        ("NL", ["Q Kerkstraat 145", "3534 EA Utrecht"], "Kerkstraat 145"),
        (
            "JP",
            ["9 Nihonbashi 1-14-26, Shinjuku-ku", "Tokyo 160-0018"],
            "Nihonbashi 1-14-26, Shinjuku-ku",
        ),
        ("GB", ["784 Colmore Rov", "London W1T 4FP"], "784 Colmore Row"),
        ("FR", ["117 avenue de I'Europe, 35000 Rennes"], "117 avenue de l'Europe"),
    ],
)
def test_a_streets_slip_at_a_pin_or_a_word(region, rows, street):
    lines = hand_lines(("Jan Smith", 30), ("jan@smith.com", 30), *((r, 30) for r in rows))
    assert parse_card(lines, default_region=region).contact.addresses[0].street == street


@pytest.mark.parametrize(
    "street",
    [
        "9 Main Street",  # no number after the name, none opening it
        "0 Main Street",
        "Y Main Street",
        "Y Bwthyn, 3 High Street",  # the Welsh article before a house's name
        "Q 7, 10-12",  # a Mannheim square: its letter, its number, a comma
    ],
)
def test_a_number_or_letter_the_street_may_open_on_is_kept(street):
    assert pin_dropped(street) == street
