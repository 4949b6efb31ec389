"""Session 30's rules against real cards of other shapes than the ones they were written for:
a word one letter from a legal form that is a word of its own, a site or an ending of another
country that is the firm's own. Hand-made OCR lines, as Tesseract gives them read right."""

from __future__ import annotations

import pytest

from contactkit_plugins.card_scan.company_confidence import company_level
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.text_lines import Line, Word


def _line(text: str, conf: float = 0.95) -> Line:
    return Line([Word(w, conf, 40 + 120 * n, 40, 110, 30) for n, w in enumerate(text.split())])


@pytest.mark.parametrize(
    ("company", "domain"),
    [
        ("Precision Molding Inc", "precision.com"),  # one letter from Holding, in its first
        ("Golding Homes Ltd", "homes.co.uk"),
        ("Troup Bywaters Ltd", "bywaters.co.uk"),  # one letter from Group
        ("Keystone Auto Parts Ltd", "keystone.co.uk"),  # one from "partg", a form run together
        ("Party Rentals GmbH", "rentals.de"),
    ],
)
def test_a_real_word_one_letter_from_a_legal_form_is_no_slip(company: str, domain: str):
    assert not company_level(company, _line(company), domain).endswith("/lo")


@pytest.mark.parametrize("company", ["Nova Hokdings plc", "Nova Gronp Ltd", "Nova Comnany Ltd"])
def test_a_legal_form_read_with_an_inner_letter_wrong_is_doubted(company: str):
    assert company_level(company, _line(company), "nova.co.uk").endswith("/lo")


def _parse(texts: list[str], region: str):
    return parse_card([_line(t) for t in texts], default_region=region)


def test_a_com_firm_in_australia_keeps_its_ending():
    parsed = _parse(
        [
            "Harbour Freight Pty Ltd",
            "James Walker",
            "Mob +61 412 345 678",
            "james.walker@harbourfreight.com",
            "www.harbourfreight.com",
        ],
        "AU",
    )
    assert parsed.contact.emails == ["james.walker@harbourfreight.com"]
    assert "ending-guessed" not in parsed.evidence["emails"]


def test_a_mail_host_hyphenated_otherwise_than_the_site_is_kept():
    parsed = _parse(
        ["Bau-Technik GmbH", "Jan Meier", "jan.meier@bau.technik-online.de", "www.bau-technik.de"],
        "DE",
    )
    assert parsed.contact.emails == ["jan.meier@bau.technik-online.de"]


def test_a_branch_office_line_of_another_country_leaves_a_printed_ending_alone():
    # A Japanese firm's European office: "40212 Germany" names the card's country; the
    # address's co.jp, read whole, is kept.
    parsed = _parse(
        [
            "Nakamura Shoji Co., Ltd.",
            "Taro Nakamura",
            "Tel +49 211 1234567",
            "taro.nakamura@nakamura-shoji.co.jp",
            "Königsallee 1, Düsseldorf",
            "40212 Germany",
        ],
        "JP",
    )
    assert parsed.contact.emails == ["taro.nakamura@nakamura-shoji.co.jp"]


def test_a_bare_domain_given_the_country_ending_is_sent_to_review():
    # A ".com" firm in Germany would be guessed ".de": a guess, never accepted.
    parsed = _parse(["Vesta GmbH", "Jan Meier", "+49 30 1234567", "jan.meier@vesta"], "DE")
    assert parsed.evidence["emails"] == "mended"


def test_a_group_domain_of_the_names_start_put_back_as_initials_is_never_accepted():
    # "megroup.ch" may be Meyer's first two letters as printed, or "mcgroup.ch" (Meyer & Cie)
    # with its c read e (domains.INITIAL_SLIPS): the letters cannot tell, so the domain put
    # back is a guess that a person checks.
    parsed = _parse(
        ["MEYER & CIE SA", "Anna Meyer", "anna.meyer@megroup.ch", "www.megroup.ch"], "CH"
    )
    assert parsed.contact.emails == ["anna.meyer@mcgroup.ch"]
    assert parsed.evidence["emails"].endswith("/initials-slip")
    assert parsed.evidence["urls"] == "repaired"
