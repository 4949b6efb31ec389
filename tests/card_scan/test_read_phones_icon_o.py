"""Session 38 (phone38): a mobile's sign read as a capital O glued to its number
("O514-050-712", "O+81 80-3756-2151") names no office line: the mobile keeps the kind its
numbering plan gives, to review. The office label printed apart, a fixed line after a glued O,
and a North American number (the plan cannot tell) stay as read."""

from __future__ import annotations

import pytest
from ocr_lines import conf_line
from printed import to_review

from contactkit_plugins.card_scan.fields import ParsedCard, parse_card


def _kinds(parsed: ParsedCard) -> dict[str, str]:
    return {p.e164 or "": str(p.kind.value) for p in parsed.contact.phones}


def _gdansk(*mobile: str) -> ParsedCard:
    """A Gdańsk card as read on p332 card 55: the office line after its handset, then the
    mobile's row, then the fax."""
    lines = [
        conf_line(20, ("KOZLOWSKI", 0.98), ("I", 0.98), ("WSPOLNICY", 0.98), ("SP.K.", 0.98)),
        conf_line(70, ("Justyna", 0.91), ("Michalska", 0.89)),
        conf_line(120, ("Glowna", 0.98), ("Ksiegowa", 0.98)),
        conf_line(170, ("@", 0.93), ("58", 0.96), ("427", 0.96), ("24", 0.92), ("51", 0.92)),
        conf_line(220, *((w, 0.94) for w in mobile)),
        conf_line(270, ("fax", 0.96), ("58", 0.97), ("480", 0.96), ("43", 0.97), ("46", 0.95)),
        conf_line(320, ("j.michalska@kozlowski.pl", 0.95)),
    ]
    return parse_card(lines, default_region="US")


def test_a_sign_read_o_glued_to_a_mobile_keeps_the_mobile_to_review():
    parsed = _gdansk("O514-050-712")
    assert _kinds(parsed)["+48514050712"] == "cell"
    assert parsed.evidence["phones"].startswith("icon-o")
    assert "phones" in to_review(parsed)


@pytest.mark.parametrize("label", ["O:", "O"])
def test_an_office_label_printed_apart_before_a_mobile_stays_a_conflict(label: str):
    """Apart from its number, with or without a colon, the O is a label, not a sign."""
    parsed = _gdansk(label, "514-050-712")
    assert _kinds(parsed)["+48514050712"] == "work"
    assert parsed.evidence["phones"].startswith("kind-conflict")


def test_a_mobile_label_glued_stays_labelled():
    parsed = _gdansk("M514-050-712")
    assert _kinds(parsed)["+48514050712"] == "cell"
    assert "icon-o" not in parsed.evidence["phones"]


def _osaka(row: str) -> ParsedCard:
    """An Osaka card as read on p381 card 62: the office line, the mobile, the fax."""
    lines = [
        conf_line(20, ("TETSUYA", 0.96), ("YAMAMOTO", 0.96)),
        conf_line(70, ("Sato", 0.97), ("Tsusho", 0.91), ("Co.,", 0.91), ("Ltd.", 0.97)),
        conf_line(120, ("+81-6-7307-7010", 0.99)),
        conf_line(170, *((w, 0.97) for w in row.split())),
        conf_line(220, ("FAX", 0.92), ("+81", 0.92), ("6-3507-4683", 0.92)),
        conf_line(270, ("tetsuya.yamamoto@sato.co.jp", 0.95)),
    ]
    return parse_card(lines, default_region="US")


def test_a_sign_read_o_glued_to_a_plus_before_a_mobile():
    parsed = _osaka("O+81 80-3756-2151")
    assert _kinds(parsed)["+818037562151"] == "cell"
    assert "icon-o" in parsed.evidence["phones"]
    assert "phones" in to_review(parsed)


def test_a_glued_o_before_an_office_line_stays_an_office_line():
    parsed = _osaka("O+81 6-6345-2151")
    assert _kinds(parsed)["+81663452151"] == "work"
    assert "icon-o" not in parsed.evidence["phones"]


def test_a_glued_o_before_a_north_american_number_is_left_alone():
    """The plan cannot tell there (p371 card 31, an office line after "O+1")."""
    lines = [
        conf_line(20, ("Sarah", 0.97), ("Collins", 0.97)),
        conf_line(70, ("Aurora", 0.96), ("Technologies,", 0.96), ("Inc.", 0.93)),
        conf_line(120, ("O+1", 0.96), ("212-903-9352", 0.96)),
        conf_line(170, ("sarahc@auroratech.com", 0.97)),
    ]
    parsed = parse_card(lines, default_region="US")
    assert _kinds(parsed)["+12129039352"] == "work"
    assert "icon-o" not in parsed.evidence["phones"]
