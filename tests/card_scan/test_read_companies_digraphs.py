"""A company's vowel and e set beside the firm's own domain: a German umlaut read plain put back
where the domain spells it out (``Schroder`` beside schroeder-bau.de), and on a Polish card a ł
read as E and L (``BAELTYK`` beside bbaltyk.pl) sent to review. Hand-made OCR lines as Tesseract
gave them; the umlaut's and the ł's first tests failed before their fix."""

from __future__ import annotations

from ocr_lines import company_read as _company

from contactkit_plugins.card_scan.company_digraphs import (
    polish_el_unchecked,
    umlaut_from_domain,
)


def test_an_umlaut_read_plain_is_put_back_where_the_firms_domain_spells_it_out():
    assert umlaut_from_domain("SCHRODER GMBH", "schroeder-bau.de") == "SCHRÖDER GMBH"
    assert umlaut_from_domain("Muller Logistik GmbH", "mueller-logistik.de") == (
        "Müller Logistik GmbH"
    )
    assert umlaut_from_domain("Kohler", "koehler.de") == "Köhler"
    assert umlaut_from_domain("Schroder & Kohler GmbH & Co. KG", "schroederkoehler.de") == (
        "Schröder & Köhler GmbH & Co. KG"
    )
    # Tuning photo seed 338 card 63: "Schröder & KOhler", the ö read as its capital.
    assert umlaut_from_domain("Schröder & KOhler GmbH & Co. KG", "schroederkoehler.de") == (
        "Schröder & Köhler GmbH & Co. KG"
    )
    # A Swiss firm, the domain's country telling: "Säntis SA" beside saentis.ch.
    assert umlaut_from_domain("Santis SA", "ssaentis.ch") == "Säntis SA"


def test_a_name_written_plain_or_spelt_out_is_left_as_printed():
    assert umlaut_from_domain("Muller GmbH", "muller.de") == "Muller GmbH"  # the domain's own
    assert umlaut_from_domain("Mueller AG", "mueller.ch") == "Mueller AG"  # printed so
    assert umlaut_from_domain("Bauer AG", "bauer.ch") == "Bauer AG"
    # No German-speaking clue: an English firm named Schroder keeps its spelling.
    assert umlaut_from_domain("Schroder Ltd", "schroeder.com") == "Schroder Ltd"
    assert umlaut_from_domain("Schroder Ltd", "schroeder.co.uk") == "Schroder Ltd"


def test_the_umlaut_put_back_keeps_the_company_at_the_level_its_domain_gives_it():
    read, level = _company(
        ("SCHRODER GMBH", 44, 0.93),
        ("Jonas Becker", 50, 0.96),
        ("Projektleiter", 30, 0.95),
        ("E-Mail: j.becker@schroeder-bau.de", 30, 0.92),
        ("www.schroeder-bau.de", 30, 0.91),
        region="DE",
    )
    assert read == "SCHRÖDER GMBH"
    assert level.startswith("domain+legal")


def test_a_polish_l_read_el_beside_the_domain_goes_to_review():
    # Tuning photo seed 338 card 85 (URW Bookman capitals): "BAELTYK SP. Z O.O." beside
    # bbaltyk.pl was accepted at domain+legal, the domain matching through its umlaut folding.
    _, level = _company(
        ("BAELTYK SP. Z O.O.", 44, 0.91),
        ("KAROLINA ZALEWSKA", 50, 0.95),
        ("Plant Manager", 30, 0.96),
        ("zalewska.karolina@bbaltyk.pl", 30, 0.93),
        ("www.bbaltyk.pl", 30, 0.92),
        region="PL",
    )
    assert level == "polish-el"


def test_real_words_with_el_and_al_keep_their_level_beside_their_domains():
    assert not polish_el_unchecked("ELEKTRO BALTIC Sp. z o.o.", "elektro-baltic.pl")
    assert not polish_el_unchecked("Walther GmbH", "walther.de")
    assert not polish_el_unchecked("MICHAEL Sp. z o.o.", "michael.pl")  # the domain spells it
    assert not polish_el_unchecked("Rafael Consulting Ltd", "rafael.co.uk")  # no Polish card
    _, level = _company(
        ("ELEKTRO BALTIC SP. Z O.O.", 44, 0.93),
        ("Piotr Nowak", 50, 0.96),
        ("p.nowak@elektro-baltic.pl", 30, 0.93),
        region="PL",
    )
    assert level.startswith("domain")
