"""An address read sure whose "rn" was read "m" ("martin.kem@" at 0.96 beside "Martin Kern"
read at 0.80) is still written from the name: small print's r and n run together however sure
Tesseract is, so the name read unsure is not the slip there (second review, rev34b, of session
34's sure-address rule). A sure address beside a name that slipped otherwise stays as read.
Hand-made OCR lines."""

from __future__ import annotations

from ocr_lines import rated_lines

from contactkit_plugins.card_scan.fields import ParsedCard, parse_card


def _card(name: tuple[str, float], email: tuple[str, float]) -> ParsedCard:
    lines = rated_lines(
        (name[0], 44, name[1]),
        ("Vertriebsleiter", 24, 0.96),
        ("Huber Logistik GmbH", 30, 0.95),
        ("Tel. +49 89 1234 5678", 22, 0.96),
        (email[0], 22, email[1]),
    )
    return parse_card(lines, default_region="DE")


def test_a_sure_address_with_rn_read_m_is_written_from_a_name_read_unsure():
    parsed = _card(("Martin Kern", 0.80), ("martin.kem@huber-logistik.de", 0.96))
    assert parsed.contact.emails == ["martin.kern@huber-logistik.de"]


def test_a_sure_address_beside_a_name_that_slipped_otherwise_stays_as_read():
    parsed = _card(("Martin Kerm", 0.80), ("martin.kern@huber-logistik.de", 0.96))
    assert parsed.contact.emails == ["martin.kern@huber-logistik.de"]
    parsed = _card(("Salvatore Ferrart", 0.76), ("ferrari.salvatore@huber-logistik.de", 0.99))
    assert parsed.contact.emails == ["ferrari.salvatore@huber-logistik.de"]
