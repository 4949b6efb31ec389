"""The parser's answers kept for the same text (legal forms, title letters, the card's named
regions) are the answers it would give afresh, and follow a text that changes."""

from __future__ import annotations

from ocr_lines import stacked_lines

from contactkit_plugins.card_scan import clues, titles
from contactkit_plugins.card_scan.card_fields_reading import read_card


def test_legal_forms_and_title_letters_kept_are_as_read_afresh():
    for text in ("Hoffmann Logistik GmbH", "Meridian Sp. z o.o.", "Vesta Holdings ple", "Sales"):
        assert clues.legal_form(text) == clues.legal_form.__wrapped__(text)
    for title in ("Gtéwna Ksiegowa", "LeiterEinkauf", "Geschaftsfuhrer", "Head of Sales"):
        for umlauts in (True, False):
            fresh = titles.title_letters.__wrapped__(title, umlauts)
            assert titles.title_letters(title, umlauts) == fresh


def test_legal_region_of_a_list_and_of_its_tuple():
    texts = ["Anna Keller", "Meridian Sp. z o.o.", "ul. Dluga 143/33"]
    assert clues.legal_region(texts) == clues.legal_region(tuple(texts)) == "PL"


def test_named_regions_follow_the_texts():
    card = read_card(
        stacked_lines("Anna Keller", "Hoffmann Logistik GmbH", "Berlin, Germany"),
        default_region="US",
    )
    assert card.named_regions() == {"DE"}
    card.named_regions().add("FR")  # a caller's set is its own
    assert card.named_regions() == {"DE"}
    card.texts[2] = "Paris, France"
    assert card.named_regions() == {"FR"}
