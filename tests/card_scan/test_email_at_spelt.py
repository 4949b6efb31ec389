"""An address whose @ Tesseract read as a letter, put back before a domain the card spells
(``email_at.spelt_put_back``): the company's words, or a site read loosely."""

from __future__ import annotations

from printed import to_review
from printed import worded_lines as _lines

from contactkit_plugins.card_scan.email_at import at_put_back
from contactkit_plugins.card_scan.fields import parse_card


def test_an_at_read_as_e_before_the_company_s_name_is_put_back_for_review():
    # Pool s80 photo 36 (Noto Serif): "mrichterefischer de", the site read "fischer de" (no
    # dot, so no site's domain for at_put_back) and a phone's icon read as "@".
    lines = _lines(
        ("@ 0521 5735932", 20), ("mrichterefischer de", 36), ("fischer de", 34),
        ("Hauptstraße 22a", 26), ("33866 Bielefeld", 34), ("MICHAEL RICHTER", 46),
        ("Sachbearbeiter Buchhaltung", 48), ("Fischer GmbH & Co. KG", 39),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="DE")
    assert parsed.contact.emails == ["mrichter@fischer.de"]
    assert parsed.evidence["emails"].endswith("/at-read")
    assert "emails" in to_review(parsed)
    # A dot in the local part: the ending apart still counts (review25: it did not).
    lines[1] = _lines(("m.richterefischer de", 36))[0]
    assert parse_card(lines, default_region="DE").contact.emails == ["m.richter@fischer.de"]


def test_an_at_before_a_site_s_domain_one_letter_off_is_put_back():
    # Pool s100 photo 79 (C059): "E:robert_brownedaviesjenkinx.com" beside the site.
    lines = _lines(
        ("Robert Brown, FCA", 60), ("Plant Manager", 44), ("Davies & Jenkins Ltd", 44),
        ("DDI:+44 (0)20 7543 0458", 38), ("E:robert_brownedaviesjenkinx.com", 37),
        ("W:daviesjenkins.com", 37),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="GB")
    assert parsed.contact.emails == ["robert_brown@daviesjenkins.com"]
    assert "emails" in to_review(parsed)


def test_a_site_printed_bare_that_the_company_spells_is_no_address():
    # "katokogyo.co.jp" beside "Kato Kogyo": an "o" before "kogyo", a word of the company,
    # is no @ (pool s85 photo 46 became "kat@kogyo.co.jp" before this guard).
    lines = _lines(
        ("Kato Kogyo Co., Ltd.", 50), ("SATO Kenji", 60), ("Sales Manager", 40),
        ("T 06-4408-7581", 30), ("katokogyo.co.jp", 30),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="JP")
    assert parsed.contact.emails == []
    assert [url.url for url in parsed.contact.urls] == ["katokogyo.co.jp"]


def test_a_phone_s_icon_read_as_an_at_is_no_address_read():
    # "@ +41 31 ...": the icon before a number is no address's @, so the @ read as e before the
    # site's domain is put back as on a card without the icon (review25: it was not).
    rows = [("MARKUS BAUER", 40), ("Partner", 24), ("NORDSTERN AG", 30)]
    for phone in ("T +41 31 399 89 25", "@ +41 31 399 89 25"):
        lines = _lines(*rows, (phone, 22), ("markus.bauerehelix.ch", 22), ("helix.ch", 22))
        assert parse_card(lines, default_region="CH").contact.emails == ["markus.bauer@helix.ch"]


def test_an_address_read_with_its_at_ending_a_line_keeps_the_card_s_words():
    # "c.holloway@" | "helixanalytics.com": the card's address read with its @, so no word's
    # letter is made another (review25: "@" ending a line did not count).
    lines = _lines(
        ("Helix Analytics Corporation", 40), ("c.holloway@", 30), ("jsmithehelixanalytics.com", 30)
    )
    assert at_put_back(lines) is lines


def test_an_address_starting_with_the_name_weber_is_no_site_s_label():
    # NOT_LOCAL_RE skips words starting as a site's label ("Webhelix.ch"); "weber." is a
    # family name's, the start of many a German address (review25: it was skipped).
    lines = _lines(
        ("ANNA WEBER", 46), ("weberefischer de", 36), ("Fischer GmbH & Co. KG", 39),
        ("33866 Bielefeld", 34),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="DE")
    assert parsed.contact.emails == ["weber@fischer.de"]
    assert parsed.evidence["emails"].endswith("/at-read")
