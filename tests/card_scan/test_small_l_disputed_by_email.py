"""A small l in the company's word that the email's domain, as read, spells i: the company and
its site to review unless a website read with confidence spells the l (session 38, wrong38:
"Salto Denki" beside tabe@saito.co.jp, photo seed 388 card 86)."""

from __future__ import annotations

from ocr_lines import conf_line

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.small_l_disputes import i_read_for_l


def test_only_an_i_read_where_the_kept_domain_has_l_counts():
    assert i_read_for_l("saito", "salto")
    assert i_read_for_l("atias", "atlas")
    assert not i_read_for_l("salto", "salto")  # read alike
    assert not i_read_for_l("saito", "saito")
    assert not i_read_for_l("cobait", "cobalt1")  # not one letter for another
    assert not i_read_for_l("hotmann", "hofmann")  # t for f: another slip


def _card(site: str, site_conf: float, company: str = "Salto", email_domain: str = "saito"):
    return [
        conf_line(95, ("SD", 0.96), (company, 0.85), ("Denki", 0.93), ("K.K.", 0.91)),
        conf_line(261, ("Director,", 0.95), ("Purchasing", 0.95)),
        conf_line(320, ("Tetsuya", 0.95), ("ABE", 0.95)),
        conf_line(522, ("1-16-14", 0.9), ("Sakae,", 0.9), ("Nagoya", 0.9), ("460-4607", 0.9)),
        conf_line(573, ("+81", 0.95), ("52-324-4281", 0.95)),
        conf_line(665, ("Mail:", 0.81), (f"tabe@{email_domain}.co.jp", 0.9)),
        conf_line(718, ("URL:", 0.88), (site, site_conf)),
    ]


def test_a_company_l_the_address_read_as_i_and_no_sure_site_goes_to_review():
    parsed = parse_card(_card("www.salto.co.jp", 0.10), default_region="JP")
    assert "Salto" in (parsed.contact.organization.name or "")
    assert parsed.evidence["organization"].endswith("+l-disputed")
    assert parsed.confidence["organization"] < REVIEW_BELOW
    assert parsed.evidence["urls"].endswith("+l-disputed")


def test_a_site_read_with_confidence_spelling_the_l_backs_the_company():
    # "Atlas" beside atias.at, the site read at 0.72: the address's l read i, as domain_repair
    # has it (photo seeds 338, 382, 386).
    lines = _card("www.salto.co.jp", 0.72)
    parsed = parse_card(lines, default_region="JP")
    assert "l-disputed" not in parsed.evidence["organization"]
    assert "l-disputed" not in parsed.evidence["urls"]


def test_a_company_and_address_read_alike_are_left():
    parsed = parse_card(_card("www.salto.co.jp", 0.10, email_domain="salto"), default_region="JP")
    assert "l-disputed" not in parsed.evidence["organization"]


def test_a_capital_l_is_no_slip_of_an_i():
    parsed = parse_card(_card("www.salto.co.jp", 0.10, company="SALTO"), default_region="JP")
    assert "l-disputed" not in parsed.evidence["organization"]
