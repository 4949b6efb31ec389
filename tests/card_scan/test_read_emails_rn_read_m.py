"""A company-slip card whose domain reads one "m" for the company's "rn" (pool s95 photo 26 and
s100 photo 93: "ralfs@tauem.at" and www.tauem.at beside Tauern AG): the address takes the
company's spelling and stays for review. Hand-made OCR lines as Tesseract gave them; failed
before its fix."""

from __future__ import annotations

from printed import to_review, worded_lines

from contactkit_plugins.card_scan.domain_repair import rn_read_m
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
