"""Session 15 (wrong15): fields accepted wrong on new blind tuning seeds, on hand-made cards given
as the OCR lines Tesseract reads."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card


def _spanish_card(site: str) -> list:
    return worded_lines(
        ("Jesus Hernandez", 48),
        ("Controller", 27),
        ("Vantage S.L.", 24),
        ("Tel. +34 947 93 15 03", 22),
        ("E-mail: jesus@vvantage.es", 27),
        (site, 26),
    )


def test_a_website_read_from_the_second_piece_of_its_line_repairs_no_email():
    # b10 scan 085: "www.v vantage.es" read "vantage.es"; the email was repaired to it, and the
    # site, checked by that email only, accepted wrong at email/hi.
    # The site read so repairs no email: the email is kept, and repairs the site.
    parsed = parse_card(_spanish_card("www.v vantage.es"), default_region="US")
    assert parsed.contact.emails == ["jesus@vvantage.es"]
    assert [u.url for u in parsed.contact.urls] == ["vvantage.es"]
    assert parsed.evidence["urls"] == "repaired"


@pytest.mark.parametrize("site", ["www.vvantage.es", "http://www. vvantage.es", "www vvantage.es"])
def test_a_website_read_whole_is_checked_by_the_email(site):
    parsed = parse_card(_spanish_card(site), default_region="US")
    assert parsed.evidence["urls"] == "email/hi"


def test_a_national_number_on_tied_votes_is_read_in_the_labels_country():
    # b11 scan 071: "B.V." (NL, 0.3) against a German mobile's +49 (DE, 0.3); the Dutch 070
    # number is valid in Germany too and was stored +49 70 ... at labelled/hi.
    lines = worded_lines(
        ("VRIES INSTALLATIETECHNIEK B.V.", 24),
        ("Jacobus Timmermans", 46),
        ("Senior Software Engineer", 27),
        ("Tel. 070-654-3506", 24),
        ("Mobiel +49 170 0373947", 23),
        ("jacobust@vigroup.com", 30),
    )
    phones = parse_card(lines, default_region="US").contact.phones
    assert [p.e164 for p in phones] == ["+31706543506", "+491700373947"]


def test_the_start_of_an_address_after_an_envelope_sign_is_no_part_left_out():
    # b11 photo 053: "@ davide ricci@..." (the dot read as a space, an envelope sign before it,
    # glued to "davide" by the line's cleaning): "ricci@" was accepted at name+domain/single/lo.
    lines = worded_lines(
        ("Martinelli Elettronica S.p.A", 43),
        ("Davide Ricci", 50),
        ("VP, Business Development", 41),
        ("Tel.: 051 208 6388", 26),
        ("@ davide ricci@martinelli-elettronica.it", 27),
    )
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.emails == ["davide.ricci@martinelli-elettronica.it"]
    assert parsed.confidence["emails"] < REVIEW_BELOW  # the dot is a guess




@pytest.mark.parametrize("row", ["e-mail.elzbieta@pprisma.pl", "e-mail. elzbieta@pprisma.pl"])
def test_an_email_label_whose_colon_was_read_as_a_dot_is_no_part_of_the_address(row):
    # Tuning photos b1x 559, b1more 258: "e-mail.elzbieta@" was stored whole (to review).
    lines = worded_lines(
        ("Elzbieta Kowalska", 40), ("Kierownik Projektu", 24), ("Prisma Sp. z o.o.", 30), (row, 24)
    )
    assert parse_card(lines, default_region="US").contact.emails == ["elzbieta@pprisma.pl"]


@pytest.mark.parametrize(
    ("row", "email"),
    [
        ("carlo.lomba rdo@vesta.it", "carlo.lombardo@vesta.it"),  # b11 photo 005: "rdo@" at 0.91
        ("E-mail: carlo.lombardo@vesta.it", "carlo.lombardo@vesta.it"),
        ("e-mail lombardo@vesta.it", "lombardo@vesta.it"),  # a label is no start of it
    ],
)
def test_an_address_with_a_space_read_inside_a_word_is_joined_for_a_look(row, email):
    lines = worded_lines(
        ("ARCH. CARLO LOMBARDO", 40), ("Titolare", 24), ("Vesta S.p.A.", 30), (row, 24)
    )
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.emails == [email]
    assert (parsed.confidence["emails"] < REVIEW_BELOW) == (" rdo@" in row)
