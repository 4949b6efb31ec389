"""Session 13, second review (hunt13): cards the merged change read wrong at a level past the
review line, each made by hand and read through ``parse_card``."""

from __future__ import annotations

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card

from .printed import worded_lines


def _parse(*rows: tuple[str, int] | str, region: str = "US"):
    return parse_card(
        worded_lines(*[(r, 30) if isinstance(r, str) else r for r in rows]),
        default_region=region,
    )












def test_a_second_number_cut_short_after_its_label_sends_the_phones_to_review():
    # Blind seed 1 photo 662: "T +41 31879 7904 Natel +4179-942-", the mobile's end on the
    # next row not read; the office number alone was accepted at labelled+intl/hi (0.990).
    parsed = _parse(
        ("Susanne Schäfer", 44),
        ("Schäfer & Cie SA", 36),
        "T +41 31879 7904 Natel +4179-942-",
        "E-Mail susanne.schaefer@schaefercie.ch",
        region="CH",
    )
    assert parsed.evidence["phones"] == "unread"
    assert parsed.confidence["phones"] < REVIEW_BELOW




