"""The two rules for a separator read as a spaced dot on an address line, side by side in
``address_slips``: ``SEPARATOR_SLIP_RE`` (in ``mended``, first) before a postcode's shape, even
alone; ``SPACED_DOT_RE`` (in ``spaced_marks``, after) anywhere on a line two marks part."""

from __future__ import annotations

import pytest

from contactkit_plugins.card_scan.address_slips import mended, spaced_marks


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # one dot alone before a postcode: the first rule's, as a dash
        ("Hauptstrasse 50 . 1067 Wien", "Hauptstrasse 50 - 1067 Wien"),
        ("Umeda 2-4 . 530-1471 Osaka", "Umeda 2-4 - 530-1471 Osaka"),
        # a British postcode is no shape of the first rule: the second's, as middle dots
        ("48 Deansgate . London . W1T 4QP", "48 Deansgate · London · W1T 4QP"),
        # both on one line: the dot before the postcode taken first, the other after
        ("Hauptstrasse 50 . Stock 3 . 1067 Wien", "Hauptstrasse 50 · Stock 3 - 1067 Wien"),
    ],
)
def test_each_spaced_dot_is_taken_by_one_rule_in_turn(text: str, read: str) -> None:
    assert spaced_marks(mended(text)) == read


@pytest.mark.parametrize("text", ["10 St . James's Square", "48 Deansgate . London"])
def test_a_saints_stop_or_a_lone_dot_off_a_postcode_stays(text: str) -> None:
    assert spaced_marks(mended(text)) == text
