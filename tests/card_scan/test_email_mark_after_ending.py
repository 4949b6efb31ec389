"""A mark glued after an address's ending may stand over letters of it: "...teile.co}" for
``.com`` (the second blind generator's scan seed 16 card 9, accepted at name+domain/lo)."""

from __future__ import annotations

import pytest
from ocr_lines import stacked_lines as card

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card

ROWS = (
    ("Thomas Kälin", 34),
    "ENTWICKLUNGSINGENIEUR",
    "Pratal Präzisionsteile AG",
    "M 077 764 40 11",
    "Zürcherstrasse 130",
    "8029 Zürich",
)


@pytest.mark.parametrize("read", ["co}", "com/co", "co]"])
def test_an_address_with_a_mark_glued_after_its_ending_is_doubted(read: str):
    parsed = parse_card(
        card(*ROWS, f"thomas_kaelin@pratal-praezisionsteile.{read}"), default_region="CH"
    )
    assert parsed.contact.emails
    assert parsed.evidence["emails"].endswith("/mark-end")
    assert parsed.confidence["emails"] < REVIEW_BELOW


@pytest.mark.parametrize("printed", ["{}", "{}.", "{},", "({})", "<{}>", "{}|", "{}]"])
def test_an_address_whole_with_a_stop_or_a_bracket_after_it_is_not(printed: str):
    # a sentence's stop, the card's brackets or a frame's bar (a second review's finds)
    address = "thomas_kaelin@pratal-praezisionsteile.com"
    parsed = parse_card(card(*ROWS, printed.format(address)), default_region="CH")
    assert parsed.contact.emails == ["thomas_kaelin@pratal-praezisionsteile.com"]
    assert "mark-end" not in parsed.evidence["emails"]
    assert parsed.confidence["emails"] >= REVIEW_BELOW


def test_an_ending_read_as_the_next_word_is_not():
    # "kondo.co." | "jp": the address goes on in the next word (the first generator's photos)
    rows = (("Kenta Ishikawa", 34), "Kondo Co., Ltd.", "Tel. 03-5561-0192", "Tokyo")
    parsed = parse_card(card(*rows, "E-mail: k.ishikawa@kondo.co. jp"), default_region="JP")
    assert parsed.contact.emails == ["k.ishikawa@kondo.co.jp"]
    assert "mark-end" not in parsed.evidence["emails"]
