"""Session 16 (hunt16): fields the merged session-16 changes accepted wrong, each on a hand-made
card given as the OCR lines Tesseract reads."""

from __future__ import annotations

from ocr_lines import accepted, placed_lines
from printed import worded_lines

from contactkit_plugins.card_scan.fields import parse_card


def _glyph_card(name: str, email: str) -> list:
    return worded_lines(
        (name, 44), ("Acme Corp", 34), ("+1 415 555 0134", 26), (f"{email}@acme.com", 26)
    )


def test_a_name_read_with_a_glyph_split_does_not_spoil_the_address():
    # "William" read "Williarn" (m as rn): glyph_slip made the address read right
    # "williarn.brown@" and took both at name+domain+repaired (0.97) and email (0.99).
    for name, email in (("Williarn Brown", "william.brown"), ("Aclam Smith", "adam.smith")):
        parsed = parse_card(_glyph_card(name, email), default_region="US")
        assert parsed.contact.emails == [f"{email}@acme.com"]
        assert not accepted(parsed, "name")


def test_an_address_read_with_glyphs_merged_is_still_mended():
    # b16 scan 62: "bemd_kaiser@" for Bernd Kaiser, the given name read right.
    parsed = parse_card(_glyph_card("Bernd Kaiser", "bemd_kaiser"), default_region="DE")
    assert parsed.contact.emails == ["bernd_kaiser@acme.com"]


def test_a_word_beside_the_name_on_its_row_joined_to_it_is_not_taken_unseen():
    # join_family_tail joined "Rechtsanwalt" (a title the lexicon lacks), "Notar" or a city
    # to the name; the address checks "anna.schmidt" only: accepted at email+other/hi.
    for word in ("Rechtsanwalt", "Notar", "Zürich"):
        lines = placed_lines(
            ("Anna Schmidt", 40, 40, 44),
            (word, 40 + 26 * 12 + 74, 40, 44),
            ("Schmidt Consulting GmbH", 40, 120, 30),
            ("+49 89 1234567", 40, 170, 26),
            ("anna.schmidt@schmidt-consulting.de", 40, 210, 26),
        )
        parsed = parse_card(lines, default_region="DE")
        name = parsed.contact.name.full if parsed.contact.name else ""
        assert name == "Anna Schmidt" or not accepted(parsed, "name")


def test_a_name_beside_the_title_on_its_row_is_no_piece_of_the_title():
    # "Anna SchmidtS" | "Sales Manager" (the S at the cut read twice): join_title_pieces made
    # "Anna Schmidt Sales Manager" the title, accepted at strong/hi.
    lines = placed_lines(
        ("Anna SchmidtS", 40, 40, 30),
        ("Sales Manager", 40 + 26 * 12 + 14, 40, 30),
        ("Schmidt Consulting GmbH", 40, 120, 30),
        ("+49 89 1234567", 40, 170, 26),
        ("anna.schmidt@schmidt-consulting.de", 40, 210, 26),
    )
    parsed = parse_card(lines, default_region="DE")
    assert parsed.contact.title != "Anna Schmidt Sales Manager"


PREFIXED = (("Postman Inc.", "getpostman.com"), ("Weber GmbH", "metallbau-weber.de"))


def test_a_company_whose_domain_adds_a_word_before_its_name_is_kept_as_printed():
    # head_from_domain took "Postman Inc." beside getpostman.com for a name cut at the photo's
    # edge and showed "Getpostman Inc." (to review, a right company replaced by a wrong one).
    for company, domain in PREFIXED:
        lines = worded_lines(
            ("Laura Chen", 44), (company, 34), ("+1 415 555 0134", 26), (f"laura@{domain}", 26)
        )
        organization = parse_card(lines, default_region="US").contact.organization
        assert organization and organization.name == company


def _japanese_card(name: str, local: str):
    lines = worded_lines(
        (name, 44),
        ("Sakura Trading Co., Ltd.", 30),
        ("+81 3 1234 5678", 26),
        (f"{local}@sakura-trading.co.jp", 26),
    )
    return parse_card(lines, default_region="JP")


def test_a_japanese_name_turned_by_a_given_name_that_is_a_family_name_too_is_a_guess():
    # "TAKAHIRO MIKI" beside takahiro.miki@ (given name first, in capitals): the capitals' email
    # order now tells none, and given_first put Miki (三木, a family name) first: "Miki
    # Takahiro" accepted at email.
    parsed = _japanese_card("TAKAHIRO MIKI", "takahiro.miki")
    assert parsed.contact.name.full == "Takahiro Miki" or not accepted(parsed, "name")


def test_a_japanese_name_in_capitals_is_still_turned_by_a_given_name():
    parsed = _japanese_card("ISHIKAWA HIDEO", "ishikawa.hideo")
    assert parsed.contact.name.full == "Hideo Ishikawa" and accepted(parsed, "name")
