"""Session 66's second review: inputs the session's first cut of its rules read worse than
before (a country on the address's own row or after its town, a title's unsure word beside a
phone row, a brand's "!" before its legal form), each read right again."""

from __future__ import annotations

from printed import as_read

from contactkit_plugins.card_scan.fields import parse_card

NAME = [("Anna", 0.96, 100, 80, 96, 40), ("Schmidt", 0.96, 208, 80, 168, 40)]


def test_country_read_apart_on_the_addresss_own_row_stays():
    # footer: street+city and the country read as two lines on ONE row
    lines = as_read(
        NAME,
        [("Head", 0.95, 100, 135, 68, 28), ("of", 0.95, 180, 135, 34, 28),
         ("Sales", 0.95, 226, 135, 85, 28)],
        [("anna.schmidt@helixwerk.de", 0.95, 100, 190, 425, 28)],
        [("Hauptstraße", 0.95, 60, 520, 187, 28), ("12,", 0.95, 259, 520, 51, 28),
         ("60311", 0.95, 322, 520, 85, 28), ("Frankfurt", 0.95, 419, 520, 153, 28)],
        [("Germany", 0.95, 700, 520, 119, 28)],
    )  # fmt: skip
    assert parse_card(lines, default_region="US").contact.addresses[0].country == "Germany"


def test_the_addresss_inline_country_survives_a_title_region_apart():
    lines = as_read(
        NAME,
        [("Country", 0.95, 100, 135, 119, 28), ("Manager", 0.95, 231, 135, 119, 28)],
        [("Germany", 0.95, 100, 175, 119, 28)],
        [("anna.schmidt@helixwerk.de", 0.95, 560, 300, 425, 28)],
        [("Hauptstraße", 0.95, 560, 420, 187, 28), ("12", 0.95, 759, 420, 34, 28)],
        [("60311", 0.95, 560, 460, 85, 28), ("Frankfurt,", 0.95, 657, 460, 170, 28),
         ("Germany", 0.95, 839, 460, 119, 28)],
    )  # fmt: skip
    assert parse_card(lines, default_region="US").contact.addresses[0].country == "Germany"


def test_a_city_comma_country_row_keeps_its_country():
    lines = as_read(
        [("Sean", 0.96, 100, 80, 96, 40), ("Murphy", 0.96, 208, 80, 144, 40)],
        [("Account", 0.95, 100, 135, 119, 28), ("Manager", 0.95, 231, 135, 119, 28)],
        [("sean.murphy@greenleaf.ie", 0.95, 100, 190, 408, 28)],
        [("12", 0.95, 100, 400, 34, 28), ("Merrion", 0.95, 146, 400, 119, 28),
         ("Square", 0.95, 277, 400, 102, 28)],
        [("Dublin", 0.95, 100, 440, 102, 28), ("2,", 0.95, 214, 440, 34, 28),
         ("Ireland", 0.95, 260, 440, 119, 28)],
        [("D02", 0.95, 100, 480, 51, 28), ("XY45", 0.95, 163, 480, 68, 28)],
    )  # fmt: skip
    assert parse_card(lines, default_region="US").contact.addresses[0].country == "Ireland"


def test_a_title_beside_the_phone_read_half_surely_loses_no_phones():
    lines = as_read(
        [("Jana", 0.96, 100, 80, 96, 40), ("Keller", 0.96, 208, 80, 144, 40)],
        [("Office", 0.93, 100, 250, 102, 28), ("Manager", 0.41, 214, 250, 119, 28)],
        [("Tel.", 0.96, 560, 250, 68, 28), ("+49", 0.95, 640, 250, 51, 28),
         ("30", 0.95, 703, 250, 34, 28),
         ("1234567", 0.94, 749, 250, 119, 28)],
        [("Mobil", 0.96, 560, 290, 85, 28), ("+49", 0.95, 657, 290, 51, 28),
         ("170", 0.95, 720, 290, 51, 28),
         ("1234567", 0.94, 783, 290, 119, 28)],
        [("jana.keller@nordwerk.de", 0.95, 560, 330, 391, 28)],
    )  # fmt: skip
    assert parse_card(lines, default_region="DE").evidence["phones"] != "unread"


def test_a_brands_bang_before_its_form_stays_where_the_domain_spells_it_so():
    lines = as_read(
        [("JOOP!", 0.95, 100, 40, 100, 34), ("GmbH", 0.95, 212, 40, 80, 34)],
        [("Anna", 0.96, 100, 100, 96, 40), ("Meier", 0.96, 208, 100, 120, 40)],
        [("Sales", 0.95, 100, 150, 85, 28), ("Manager", 0.95, 197, 150, 119, 28)],
        [("Tel.", 0.95, 560, 420, 68, 28), ("+49", 0.95, 640, 420, 51, 28),
         ("40", 0.95, 703, 420, 34, 28),
         ("123", 0.95, 749, 420, 51, 28), ("4567", 0.95, 812, 420, 68, 28)],
        [("anna.meier@joop.com", 0.95, 560, 460, 323, 28)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="DE")
    assert parsed.contact.organization.name == "JOOP! GmbH"
