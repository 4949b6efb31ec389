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


def test_a_town_a_postcode_before_town_country_shares_names_no_region():
    # Mexico prints its five digits before the town too: Guadalajara, Mérida are Spain's and
    # Mexico's. A Mexican card's numbers stay read in Mexico (its .com.mx), not sent to review.
    assert town_regions(["Av. Chapultepec 480, 44100 Guadalajara, Jal."]) == []
    assert town_regions(["Calle 60 No. 500, 97000 Merida, Yuc."]) == []
    assert town_regions(["1611 Luxembourg"]) == []  # Luxembourg's own, no table country's
    lines = card(("Alejandro Ruiz", 44), "Grupo Tapatio", "Tel. 33 3615 1234",
                 "aruiz@tapatio.com.mx",
                 "Av. Chapultepec 480, 44100 Guadalajara, Jal.")  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert [p.e164 for p in parsed.contact.phones] == ["+523336151234"]
    assert parsed.evidence["phones"] == "labelled/hi"


def test_a_german_firms_swiss_and_austrian_offices_read_their_own_numbers():
    # The parent's .de email votes Germany; the office's town outweighs it.
    lines = card(("Markus Huber", 44), "Muster (Schweiz) AG", "Tel. 044 123 45 67",
                 "m.huber@muster.de", "Bahnhofstrasse 1, 8001 Zurich")  # fmt: skip
    assert [p.e164 for p in parse_card(lines, default_region="US").contact.phones] == [
        "+41441234567"
    ]
    lines = card(("Markus Huber", 44), "Muster Austria GmbH", "Tel. 01 513 44 55",
                 "Mobil 0664 123 4567", "m.huber@muster.de",
                 "Kärntner Ring 5, 1010 Wien")  # fmt: skip
    phones = parse_card(lines, default_region="US").contact.phones
    assert [p.e164 for p in phones] == ["+4315134455", "+436641234567"]
