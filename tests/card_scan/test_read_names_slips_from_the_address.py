"""Name letters on fresh seeds of session 29: a slip put back from letters the given name spells,
a ł read "el" beside an address that spells it plain, a ü read i in a given name. Hand-made OCR
lines as Tesseract gave them; each failed before its fix."""

from __future__ import annotations

from printed import to_review, worded_lines

from contactkit_plugins.card_scan.fields import parse_card


def test_a_slip_is_not_put_back_from_letters_another_word_of_the_name_spells():
    # Fresh scan seed 224 card 70: "Eleonora Leone" beside eleonora@ was made "Leonö" (an e
    # read for ö), its "leono" found inside the given name, and accepted at email.
    lines = worded_lines(
        ("Eleonora Leone", 36), ("Amministratore Delegato", 26), ("Helix S.p.A.", 30),
        ("Fax: +39 081 383 9190", 14), ("e-mail eleonora@helix.it", 14),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="IT")
    assert parsed.contact.name.full == "Eleonora Leone"


def test_a_word_read_with_an_e_the_address_spells_it_without_is_doubted():
    # Fresh photo seed 223 card 78: "RAFAEL JABLONSKI" beside rafal@ for Rafał Jabłoński (the
    # ł read "el"): the e-less form matched the address as an umlaut spelt out would, and the
    # name was accepted at email+other/hi.
    parsed = parse_card(_polish("rafal@pgroup.pl"), default_region="PL")
    # Since session 33 the Ł read EL is put back (name_checks.el_for_l) and doubted as such.
    assert parsed.contact.name.full == "Rafał Jablonski"
    assert parsed.evidence["name"].endswith(("/lo", "+letter"))
    assert "name" in to_review(parsed)
    # Beside rafael@ the address spells what was read: it stands.
    assert "name" not in to_review(parse_card(_polish("rafael@pgroup.pl"), default_region="PL"))


def _polish(email: str) -> list:
    return worded_lines(
        ("RAFAEL JABLONSKI", 60), ("Engineer, chemical", 30), ("PRISMA S.A.", 30),
        ("T: +48222424668", 22), (f"e-mail: {email}", 22),
    )  # fmt: skip


def test_a_given_name_with_its_u_read_i_is_put_back_on_a_german_speaking_card():
    # Photo seed 211 card 63: "Ginter Müller" beside gmueller@fischercie.ch, accepted at
    # email+initial/hi (the address checks the given name's initial only).
    lines = worded_lines(
        ("Ginter Müller", 60), ("Purchasing Manager", 30), ("Fischer & Cie Sàrl", 30),
        ("Tel +41 31 442 16 61", 22), ("gmueller@fischercie.ch", 22),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="CH")
    assert parsed.contact.name.full == "Günter Müller"
    assert "name" in to_review(parsed)  # the letter is put back by a rule: a person looks


def test_a_japanese_given_name_read_right_is_not_bent_to_a_misread_address():
    # Photo seed 211 card 3: "TAKAHASHI Keiko" beside "kelkot@" (the address's i read l) was
    # made "Kełko" (ł read i put back) and accepted at email+initial/hi.
    lines = worded_lines(
        ("Helix Co.,Ltd.", 30), ("Section Chief", 26), ("TAKAHASHI Keiko", 60),
        ("T +81 3-3868-4337", 22), ("Mail: kelkot@helix.co.jp", 22),
    )  # fmt: skip
    assert parse_card(lines, default_region="JP").contact.name.full == "Keiko Takahashi"
