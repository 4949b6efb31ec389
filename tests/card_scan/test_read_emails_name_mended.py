"""A doubted email address whose small print slipped where the name, printed larger, was read
right: its letters, or the dot between the given and the family name, written from the name and
kept for review. Hand-made OCR lines as Tesseract gave them on the pooled tuning photos
(session 23); each failed before its fix."""

from __future__ import annotations

import pytest
from printed import to_review, worded_lines

from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.text_lines import Line, Word


def _card(name: str, email: str, company: str, region: str, conf: float = 0.95) -> ParsedCard:
    lines = worded_lines((name, 60), (company, 30), ("Tel. +41 31 477 37 76", 22))
    lines.append(Line([Word(email, conf, 40, 300, 18 * len(email), 22)]))
    return parse_card(lines, default_region=region)


@pytest.mark.parametrize(
    ("name", "read", "company", "region", "printed"),
    [
        # a letter lost (Liberation Sans Narrow, tuning s102 card 111)
        ("Florian Meier", "forian.meier@maier.ch", "Maier AG", "CH", "florian.meier@maier.ch"),
        # a mark read before the address (Liberation Serif, s90 card 83)
        ("Markus Fischer", "emarkus.fischer@wolf.ch", "Wolf AG", "CH", "markus.fischer@wolf.ch"),
        # a letter read as another (Free Sans, s94 card 59)
        ("Joanna Kaminska", "jpanna@prisma.pl", "Prisma Sp. z o.o.", "PL", "joanna@prisma.pl"),
        # a letter read thrice (DejaVu Sans, s94 card 8)
        (
            "Nicholas Williams",
            "nwilllams@evergreen.com",
            "Evergreen Corp.",
            "US",
            "nwilliams@evergreen.com",
        ),
    ],
)
def test_a_doubted_address_a_letter_or_two_off_the_name_is_written_from_it(
    name, read, company, region, printed
):
    parsed = _card(name, read, company, region)
    assert parsed.contact.emails == [printed]
    assert "emails" in to_review(parsed)  # which of the two slipped is a guess


@pytest.mark.parametrize(
    ("name", "read", "company", "printed"),
    [
        # Noto Serif (s79 card 14), Noto Sans (s100 card 11, the family name first)
        ("Fleur van den Broek", "fleurvandenbroek@nexus.nl", "Nexus B.V.", "fleur.vandenbroek"),
        ("Alexander Becker", "beckeralexander@schmitt.at", "Schmitt GmbH", "becker.alexander"),
        ("Jan Willems", "janwillems@vesta.nl", "Vesta B.V.", "jan.willems"),
    ],
)
def test_the_dot_lost_between_the_given_and_the_family_name_is_put_back(
    name, read, company, printed
):
    parsed = _card(name, read, company, "NL", conf=0.85)
    assert parsed.contact.emails == [f"{printed}@{read.partition('@')[2]}"]
    assert "emails" in to_review(parsed)


@pytest.mark.parametrize(
    ("name", "read", "company"),
    [
        # a given name of two parts is printed joined (Liberation Serif, s81a card 82)
        ("Hans-Peter Meier", "hanspeter@becker-logistik.at", "Becker Logistik GmbH"),
        # the name's ü read as o: the address spells it, the name slipped (Free Sans, s103 card 38)
        ("Lena Moller", "lena.mueller@klein.ch", "Klein AG"),
        # three words without a particle: which two are the given name is a guess
        ("Hans Peter Hoffmann", "hanspeterhoffmann@dgroup.at", "D Group GmbH"),
        # the name's own slip adds a letter (s79 card 129): not a glyph read as another
        ("Aleksander Jankowskii", "aleksander.jankowski@stepien.pl", "Stepien Sp. z o.o."),
        # a scrap of two letters beside a name cut short (s81b card 103: "er@" for mbrouwer@)
        ("Martinus Br", "er@wit.nl", "Wit B.V."),
    ],
)
def test_an_address_the_name_does_not_surely_correct_keeps_its_letters(name, read, company):
    parsed = _card(name, read, company, "AT", conf=0.85)
    assert parsed.contact.emails == [read]


@pytest.mark.parametrize(
    ("name", "read", "company", "region", "printed"),
    [
        # two forms as alike, one a letter off (Liberation Sans Narrow, s81a card 94)
        (
            "Christopher MacLeod",
            "macieod.christopher@vesta.co.uk",
            "Vesta Systems Ltd",
            "GB",
            "macleod.christopher@vesta.co.uk",
        ),
        # a given name of two parts written joined, a letter off (DejaVu Sans Light, l107 card 243)
        (
            "Karl-Heinz Schneider",
            "kariheinz.schneider@neumann.at",
            "Neumann & Söhne KG",
            "AT",
            "karlheinz.schneider@neumann.at",
        ),
        # too short to be alike enough (s91 card 43)
        ("Jose Ramos", "jpse@sanchez.es", "Sanchez y Asociados S.L.", "ES", "jose@sanchez.es"),
        # the family's initial read as another letter, not one added (s79 card 116, s80 card 20)
        ("Jeffrey Blackwood", "jeffreyo@quantum.com", "Quantum Inc.", "US", "jeffreyb@quantum.com"),
        ("Tim Lorenz", "timi@neumann.de", "Neumann GmbH", "DE", "timl@neumann.de"),
    ],
)
def test_the_one_form_of_the_name_a_letter_off_writes_the_address(
    name, read, company, region, printed
):
    parsed = _card(name, read, company, region, conf=0.85)
    assert parsed.contact.emails == [printed]
    assert "emails" in to_review(parsed)
