"""Session 8: what was printed but not read, and slips that went in unflagged (blind seed 1),
printed and read back with Tesseract.

A field printed and not read must carry confidence 0 (a person looks, or it is left out), never
go in silently empty; a slip must land at a level that is measured as doubtful.
"""

from __future__ import annotations

from printed import titled_card, to_review

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.review_rule import review_fields


def test_a_misread_legal_form_after_a_company_the_domain_spells_is_doubted():
    parsed = titled_card(
        "Massimo Caruso",
        "Responsabile Ufficio Tecnico",
        "Elettronica Dolomiti S.nrl",
        "+39 011 860 6195",
        "massimo.caruso@elettronicadolomiti.it",
        "IT",
    )
    # Session 15 (form_repair): the one Italian form a letter from "S.nrl" is shown, doubted.
    assert parsed.contact.organization.name == "Elettronica Dolomiti S.r.l."
    assert parsed.evidence["organization"] == "near-domain+repaired"
    assert "organization" in to_review(parsed)


def test_a_known_given_name_is_not_bent_to_a_slip_in_the_email():
    parsed = titled_card(
        "JEFFREY JONES",
        "Quality Assurance Lead",
        "Green Packaging LLP",
        "Tel: 020 7237 2898",
        "E: jeffroyj@gpgroup.co.uk",
        "GB",
    )
    assert parsed.contact.name.full == "Jeffrey Jones"
    assert "emails" in to_review(parsed)


def test_a_company_read_short_of_its_domain_is_doubted():
    parsed = titled_card(
        "Catherine Fournier",
        "Assistante de direction",
        "Lume",
        "+33 3 29 84 81 74",
        "c.fournier@lumen.fr",
        "FR",
    )
    assert parsed.evidence["organization"] == "near-domain"
    assert "organization" in to_review(parsed)


def test_a_logo_letter_glued_to_the_company_is_dropped_and_a_misread_legal_form_put_back():
    parsed = titled_card(
        "Satoshi SATOU",
        "Senior Engineer",
        "S DSato Denki Co., Ltd.",
        "TEL 06-8435-6188",
        "Mail: satou@satodenki.co.jp",
        "JP",
    )
    assert parsed.contact.organization.name == "Sato Denki Co., Ltd."
    parsed = titled_card(
        "Joanna Pietrzak",
        "Kierownik Handlowy",
        "Nova Sp. Z 0.0.",
        "T: +48 12 456 72 27",
        "joanna.pietrzak@nova.pl",
        "PL",
    )
    assert parsed.contact.organization.name == "Nova Sp. z o.o."


def test_a_card_sent_to_review_shows_its_less_than_nearly_sure_fields_too():
    # No name read: the card goes to review; its other fields under SECOND_LOOK are shown too.
    confidence = {"name": 0.0, "phones": 0.95, "emails": 0.99, "urls": 0.0}
    values = {"name": {}, "phones": ["+4930"], "emails": ["a@b.de"], "urls": []}
    assert review_fields(confidence, values, REVIEW_BELOW) == (["name", "phones"], [])
    # Nothing under the bar: no card to review, whatever is under SECOND_LOOK.
    confidence["name"] = 0.95
    assert review_fields(confidence, values, REVIEW_BELOW) == ([], [])


def test_a_polish_form_printed_first_makes_a_company():
    parsed = titled_card(
        "Mateusz Kozlowski",
        "Buyer",
        "PPHU SOKOL",
        "kom.: +48 693 449 297",
        "mateusz.kozlowski@sgroup.pl",
        "PL",
    )
    assert parsed.contact.organization.name.lower() == "pphu sokol"
