"""The OCR stage's parses of a card (parse_once): a state of the lines is parsed once, each
caller gets its own copy, and a line changed by a step is parsed again."""

from __future__ import annotations

from dataclasses import replace

from ocr_lines import stacked_lines

from contactkit_plugins.card_scan import parse_once
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.parse_once import parsed_once

CARD = (
    "Anna Keller",
    "Head of Sales",
    "Hoffmann Logistik GmbH",
    "T +49 30 1234567",
    "anna.keller@hoffmann-logistik.de",
)


def _same(one, other) -> bool:
    return (one.contact, one.confidence, one.evidence, one.text) == (
        other.contact,
        other.confidence,
        other.evidence,
        other.text,
    )


def test_a_state_asked_again_is_not_parsed_again(monkeypatch):
    lines = stacked_lines(*CARD)
    first = parsed_once(lines, default_region="US")
    monkeypatch.setattr(parse_once, "parse_card", lambda *a, **k: 1 / 0)
    again = parsed_once(stacked_lines(*CARD), default_region="US")  # equal lines, new objects
    assert _same(first, again)
    assert _same(again, parse_card(lines, default_region="US"))


def test_each_caller_gets_its_own_copy():
    lines = stacked_lines(*CARD)
    first = parsed_once(lines, default_region="US")
    first.contact.emails.clear()
    first.evidence["emails"] = "edited"
    again = parsed_once(lines, default_region="US")
    assert again.contact.emails == ["anna.keller@hoffmann-logistik.de"]
    assert again.evidence["emails"] != "edited"


def test_a_changed_word_or_region_is_parsed_again():
    lines = stacked_lines(*CARD)
    before = parsed_once(lines, default_region="US")
    words = lines[3].words
    lines[3] = replace(lines[3], words=[*words[:-1], replace(words[-1], text="1234568")])
    after = parsed_once(lines, default_region="US")
    assert [p.e164 for p in before.contact.phones] == ["+49301234567"]
    assert [p.e164 for p in after.contact.phones] == ["+49301234568"]
    edge = [replace(line, words=[replace(w, at_edge=True) for w in line.words]) for line in lines]
    assert _same(parsed_once(edge, default_region="US"), parse_card(edge, default_region="US"))
    forced = parsed_once(lines, default_region="US", forced_region="DE")
    assert _same(forced, parse_card(lines, default_region="US", forced_region="DE"))
