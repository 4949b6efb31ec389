"""Session 14 review (hunt14): cards the session-14 repairs and levels took a wrong field from,
at a level past the review line; each case failed before its fix."""

from __future__ import annotations

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.phone_check import mark_disputed

from .printed import worded_lines


def _accepted(parsed: ParsedCard, field: str) -> bool:
    return parsed.confidence[field] >= REVIEW_BELOW


def test_a_number_glued_to_its_label_keeps_the_second_readings_dispute():
    # "Tel:+48122216018" read as one word: phone_check marks it (its digits are the number's),
    # but phones.disputed looked for the word's text in the number's and found the label too,
    # so the slip the second engine disputed was accepted at labelled+intl/hi.
    lines = worded_lines(
        ("Tomasz Nowak", 44), ("Tel:+48122216018", 30), ("tomasz.nowak@nexus.pl", 30)
    )
    lines[1] = mark_disputed(lines[1], ["+48122216018"])
    parsed = parse_card(lines, default_region="PL")
    assert parsed.evidence["phones"].startswith("disputed")
    assert not _accepted(parsed, "phones")


