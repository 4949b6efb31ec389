"""Session 36 (wrongph36): a mobile's row whose 5 was read "$" (``leftovers.number_like``) is a
number left unread, to review (session 37: read with its 5 put back, repaired, to review); the
row read whole is kept, and a "$" in a street or before a postcode is no number."""

from __future__ import annotations

from ocr_lines import conf_line
from printed import to_review

from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.leftovers import number_like
from contactkit_plugins.card_scan.text_lines import Line


def _with_mobile_row(row: Line) -> ParsedCard:
    """An Italian card as read on p364 card 80: office and fax read, the mobile's row between."""
    lines = [
        conf_line(20, ("Russo", 0.97), ("Logistica", 0.97), ("S.p.A.", 0.97)),
        conf_line(70, ("Emanuele", 0.96), ("Della", 0.97), ("Valle", 0.96)),
        conf_line(120, ("Area", 0.97), ("Manager", 0.96)),
        conf_line(170, ("+39", 0.96), ("06", 0.96), ("5682", 0.94), ("2729", 0.96)),
        row,
        conf_line(270, ("F.:", 0.9), ("+39", 0.96), ("06", 0.97), ("9353", 0.96), ("3544", 0.96)),
        conf_line(320, ("dellavalle.emanuele@rigroup.it", 0.96)),
        conf_line(370, ("Viale", 0.96), ("Europa", 0.96), ("126", 0.97)),
        conf_line(420, ("00162", 0.97), ("Roma", 0.96), ("(RM)", 0.96)),
    ]
    return parse_card(lines, default_region="US")


def test_a_mobile_row_with_a_five_read_as_dollar_is_read_repaired_to_review():
    # Session 37 (phone37): the 5 put back (phone_text.fix_digits), the number read and doubted
    row = conf_line(220, ("®", 0.87), ("0039", 0.96), ("343", 0.95), ("$15", 0.8), ("3008", 0.96))
    parsed = _with_mobile_row(row)
    assert "+393435153008" in {p.e164 for p in parsed.contact.phones}
    assert parsed.evidence["phones"].startswith("repaired")
    assert "phones" in to_review(parsed)


def test_the_mobile_row_read_whole_is_kept():
    row = conf_line(220, ("®", 0.87), ("0039", 0.96), ("343", 0.95), ("515", 0.95), ("3008", 0.96))
    parsed = _with_mobile_row(row)
    assert "+393435153008" in {p.e164 for p in parsed.contact.phones}
    assert parsed.evidence["phones"] != "unread"


def test_a_dollar_in_a_street_or_before_a_postcode_is_no_number():
    assert number_like("® 0039 343 $15 3008")
    assert not number_like("$30-8768 Japan")
    assert not number_like("im Gewerbepark 1$0")


def test_a_price_after_a_figure_is_no_number():
    # a tagline's price: the "$" read as 5 leaves a run far short of a number
    assert not number_like("Rooms from 2 $199 per night")
    assert not number_like("Over 300 $1.2M homes sold")
