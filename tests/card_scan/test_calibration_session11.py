"""Session 11: fields card_scan auto-accepted wrong on tuning cards (blind seed 1), printed and
read back with Tesseract or given as hand-made OCR lines; each failed before its fix."""

from __future__ import annotations

from printed import hand_lines as _lines
from printed import to_review

from contactkit_plugins.card_scan.fields import parse_card


def test_a_comma_for_the_dot_before_a_country_suffix_is_repaired():
    # "emi.yamamoto@otasangyo.co,jp": the address was cut at "co" and went to review.
    lines = _lines(
        ("Ota Sangyo Co., Ltd.", 37), ("YAMAMOTO Emi", 37), ("Sales Manager", 26),
        ("Tel +81 45-448-7308", 22), ("Mail: emi.yamamoto@otasangyo.co,jp", 29),
    )  # fmt: skip
    assert parse_card(lines, default_region="JP").contact.emails == ["emi.yamamoto@otasangyo.co.jp"]


def test_an_address_whose_start_was_not_read_is_given_it_back_for_review():
    # "lawomir.wojcik@" for Sławomir Wójcik (the Ś not read): the address was kept cut.
    lines = _lines(
        ("Sławomir Wojcik", 40), ("Kierownik Projektu", 28), ("Opakowania Orbis Sp. z o.o.", 30),
        ("tel. +48 22 395 56 95", 20), ("lawomir.wojcik@opakowaniaorbis.pl", 20),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="PL")
    assert parsed.contact.emails == ["slawomir.wojcik@opakowaniaorbis.pl"]
    assert {"emails", "name"} <= set(to_review(parsed))  # the start given back checks nothing


# The merged branches, reviewed: each card below was auto-accepted wrong after the merge.






def test_a_co_address_keeps_its_suffix_when_a_stray_word_follows():
    # "in" after a right .co address (a LinkedIn icon read): joined into ".co.in", accepted.
    lines = _lines(
        ("Ana Lopez", 60), ("Head of Growth", 30), ("Brightside Labs", 40),
        ("Tel. +1 415 555 0134", 20), ("ana.lopez@brightside.co in", 25),
    )  # fmt: skip
    assert parse_card(lines, default_region="US").contact.emails == ["ana.lopez@brightside.co"]
    # a Japanese suffix read apart is still joined
    lines = _lines(("Emi Yamamoto", 60), ("Ota Sangyo K.K.", 40), ("emi@otasangyo.co jp", 25))
    assert parse_card(lines, default_region="JP").contact.emails == ["emi@otasangyo.co.jp"]






