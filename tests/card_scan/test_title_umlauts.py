"""Umlauts of a German title read as other letters: an ä read "ii", an ü read "ul" or a, put
back only inside the stems the lexicon's words print them in, and the title sent to review (the
folded lexicon checks no umlaut). Words of other languages with "ii", "fi", "ti" stay as read."""

from __future__ import annotations

import pytest
from printed import titled_card

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import ParsedCard
from contactkit_plugins.card_scan.titles import title_letters, umlaut_slip_undone


def _titled(title: str) -> ParsedCard:
    return titled_card(
        "Annette Schneider", title, "Donautal AG", "+43 1 2709255", "schneider@donautal.at", "AT"
    )


@pytest.mark.parametrize(
    "read",
    [
        # pool p344 card 74: ä read ii, ü read ii, accepted as read at strong/mid
        "Geschiiftsfiihrung",
        # photo seed 324 card 11: ü read "ul"; seed 340 card 29: ü read a (both strong/lo)
        "Geschaftsfulhrung",
        "Geschaftsfahrung",
        # pool p344 card 47: ü read "il" (strong/lo)
        "Geschaftsfilhrung",
    ],
)
def test_an_umlaut_read_as_other_letters_is_put_back_and_the_title_reviewed(read):
    parsed = _titled(f"Assistenz der {read}")
    assert parsed.contact.title is not None
    assert parsed.contact.title.replace("ä", "a") == "Assistenz der Geschaftsführung"
    assert parsed.evidence["title"] == "umlaut-put-back"
    assert parsed.confidence["title"] < REVIEW_BELOW


def test_a_title_the_earlier_slips_mend_keeps_its_level():
    # "ii" read for ü alone: an earlier slip, its level as before
    assert not umlaut_slip_undone("Assistenz der Geschaftsfiihrung")
    assert not umlaut_slip_undone("Assistenz der Geschäftsführung")


@pytest.mark.parametrize(
    "read",
    [
        "Head of Sales Hawaii",  # a place's "ii"
        "Tiina Wiik",  # Finnish and Norwegian names
        "Fifi Giidi",
        "Leiter Fuhrpark",  # a u no umlaut's stem holds
        "Senior Consulant",  # an a or "ul" outside the stems: no ü
        "Kaufmann",  # printed so (the singular has no ä)
        "Fahrer",
        "Leiter Filialen",  # an "il" no umlaut's stem holds
    ],
)
def test_words_of_other_languages_or_outside_the_stems_stay_as_read(read):
    assert title_letters(read) == read
    assert not umlaut_slip_undone(read)


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        # umlauts read plain, right only as folded (36 titles of the tuning photos)
        ("Einkaufer", "Einkäufer"),
        ("Einkauferin", "Einkäuferin"),
        ("Leiter Qualitatssicherung", "Leiter Qualitätssicherung"),
        ("Geschaftsfuhrer", "Geschäftsführer"),
        ("GESCHAFTSFUHRER", "GESCHÄFTSFÜHRER"),
        ("Kaufmannischer Leiter", "Kaufmännischer Leiter"),
        ("Assistenz der GeschaftsfUhrung", "Assistenz der Geschäftsführung"),
        # words German prints plain stay so
        ("Kaufmann", "Kaufmann"),
        ("Leiter Fuhrpark", "Leiter Fuhrpark"),
        ("Einkaufsleiter", "Einkaufsleiter"),
        ("Geschäftsführer", "Geschäftsführer"),
    ],
)
def test_a_lexicon_word_read_with_its_umlauts_plain_is_printed_with_them(read, printed):
    assert title_letters(read) == printed
    assert not umlaut_slip_undone(read)


def test_a_title_read_with_its_umlauts_plain_keeps_its_level():
    parsed = _titled("Geschaftsfuhrer")
    assert (parsed.contact.title, parsed.evidence["title"]) == ("Geschäftsführer", "strong/hi")
