"""A company whose only doubted words are trade words of the list read letter for letter
(``domain+legal+other/lo+trade``): measured apart from ``domain+legal+other/lo``, where a word
nothing checks was doubted. Lines as Tesseract gave them on fresh photo seed 159 (session 27)."""

from __future__ import annotations

import pytest
from ocr_lines import photo_line
from printed import to_review

from contactkit_plugins.card_scan.fields import ParsedCard, parse_card


def _parsed(*company: tuple[str, float]) -> ParsedCard:
    lines = [
        photo_line(40, ("DR", 0.91), ("PIERRE", 0.91), ("SAINT-MARTIN", 0.91)),
        photo_line(120, ("Direction", 0.93), ("générale", 0.93)),
        photo_line(200, *company),
        photo_line(280, ("Tél:", 0.71), ("01", 0.9), ("93", 0.9), ("21", 0.9), ("86", 0.9)),
        photo_line(360, ("pierre_saintmartin@michel.com", 0.91)),
        photo_line(440, ("Site:http://www.michel.com/", 0.94)),
    ]
    return parse_card(lines, default_region="FR")


def _card(*company: tuple[str, float]) -> str:
    return _parsed(*company).evidence["organization"]


@pytest.mark.parametrize(
    ("company", "level"),
    [
        # seed 159 photo 32: the trade word doubted, the list spells it
        ((("MICHEL", 0.93), ("LOGISTIQUE", 0.74), ("SAS", 0.97)), "domain+legal+other/lo+trade"),
        # a trade word a slip of which is another list word ("System" for Systems): not checked
        ((("MICHEL", 0.93), ("SYSTEMS", 0.70), ("SAS", 0.97)), "domain+legal+other/lo"),
        # a doubted word on no list: as before
        ((("MICHEL", 0.93), ("ASSOCIES", 0.70), ("SAS", 0.97)), "domain+legal+other/lo"),
        # the list word read surely, another unchecked word doubted: as before
        (
            (("MICHEL", 0.93), ("LOGISTIQUE", 0.95), ("ALPES", 0.60), ("SAS", 0.97)),
            "domain+legal+other/lo",
        ),
        # the doubted list word beside an unchecked word read surely
        (
            (("MICHEL", 0.93), ("LOGISTIQUE", 0.70), ("ALPES", 0.95), ("SAS", 0.97)),
            "domain+legal+other/lo+trade",
        ),
        # read surely: as before
        ((("MICHEL", 0.93), ("LOGISTIQUE", 0.95), ("SAS", 0.97)), "domain+legal+other/hi"),
    ],
)
def test_a_doubted_trade_word_the_list_spells_is_measured_apart(company, level):
    assert _card(*company) == level


def test_a_doubted_trade_word_still_goes_to_review():
    # Too rare on the fresh seeds to show a bound over the bar (3 of 3 where it was defined,
    # none on the held-out seeds): unmeasured, so the card is looked at as before.
    parsed = _parsed(("MICHEL", 0.93), ("LOGISTIQUE", 0.74), ("SAS", 0.97))
    assert parsed.evidence["organization"] == "domain+legal+other/lo+trade"
    assert "organization" in to_review(parsed)
