"""An address whose @ Tesseract read as a letter, its hyphenated host parted at the hyphen into
two words with no gap between their boxes: joined and its @ put back before the site's domain
(email_at). Lines as Tesseract gave them on cached tuning photo seed 385 card 37 (session 37,
email37), where the address was lost and the field accepted as missing."""

from __future__ import annotations

from printed import boxed_line, to_review

from contactkit_plugins.card_scan.email_at import at_put_back
from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.text_lines import Line


def _lines(gap: int) -> list[Line]:
    after = f"asociados.es 0.97 {1165 + gap} 157"
    return [
        boxed_line(82, "MARIA 0.94 377 163", "JOSE 0.90 577 127", "RODRIGUEZ 0.95 744 302"),
        boxed_line(396, "Dominguez 0.93 120 200", "y 0.93 338 22", "Asociados 0.93 375 211"),
        boxed_line(427, "Tel. 0.77 1049 32", "0034 0.94 1102 51", "962174612 0.94 1165 160"),
        boxed_line(488, "Emall 0.97 758 66", "maria.rodriguezedominguez- 0.97 824 341", after),
        boxed_line(520, "Web 0.97 918 42", "www.dominguez-asociados.es 0.97 960 360"),
        boxed_line(553, "46069 0.85 1050 62", "Valencia 0.51 1122 102"),
    ]


def _card(gap: int) -> ParsedCard:
    return parse_card(_lines(gap), default_region="ES")


def test_a_host_parted_at_its_hyphen_is_joined_and_its_at_put_back():
    parsed = _card(0)
    assert parsed.contact.emails == ["maria.rodriguez@dominguez-asociados.es"]
    assert parsed.evidence["emails"].endswith("/at-read")
    assert "emails" in to_review(parsed)  # the letter taken for the @ is measured apart


def test_two_words_with_a_space_printed_between_them_stay_apart():
    lines = _lines(14)
    assert at_put_back(lines) == lines
    assert _card(14).contact.emails == []
