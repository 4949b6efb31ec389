"""Websites printed and read back with Tesseract: one cut short or misread repaired towards the
company or the email, one nothing on the card backs left out without a look, and a website not
read (missing, or left as a remnant beside a number) marked so without sending the card to
review for it. Each failed before its fix; more website cases are in test_read_addresses_sites.
"""

from __future__ import annotations

import pytest
from printed import business, phones, read_card, to_review
from printed import helix_card as helix

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.review_rule import review_fields
from contactkit_plugins.card_scan.word_slips import letters_changed, words_one_letter_off


def test_a_website_repaired_towards_the_email_takes_its_domain_whatever_the_case_printed():
    parsed = business(
        "Giuseppina Bianchi", "Longo & C. S.n.c.", "Tel. 011 915 6259", "gbianchi@longoc.it", "IT"
    )
    assert parsed.contact.urls == []  # no website printed: nothing repaired
    parsed = read_card(
        ("Giuseppina Bianchi", 44),
        ("Longo & C. S.n.c.", 34),
        "Tel. 011 915 6259",
        "gbianchi@longoc.it",
        "https://Aongoc.it/",
        region="IT",
    )
    assert [u.url for u in parsed.contact.urls] == ["https://longoc.it/"]
    assert parsed.evidence["urls"] == "repaired"


def test_a_website_cut_short_is_repaired_from_the_company_not_the_email_broken_by_it():
    # Tesseract is surer of the cut website than of the email; the company spells the email's.
    parsed = read_card(
        ("Karl Koch", 44),
        "Entwicklungsingenieur",
        ("Limmat AG", 36),
        "karl.koch@limmat.ch",
        "https://immat.ch/contact",
        region="CH",
    )
    assert parsed.contact.emails == ["karl.koch@limmat.ch"]
    assert parsed.contact.urls[0].url == "https://limmat.ch/contact"


@pytest.mark.parametrize("site", ["ki.co.jp", "www.pdk.co.jp"])
def test_a_website_nothing_backs_is_left_out_without_sending_the_card_to_review(site):
    # "ki.co" for polarisdenki.co.jp: a website cut short reads like a real one; only the
    # email's domain can back a website, and without it the website is left out. Since
    # session 12 a tail of the email's domain is no website at all.
    parsed = read_card(
        ("Hideo Nakamura", 44),
        "President & CEO",
        ("Polaris Denki Co., Ltd.", 36),
        "Tel. 03-8805-3654",
        "hideo.nakamura@polarisdenki.co.jp",
        site,
        region="JP",
    )
    values = parsed.contact.model_dump(mode="json")
    assert parsed.contact.emails == ["hideo.nakamura@polarisdenki.co.jp"]
    if site == "ki.co.jp":
        assert parsed.contact.urls == []
        assert "urls" not in review_fields(parsed.confidence, values, REVIEW_BELOW)[0]
        return
    assert [u.url for u in parsed.contact.urls] == [site]
    assert parsed.evidence["urls"].startswith("ocr/")
    for band in ("hi", "mid", "lo"):  # however sure Tesseract was of it
        confidence = {**parsed.confidence, "urls": probability("urls", f"ocr/{band}")}
        assert review_fields(confidence, values, REVIEW_BELOW) == ([], ["urls"])


def test_a_card_without_a_website_read_marks_it_not_read_without_sending_it_to_review():
    parsed = helix("T +31 70 439 5433")
    assert [p for p, _ in phones(parsed)] == ["+31704395433"]  # the card itself is read
    assert parsed.contact.urls == []
    assert parsed.evidence["urls"] == "missing" and parsed.confidence["urls"] == 0.0
    assert "urls" not in to_review(parsed)


def test_a_website_beside_a_number_that_was_not_read_as_one_is_marked_unread():
    parsed = helix("T +31 70 439 5433    www. helix-group")
    assert [p for p, _ in phones(parsed)] == ["+31704395433"]
    assert parsed.evidence["urls"] == "unread" and parsed.confidence["urls"] == 0.0
    # Read, the website is no remnant of its line.
    parsed = helix("T +31 70 439 5433    www.helix.nl")
    assert [u.url for u in parsed.contact.urls] == ["www.helix.nl"]
    assert parsed.evidence["urls"] != "unread"


@pytest.mark.parametrize(
    ("company", "address", "region", "want"),
    [
        # b76 photo 85: one slant cut the "r" of both ".fr" endings; the two agree, and
        # agreeing made the site "email/mid", accepted beside a card sent to review for its
        # address. On a French card the f starts one ending alone: put back, for a person.
        ("Henry et Fils SARL", "fredericg@henryfils.f", "FR", "henryfils.fr"),
        # ".c" on a Swiss card is .ch or .com: left cut, the site too.
        ("Henry Meier AG", "fredericg@henryfils.c", "CH", None),
    ],
)
def test_a_website_cut_at_its_ending_like_the_address_beside_it_is_not_taken(
    company, address, region, want
):
    parsed = read_card(
        ("Frédéric Gauthier", 44),
        "Chef de projet",
        (company, 36),
        f"Courriel : {address}",
        f"Site : http://www.{address.partition('@')[2]}",
        region=region,
    )
    site = [u.url for u in parsed.contact.urls]
    if want is None:
        assert site == [f"http://www.{address.partition('@')[2]}"]
        assert parsed.evidence["urls"] == "cut"
    else:
        assert parsed.contact.emails == [f"fredericg@{want}"] and site == [f"http://www.{want}"]
        assert parsed.evidence["emails"].endswith("/ending-guessed")
        assert parsed.evidence["urls"] == "repaired"
    assert {"emails", "urls"} <= set(to_review(parsed))


def test_a_word_one_letter_off_is_as_long_and_one_letter_apart():
    # word_slips: the one "one letter off" for an ending (endings.slipped_ending), a partners' word,
    # a legal form, a domain's label, a logo's echo and a number read twice.
    assert words_one_letter_off("ni", ["nl", "ni", "n", "nil", "de"]) == ["nl"]
    assert words_one_letter_off("sark", ["sarl", "sas", "gmbh"]) == ["sarl"]
    assert letters_changed("mikari", "hikari") == 1
    assert letters_changed("0301234", "0381239") == 2


def test_a_site_on_a_numbered_www_host_with_its_ending_cut_is_kept_for_review():
    # web.bare_host: "www2" opens a site as "www" does, though SITE_PREFIX_RE (asked of a row's
    # words) wants the www whole; with that pattern this site was lost (session 36, split36).
    card = (("Karl Koch", 44), "Vertrieb", ("Acme GmbH", 36), "Tel. +49 30 1234567")
    parsed = read_card(*card, "k.koch@gmx.de", "www2.shop.acme.c", region="DE")
    assert [u.url for u in parsed.contact.urls] == ["www2.shop.acme"]
    assert parsed.evidence["urls"] == "cut"
    assert probability("urls", "cut") < REVIEW_BELOW
