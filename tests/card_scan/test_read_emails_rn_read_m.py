"""A company-slip card whose domain reads one "m" for the company's "rn" (pool s95 photo 26 and
s100 photo 93: "ralfs@tauem.at" and www.tauem.at beside Tauern AG): the address takes the
company's spelling and stays for review. Hand-made OCR lines as Tesseract gave them; failed
before its fix."""

from __future__ import annotations

from printed import to_review, worded_lines

from contactkit_plugins.card_scan.domain_repair import rn_read_m, rn_spelt_m
from contactkit_plugins.card_scan.fields import parse_card


def test_the_companys_rn_read_m_in_the_domain_is_written_as_the_company_spells_it():
    lines = worded_lines(
        ("Ralf von Stein", 60), ("Tauern AG", 30), ("Tel. +43 1 282 25 14 90", 22),
        ("E-Mail: ralfs@tauem.at", 22), ("www.tauem.at", 22),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="AT")
    assert parsed.contact.emails == ["ralfs@tauern.at"]
    assert "emails" in to_review(parsed)


def test_a_domain_apart_from_the_company_by_another_letter_is_not_written():
    # "Santis AG" beside saenfis.ch (s87 photo 30): t read f, or the company lost its umlaut
    assert rn_read_m("Santis AG", "cschmidt@saenfis.ch") is None
    assert rn_read_m("Tauern AG", "ralfs@tauern.at") is None  # spelt alike already


def test_an_rn_read_m_beside_a_company_of_any_level_doubts_the_address_and_the_site():
    # photo seed 341 card 51: the company "odd" for its glued monogram (HY), so no near-domain
    # check ran; address and site accepted with the domain's m for the company's rn
    lines = worded_lines(
        ("HYHERNANDEZ Y ASOCIADOS S.L.", 142), ("Francisco Alonso de la Torre", 50), ("CEO", 35),
        ("Tlf. +34 944 05 76 49", 31), ("M. 0034 642 18 12 99", 30),
        ("alonso.francisco@hemandezasociados.es", 39), ("Web www.hemandezasociados.es", 30),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="ES")
    assert parsed.contact.emails == ["alonso.francisco@hernandezasociados.es"]
    assert parsed.evidence["emails"] == "company-slip/company-mended"
    assert parsed.evidence["urls"] == "company-slip"
    assert "emails" in to_review(parsed)


def test_a_domain_with_an_m_the_company_spells_m_is_left_as_read():
    assert rn_spelt_m("HERNANDEZ Y ASOCIADOS S.L.", "hernandezasociados.es") is None
    assert rn_spelt_m("Hamm Logistik GmbH", "hamm-logistik.de") is None
    assert rn_spelt_m("Kemper GmbH", "kemper.de") is None
    # a company that spells neither
    assert rn_spelt_m("Acme Corp.", "hemandez.es") is None
