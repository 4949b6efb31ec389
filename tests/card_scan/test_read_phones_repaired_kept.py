"""A number whose digits ``fix_digits`` repaired keeps its ``repaired`` mark (to review) on a
row whose other backing is accepted at ``/hi``: a one-letter label apart (``letter-apart``), a
row read again by the second engine (``reread``). Its digits are checked then only by the number
being valid, as on any other row. Beside each, the row read as printed, which stays accepted."""

from __future__ import annotations

from dataclasses import replace

import pytest
from ocr_lines import conf_line
from printed import phones, to_review

from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.phone_levels import ROW_SOURCE
from contactkit_plugins.card_scan.text_lines import Line, Word


def _row(left: int, top: int, text: str) -> Line:
    """One line of words 20 px a letter wide, 14 px apart, from ``left`` on the row at ``top``."""
    starts = [left + 20 * len(" ".join(text.split()[:k])) for k in range(len(text.split()))]
    return Line(
        [Word(w, 0.95, x, top, 20 * len(w), 30) for w, x in zip(text.split(), starts, strict=True)]
    )


def _letter_apart(number: str) -> ParsedCard:
    """A mobile with its "M" read as a line apart to its left, an office line below."""
    lines = [
        _row(60, 40, "Jan Becker"),
        _row(60, 100, "Kranich GmbH"),
        _row(60, 300, "M"),
        _row(100, 300, number),
        _row(60, 350, "Tel. 030 7654321"),
        _row(60, 400, "j.becker@kranich.de"),
    ]
    return parse_card(lines, default_region="DE")


@pytest.mark.parametrize("number", ["0171 234S678", "0171 234 $678"])
def test_a_repaired_number_after_a_letter_apart_goes_to_review(number: str) -> None:
    # An S or a "$" read for the 5: put back, the number is valid, but nothing checks the 5.
    parsed = _letter_apart(number)
    assert ("+491712345678", "cell") in phones(parsed)
    assert parsed.evidence["phones"] == "repaired/hi"
    assert "phones" in to_review(parsed)


def test_the_number_read_as_printed_after_a_letter_apart_stays_accepted() -> None:
    parsed = _letter_apart("0171 2345678")
    assert parsed.evidence["phones"] == "letter-apart/hi"
    assert "phones" not in to_review(parsed)


def _zurich(office: tuple[str, ...]) -> ParsedCard:
    """A Zurich card whose office row was read again by the second engine (p386 card 19's)."""
    reread = conf_line(170, *((group, 0.94) for group in office))
    lines = [
        conf_line(20, ("Maier", 0.93), ("&", 0.93), ("Cie", 0.96), ("Sarl", 0.97)),
        conf_line(70, ("Benedikt", 0.96), ("Beck", 0.96)),
        conf_line(
            120, ("Mobile", 0.94), ("+41", 0.94), ("76", 0.94), ("826", 0.94), ("7807", 0.94)
        ),
        replace(reread, words=[replace(w, source=ROW_SOURCE) for w in reread.words]),
        conf_line(270, ("b.beck@maier.ch", 0.95)),
        conf_line(320, ("Marktgasse", 0.91), ("209", 0.91)),
        conf_line(370, ("8092", 0.92), ("Zürich", 0.92)),
    ]
    return parse_card(lines, default_region="US")


def test_a_repaired_number_on_a_row_read_again_goes_to_review() -> None:
    parsed = _zurich(("Tel", "+41", "44", "686", "2OO8"))  # two 0s read as O
    assert ("+41446862008", "work") in phones(parsed)
    assert parsed.evidence["phones"] == "repaired+intl/hi"
    assert "phones" in to_review(parsed)


def test_a_row_read_again_as_printed_stays_accepted() -> None:
    parsed = _zurich(("Tel", "+41", "44", "686", "2008"))
    assert parsed.evidence["phones"] == "reread+intl/hi"
    assert "phones" not in to_review(parsed)
