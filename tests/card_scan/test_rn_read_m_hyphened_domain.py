"""A company-slip address whose hyphened domain reads one "m" for the company's "rn"
("ralfs@tauem-logistik.at" beside Tauern Logistik AG, the shape of pool s95 photo 26 with a
two-word firm): the respelling gave the domain back as read, and the address was still marked
``company-slip/company-mended``. Now it is written with the hyphen kept, and the mark is only
set where the address changed. Hand-made OCR lines; failed before its fix (review, late36b)."""

from __future__ import annotations

from printed import to_review, worded_lines

from contactkit_plugins.card_scan.domain_repair import rn_spelt_m
from contactkit_plugins.card_scan.fields import parse_card


def _tauern(email: str, site: str) -> list:
    return worded_lines(
        ("Ralf von Stein", 60), ("Tauern Logistik AG", 30), ("Tel. +43 1 282 25 14 90", 22),
        (f"E-Mail: {email}", 22), (site, 22),
    )  # fmt: skip


def test_a_hyphened_domain_is_respelt_with_its_hyphen_kept():
    assert rn_spelt_m("Tauern Logistik AG", "tauem-logistik.at") == "tauern-logistik.at"
    assert rn_spelt_m("TAUERN-LOGISTIK AG", "tauem-logistik.at") == "tauern-logistik.at"
    assert rn_spelt_m("Tauern AG", "tauem.at") == "tauern.at"  # as before


def test_the_company_mended_mark_comes_with_a_change():
    lines = _tauern("ralfs@tauem-logistik.at", "www.tauem-logistik.at")
    parsed = parse_card(lines, default_region="AT")
    assert parsed.contact.emails == ["ralfs@tauern-logistik.at"]
    assert parsed.evidence["emails"] == "company-slip/company-mended"
    assert "emails" in to_review(parsed)


def test_a_hyphened_domain_spelt_as_the_company_is_left_as_read():
    assert rn_spelt_m("Tauern Logistik AG", "tauern-logistik.at") is None
    assert rn_spelt_m("Hamm Logistik GmbH", "hamm-logistik.de") is None
    assert rn_spelt_m("Tauern Logistik AG", "mail.tauem-logistik.at") is None  # not its label
    lines = _tauern("ralfs@tauern-logistik.at", "www.tauern-logistik.at")
    parsed = parse_card(lines, default_region="AT")
    assert parsed.contact.emails == ["ralfs@tauern-logistik.at"]
    assert "company-mended" not in parsed.evidence["emails"]
