"""A lone doubted address whose domain the card's own site spells as read (card_fields_emails,
the guard before the company's rewrite): which slipped, the company or the small print, goes by
which was read less surely. Lines as in blind photo seed 351 card 74 (the address the second
engine's lone reading, the company read "Alpenbich-Werke" at 0.46); the other card the same
with the small print slipped alike in the address and the site, the company read sure."""

from __future__ import annotations

import pytest
from ocr_lines import boxed_line, lone_line
from printed import to_review

from contactkit_plugins.card_scan.fields import parse_card


def _card(company: tuple, site: str, site_conf: float, address: str) -> list:
    return [
        boxed_line(("BENEDIKT", 0.95, 183, 284, 221, 31), ("KELLER", 0.96, 436, 277, 166, 29)),
        boxed_line(company, ("GmbH", 0.95, 330, 353, 56, 35)),
        boxed_line(("Handy:", 0.92, 705, 108, 100, 36), ("0160-2070429", 0.93, 814, 99, 217, 37)),
        lone_line((address, 0.97, 705, 156, 420, 30)),
        boxed_line(("Internet:", 0.93, 703, 185, 132, 56), (site, site_conf, 835, 185, 367, 56)),
    ]


@pytest.mark.parametrize(
    ("company", "company_conf", "domain", "site_conf", "printed"),
    [
        # p351/74: the company slipped, the domain read twice alike is kept
        ("Alpenbich-Werke", 0.46, "alpenblick.de", 0.93, "alpenblick.de"),
        # "li" read "h" in the address and the site alike, both in one small font
        ("Alpenblick-Werke", 0.95, "alpenbhck.de", 0.80, "alpenblick.de"),
    ],
)
def test_the_less_surely_read_of_company_and_site_gives_way(
    company, company_conf, domain, site_conf, printed
):
    lines = _card(
        (company, company_conf, 83, 357, 220, 27),
        f"http://www.{domain}/",
        site_conf,
        f"benedikt.keller@{domain}",
    )
    parsed = parse_card(lines, default_region="DE")
    assert parsed.contact.emails == [f"benedikt.keller@{printed}"]
    assert ("company-mended" in parsed.evidence["emails"]) is (printed != domain)
    assert "emails" in to_review(parsed)
