"""Shapes of a firm's name: an apostrophe inside it (O'Connor, D'Hondt, Dell'Acqua) is part of
it, not a logo's mark read as a quote (second blind generator, scan seed 1 card 88, as read);
a doubled initial is a logo's letter glued, whatever domain spells nothing of the name."""

from __future__ import annotations

from printed import as_read

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.company_shapes import ODD_RE
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


def test_a_doubled_initial_beside_a_domain_of_another_name_is_doubted():
    # Second blind generator, scan seed 1 card 7, as read: a logo's K glued to Kimura, and a
    # domain (solxagroup.com) that spells nothing of the name, so checks nothing of it either
    lines = as_read(
        [("KKimura", 0.99, 153, 153, 182, 82), ("Kensetsu", 0.99, 335, 153, 208, 82),
         ("Corporation", 0.99, 543, 153, 286, 82)],
        [("Senior", 0.96, 541, 236, 86, 23), ("Partner", 0.97, 638, 236, 96, 23)],
        [("AKIRA", 0.96, 456, 279, 177, 31), ("GOTO", 0.97, 663, 279, 152, 32)],
        [("06-5419-2136", 0.92, 154, 494, 168, 22)],
        [("ago", 0.88, 154, 579, 65, 27), ("@solxagroup.com", 0.73, 224, 579, 189, 27)],
        [("www.solxagroup.com", 0.91, 154, 616, 260, 35)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="JP")
    assert parsed.evidence["organization"] == "odd"
    assert parsed.confidence["organization"] < REVIEW_BELOW
