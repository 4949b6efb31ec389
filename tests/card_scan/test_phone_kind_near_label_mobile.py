"""A label one letter off an office's before a number its plan makes a mobile ("Pon." for Port.,
p366 card 55): the plan keeps the kind; a near label naming a fax, or an office's before a fixed
line, names it as before. Each stays doubted (near-label)."""

from __future__ import annotations

from ocr_lines import stacked_lines as card
from printed import to_review

from contactkit_plugins.card_scan.fields import parse_card


def _kinds(*rows: str) -> tuple[dict[str, str], str]:
    lines = card(("Françoise Le Roux", 44), *rows, "fleroux@guerin.fr", "31004 Toulouse - France")
    parsed = parse_card(lines, default_region="US")
    kinds = {p.e164: p.kind.value for p in parsed.contact.phones}
    return kinds, parsed.evidence["phones"]


def test_a_near_office_label_before_a_mobile_keeps_the_mobile():
    kinds, level = _kinds("Pon.: +33 7 71 76 79 78", "Ligne directe: +33 (0)5 67 80 82 48")
    assert kinds == {"+33771767978": "cell", "+33567808248": "work"}
    assert level.startswith("near-label")
    parsed = parse_card(card("Pon.: +33 7 71 76 79 78", "fleroux@guerin.fr"), default_region="US")
    assert "phones" in to_review(parsed)


def test_a_near_label_naming_a_fax_or_an_office_line_is_kept():
    kinds, _ = _kinds("Teletax +33 5 67 80 82 49", "Tel. +33 5 67 80 82 48")
    assert kinds == {"+33567808249": "fax", "+33567808248": "work"}
    kinds, _ = _kinds("Pon.: +33 5 67 80 82 48")
    assert kinds == {"+33567808248": "work"}
