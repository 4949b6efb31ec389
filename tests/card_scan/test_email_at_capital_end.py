"""An address whose @ was read as a capital ending the local part, a space then read before
the domain the card spells (``email_at._at_ends_word``)."""

from __future__ import annotations

from printed import to_review
from printed import worded_lines as _lines

from contactkit_plugins.card_scan.fields import parse_card


def _card(row: str) -> list:
    return _lines(
        ("Gabriele Wagner", 50), ("Account Executive", 40), ("Wagner & Söhne KG", 44),
        ("0316 9956360", 34), ("Hauptplatz 86", 34), (row, 36), ("8037 Graz", 34),
    )  # fmt: skip


def test_an_at_read_as_a_capital_before_the_company_s_name_is_put_back_for_review():
    # Photo seed 385 card 57: "E gabriele. wagnerG wagner.at", the address lost.
    parsed = parse_card(_card("E gabriele. wagnerG wagner.at"), default_region="AT")
    assert parsed.contact.emails == ["gabriele.wagner@wagner.at"]
    assert parsed.evidence["emails"].endswith("/at-read")
    assert "emails" in to_review(parsed)


def test_a_lower_case_last_letter_stays_the_local_part_s_own():
    # "jane wagner.at": a name and a bare site, no @ taken from the local part's "e".
    parsed = parse_card(_card("E jane wagner.at"), default_region="AT")
    assert all("jan@" not in email for email in parsed.contact.emails)


def test_a_capital_before_a_domain_the_card_does_not_spell_is_left_as_read():
    parsed = parse_card(_card("E gabriele. wagnerG huber.at"), default_region="AT")
    assert parsed.contact.emails == []
