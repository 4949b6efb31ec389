"""An address's domain and the website one letter apart where one spells a trade word and the
other misses it ("hdb-intermational.com" beside "hdb-international.com": second blind
generator photo seeds 12 and 16, the address's n read m, the site made to agree with it)."""

from __future__ import annotations

import pytest

from contactkit_plugins.card_scan.clues import Found
from contactkit_plugins.card_scan.web import cross_check_domains, slip_side


def test_the_side_that_spells_a_trade_word_is_the_printed_one():
    assert slip_side("hdb-intermational.com", "hdb-international.com", None) is False
    assert slip_side("hdb-international.com", "hdb-intermational.com", None) is True


@pytest.mark.parametrize(
    ("email", "site"),
    [
        ("acme-group.com", "acme-grovp.com.au"),  # endings apart: nothing told
        ("acme-group.com", "acne-group.com"),  # the name apart, no trade word in it
        ("acne-global.com", "acme-gtobal.com"),  # a trade word apart, but not the only word
        ("acme-consult.de", "acme-consulting.de"),  # more than a letter apart: a firm owns both
    ],
)
def test_no_trade_word_alone_apart_no_side(email, site):
    assert slip_side(email, site, None) is None


def test_the_address_takes_the_sites_trade_word():
    emails = [Found("t.pawlak@hdb-intermational.com", 0.98, 5)]
    urls = [Found("www.hdb-international.com", 0.90, 6)]
    texts = ["HDB Automatyka Sp. z o.o.", "", "", "", "", emails[0].value, urls[0].value]
    fixed, sites = cross_check_domains(
        emails, urls, "hdb-intermational.com", "hdb-international.com", texts
    )
    assert fixed[0].value == "t.pawlak@hdb-international.com"
    assert sites[0].value == "www.hdb-international.com"
