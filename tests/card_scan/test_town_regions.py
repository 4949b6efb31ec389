"""A town after its postcode names the card's country: the region national numbers are read in
where no other clue on the card names one (hand-made OCR lines, the shapes of p334 card 2)."""

from __future__ import annotations

from ocr_lines import stacked_lines as card

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.town_regions import town_regions


def test_a_swiss_town_after_its_postcode_reads_a_swiss_number():
    # "Aeschenvorstadt" is no street word the postal shapes know; "GmbH" is shared by three
    # countries and tried Germany first: the number was read as a German one.
    lines = card(("Monika Grossmann", 44), "T 044 418 33 35", "Aeschenvorstadt 120",
                 "8048 Zurich", "Maier Treuhand GmbH")  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert [p.e164 for p in parsed.contact.phones] == ["+41444183335"]


def test_towns_named_by_their_postcode_length():
    assert town_regions(["8048 Zürich"]) == ["CH"]
    assert town_regions(["Hauptstr. 5, 1010 Wien"]) == ["AT"]
    assert town_regions(["D-20087 Hamburg"]) == ["DE"]
    assert town_regions(["7000 Mons"]) == ["BE"]  # Mons in France has five digits


def test_a_town_several_countries_share_or_none_names_no_region():
    assert town_regions(["5400 Baden"]) == []  # Austria and Switzerland
    assert town_regions(["46001 Valencia"]) == []  # Spain, and Valence's name in France
    assert town_regions(["20087Hambug"]) == []  # a town misread is no town
    assert town_regions(["Tel 0316 588709 Graz"]) == []  # no postcode before it
    assert town_regions(["8048 Zurich Account Manager"]) == []  # a title runs on after it
