"""Text to fields, on hand-made OCR lines: labels, repairs, cross-checks, layout, confidence."""

from __future__ import annotations

from ocr_lines import stacked_lines as card

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card

US_CARD = card(
    ("Nina Clarke", 48),
    "Sales Manager",
    ("Greenfield Logistics LLC", 34),
    "T. (600) 643-9952",
    "Mobile: (415) 938-3748",  # Grenada's 473 would be a fixed line
    "Fax (212) 555-0188",
    "ninac@greenfield.com",
    "www.greenfield.com",
    "152 Market Street",
    "Austin, TX 78701",
)


def test_a_clean_card_gives_every_field_confidently():
    parsed = parse_card(US_CARD, default_region="US")
    c = parsed.contact
    assert c.name.full == "Nina Clarke" and c.name.family == "Clarke"
    assert c.title == "Sales Manager"
    assert c.organization.name == "Greenfield Logistics LLC"
    assert c.organization.domain == "greenfield.com"
    assert c.emails == ["ninac@greenfield.com"]
    assert [(p.e164, p.kind.value) for p in c.phones] == [
        ("+16006439952", "work"),
        ("+14159383748", "cell"),
        ("+12125550188", "fax"),
    ]
    assert c.urls[0].url == "www.greenfield.com"
    address = c.addresses[0]
    assert (address.street, address.city, address.region, address.postal_code) == (
        "152 Market Street",
        "Austin",
        "TX",
        "78701",
    )
    assert set(parsed.confidence) == {
        "name", "emails", "phones", "title", "organization", "addresses", "urls",
    }  # fmt: skip
    assert min(parsed.confidence.values()) >= 0.8


def test_low_ocr_confidence_and_missing_name_lower_the_confidence():
    lines = card("(415) 555-0134", "sales@example.com", conf=0.5)
    parsed = parse_card(lines, default_region="US")
    assert parsed.confidence["name"] == 0.0
    # A role address that nothing on the card confirms, read unsurely: doubted.
    assert parsed.evidence["emails"] == "role/lo"
    assert parsed.confidence["emails"] < REVIEW_BELOW
    # The unsure read shows in its level; a North American number without its +1 is valid
    # whatever digit was misread, so that is measured apart too.
    assert parsed.evidence["phones"] == "bare+dense/lo"


def test_an_empty_email_or_an_unread_number_is_flagged_not_sure():
    parsed = parse_card(card(("Ann Lee", 44), "Sales Manager", "Tel 12 34 5 67"),
                        default_region="US")  # fmt: skip
    assert parsed.confidence["emails"] == 0.0
    assert parsed.confidence["phones"] == 0.0
