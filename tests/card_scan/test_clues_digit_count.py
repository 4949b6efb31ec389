"""``clues.digit_count``: how many digits a text holds, as the inline counts it replaced did."""

from __future__ import annotations

import pytest

from contactkit_plugins.card_scan.clues import digit_count
from contactkit_plugins.card_scan.phone_text import digits_of


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("+49 (0)30 1234-567", 12),  # marks, brackets and spaces are no digits
        ("F G3-7767-086}", 8),  # a letter read for a digit is none
        ("", 0),
    ],
)
def test_digit_count_counts_the_digits(text: str, count: int) -> None:
    assert digit_count(text) == count
    assert digit_count(text) == len(digits_of(text))


@pytest.mark.parametrize("text", ["Tel. 030 12²", "０３０ 123", "٣٤ 12"])
def test_digit_count_counts_as_isdigit_did(text: str) -> None:
    # It replaced sum(c.isdigit() for c in ...) in glued_company, leftovers and phone_marks:
    # a fullwidth digit, another script's and a superscript count as they did there.
    assert digit_count(text) == sum(c.isdigit() for c in text)


def test_a_superscript_is_counted_though_digits_of_drops_it() -> None:
    # Two ideas of a digit kept apart: str.isdigit takes "²", a regex's \d does not.
    assert digit_count("12²") == 3
    assert digits_of("12²") == "12"
