"""Session 36 (wrongph36): a number's inner group read one digit longer than the same group of
the card's other number, unsurely (``phone_groups``): to review. The real shapes beside it (a
group read surely, an extension after a German office line) stay as read."""

from __future__ import annotations

from ocr_lines import conf_line
from printed import to_review

from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.phone_groups import groups, long_group


def _italian(fax: tuple[tuple[str, float], ...]) -> ParsedCard:
    """An Italian card as read on s355 card 91: the office line, a mobile, then the fax row."""
    lines = [
        conf_line(20, ("RICCI", 0.96), ("IMBALLAGGI", 0.96), ("S.P.A.", 0.95)),
        conf_line(70, ("Davide", 0.96), ("Mancini", 0.97)),
        conf_line(120, ("Responsabile", 0.95), ("Ufficio", 0.97), ("Tecnico", 0.97)),
        conf_line(170, ("@", 0.72), ("+39", 0.96), ("06-2085-6530", 0.96)),
        conf_line(220, ("©", 0.96), ("+39", 0.96), ("390-857-0454", 0.96)),
        conf_line(270, ("Fax", 0.97), ("|", 0.97), *fax),
        conf_line(320, ("davide.mancini@ricci-imballaggi.it", 0.97)),
        conf_line(370, ("Corso", 0.97), ("Vittorio", 0.96), ("Emanuele", 0.97), ("60", 0.96)),
        conf_line(420, ("00185", 0.97), ("Roma", 0.96), ("(RM)", 0.96)),
    ]
    return parse_card(lines, default_region="US")


def test_an_inner_group_read_a_digit_long_and_unsurely_goes_to_review():
    parsed = _italian((("+39", 0.93), ("06", 0.93), ("41717", 0.77), ("5809", 0.97)))
    assert "+long-group" in parsed.evidence["phones"]
    assert "phones" in to_review(parsed)


def test_the_same_group_read_surely_stays_accepted():
    # Tesseract sure of every digit: a longer number of the same area is printed so
    parsed = _italian((("+39", 0.96), ("06", 0.96), ("41717", 0.95), ("5809", 0.97)))
    assert "+long-group" not in parsed.evidence["phones"]
    assert "phones" not in to_review(parsed)


def test_a_group_of_the_same_length_read_unsurely_stays_as_read():
    parsed = _italian((("+39", 0.93), ("06", 0.93), ("4171", 0.77), ("5809", 0.97)))
    assert "+long-group" not in parsed.evidence["phones"]


def test_groups_leave_out_the_country_code_and_a_bracketed_trunk_zero():
    assert groups("+39 06 41717 5809") == ["06", "41717", "5809"]
    assert groups("0039 06 4171 5809") == ["06", "4171", "5809"]
    assert groups("+49 (0)40 4573 8149") == ["40", "4573", "8149"]


def test_a_last_group_longer_is_an_extension_not_a_digit_read_twice():
    # A German office line and its fax: "-0" and "99" end the same base number
    assert long_group("0521 6742 17799", "0521 6742 1770") is None
    assert long_group("030 7514787 99", "030 7514787 0") is None


def test_another_area_code_or_grouping_is_no_twin():
    assert long_group("+39 02 41717 5809", "+39 06 2085 6530") is None
    assert long_group("+39 06 41717 58 09", "+39 06 2085 6530") is None
    assert long_group("+39 06 41717 5809", "+39 06 2085 6530") == 1


def test_a_country_code_in_brackets_is_no_area_code():
    # "(+49) 171" beside "(+49) 89": the mobile's prefix one digit longer than Munich's code
    assert groups("(+49) 171 4328765") == ["171", "4328765"]
    assert groups("( +39) 06 4171 5809") == ["06", "4171", "5809"]
    assert long_group("(+49) 171 4328765", "(+49) 89 2180719") is None
    assert long_group("(+39) 06 41717 5809", "(+39) 06 2085 6530") == 1


def test_a_mobile_beside_an_office_both_bracketed_stays_accepted():
    lines = [
        conf_line(20, ("Huber", 0.97), ("Maschinenbau", 0.97), ("GmbH", 0.97)),
        conf_line(70, ("Thomas", 0.96), ("Berger", 0.97)),
        conf_line(120, ("Vertriebsleiter", 0.96)),
        conf_line(170, ("Tel.", 0.96), ("(+49)", 0.96), ("89", 0.96), ("2180719", 0.95)),
        conf_line(220, ("Mobil", 0.96), ("(+49)", 0.95), ("171", 0.85), ("4328765", 0.96)),
        conf_line(270, ("t.berger@huber-maschinenbau.de", 0.96)),
        conf_line(320, ("Leopoldstr.", 0.96), ("28", 0.97)),
        conf_line(370, ("80802", 0.97), ("Munchen", 0.96)),
    ]
    parsed = parse_card(lines, default_region="US")
    assert {p.e164 for p in parsed.contact.phones} == {"+49892180719", "+491714328765"}
    assert "+long-group" not in parsed.evidence["phones"]
