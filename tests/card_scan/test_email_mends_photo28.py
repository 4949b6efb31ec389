"""Email misses on blind photo seeds 191-193 (session 28, email28): a degree's dot read as a
comma before the name, a separator read as a word of its own in a lone reading, a local part two
look-alike glyphs off the name's form, and an envelope sign glued to a slipped address."""

from __future__ import annotations

from ocr_lines import stacked_lines as card

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.degrees import bare_name
from contactkit_plugins.card_scan.email_mend import mended_address
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.local_repair import mended_by_name


def test_a_degree_whose_dot_was_read_as_a_comma_leaves_the_name():
    # "DR. SC. TECHN, LENA BECKER" (seed 191 card 67): the comma made the name look like the
    # degrees after a comma, so it was cut away and the title taken for the name.
    assert bare_name("DR. SC. TECHN, LENA BECKER") == "LENA BECKER"
    # A comma after the name still parts the degrees that follow it.
    assert bare_name("DR. SC. TECHN. SUSANNE BAUER, DIPL. ING.") == "SUSANNE BAUER"
    assert bare_name("Patrick Hughes, CEng MIMechE") == "Patrick Hughes"
    parsed = parse_card(
        card(("DR. SC. TECHN, LENA BECKER", 32), "Technischer Leiter", "ZENITH SA",
             "becker lena@zenith.ch"),
        default_region="CH",
    )  # fmt: skip
    assert parsed.contact.name.full == "Lena Becker"
    assert parsed.contact.emails == ["becker.lena@zenith.ch"]


def test_a_separator_read_apart_in_a_lone_reading_stays_in_the_local_part():
    # "E ingnid _ vanleeuwen @llgroup.nl" (seed 192 card 61): the words either side of the
    # "_" were joined with a dot, and the mend wrote the name's initial form.
    read = "E ingnid _ vanleeuwen @llgroup.nl"
    assert mended_address(read, "Ingrid van Leeuwen", ["llgroup.nl"], None) == (
        "ingrid_vanleeuwen@llgroup.nl"
    )


def test_a_local_part_two_look_alike_glyphs_off_the_name_is_mended_for_review():
    # "stetani@" beside Stefan Lange (seed 192 card 47): f read t and l read i.
    assert mended_by_name("stetani@kochholzbau.at", "Stefan Lange") == (
        "stefanl@kochholzbau.at",
        "name-mended",
    )
    # Letters that are no look-alikes are not a slip of the name.
    assert mended_by_name("stebanx@kochholzbau.at", "Stefan Lange") is None


def test_a_sign_glued_before_a_slipped_address_is_dropped_for_the_mend():
    # "xn.bemard@" beside Nicolas Bernard (seed 193 card 4): the envelope read x, rn read m.
    assert mended_by_name("xn.bemard@bonnet-logistique.fr", "Nicolas Bernard") == (
        "n.bernard@bonnet-logistique.fr",
        "name-mended",
    )
    parsed = parse_card(
        card(("Nicolas Bernard", 32), "Buyer", "BONNET LOGISTIQUE SAS",
             "xn.bemard@bonnet-logistique.fr"),
        default_region="FR",
    )  # fmt: skip
    assert parsed.contact.emails == ["n.bernard@bonnet-logistique.fr"]
    assert probability("emails", parsed.evidence["emails"]) < REVIEW_BELOW


def test_a_left_over_row_whose_ending_slipped_is_mended_on_a_card_of_that_country():
    # "#mail monks nowak@delta pi" beside PPHU DELTA on a Polish card (seed 191 card 15): ".pi"
    # is no ending; one look-alike letter off the card's country's ".pl".
    read = "#mail monks nowak@delta pi"
    assert mended_address(read, "Monika Nowak", [], "PPHU DELTA", {"PL"}) == (
        "monika.nowak@delta.pl"
    )
    # Not on a card of no country that ending fits.
    assert mended_address(read, "Monika Nowak", [], "PPHU DELTA", {"DE"}) is None


def test_a_doubted_local_part_exactly_two_letters_off_one_form_of_the_name_is_mended():
    # "grula@" beside Giulia Di Stefano (seed 192 card 16): i read r and an i lost, too unlike
    # by likeness for the closest form.
    assert mended_by_name("grula@sirio.it", "Giulia Di Stefano") == (
        "giulia@sirio.it",
        "name-mended",
    )
    # Not on a scrap of four letters: too little to tell the form by.
    assert mended_by_name("grla@sirio.it", "Giulia Di Stefano") is None


def test_a_label_dot_or_a_phone_dot_is_not_glued_to_a_lone_reading():
    # Second review (session 28, review28d): the separator rule glued "e-mail." to the
    # address and lost a lone reading the label rule read right before.
    for read in ("E-mail. anna.weber@weber.de", "E-Mail . anna.weber@weber.de"):
        assert mended_address(read, "Anna Weber", ["weber.de"], None) == "anna.weber@weber.de"
    read = "T. 0221 . anna weber@weber.de"
    assert mended_address(read, "Anna Weber", ["weber.de"], None) == "anna.weber@weber.de"


def test_a_nickname_printed_so_is_not_mended_to_the_given_name():
    # Second review (session 28, review28d): a given name the tables spell, read whole, was
    # printed so; the two-letter and dropped-sign mends must not write the name's form.
    assert mended_by_name("sandy@klein.de", "Sandra Klein") is None
    assert mended_by_name("liz.taylor@taylor.co.uk", "Elizabeth Taylor") is None
