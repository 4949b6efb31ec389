"""Four slips of session 41's check photos p456-p459 (late41): a badly read "Web:" row taken for
the company; an address whose domain lost one of two like letters, kept beside the site that
read them both; a logo's word echoing the company's name read into its line; a Polish title
word with "ło" read as "b". Real shapes stay as they were."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.company_confidence import echo_before_spelt
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.title_checks import lexicon_word_changed
from contactkit_plugins.card_scan.web import doubled_in


def _macleod(web_row: str) -> dict:
    # The site's row above the company's, as on the card: the first of two alike wins.
    rows = [
        ("Mobile: +44 7916 233840", 20),
        ("taylor.alexandra@macleod-packaging.co.uk", 20),
        (web_row, 20),
        ("Alexandra Taylor", 40),
        ("Controller", 20),
        ("MacLeod Packaging LLP", 20),
    ]
    return parse_card(worded_lines(*rows), default_region="GB").contact.model_dump()


def test_a_labelled_web_row_is_no_company():
    # check photo p457 card 18: "Web: Macleod-packaging cn 1p" was the company, as LP
    contact = _macleod("Web: Macleod-packaging cn 1p")
    assert contact["organization"]["name"] == "MacLeod Packaging LLP"


def test_a_firm_named_like_a_label_stays_a_company():
    rows = [
        ("Site Solutions Ltd", 24),
        ("Jan Hughes", 40),
        ("jan.hughes@sitesolutions.co.uk", 20),
    ]
    contact = parse_card(worded_lines(*rows), default_region="GB").contact
    assert contact.organization and contact.organization.name == "Site Solutions Ltd"


def _lince(site: str) -> dict[str, str]:
    rows = [
        ("Pierluigi Martini", 40),
        ("Amministratore Delegato", 20),
        ("Lince S.p.A.", 20),
        ("Cell. 343.696.2457", 20),
        ("martini.pierluigi@lince.it", 20),
        (f"www {site}", 20),
        ("Via dei Mille 12", 20),
        ("00166 Roma (RM)", 20),
    ]
    return parse_card(worded_lines(*rows), default_region="IT").evidence


def test_an_address_beside_a_site_with_a_letter_doubled_goes_to_review():
    # check photo p458 card 61: @lince.it read for @llince.it, the site read whole
    assert _lince("https://llince.it/")["emails"].endswith("/site-longer")


def test_an_address_beside_its_own_site_stays_checked():
    assert "site-longer" not in _lince("https://lince.it/")["emails"]


@pytest.mark.parametrize(
    ("longer", "shorter", "doubled"),
    [
        ("llince.it", "lince.it", True),
        ("lincce.it", "lince.it", True),
        ("fironbridge.co.uk", "ironbridge.co.uk", False),  # a slash read as f: debris
        ("wvos.nl", "vos.nl", False),  # a letter of "www" left before it
        ("lince.it", "lince.it", False),
    ],
)
def test_a_letter_doubled(longer, shorter, doubled):
    assert doubled_in(longer, shorter) is doubled


@pytest.mark.parametrize(
    ("company", "other", "domain"),
    [
        ("Moori Midori Seisakusho Co Ltd", ["moori"], "midori-seisakusho.co.jp"),
        ("Vantaqe Vantage S.L.", ["vantaqe"], "vantage.es"),
    ],
)
def test_a_word_echoing_the_spelt_name_after_it(company, other, domain):
    assert echo_before_spelt(company, other, domain)


@pytest.mark.parametrize(
    ("company", "other", "domain"),
    [
        ("Banco Santander S.A.", ["banco"], "santander.com"),
        ("Grupo Bimbo S.A.B. de C.V.", ["grupo"], "bimbo.com"),
        ("Smith & Smyth Ltd", ["smith"], "smyth.co.uk"),  # a partner after "&"
        ("Midori Seisakusho Co Ltd", [], "midori-seisakusho.co.jp"),
        ("Kai Kaiser GmbH", ["kai"], "kaiser.de"),  # too short to tell
        # One word's two forms, their endings apart: a descriptive word before the brand
        # (second review, rev41l)
        ("Svenska Svensk Handel AB", ["svenska"], "svenskhandel.se"),
        ("Industrias Industrial S.A.", ["industrias"], "industrial.com.mx"),
        ("Ricoh Rico S.A.", ["ricoh"], "rico.es"),
        ("Electro Electra S.A.", ["electro"], "electra.es"),
    ],
)
def test_real_names_do_not_echo(company, other, domain):
    assert not echo_before_spelt(company, other, domain)


def test_the_echoed_company_goes_to_review():
    # check photo p459 card 27: "Moori" (a logo above the name) read into its line
    rows = [
        ("Moori Midori Seisakusho Co Ltd", 30),
        ("President & CEO", 24),
        ("KYOKO SASAKI", 50),
        ("+81-3-6494-7128", 20),
        ("E-mail: sasaki.kyoko@midori-seisakusho.co.jp", 20),
    ]
    parsed = parse_card(worded_lines(*rows), default_region="JP")
    assert parsed.evidence["organization"] == "domain+legal+other/echo"


@pytest.mark.parametrize(
    ("title", "slipped"),
    [
        ("Gbwna Ksiegowa", True),  # check photo p456 card 20: ło read as b
        ("Główna Księgowa", False),
        ("Glowna Ksiegowa", False),
        ("Head Baker", False),  # no slip of broker: ro read as a
        ("Daglig leder", False),  # Norwegian, no slip of leiter
        ("Senior Lawyer", False),
        ("Semor Software Engineer", True),  # fresh photo 489 card 86: ni read as m
        ("Jumor Accountant", True),
        ("Senior Software Engineer", False),
        ("Admin Assistant", False),  # words with an m of their own
        ("Humor Writer", False),
    ],
)
def test_two_letters_run_into_one_in_a_five_letter_word(title, slipped):
    assert lexicon_word_changed(title, unsure=False) is slipped


def test_the_polish_title_with_lo_read_as_b_goes_to_review():
    rows = [
        ("Ewa Marciniak", 40),
        ("Logistyka", 20),
        ("Gbwna Ksiegowa", 24),
        ("tel. +48 58 464 77 37", 20),
        ("marciniak@lsgroup.pl", 20),
    ]
    level = parse_card(worded_lines(*rows), default_region="PL").evidence["title"]
    assert level == "strong/lo"
