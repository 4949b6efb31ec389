"""Session 8: what was printed but not read, and slips that went in unflagged (blind seed 1),
printed and read back with Tesseract.

A field printed and not read must carry confidence 0 (a person looks, or it is left out), never
go in silently empty; a slip must land at a level that is measured as doubtful.
"""

from __future__ import annotations

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.review_rule import review_fields


def test_a_card_sent_to_review_shows_its_less_than_nearly_sure_fields_too():
    # No name read: the card goes to review; its other fields under SECOND_LOOK are shown too.
    confidence = {"name": 0.0, "phones": 0.95, "emails": 0.99, "urls": 0.0}
    values = {"name": {}, "phones": ["+4930"], "emails": ["a@b.de"], "urls": []}
    assert review_fields(confidence, values, REVIEW_BELOW) == (["name", "phones"], [])
    # Nothing under the bar: no card to review, whatever is under SECOND_LOOK.
    confidence["name"] = 0.95
    assert review_fields(confidence, values, REVIEW_BELOW) == ([], [])
