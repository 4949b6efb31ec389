"""An apostrophe inside a firm's name (O'Connor, D'Hondt, Dell'Acqua) is part of the name, not
a logo's mark read as a quote (second blind generator, scan seed 1 card 88, as read)."""

from __future__ import annotations

from printed import as_read

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.company_confidence import ODD_RE
from contactkit_plugins.card_scan.fields import parse_card


def test_a_straight_apostrophe_inside_a_word_is_no_odd_mark():
    assert not ODD_RE.search("O'Connor Medical Corporation")
    assert not ODD_RE.search("Dell'Acqua Logistica Srl")
    assert ODD_RE.search("Q' Quantum Ltd")  # a mark after a monogram's letter
    assert ODD_RE.search("'MZ Zonen B.V.")


def test_an_irish_firms_name_beside_its_domain_goes_in_unread():
    lines = as_read(
        [("Ashley", 0.97, 81, 90, 184, 57), ("Robinson", 0.97, 282, 91, 250, 45)],
        [("Systems", 0.96, 82, 172, 179, 45), ("Administrator", 0.96, 277, 171, 283, 36)],
        [("O'CONNOR", 0.84, 805, 201, 152, 23), ("MEDICAL", 0.95, 967, 201, 129, 23),
         ("CORPORATION", 0.96, 1108, 201, 210, 23)],
        [("415-254-2666", 1.00, 79, 515, 300, 35)],
        [("ashley.robinson@", 0.98, 74, 622, 262, 40),
         ("oconnor-international.com", 0.98, 336, 622, 410, 40)],
        [("www.", 1.00, 78, 664, 85, 51), ("oconnor-international.com", 1.00, 163, 664, 533, 51)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.organization is not None
    assert parsed.contact.organization.name.casefold() == "o'connor medical corporation"
    assert parsed.evidence["organization"].startswith("domain+legal")
    assert parsed.confidence["organization"] >= REVIEW_BELOW
