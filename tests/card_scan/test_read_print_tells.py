"""Doubts the card's own print settles: a Japanese name's order marked by its capitals, and a
national number whose grouping shows no country code was printed apart (review37, session 37)."""

from __future__ import annotations

from ocr_lines import stacked_lines as card
from ocr_lines import worded_lines

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card

# Tuning photo 347 card 3's rows below the name.
JAPANESE_ROWS = (("Vantage Co., Ltd.", 30), ("TEL: 045-714-2420", 26))


def _japanese_card(name: str, local: str):
    rows = ((name, 44), *JAPANESE_ROWS, (f"Mail: {local}@vantage.co.jp", 26))
    return parse_card(worded_lines(*rows), default_region="JP")


def test_a_japanese_name_whose_family_name_alone_is_in_capitals_keeps_its_order_surely():
    # Tuning photo 347 card 3: "Yuki KONDOO" beside kondoo.yuki@; Yuki is a family name too,
    # so the order was a guess (email/order-guessed), but the card sets the family name in
    # capitals and the name is stored with it last.
    for printed in ("Yuki KONDOO", "KONDOO Yuki"):
        parsed = _japanese_card(printed, "kondoo.yuki")
        assert parsed.contact.name.full == "Yuki Kondoo"
        assert parsed.evidence["name"] == "email"
        assert parsed.confidence["name"] >= REVIEW_BELOW


def test_a_japanese_name_whose_print_marks_no_family_name_stays_a_guess():
    # Both words in capitals, or neither: nothing on the card tells the order.
    for printed in ("YUKI KONDOO", "Yuki Kondoo"):
        parsed = _japanese_card(printed, "kondoo.yuki")
        assert parsed.evidence["name"] == "email/order-guessed"
        assert parsed.confidence["name"] < REVIEW_BELOW
    parsed = _japanese_card("TAKAHIRO MIKI", "takahiro.miki")
    assert parsed.contact.name.full in ("Takahiro Miki", "Miki Takahiro")
    assert parsed.contact.name.full == "Takahiro Miki" or parsed.confidence["name"] < REVIEW_BELOW


ROWS = (("Carlo Colombo", 48), "Lince S.p.A.", "ccolombo@lince.it")


def test_an_italian_mobile_grouped_as_its_plan_groups_it_is_no_plus_lost():
    # Tuning photos 365 card 5, 376 card 27, 389 card 74: "Cellulare 390.525.7085" and
    # "© 390.721.4295", national mobiles opening on 39; a lost plus would leave 39 a group of
    # its own, as a card prints a country code apart.
    for printed, level in (
        ("390.525.7085", "bare/hi"),
        ("390 525 7085", "bare/hi"),
        ("Cellulare 390.525.7085", "labelled/hi"),
    ):
        parsed = parse_card(card(*ROWS, printed), default_region="US")
        assert [p.e164 for p in parsed.contact.phones] == ["+393905257085"]
        assert parsed.evidence["phones"] == level
        assert parsed.confidence["phones"] >= REVIEW_BELOW


def test_a_run_ungrouped_or_grouped_otherwise_still_may_have_lost_its_plus():
    # b68 photo 14: "+39 055 566 5207" read "3905556652"; grouped unlike the mobile's plan
    # ("39055 566 52", "390 5556652") the digits cannot tell either.
    for printed in ("3905556652", "39055 566 52", "390 5556652"):
        parsed = parse_card(card(*ROWS, printed), default_region="US")
        assert [p.e164 for p in parsed.contact.phones] == ["+393905556652"]
        assert parsed.evidence["phones"] == "plus-lost/hi"
        assert parsed.confidence["phones"] < REVIEW_BELOW


def test_a_plus_lost_before_a_code_printed_apart_stays_in_doubt():
    # "+39 0525 7085", a Parma line, its plus lost: the same digits as the mobile lifted above,
    # but 39 stands as a group of its own, as a card prints a country code; only the grouping
    # parts the two, so the lift must read the groups, not the digits.
    parsed = parse_card(card(*ROWS, "39 0525 7085"), default_region="US")
    assert [p.e164 for p in parsed.contact.phones] == ["+393905257085"]
    assert parsed.evidence["phones"] == "plus-lost/hi"
    assert parsed.confidence["phones"] < REVIEW_BELOW
