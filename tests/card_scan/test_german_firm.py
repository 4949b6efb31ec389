"""One test of a German firm (``company_letters.german_firm``), asked by both umlaut repairs: an
accent read for the dots (``domain_repair.umlaut_from_accent``) and a vowel read plain beside a
domain spelling the umlaut out (``company_digraphs.umlaut_from_domain``)."""

from __future__ import annotations

import pytest

from contactkit_plugins.card_scan.company_digraphs import umlaut_from_domain
from contactkit_plugins.card_scan.company_letters import german_firm
from contactkit_plugins.card_scan.domain_repair import repair_from_domain, umlaut_from_accent


@pytest.mark.parametrize(
    ("company", "domain"),
    [
        ("Köhler Maschinenbau", "koehler.de"),
        ("Huber Holz", "huber.at"),
        ("Hilti", "hilti.li"),
        ("Köhler Maschinenbau GmbH", "koehler.ch"),  # a German form tells on a Swiss domain
        ("Schröder GmbH & Co. KG", "schroeder.com"),  # and on any other
        ("Schröder GmbH", "schroeder.lu"),
    ],
)
def test_a_german_domain_or_a_german_legal_form_makes_a_german_firm(company, domain):
    assert german_firm(company, domain)


@pytest.mark.parametrize(
    ("company", "domain"),
    [
        ("Boéchat Conseil SA", "boechat.ch"),  # French-speaking Switzerland
        ("Guérin Fiduciaire", "guerin.ch"),
        ("Guérin S.A.", "guerin.lu"),  # Luxembourg writes French too
        ("Mueller AG", "mueller.ch"),  # AG: French-speaking Swiss firms write it too
        ("Schroder Ltd", "schroeder.com"),
        ("Noémie Design", None),
    ],
)
def test_a_swiss_luxembourg_or_other_card_without_a_german_form_is_not_german(company, domain):
    assert not german_firm(company, domain)


def test_an_accent_after_a_vowel_is_the_umlaut_only_on_a_german_firms_card():
    assert umlaut_from_accent("Koéhler", "koehler.de", "Koéhler Maschinenbau") == "Köhler"
    # A German form on a .com domain tells as it does on .ch.
    assert umlaut_from_accent("Koéhler", "koehler.com", "Koéhler GmbH") == "Köhler"
    # French writes ué and oé: a Swiss or Luxembourg card without a German form stays as read.
    assert repair_from_domain("Guérin Fiduciaire SA", "guerin.ch") == "Guérin Fiduciaire SA"
    assert repair_from_domain("Guérin S.A.", "guerin.lu") == "Guérin S.A."
    assert repair_from_domain("Boéchat Conseil SA", "boechat.ch") == "Boéchat Conseil SA"


def test_a_plain_vowel_beside_a_swiss_domain_spelling_the_umlaut_is_put_back_without_a_form():
    # A German family name on a French-speaking Swiss card (tuning scan 328 card 26, read
    # "Konig & Cie Sarl" beside koenig.ch): the domain's own e tells, whatever the card's language.
    assert umlaut_from_domain("Konig & Cie Sàrl", "koenig.ch") == "König & Cie Sàrl"
    assert umlaut_from_domain("Konig S.A.", "koenig.lu") == "König S.A."
    # Outside the countries that spell names with umlauts a German form must tell.
    assert umlaut_from_domain("Konig Ltd", "koenig.com") == "Konig Ltd"
    assert umlaut_from_domain("Konig GmbH", "koenig.com") == "König GmbH"


def test_a_german_form_printed_in_capitals_tells_as_well():
    # A name set in capitals prints "GMBH" (tuning photo seed 327 card 27, "SCHRODER FEINMECHANIK
    # GMBH" beside schroeder.ch); before, only "GmbH" was a German form.
    assert german_firm("SCHRODER FEINMECHANIK GMBH", "schroeder.ch")
    assert repair_from_domain("KOÉHLER GMBH", "koehler.ch") == "KÖHLER GMBH"
    # A French-speaking Swiss firm in capitals stays as read.
    assert repair_from_domain("BOÉCHAT CONSEIL SA", "boechat.ch") == "BOÉCHAT CONSEIL SA"
