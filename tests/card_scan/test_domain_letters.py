"""Letters of a company's name the English model has not, put back from the firm's domain: the
German ß, and the letters of one country's alphabet beside its own domains only (session 60:
second blind generator's tuning cards, each company sent to review at near-domain)."""

from __future__ import annotations

import pytest

from contactkit_plugins.card_scan.domain_letters import letter_from_domain
from contactkit_plugins.card_scan.domain_repair import repair_from_domain


@pytest.mark.parametrize(
    ("read", "domain", "printed"),
    [
        ("Obwald Maschinenbau GmbH", "osswaldmaschinenbau.com", "Oßwald Maschinenbau GmbH"),
        ("Orwald Holzbau GmbH", "osswald-holzbau.com", "Oßwald Holzbau GmbH"),
        ("Weifr Maschinenbau GmbH", "weiss.de", "Weiß Maschinenbau GmbH"),
        ("Habelbach Spedition GmbH", "hasselbach.com", "Haßelbach Spedition GmbH"),
        ("Kuéera & Pokorny s.r.o.", "kucerapokorny.cz", "Kučera & Pokorny s.r.o."),
        ("Kueera Medical s.r.o.", "kucera.sk", "Kučera Medical s.r.o."),
        ("Zajqc Technologies Sp. z o.o.", "zajac-technologie.com", "Zając Technologies Sp. z o.o."),
        ("Thomsen & Maller A/S", "thomsen-moller.dk", "Thomsen & Møller A/S"),
        ("Bekgaard & Thomsen ApS", "baekgaard.dk", "Bækgaard & Thomsen ApS"),
        ("Schdfer GmbH", "schaefer.de", "Schäfer GmbH"),
    ],
)
def test_a_letter_the_domain_spells_is_put_back(read, domain, printed):
    assert repair_from_domain(read, domain) == printed


@pytest.mark.parametrize(
    ("word", "label", "country"),
    [
        ("Mereer", "mercer", None),  # a c read e beside a domain of no country: no č
        ("Mereer", "mercer", "DE"),
        ("Maller", "moller", "DE"),  # an ø only beside a Nordic domain
        ("Atlas", "atias", "AT"),  # a letter the model reads is never put back
        ("Weiss", "weiss", "DE"),  # read as the domain spells it
    ],
)
def test_a_letter_of_another_alphabet_is_not_put_back(word, label, country):
    assert letter_from_domain(word, label, country=country) == word
