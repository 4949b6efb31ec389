"""A company set beside the email's domain: found by it where no legal form marks it, a letter
put back from it, agreeing where the domain spells the name otherwise (an umlaut written oe, a
word left out, the name inside a longer domain), measured apart where the company holds nothing
of the domain or was read short of it; a freemail domain names no company, and a German firm's
misread umlaut is put back where a French firm keeps its accent. Hand-made OCR lines, or cards
printed and read back with Tesseract; each failed before its fix.
"""

from __future__ import annotations

import pytest
from ocr_lines import stacked_lines as card
from printed import business, hand_lines, titled_card, to_review

from contactkit_plugins.card_scan.fields import parse_card


def test_company_without_legal_form_is_found_by_the_email_domain():
    lines = card(("Laura Anderson", 48), "Bluepeak Systems", "laura@bluepeak.de")
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.organization.name == "Bluepeak Systems"


def test_company_slip_is_repaired_from_the_domain():
    lines = card(("Grace Hartmann", 48), "lronbridge Engineering Inc.", "grace@ironbridge.com")
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.organization.name == "Ironbridge Engineering Inc."


def test_freemail_names_no_company():
    parsed = parse_card(card(("Ann Lee", 48), "ann.lee@gmail.com"), default_region="US")
    assert parsed.contact.organization is None
    assert "organization" not in parsed.confidence


@pytest.mark.parametrize(
    ("company", "domain"),
    [
        ("LEHMANN & SÖHNE KG", "lehmannsoehne.at"),  # ö printed, written oe in the domain
        ("Jiménez y Asociados S.L.", "jimenez-asociados.es"),  # "y" left out
        ("Albufera S.L.", "aalbufera.es"),  # the whole name inside the domain
    ],
)
def test_a_company_the_domain_spells_otherwise_still_agrees(company, domain):
    parsed = parse_card(card(("Ana Ruiz", 44), company, f"ana.ruiz@{domain}"), default_region="ES")
    assert parsed.contact.organization.name == company
    assert parsed.evidence["organization"].startswith("domain+legal")


def test_a_company_umlaut_read_plain_is_put_back_from_its_domain_at_the_same_level():
    # The ö's dots lost: the domain spells it oe (company_digraphs.umlaut_from_domain).
    read = card(("Ana Ruiz", 44), "LEHMANN & SOHNE KG", "ana.ruiz@lehmannsoehne.at")
    parsed = parse_card(read, default_region="AT")
    assert parsed.contact.organization.name == "LEHMANN & SÖHNE KG"
    assert parsed.evidence["organization"].startswith("domain+legal")


def test_a_company_with_nothing_of_the_work_domain_is_measured_apart():
    slip = parse_card(card(("Claudia Fischer", 44), "Varge SA", "fischer@vantage.ch"),
                      default_region="CH")  # fmt: skip
    assert slip.evidence["organization"] == "legal+unmatched/hi"
    alone = parse_card(card(("Claudia Fischer", 44), "Varge SA", "Tel. 022 837 60 09"),
                       default_region="CH")  # fmt: skip
    assert alone.evidence["organization"] == "legal/hi"


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


def test_an_o_umlaut_read_as_e_acute_in_a_german_firm_is_put_back():
    parsed = business(
        "Karl-Heinz Neumann",
        "Neumann & Kénig GmbH & Co. KG",
        "Tel. +49 521 6541290",
        "kneumann@neumann.de",
        "DE",
    )
    assert parsed.contact.organization.name == "Neumann & König GmbH & Co. KG"
    # A French firm keeps its é.
    parsed = business(
        "Valérie Bertrand", "Prisma Métallurgie SAS", "Tél. 04 79 07 45 20", "vb@prisma.fr", "FR"
    )
    assert parsed.contact.organization.name == "Prisma Métallurgie SAS"


def test_a_freelancers_name_beside_a_role_address_is_a_company_doubted():
    # Beside anna@ her own name is her name (test_read_companies); beside info@ nothing says
    # whose it is: the line the domain spells whole is taken for the company, opening on a given
    # name, and a person looks.
    lines = hand_lines(
        ("Anna Kowalska", 60), ("Graphic Designer", 30), ("Tel. +48 601 234 567", 20),
        ("info@annakowalska.com", 20), ("www.annakowalska.com", 20),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="PL")
    assert parsed.contact.organization.name == "Anna Kowalska"
    assert parsed.evidence["organization"] == "domain+given-name"
    assert "organization" in to_review(parsed)
