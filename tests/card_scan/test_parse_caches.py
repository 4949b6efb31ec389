"""The parser's answers kept for the same text (legal forms, title letters, the card's named
regions) are the answers it would give afresh, and follow a text that changes."""

from __future__ import annotations

from ocr_lines import stacked_lines

from contactkit_plugins.card_scan import clues, local_parts, phone_text, region_votes, titles
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


def test_session37_caches_answer_as_afresh():
    """The answers cached in session 37 (code37) are those the functions give uncached."""
    for text in ("8001 Zürich, Switzerland", "530-7005 Japan", "Kraków", "AG"):
        assert clues.country_in(text) == clues.country_in.__wrapped__(text)
    for text in ("DELGADO)", "Graaf &", "Vesta Holdings ple", "Müller Consulting Pty Ltd"):
        assert clues.has_legal_form(text) == clues.has_legal_form.__wrapped__(text)
    for text in ("Łukasz Wróbel", "Straße", "Müller"):
        assert local_parts.spelt_fold(text) == local_parts.spelt_fold.__wrapped__(text)
    line = "T +49 30 8277 5622  M +49 171 4455667"
    assert region_votes._code_clues(line) == region_votes._code_clues.__wrapped__(line)
    assert [r for r, _ in region_votes._code_clues(line)] == ["DE", "DE"]


def test_cached_numbers_come_back_as_a_fresh_list():
    text, regions = "Tel. 030 8277 5622", ["DE", "US"]
    rank, region, found = phone_text.first_region_with_numbers(text, regions)
    assert (rank, region, len(found)) == (0, "DE", 1)
    found.clear()  # a caller's list is its own: the next card's answer stays whole
    assert len(phone_text.first_region_with_numbers(text, regions)[2]) == 1
