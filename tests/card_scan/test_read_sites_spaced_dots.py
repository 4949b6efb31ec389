"""A website read whole on a photo: its dots read as spaces (the dot after www before a whole
host, the host's own dots where the words spell the email's domain), and an address row whose @
was read as a letter taken for no site. Hand-made OCR lines of the shapes Tesseract read on
session 34's cached cards; each failed before its fix."""

from __future__ import annotations

from ocr_lines import stacked_lines as card

from contactkit_plugins.card_scan.clues import Found
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.site_spaces import dots_put_back
from contactkit_plugins.card_scan.web import at_read_as_letter


def _site(*rows):
    parsed = parse_card(card(*rows), default_region="US")
    return [u.url for u in parsed.contact.urls], parsed.evidence.get("urls")


def test_a_sites_dots_read_as_spaces_are_put_back_where_the_email_spells_them():
    urls, level = _site(
        ("Chris Brown", 44), "christopher.brown@northgate.co.uk", "hitps:/www northgate co.uk"
    )
    assert [u.removeprefix("https://").removeprefix("http://") for u in urls] == [
        "www.northgate.co.uk"
    ]
    assert level.startswith("email")


def test_the_dot_after_www_read_as_a_space_is_put_back_before_a_whole_host():
    assert dots_put_back("www laurent-informatique.fr", []) == "www.laurent-informatique.fr"


def test_words_after_www_that_spell_no_domain_of_the_card_stay_as_read():
    email = [Found("p.maier@orbiswerke.de", 0.9, 0)]
    assert dots_put_back("Web www orbiswerke d", email) == "Web www orbiswerke d"
    assert dots_put_back("www acme group", email) == "www acme group"
    assert dots_put_back("www2.acme.com", email) == "www2.acme.com"


def test_an_address_row_whose_at_was_read_as_a_letter_is_no_site():
    urls, _ = _site(
        ("Teresa Ruiz", 44), "teresa_ruiz Gramirez-asociados.es", "www.ramirez-asociados.es"
    )
    assert urls == ["www.ramirez-asociados.es"]
    urls, _ = _site(("Sarah Williams", 44), "sarah_ williamsCdelta.co.uk", "Web: delta.co.uk")
    assert urls == ["delta.co.uk"]


def test_a_host_under_another_sites_host_stays_a_site():
    # "shop.acme.de" ends with acme.de after a dot, not after a letter read for an @
    assert not at_read_as_letter("shop.acme.de", ["acme.de"])
    assert not at_read_as_letter("www.gacme.de", ["acme.de"])  # a www is a site as printed
    assert at_read_as_letter("Gacme.de", ["acme.de"])
