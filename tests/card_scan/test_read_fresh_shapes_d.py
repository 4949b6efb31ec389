"""Wrong fields accepted on fresh photo seeds 271-272 of session 30 (wrong30b): "& Söhne" with
its ö read "éd", an address's .nl read .ni on a Dutch card whose only clue is its numbers, and a
logo's monogram read as a legal form that reads a Dutch number as German. Hand-made OCR lines
as Tesseract gave them; each failed before its fix."""

from __future__ import annotations

from printed import to_review, worded_lines

from contactkit_plugins.card_scan.fields import parse_card


def test_an_o_umlaut_read_e_acute_and_d_in_sohne_is_put_back():
    # Fresh photo seed 272 card 45: "Maier & Sédhne KG" was made "Maier & Sodhne KG" and
    # accepted at domain+legal+other/hi.
    lines = worded_lines(
        ("Mag. Maximilian Albrecht", 50), ("Assistenz der Geschaftsfiihrung", 24),
        ("Maier & Sédhne KG", 44), ("E-Mail: maximilian_albrecht@msgroup.at", 24),
        ("RingstraBe 202", 40), ("1908 Wien", 32),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.organization.name == "Maier & Söhne KG"


def test_an_ending_read_ni_on_a_card_whose_numbers_are_dutch_is_put_back():
    # Fresh photo seed 271 card 87: only the numbers (read in the Netherlands by the shared
    # form N.V.) name the card's country; "vos@molen.ni" was accepted at name+domain/single/lo.
    lines = worded_lines(
        ("Dirk Vos", 60), ("Technisch Adviseur", 40), ("MOLEN GROEP N.V.", 29),
        ("040-221-2047", 38), ("M: 06 42228469", 31), ("E: vos@molen.ni", 28), ("molen.ni", 28),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.emails == ["vos@molen.nl"]
    assert {"emails", "urls"} <= set(to_review(parsed))


def test_a_monogram_read_as_a_legal_form_does_not_outvote_the_firms_own_form():
    # Fresh photo seed 271 card 82: the logo "AG" (Aurora Groep) came first, so "020-567-4131"
    # was read in Germany (+49 205...) and accepted at hint-region/hi.
    lines = worded_lines(
        ("AG", 80), ("THIJS DE VRIES", 50), ("Directeur", 29), ("Aurora Groep N.V", 41),
        ("T: 020-567-4131", 34), ("E: thijs.devries@aurora.com", 40), ("aurora.com", 27),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert [p.e164 for p in parsed.contact.phones] == ["+31205674131"]
