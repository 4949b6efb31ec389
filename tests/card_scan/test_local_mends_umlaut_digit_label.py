"""Doubted addresses mended from the name (session 33, photo tuning seeds 331-334): an umlaut
the name lost while the address kept it, a digit an envelope left before the address, and an
``E-Mail`` label with a letter lost glued to a lone reading."""

from __future__ import annotations

from contactkit_plugins.card_scan.email_mend import mended_address
from contactkit_plugins.card_scan.local_repair import mended_by_name


def test_a_slipped_letter_is_mended_where_the_name_lost_its_umlaut():
    # "Karl-Heinz Moller" (Möller, its dots lost) beside kariheinz.moeller@ (l read i).
    assert mended_by_name("kariheinz.moeller@pgroup.ch", "Karl-Heinz Moller") == (
        "karlheinz.moeller@pgroup.ch",
        "name-mended",
    )


def test_the_umlaut_the_address_spells_is_never_changed_to_another():
    # The name's ü read o: the address as read is right, no vowel is swapped.
    assert mended_by_name("lena.mueller@meyer.de", "Lena Moller") is None
    assert mended_by_name("karlheinz.moeller@pgroup.ch", "Karl-Heinz Moller") is None
    # Only look-alike letters: a different letter is no slip the name can undo.
    assert mended_by_name("karlhans.moeller@pgroup.ch", "Karl-Heinz Moller") is None


def test_a_digit_glued_before_a_usual_form_of_the_name_is_dropped():
    # "@ 7zofia. kaminska@orzel pl": the envelope before the row read as @ and 7.
    assert mended_by_name("7zofia.kaminska@orzel.pl", "Zofia Kaminska") == (
        "zofia.kaminska@orzel.pl",
        "name-mended",
    )


def test_digits_inside_or_after_the_local_part_are_left_as_read():
    assert mended_by_name("zofia.kaminska7@orzel.pl", "Zofia Kaminska") is None
    assert mended_by_name("1anna@firma.pl", "Jan Kowalski") is None


def test_a_glued_label_with_a_letter_lost_is_no_part_of_the_local_part():
    # RapidOCR's "E-malmedina@ramirezsstema" beside Ana Medina had been mended to amedina@.
    got = mended_address(
        "E-malmedina@ramirezsstema",
        "Ana Medina",
        ["ramirezsistemas.es"],
        "Ramirez Sistemas S.L.",
        {"ES"},
    )
    assert got == "medina@ramirezsistemas.es"


def test_a_given_name_like_a_label_is_kept():
    # Emal is a given name: without a hyphen nothing is taken for the label.
    assert mended_address("emalkarimi@firm.de", "Emal Karimi", ["firm.de"], None, {"DE"}) == (
        "emalkarimi@firm.de"
    )
