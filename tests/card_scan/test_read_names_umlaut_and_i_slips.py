"""Names and companies on fresh photo seeds of session 30: an address's i read l not put back
into a name in capitals as Ł, an i read l in a short Japanese given name, an ö read 6 in a
name (no street by its "Dr."), an ö read "dé" in "& Söhne". Hand-made OCR lines as Tesseract
gave them; each failed before its fix."""

from __future__ import annotations

from printed import to_review, worded_lines

from contactkit_plugins.card_scan.clues import is_street
from contactkit_plugins.card_scan.fields import parse_card


def test_a_capital_i_is_not_made_an_l_by_an_address_with_its_i_read_l():
    # Fresh photo seed 256 card 31: "SCOTT DAVIES" beside s.davles@ was made "Davłes" and
    # accepted at email+initial/hi, with the address unmended.
    lines = worded_lines(
        ("SCOTT DAVIES", 60), ("Engineer, chemical", 30), ("Pemberton & Johnson Ltd", 30),
        ("Fax: 0117 304 7533", 22), ("s.davles@pembertonjohnson.co.uk", 22),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="GB")
    assert parsed.contact.name.full == "Scott Davies"
    assert parsed.contact.emails[0] == "s.davies@pembertonjohnson.co.uk"


def test_an_i_read_l_in_a_short_japanese_given_name_is_put_back():
    # Fresh photo seed 255 card 64: "KATOU Mal" beside mai_katou@ (romaji writes no l).
    lines = worded_lines(
        ("VANTAGE SEISAKUSHO CO.,LTD", 30), ("Section Chief", 26), ("KATOU Mal", 60),
        ("TEL +81 45-343-9464", 22), ("mai_katou@vantageseisakusho.co.jp", 22),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="JP")
    assert parsed.contact.name.full == "Mai Katou"
    # "Hal" is a given name: beside hai.smith@ the address slipped, not the name.
    lines = worded_lines(
        ("Hal Smith", 60), ("Sales Manager", 26), ("Acme Widgets Inc.", 30),
        ("Tel +1 415 555 0134", 22), ("hai.smith@acmewidgets.com", 22),
    )  # fmt: skip
    assert parse_card(lines, default_region="US").contact.name.full == "Hal Smith"


def test_an_o_umlaut_read_6_in_a_name_is_put_back_and_the_line_is_no_street():
    # Fresh photo seed 257 card 74: "Dr. se. techn. Florian B6hm" was taken for a street (its
    # "Dr." and the 6), and no name was read.
    assert not is_street("Dr. se. techn. Florian B6hm")
    assert is_street("1200 Ocean Dr.")
    lines = worded_lines(
        ("pilatus", 40), ("Dr. se. techn. Florian B6hm", 50), ("Leiter Einkauf", 26),
        ("Pilatus SA", 30), ("Bahnhofstrasse 141", 22), ("8005 Zürich", 22),
        ("+41 44 439 45 48", 22), ("E-Mail f.boehm@pilatus.ch", 22),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="CH")
    assert parsed.contact.name.full == "Florian Böhm"
    assert parsed.contact.addresses[0].street == "Bahnhofstrasse 141"
    # No address to spell it: the 6 is left, and the line is no name.
    lines = worded_lines(("Florian B6hm", 50), ("Leiter Einkauf", 26), ("Pilatus SA", 30))
    assert parse_card(lines, default_region="CH").contact.name.full is None


def test_an_o_umlaut_read_d_and_e_in_sohne_is_put_back():
    # Fresh photo seed 258 card 81: "Lehmann & Sdéhne KG" beside lehmannsoehne.at was made
    # "Sóéhne" (d as ó, the é folding to the domain's e) and accepted at domain+legal.
    lines = worded_lines(
        ("Philipp Schafer", 60), ("Einkaufer", 26), ("Lehmann & Sdéhne KG", 30),
        ("Tel.: 0732/506654149", 22), ("E-Mail: schaefer.philipp@lehmannsoehne.at", 22),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="AT")
    assert parsed.contact.organization.name == "Lehmann & Söhne KG"
    assert "organization" not in to_review(parsed)


def test_a_compound_degree_with_its_d_read_o_is_no_name_word():
    # Fresh photo seed 258 card 99: "PROF. OR.-ING. SABINE SCHAFER" (Dr.-Ing.) was no name.
    lines = worded_lines(
        ("PROF. OR.-ING. SABINE SCHAFER", 40), ("Schröder & Krüger GmbH & Co. KG", 30),
        ("Tel. +49 89 88266933", 22), ("sabines@schroederkrueger.de", 22),
    )  # fmt: skip
    assert parse_card(lines, default_region="DE").contact.name.full == "Sabine Schafer"
