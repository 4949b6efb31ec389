"""An address whose ending was cut at its row's end ("l.wilson@ellissystems.c", ".co.uk" on the
next row) beside the site read whole: the site's ending is kept and lent to the address, not
one guessed from the card's country for both (session 36's cached photo 371/84, both made
.com)."""

from __future__ import annotations

from ocr_lines import conf_line
from ocr_lines import stacked_lines as card

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.web import ending_cut_short


def test_an_address_cut_short_of_the_sites_whole_ending() -> None:
    assert ending_cut_short("ellissystems.c", "ellissystems.co.uk")
    assert ending_cut_short("ellissystems.c", "ellissystems.com")


def test_an_address_with_a_whole_ending_or_another_name_is_not_cut() -> None:
    assert not ending_cut_short("ellissystems.com", "ellissystems.co.uk")
    assert not ending_cut_short("ellis.c", "ellissystems.co.uk")
    assert not ending_cut_short("ellissystems.c", "ellissystems.c")


def test_whole_card_keeps_the_sites_printed_ending_over_a_surer_cut_address() -> None:
    # as on photo 371/84: the address read surer than the site's row, its ending on the next row
    lines = card(
        "LISA WILSON",
        "Quality Assurance Lead",
        "ELLIS SYSTEMS LLP",
        "Mobile: +44 (0)7973 955364",
        "L.wilson@ellissystems.c",
        ".co.uk",
    )
    lines.append(conf_line(240, ("W:", 0.84), ("ellissystems.co.uk", 0.16)))
    parsed = parse_card(lines, default_region="GB")
    assert [u.url for u in parsed.contact.urls] == ["ellissystems.co.uk"]
    assert parsed.contact.emails == ["l.wilson@ellissystems.co.uk"]
    assert parsed.evidence["emails"].endswith("/ending-guessed")  # from the site: to review
    assert parsed.confidence["emails"] < 0.9


def test_a_cut_address_beside_a_site_already_trusted_keeps_its_measured_level() -> None:
    # "vantage.n!" beside https://vantage.nl/de (photo 325/17): repaired from the site as before
    parsed = parse_card(
        card(
            "Catharina van Wijk",
            "Vantage Groep N.V.",
            "E catharina.vanwijk@vantage.n!",
            "https://vantage.nl/de",
        ),
        default_region="NL",
    )
    assert parsed.contact.emails == ["catharina.vanwijk@vantage.nl"]
    assert "ending-guessed" not in parsed.evidence["emails"]
