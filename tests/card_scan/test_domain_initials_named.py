"""A domain of two letters is a firm's initials: where the company prints them as a word of
capitals, they tell which of the address and the site was read right (p12 card 76 of the second
blind generator: "bc.com" beside the site's "be.com", the address rewritten to the surer site's
and accepted wrong)."""

from __future__ import annotations

from ocr_lines import rated_lines

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card


def _card(company: str, email: str, site: str) -> list:
    return rated_lines(
        (company, 40, 0.96),
        ("Elodie Lemaitre", 60, 0.96),
        ("Responsable qualité", 40, 0.97),
        ("T: 04.83.80.44.87", 36, 0.9),
        (f"E: {email}", 40, 0.74),
        (f"W: {site}", 36, 0.91),
        ("18, avenue Jean Jaurès", 30, 0.97),
        ("69002 Lyon", 30, 0.96),
    )


def test_the_companys_initials_name_the_address_over_a_surer_site():
    parsed = parse_card(
        _card("BC Distribution SAS", "elodie.lemaitre@bc.com", "be.com"), default_region="FR"
    )
    assert parsed.contact.emails == ["elodie.lemaitre@bc.com"]
    assert [u.url for u in parsed.contact.urls] == ["bc.com"]


def test_and_the_site_over_a_slipped_address():
    parsed = parse_card(
        _card("BC Distribution SAS", "elodie.lemaitre@be.com", "bc.com"), default_region="FR"
    )
    assert parsed.contact.emails == ["elodie.lemaitre@bc.com"]


def test_two_letters_in_a_word_name_nothing():
    # "Bcom" or a small "bc" is no firm's initials: the surer reading stays the rule
    parsed = parse_card(
        _card("Distribution Bcom SAS", "elodie.lemaitre@bc.com", "be.com"), default_region="FR"
    )
    assert parsed.contact.emails == ["elodie.lemaitre@be.com"]


def test_a_legal_form_a_state_or_a_title_is_no_firms_initials():
    # two capitals elsewhere on the card decide nothing (a second review's finds): the surer
    # reading stays the rule
    for company, title in (("Sabatier SA", "Responsable qualité"), ("Hoffmann KG", "HR Manager")):
        rows = _card(company, "elodie.lemaitre@sa.fr", "sb.fr")
        rows[2] = rated_lines((title, 40, 0.97))[0]
        parsed = parse_card(rows, default_region="FR")
        assert parsed.contact.emails == ["elodie.lemaitre@sb.fr"]


def test_a_site_of_a_legal_forms_letters_is_not_the_companys():
    rows = rated_lines(
        ("Müller Technik AG", 40, 0.96),
        ("Markus Keller", 60, 0.96),
        ("www.ag.ch", 36, 0.6),
        ("Bahnhofstrasse 12", 30, 0.97),
        ("8001 Zürich", 30, 0.96),
    )
    parsed = parse_card(rows, default_region="CH")
    assert parsed.evidence["urls"] != "company"
    assert parsed.confidence["urls"] < REVIEW_BELOW
