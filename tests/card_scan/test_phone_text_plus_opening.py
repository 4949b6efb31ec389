"""``phone_text.plus_opening``: a plus read as ``#`` or ``*`` opening a row, put back; strict
where the row is read for numbers (``phones``), loose where a left-over line is only weighed for
holding a number (``leftovers.number_like``)."""

from __future__ import annotations

import pytest

from contactkit_plugins.card_scan.phone_text import plus_opening


@pytest.mark.parametrize("loose", [False, True])
def test_a_country_code_and_its_gap_after_the_mark_is_put_back_either_way(loose: bool) -> None:
    assert plus_opening("#43 (0)650 5470550", loose=loose) == "+43 (0)650 5470550"
    assert plus_opening(" *31 20 555 0142", loose=loose) == "+31 20 555 0142"


def test_only_the_loose_reading_takes_a_mark_before_any_digit() -> None:
    # A row read for numbers puts a plus back only before a country code and its gap; a
    # left-over line is weighed for holding a number, so any digit after the mark will do.
    for text in ("#4365054705", "# 43 650 5470550"):
        assert plus_opening(text) == text
        assert plus_opening(text, loose=True).startswith("+")


@pytest.mark.parametrize("text", ["Room #12 B", "Suite *3", "#hashtag", "12 #43 650"])
def test_a_mark_not_opening_the_row_before_digits_stays(text: str) -> None:
    assert plus_opening(text) == text
    assert plus_opening(text, loose=True) == text
