"""Session 16 (wrong16): fields accepted wrong on new blind tuning seeds (15, 16 and own seeds
18-22), each kind on a hand-made card given as the OCR lines Tesseract reads."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card


def _baumann_card(*email_rows: str) -> list:
    # b15 scan 082: the address row read in scraps, no @ anywhere; the website read whole.
    return worded_lines(
        ("Ing. Tobias Baumann", 47),
        ("Director of Operations", 21),
        ("Schmitz & Sohne KG", 33),
        ("Tel.: +43 732.233968548 M: +43 664 9534191", 17),
        *((row, 14) for row in email_rows),
        ("https://schmitzsoehne.at/de", 23),
        ("LandstraBer HauptstraBe 29 · 4056 Linz · Osterreich", 25),
    )


@pytest.mark.parametrize(
    "rows", [("tobias_b", "chmitz", "1", "at", "itzsoehne.at"), ("itzsoehne.at",), ("tobias_b",)]
)
def test_an_address_read_in_scraps_is_not_a_card_without_one(rows):
    # Accepted as a card printing no address (missing+web/hi) before.
    parsed = parse_card(_baumann_card(*rows), default_region="US")
    assert parsed.contact.emails == []
    assert parsed.evidence["emails"] == "unread"
    assert parsed.confidence["emails"] < REVIEW_BELOW


def test_a_card_with_a_website_and_no_address_is_still_accepted():
    parsed = parse_card(_baumann_card(), default_region="US")
    assert parsed.evidence["emails"].startswith("missing+web/")
