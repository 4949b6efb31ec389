"""A phone row whose labels were read surely and the rest hardly: the number was lost, and the
phones go to review rather than in without it (session 66)."""

from __future__ import annotations

from printed import as_read

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card


def _card(mobile_row: list[tuple[str, float, int, int, int, int]]):
    return as_read(
        [("Tel.", 0.97, 671, 288, 44, 22), ("12", 0.96, 731, 288, 29, 22),
         ("189", 0.97, 773, 288, 45, 22), ("11", 0.94, 831, 288, 25, 22),
         ("09", 0.94, 871, 288, 30, 22)],
        [("Jankowski", 0.97, 152, 295, 195, 29), ("Energia", 0.96, 365, 295, 140, 36),
         ("S.A.", 0.96, 519, 295, 72, 28)],
        mobile_row,
        [("Dorota", 0.96, 154, 361, 144, 36), ("Wieczorek", 0.96, 313, 361, 226, 35)],
        [("e-mail", 0.93, 672, 373, 50, 14),
         ("d.wieczorek@jankowskienergia.com", 0.89, 729, 372, 305, 19)],
        [("30-858", 0.97, 672, 477, 97, 23), ("Krakow", 0.94, 782, 477, 102, 23)],
        [("Polska", 0.97, 674, 518, 91, 23)],
    )  # fmt: skip


def test_a_mobile_row_read_to_its_first_group_sends_the_phones_to_review():
    # Second blind generator, scan seed 24 card 46, as read: the office line accepted alone
    lines = _card(
        [("tel.", 0.97, 671, 330, 36, 22), ("kom.", 0.95, 719, 330, 61, 22),
         ("666", 0.97, 794, 331, 47, 21), ("es", 0.09, 849, 330, 52, 45),
         ("ee", 0.14, 911, 330, 48, 45)]
    )  # fmt: skip
    parsed = parse_card(lines, default_region="PL")
    assert [p.e164 for p in parsed.contact.phones] == ["+48121891109"]
    assert parsed.evidence["phones"] == "unread"
    assert parsed.confidence["phones"] < REVIEW_BELOW


def test_a_row_read_surely_after_its_label_is_no_lost_number():
    lines = _card([("tel.", 0.97, 671, 330, 36, 22), ("kom.", 0.95, 719, 330, 61, 22),
                   ("666", 0.97, 794, 331, 47, 21), ("074", 0.96, 849, 330, 47, 22),
                   ("967", 0.96, 905, 330, 47, 22)])  # fmt: skip
    parsed = parse_card(lines, default_region="PL")
    assert [p.e164 for p in parsed.contact.phones] == ["+48121891109", "+48666074967"]
    assert parsed.evidence["phones"] != "unread"
