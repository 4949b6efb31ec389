"""Session 15 second review (hunt15): wrong fields the merged change accepted, on hand-made cards."""

from __future__ import annotations

from printed import worded_lines

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.fields import parse_card


def _card(*rows: str, region: str = "US"):
    return parse_card(worded_lines(*[(r, 30) for r in rows]), default_region=region)


def test_a_sign_beside_a_fax_alone_is_no_mobile_label():
    # A circled handset read "©" before the office line, a fax below: the sign stood beside an
    # office number on every tuning card; here it is the card's only voice number, and was
    # stored as a mobile at labelled+intl/hi (0.99).
    card = _card(
        "Mary Jones",
        "Harbor Dental Group",
        "© +1 415 555 0132",
        "Fax +1 415 555 0133",
        "mary@harbordental.com",
    )
    assert card.evidence["phones"].startswith("sign-alone")
    assert card.confidence["phones"] < REVIEW_BELOW
    # Beside an office number the sign still reads as a mobile's label.
    beside = _card(
        "Mary Jones", "Harbor Dental Group", "© +1 415 555 0132", "T +1 415 555 0133",
        "mary@harbordental.com",
    )  # fmt: skip
    assert beside.evidence["phones"] == "labelled+intl/hi"


def test_a_company_taken_for_a_title_by_its_strong_word_goes_to_review():
    # "VP Capital" (no legal form) beside jmiller@vpcapital.com: "VP" made it a strong title,
    # accepted at strong/hi (0.99); the domain spells it: the company's name.
    card = _card("John Miller", "VP Capital", "Tel +1 212 555 0100", "jmiller@vpcapital.com")
    assert card.contact.title == "VP Capital"
    assert card.evidence["title"] == "domain-spelt"
    assert probability("title", "domain-spelt") < REVIEW_BELOW
    # A real title beside it stays.
    titled = _card(
        "John Miller", "VP of Sales", "VP Capital LLC", "Tel +1 212 555 0100",
        "jmiller@vpcapital.com",
    )  # fmt: skip
    assert titled.evidence["title"] == "strong/hi"
