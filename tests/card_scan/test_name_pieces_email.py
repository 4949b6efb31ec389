"""A name whose given name may stand apart on a taller row ("José" | "Luis Martinez"), read in
pieces: where the email spells the given name taken, the name is measured apart and sure
(session 66); where no email checks it, it stays to review."""

from __future__ import annotations

from printed import as_read

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card


def _card(email_row: list[tuple]) -> list:
    # Second blind generator, scan seed 16 card 75, as read: the logo's "Wilson" apart and taller
    return as_read(
        [("Wilson", 0.95, 477, 158, 233, 57)],
        [("Wilson", 0.97, 476, 258, 87, 21), ("Logistics", 0.95, 575, 258, 107, 26),
         ("Limited", 0.97, 693, 258, 93, 21)],
        [("Niall", 0.96, 479, 311, 89, 36), ("Williams", 0.96, 582, 311, 179, 36)],
        [("Lead", 0.97, 478, 380, 56, 21), ("Data", 0.97, 545, 381, 54, 20),
         ("Scientist", 0.97, 609, 380, 104, 21)],
        [("Main", 0.96, 478, 451, 63, 21), ("+44", 0.97, 554, 452, 46, 20),
         ("(0)", 0.97, 610, 449, 30, 27), ("1865", 0.96, 652, 451, 58, 21),
         ("563440", 0.96, 721, 451, 92, 22)],
        email_row,
        [("114", 0.96, 479, 580, 40, 19), ("Queen", 0.96, 526, 580, 74, 23),
         ("Street", 0.96, 609, 580, 67, 19)],
        [("Oxford", 0.97, 477, 615, 75, 20)],
        [("OX1", 0.99, 477, 652, 44, 19), ("9PW", 0.99, 531, 652, 51, 19)],
    )  # fmt: skip


def test_a_name_in_pieces_the_email_spells_is_sure():
    parsed = parse_card(
        _card([("E-mail", 0.93, 477, 494, 77, 21),
               ("niall.williams@wilsonlogistics.com", 0.90, 569, 494, 428, 27)]),
        default_region="GB",
    )  # fmt: skip
    assert parsed.contact.name.full == "Niall Williams"
    assert parsed.evidence["name"] == "pieces+email"
    assert parsed.confidence["name"] >= REVIEW_BELOW


def test_a_name_in_pieces_no_email_spells_stays_to_review():
    parsed = parse_card(
        _card([("E-mail", 0.98, 477, 538, 77, 21),
               ("contact@wilsonlogistics.com", 0.98, 569, 539, 360, 20)]),
        default_region="GB",
    )  # fmt: skip
    assert parsed.contact.name.full == "Niall Williams"
    assert parsed.evidence["name"] == "pieces"
    assert parsed.confidence["name"] < REVIEW_BELOW
