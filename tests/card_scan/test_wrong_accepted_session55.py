"""Session 55: fields accepted wrong on the second blind generator's tuning seeds where the
reading showed what was wrong: a family name the census lists made a given name by a letter
slip and a logo's tall letters before the company its domain spells."""

from __future__ import annotations

from printed import as_read

from contactkit_plugins.card_scan.fields import parse_card


def test_a_family_name_the_census_lists_is_no_letter_slip():
    # Photo seed 5 card 27, as read: "COTE" beside hugo@ was made "Cole" (t for ł, a given name)
    lines = as_read(
        [("LUMION", 0.92, 277, 146, 232, 40), ("CONSEIL", 0.91, 531, 146, 258, 40),
         ("S.A.", 0.95, 809, 146, 108, 40)],
        [("HUGO", 0.96, 75, 309, 249, 48), ("COTE", 0.95, 380, 295, 238, 63)],
        [("Expert-comptable", 0.92, 76, 390, 470, 52)],
        [("hugo@lumion-conseil.fr", 0.91, 74, 672, 549, 48)],
        [("06000", 0.94, 74, 800, 137, 33), ("NICE", 0.96, 228, 801, 112, 32)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="FR")
    assert parsed.contact.name is not None
    assert parsed.contact.name.full == "Hugo Cote"


def test_a_slipped_polish_given_name_is_still_put_back():
    lines = as_read(
        [("Pawet", 0.93, 100, 100, 200, 50), ("Nowicki", 0.95, 320, 100, 260, 50)],
        [("p.nowicki@lumbel.pl", 0.95, 100, 400, 400, 35)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="PL")
    assert parsed.contact.name is not None
    assert parsed.contact.name.given == "Paweł"


def test_a_logos_tall_letters_before_the_name_the_domain_spells_are_dropped():
    # Photo seed 5 card 65, as read: the logo's "Li" 93 px tall beside the name's 50, at 0.57
    lines = as_read(
        [("Li", 0.57, 80, 86, 82, 93), ("Hasegawa", 0.97, 211, 90, 269, 60),
         ("Kikai", 0.96, 502, 88, 146, 50), ("Inc.", 0.96, 671, 90, 99, 48)],
        [("Customer", 0.96, 420, 211, 195, 37), ("Success", 0.96, 631, 211, 155, 37),
         ("Manager", 0.97, 803, 210, 176, 50)],
        [("Shinji", 0.96, 546, 282, 159, 65), ("Fujii", 0.96, 725, 282, 127, 65)],
        [("e:", 0.93, 81, 734, 25, 21), ("shinji@hasegawa.co.jp", 0.91, 127, 723, 373, 43)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="JP")
    assert parsed.contact.organization is not None
    assert parsed.contact.organization.name == "Hasegawa Kikai Inc."
