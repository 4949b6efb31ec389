"""Text fields one letter wrong that were accepted, now sent to review (session 35, wrongtext35):
a company one letter past its domain at the end ("Lumens SAS" beside lumen.fr) or a domain one
letter short of the company ("asahishoj.co.jp" beside Asahi Shoji), a title's l read i
("Piant Manager"), a company opening on a doubled capital with no domain ("VVESTA B.V."), a given
name with its end read twice ("Stefanieie"). Each beside the real shape it must leave as read."""

from __future__ import annotations

import pytest
from ocr_lines import rated_lines
from printed import worded_lines

from contactkit_plugins.card_scan.domain_ends import end_letter_apart
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.name_slips import echoed_given
from contactkit_plugins.card_scan.title_checks import lexicon_word_changed


@pytest.mark.parametrize(
    ("company", "domain", "apart"),
    [
        ("Lumens SAS", "lumen.fr", True),  # the S of SAS echoed onto the name
        ("Asahi Shoji Co.,Ltd.", "asahishoj.co.jp", True),  # the address's last i lost
        ("VVesta B.V.", "vesta.nl", True),  # a doubled initial
        ("Lumen SAS", "lumen.fr", False),
        ("Asahi Shoji Co.,Ltd.", "asahishoji.co.jp", False),
        ("De Santis & C. S.n.c.", "desantis.it", False),  # & C.: and partners
        ("CantabricoS.L", "cantabrico.es", False),  # its form glued
        ("Delta Biosciences Corporation", "delta.com", False),  # a word is the domain
        ("Lumen SAS", "lumens.fr", False),  # the name cut is near-domain's, not this
    ],
)
def test_a_name_one_letter_past_its_domain_at_an_end(company, domain, apart):
    assert end_letter_apart(company, domain) is apart


def _lumen_card(company: str, site: bool) -> list:
    rows = [
        ("JEAN-LUC LEROY", 40),
        ("Technico-commercial", 24),
        (company, 30),
        ("j.leroy@lumen.fr", 19),
        ("129 avenue de Saxe", 19),
        ("69002 Lyon", 19),
    ]
    if site:
        rows.append(("Site : www.lumen.fr", 19))
    return worded_lines(*rows)


def test_a_company_one_letter_past_the_domain_goes_to_review_the_email_and_site_kept():
    # fresh photo seed 352 card 36: "Lumens" | "SAS" beside j.leroy@lumen.fr and www.lumen.fr,
    # accepted at domain+legal+other/hi; the address and the site agree and are kept.
    parsed = parse_card(_lumen_card("Lumens SAS", site=True), default_region="US")
    assert parsed.evidence["organization"] == "near-domain"
    assert parsed.evidence["emails"] == "name+domain"
    assert parsed.evidence["urls"].startswith("email/")


def test_the_company_as_printed_beside_its_domain_stays_accepted():
    parsed = parse_card(_lumen_card("Lumen SAS", site=True), default_region="US")
    assert parsed.evidence["organization"].startswith("domain+legal")


def test_a_domain_one_letter_short_of_the_company_with_no_site_doubts_the_address_too():
    # fresh photo seed 351 card 89: kyokoi@asahishoj.co.jp beside Asahi Shoji Co.,Ltd., the
    # site unread: nothing tells which of the two slipped.
    lines = worded_lines(
        ("ITOO Kyoko", 40),
        ("Asahi Shoji Co.,Ltd.", 30),
        ("TEL 03-9220-7678", 19),
        ("E-mail kyokoi@asahishoj.co.jp", 19),
    )
    parsed = parse_card(lines, default_region="US")
    assert parsed.evidence["organization"] == "near-domain"
    assert parsed.evidence["emails"] == "company-slip"


@pytest.mark.parametrize(
    ("title", "changed"),
    [
        ("Piant Manager", True),  # fresh photo seed 352 card 68, strong/mid before
        ("Saies Manager", True),
        ("Plant Manager", False),
        ("Sales Manager", False),
        ("Chief Buyer", False),
    ],
)
def test_a_five_letter_title_word_with_its_l_read_i(title, changed):
    assert lexicon_word_changed(title, unsure=True) is changed


def test_a_title_with_its_l_read_i_at_mid_is_mended_and_goes_to_review():
    lines = rated_lines(
        ("Joseph Johnson", 40, 0.96),
        ("Piant Manager", 20, 0.85),
        ("Delta Biosciences Corporation", 20, 0.96),
        ("jjohnson@delta.com", 19, 0.98),
    )
    parsed = parse_card(lines, default_region="US")
    # title_mends puts the lexicon's letter back; the mend alone is no proof, so still review
    assert parsed.contact.title == "Plant Manager"
    assert parsed.evidence["title"].endswith("/lo")


@pytest.mark.parametrize(
    ("company", "odd"),
    [
        ("VVESTA B.V.", True),  # fresh photo seed 352 card 60, legal/hi before
        ("VESTA B.V.", False),
        ("Llewellyn Engineering Ltd", False),  # Welsh Ll
        ("Ffestiniog Railway Ltd", False),  # Welsh Ff
        ("Oosterhuis B.V.", False),  # a vowel doubled
    ],
)
def test_a_company_opening_on_a_doubled_capital_with_no_domain(company, odd):
    lines = worded_lines(
        (company, 40),
        ("Lotte van der Heijden", 30),
        ("Office Manager", 20),
        ("020 572 7926", 19),
    )
    parsed = parse_card(lines, default_region="NL")
    assert (parsed.evidence["organization"] == "odd") is odd


@pytest.mark.parametrize(
    ("word", "echoed"),
    [
        ("Stefanieie", True),  # cached photo seed 335 card 30: "Stefanie" | "ie Schmidt"
        ("Stefanie", False),
        ("Lulu", False),  # a name of its own
        ("Annette", False),
        ("Schmidt", False),
    ],
)
def test_a_given_name_with_its_end_read_twice(word, echoed):
    assert echoed_given(word) is echoed


def test_a_name_with_its_given_names_end_read_twice_goes_to_review():
    lines = worded_lines(("Stefanieie Schmidt", 60), ("Vorstand", 24))
    parsed = parse_card(lines, default_region="DE")
    assert parsed.evidence["name"].endswith("/lo")
    lines = worded_lines(("Stefanie Schmidt", 60), ("Vorstand", 24))
    assert parse_card(lines, default_region="DE").evidence["name"].endswith("/hi")
