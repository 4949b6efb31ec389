"""A domain one letter short of the company's name where nothing else checks it: its initial
lost after the @ ("immat.ch" beside LIMMAT SA), or its last letter lost from words of the name
joined in a row ("vald.com" beside Groupe Val de Loire). The company still spells it inside, so
the address was accepted; now it goes to review (session 40, wrong40e). Each beside the domain
as printed, which stays accepted."""

from __future__ import annotations

import pytest
from printed import to_review, worded_lines

from contactkit_plugins.card_scan.domain_ends import end_letter_apart
from contactkit_plugins.card_scan.fields import parse_card


@pytest.mark.parametrize(
    ("company", "domain", "apart"),
    [
        ("LIMMAT SA", "immat.ch", True),  # the l after the @ lost
        ("Groupe Val de Loire", "vald.com", True),  # "valde", two words joined, its e lost
        ("Vantage Antriebstechnik GmbH", "vantageantriebstechni.com", True),
        ("LIMMAT SA", "limmat.ch", False),
        ("Groupe Val de Loire", "valde.com", False),
        ("Vantage Antriebstechnik GmbH", "vantageantriebstechnik.com", False),
        ("Groupe Val de Loire", "valdeloire.com", False),
        ("Data Systems Service GmbH", "datasystem.de", False),  # a plural the firm drops
    ],
)
def test_a_domain_one_letter_short_of_words_of_the_name(company, domain, apart):
    assert end_letter_apart(company, domain) is apart


def _limmat(address: str, site: str | None) -> list:
    rows = [("ANDREAS SCHMITT", 40), ("Verkaufsleiter", 24), ("LIMMAT SA", 30)]
    rows += [("Tel. 044 123 45 67", 19), (f"E-Mail {address}", 19)]
    if site:
        rows.append((f"Web {site}", 19))
    return worded_lines(*rows)


def test_an_address_whose_domain_lost_its_initial_goes_to_review():
    parsed = parse_card(_limmat("andreas.schmitt@immat.ch", None), default_region="CH")
    assert parsed.contact.emails == ["andreas.schmitt@immat.ch"]
    assert parsed.evidence["emails"] == "company-slip"
    assert "emails" in to_review(parsed)


def test_beside_the_site_printed_whole_the_site_mends_it_as_before():
    parsed = parse_card(_limmat("andreas.schmitt@immat.ch", "www.limmat.ch"), default_region="CH")
    assert parsed.contact.emails == ["andreas.schmitt@limmat.ch"]


def test_the_domain_as_printed_stays_accepted():
    parsed = parse_card(_limmat("andreas.schmitt@limmat.ch", None), default_region="CH")
    assert parsed.evidence["emails"] == "name+domain"
    assert "emails" not in to_review(parsed)
