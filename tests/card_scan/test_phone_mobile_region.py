"""A national number labelled a mobile, read in the region of the card's hints where its plan
makes it one ("M 0676 633 78 57" under a KG: an Austrian mobile, a German line; second blind
generator's photo seed 11 cards 7 and 21, read in Germany and sent to review as a kind
conflict). Each failed before the fix."""

from __future__ import annotations

from printed import hand_lines

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.phone_matches import mobile_first


def _phones(*rows: str) -> list[tuple[str | None, str]]:
    parsed = parse_card(hand_lines(*((r, 30) for r in rows)), default_region="US")
    return [(p.e164, p.kind) for p in parsed.contact.phones]


def test_a_mobile_label_picks_the_hinted_region_it_is_a_mobile_in():
    phones = _phones(
        "Ariarilux Verpackungen KG",
        "Dr. Birgit Huber",
        "M 0676 633 78 57",
        "birgit.huber@ariarilux-verpackungen.com",
    )
    assert phones == [("+436766337857", "cell")]


def test_an_office_label_keeps_the_hints_order():
    assert mobile_first("0676 633 78 57", "t", ["DE", "AT", "CH"]) == ["DE", "AT", "CH"]
    assert mobile_first("0676 633 78 57", "m", ["DE", "AT", "CH"])[0] == "AT"
    # a German mobile stays German: the plan makes it one there first
    assert mobile_first("0151 2345 6789", "m", ["DE", "AT", "CH"])[0] == "DE"
