"""Session 12 review (rev12): wrong fields the session's new levels accepted without review, on
hand-made cards given as the OCR lines Tesseract would read."""

from __future__ import annotations

import pytest
from test_session12_addr12 import _card, _titled

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW


def test_a_compound_title_whose_field_is_misread_is_not_confirmed_by_its_ending():
    # "Vertriebsleiter" with its e read c, Tesseract unsure: the ending "leiter" spells the role,
    # not the letters before it.
    parsed = _titled(("Vertricbsleiter", 0.70))
    assert parsed.evidence["title"] != "lexicon"
    assert parsed.confidence["title"] < REVIEW_BELOW
    # The field a lexicon word as well: the whole compound is the lexicon's.
    assert _titled(("Vertriebsleiter", 0.70)).evidence["title"] == "lexicon"


@pytest.mark.parametrize(
    "site",
    [
        "www.cobalt.n1",  # the l of .nl read as a 1: no suffix at all
        "www.cobalt.corn",  # .com with its m read rn
        "www.cobalt.co",  # .com with its m lost at the card's edge, on a Dutch card
        "www.coba.nl",  # a name cut short is no whole word of the company's
    ],
)
def test_a_website_the_company_spells_with_a_slip_the_name_does_not_check_is_doubted(site):
    rows = ("Lotte de Wit", "Cobalt B.V.", "Tel. +31 30 414 2172", site, "3584 WH Utrecht")
    parsed = _card(*rows, region="NL")
    assert [u.url for u in parsed.contact.urls] == [site]
    assert parsed.evidence["urls"] != "company"
    assert parsed.confidence["urls"] < REVIEW_BELOW
    # The same card with the site read right goes in.
    parsed = _card(*(("www.cobalt.nl" if r == site else r) for r in rows), region="NL")
    assert parsed.evidence["urls"] == "company"
