"""``phone_text.digits_of``: a number's digits alone, as the phone modules compare them."""

from __future__ import annotations

import pytest

from contactkit_plugins.card_scan.phone_text import digits_of


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("+49 (0)30 1234-567", "490301234567"),  # marks, brackets and spaces dropped
        ("Tel. 06.69.70.31.12", "0669703112"),  # a label's letters dropped, the 0 kept
        ("F G3-7767-086}", "37767086"),  # a letter read for a digit is no digit here
        ("", ""),
    ],
)
def test_digits_of_keeps_digits_in_order(text: str, digits: str) -> None:
    assert digits_of(text) == digits


def test_digits_of_keeps_other_scripts_digits_as_the_regex_did() -> None:
    # The helper replaces re.sub(r"\D", "", ...): a digit of another script ("٣") stays a
    # digit as it did there.
    assert digits_of("٣٤ 12") == "٣٤12"
