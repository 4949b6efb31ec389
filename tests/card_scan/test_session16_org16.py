"""Session 16 (org16): companies on the photos of new tuning seeds (blind seeds 15 and 16, own
seed 61), as Tesseract gave their lines; each case failed before its fix. A word written
``text@0.36`` was read at that confidence, the others at their row's."""

from __future__ import annotations

from contactkit_plugins.card_scan.fields import parse_card

from .test_session13_org13 import _company, _lines


def test_a_company_named_like_a_british_postcode_casts_no_british_vote():
    # "B2B SAS" matched the British postcode pattern (the inward digit read as a letter), so
    # a French number printed without its code was read against a British vote.
    parsed = parse_card(
        _lines(
            ("Claire Martin", 60, 0.96),
            ("Directrice commerciale", 40, 0.95),
            ("B2B SAS", 50, 0.95),
            ("Tél. 01 42 68 53 00", 30, 0.95),
            ("claire.martin@b2b-groupe.com", 30, 0.95),
        ),
        default_region="US",
    )
    assert [p.e164 for p in parsed.contact.phones] == ["+33142685300"]
    assert parsed.evidence["phones"] == "labelled/hi"


def test_a_group_named_without_a_form_beside_its_domain_with_a_tail_is_the_company():
    # Seed 15 scan 086 (and held-out scans 637, 649): "Groupe Cobalt" beside cobalt-online.fr,
    # no legal form: the domain's tail kept the line from matching, no company was read.
    assert _company(
        ("G", 44, 0.93),
        ("Groupe Cobalt", 41, 0.96),
        ("Aurélie Laurent", 43, 0.96),
        ("Quality Assurance Lead", 28, 0.96),
        ("Ligne directe | 01.92.39.09.02", 23, 0.92),
        ("laurent@cobalt-online.fr", 24, 0.92),
        ("Site : http://www.cobalt-online.fr/", 19, 0.89),
        region="FR",
    ) == ("Groupe Cobalt", "domain+tail")


def test_a_smudge_read_as_a_legal_form_and_a_mark_loses_to_the_company_read_whole():
    # Own seed 61 photo 085: a logo's edge read "ag =" (AG, then a mark) tied the company line
    # read surely, no domain read to tell them apart; the mark kept "ag" from counting as a
    # form alone, and the smudge, first on the card, was taken.
    assert _company(
        ("2 reg,", 11, 0.46),
        ("ag =", 11, 0.70),
        ("ORBIS SYSTEMS LIMITED", 39, 0.95),
        ("10S", 72, 0.74),
        ("SAMANTHA WOOD, CENG MIMECHE", 55, 0.94),
        ("Regional Sales Director, EMEA", 41, 0.97),
        ("DDI: +44 (0)113 344 5110", 34, 0.95),
        ("M +44 7407 033266", 34, 0.95),
        region="GB",
    )[0] == "ORBIS SYSTEMS LIMITED"
