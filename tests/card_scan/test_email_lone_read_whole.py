"""The second engine's reading of an address row, read whole, where the name read does not spell
its local part: the name may be the misread field (a department taken for it), so the address is
kept as read, its domain the company's, and a person looks (``lone-read``; photo seed 6 card 33
of the second blind generator, session 63: the address was lost as unread)."""

from __future__ import annotations

from ocr_lines import boxed_line as _line
from ocr_lines import lone_line as _lone

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.email_mend import read_whole
from contactkit_plugins.card_scan.fields import parse_card

# The name set on two rows with a title between its pieces, read as debris; "Dział Techniczny"
# (a department) taken for the name.
PHOTO_33 = [
    _line(
        ("Soldexvix", 0.92, 554, 81, 272, 51),
        ("Sp.", 0.93, 845, 84, 83, 59),
        ("z", 0.92, 946, 97, 29, 36),
        ("o.o.", 0.92, 990, 97, 60, 36),
    ),
    _line(("inz.AGATA", 0.88, 544, 182, 215, 37)),
    _line(("A", 0.79, 760, 202, 22, 13), ("DUDA-LEWANDOWSKA", 0.89, 808, 186, 497, 33)),
    _line(("KIEROWNIK", 0.91, 556, 242, 319, 44)),
    _line(("DZIALU", 0.89, 555, 309, 199, 45), ("SPRZEDAZY", 0.91, 774, 302, 318, 53)),
    _line(("Dziat", 0.9, 555, 383, 108, 40), ("Techniczny", 0.9, 671, 383, 236, 49)),
    _line(
        ("Tel.", 0.65, 551, 512, 64, 36),
        ("+48", 0.95, 637, 508, 62, 57),
        ("32", 0.96, 718, 508, 42, 57),
        ("563", 0.96, 775, 508, 70, 57),
        ("21", 0.96, 860, 508, 42, 57),
        ("61", 0.96, 915, 508, 42, 57),
    ),
    _line(
        ("e-mail", 0.81, 547, 629, 117, 50),
        ("dudzlewandowskaGidexvingl", 0.0, 672, 633, 647, 42),
        ("ag2ta", 0.1, 1330, 633, 90, 42),
    ),
    _lone(
        ("e-mail", 0.95, 547, 629, 116, 50),
        ("agata.dudalewandowska@soldexvix.pl", 0.95, 663, 629, 656, 50),
    ),
    _line(
        ("ul.", 0.99, 552, 741, 64, 52),
        ("Swietokrzyska", 0.99, 616, 741, 280, 52),
        ("4/10", 0.99, 896, 741, 86, 52),
    ),
    _line(("40-260", 0.96, 546, 806, 138, 55), ("Katowice", 0.95, 706, 806, 175, 55)),
]


def test_the_second_readings_address_is_kept_to_review():
    parsed = parse_card(PHOTO_33, default_region="PL")
    assert parsed.contact.emails == ["agata.dudalewandowska@soldexvix.pl"]
    assert parsed.evidence["emails"] == "lone-read"
    assert parsed.confidence["emails"] < REVIEW_BELOW


def test_only_a_domain_the_card_prints_and_one_word_before_it():
    company, regions = "Soldexvix Sp. z o.o.", {"PL"}
    assert read_whole("e-mail a.duda@soldexvix.pl", [], company, regions) == "a.duda@soldexvix.pl"
    # a domain nothing on the card names, or a local part read in pieces or as debris
    assert read_whole("e-mail a.duda@solvex.pl", [], company, regions) is None
    assert read_whole("e-mail a duda@soldexvix.pl", [], company, regions) is None
    assert read_whole("e-mail .a..duda@soldexvix.pl", [], company, regions) is None
    # the site backs it where the company does not spell it
    assert read_whole("a.duda@sx.pl", ["sx.pl"], company, regions) == "a.duda@sx.pl"
