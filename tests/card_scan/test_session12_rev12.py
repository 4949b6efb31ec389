"""Session 12 review (rev12): wrong fields the session's new levels accepted without review, on
hand-made cards given as the OCR lines Tesseract would read."""

from __future__ import annotations

from test_session12_addr12 import _titled

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW


def test_a_compound_title_whose_field_is_misread_is_not_confirmed_by_its_ending():
    # "Vertriebsleiter" with its e read c, Tesseract unsure: the ending "leiter" spells the role,
    # not the letters before it.
    parsed = _titled(("Vertricbsleiter", 0.70))
    assert parsed.evidence["title"] != "lexicon"
    assert parsed.confidence["title"] < REVIEW_BELOW
    # The field a lexicon word as well: the whole compound is the lexicon's.
    assert _titled(("Vertriebsleiter", 0.70)).evidence["title"] == "lexicon"
