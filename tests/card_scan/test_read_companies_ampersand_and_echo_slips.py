"""Two company shapes accepted wrong on fresh photo seeds (session 34): the & of "GmbH & Co. KG"
read as an 8 with "Co. KG" lost (read as cut, to review), and a wordmark glued before the name it
repeats, read with one letter lost (dropped where the domain spells the name). Hand-made OCR
lines as Tesseract gave them, and the real shapes each rule must leave as read."""

from __future__ import annotations

from printed import to_review, worded_lines

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.form_repair import ampersand_misread
from contactkit_plugins.card_scan.logo_split import strip_glued_echo


def _meyer(company: str):
    lines = worded_lines(
        (company, 60), ("Dipl.-Ing. (FH) Klaus Straßburger", 70), ("Geschäftsführer", 38),
        ("089 63404430", 34), ("klaus.strassburger@meyer.de", 22), ("www.meyer.de", 38),
    )  # fmt: skip
    return parse_card(lines, default_region="DE")


def test_an_ampersand_read_8_after_gmbh_with_co_kg_lost_is_read_as_cut():
    # fresh photo seed 348 card 97: stored "Meyer GmbH" at domain+legal, accepted
    parsed = _meyer("Meyer GmbH 8")
    assert parsed.evidence["organization"] == "cut"
    assert "organization" in to_review(parsed)


def test_the_company_with_its_form_read_whole_is_left_as_read():
    for company in ("Meyer GmbH & Co. KG", "Meyer GmbH"):
        parsed = _meyer(company)
        assert parsed.evidence["organization"] == "domain+legal"
        assert "organization" not in to_review(parsed)


def test_an_8_is_an_ampersand_only_after_a_form_a_partnership_follows():
    assert ampersand_misread("Meyer GmbH 8") == "Meyer GmbH &"
    assert ampersand_misread("Meyer AG 8 Co. KG") == "Meyer AG & Co. KG"
    # a number that is part of the name, or after another form, stays
    assert ampersand_misread("Studio 8 GmbH") == "Studio 8 GmbH"
    assert ampersand_misread("Acme Ltd 8") == "Acme Ltd 8"
    assert ampersand_misread("Meyer GmbH 88") == "Meyer GmbH 88"


def test_an_ampersand_read_a_between_gmbh_and_co_is_put_back():
    # tuning photo 431 card 38 (session 40): "MEYER SCHMITZ GMBH a co. KG)", accepted
    parsed = _meyer("MEYER GMBH a co. KG")
    assert parsed.contact.organization.name == "MEYER GMBH & co. KG"
    assert ampersand_misread("Meyer GmbH a Co. KG") == "Meyer GmbH & Co. KG"
    # not at the end (no "& Co." follows), nor after another form
    assert ampersand_misread("Meyer GmbH a") == "Meyer GmbH a"
    assert ampersand_misread("Acme Ltd a Co") == "Acme Ltd a Co"


def test_a_wordmark_glued_with_a_letter_lost_before_the_name_it_repeats_is_dropped():
    # photo seed 335 card 17: "SCHMITSCHMITT ENERGIE GMBH" beside lehmann@schmitt.de, accepted
    assert strip_glued_echo("SCHMITSCHMITT ENERGIE GMBH", "schmitt") == "SCHMITT ENERGIE GMBH"
    lines = worded_lines(
        ("SCHMITSCHMITT ENERGIE GMBH", 49), ("Klaus Lehmann", 60), ("Director of Operations", 34),
        ("Tel 069/3826830208", 25), ("lehmann@schmitt.de", 17), ("http://www.schmitt.de/", 24),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="DE")
    assert parsed.contact.organization.name.lower() == "schmitt energie gmbh"


def test_a_word_holding_the_domains_name_after_other_letters_is_left_as_read():
    # the letters before are no copy of the name with one lost: a name of its own
    assert strip_glued_echo("GOLDSCHMITT GMBH", "schmitt") == "GOLDSCHMITT GMBH"
    # the domain spells the word whole: the firm's name
    assert strip_glued_echo("SCHMITSCHMITT GMBH", "schmitschmitt") == "SCHMITSCHMITT GMBH"
    # a short name: "ABAB" is no wordmark read twice
    assert strip_glued_echo("ACMACME Ltd", "acme") == "ACMACME Ltd"


def _orbis(company: str):
    lines = worded_lines(
        (company, 45), ("President & CEO", 32), ("SHOTA SUZUKI", 57),
        ("+81 6-6506-5873", 28), ("shota_suzuki@orbis.co.jp", 36), ("www.orbis.co.jp", 36),
    )  # fmt: skip
    return parse_card(lines, default_region="JP")


def test_a_wordmark_read_in_capitals_with_a_small_end_before_the_name_is_doubted():
    # photo seed 332 card 18: "ORREs Orbis Co.,Ltd." accepted at domain+legal+other/hi
    # Its wordmark is dropped since session 38 (logo_marks), the name still sent to review.
    parsed = _orbis("ORREs Orbis Co.,Ltd.")
    assert parsed.contact.organization.name == "Orbis Co.,Ltd."
    assert parsed.evidence["organization"] == "odd"
    assert "organization" in to_review(parsed)


def test_a_word_in_capitals_or_capitalised_before_the_name_is_left_as_read():
    for company in ("NIPPON Orbis Co.,Ltd.", "Nippon Orbis Co.,Ltd."):
        assert _orbis(company).evidence["organization"] == "domain+legal+other/hi"
