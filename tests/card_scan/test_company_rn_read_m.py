"""An r and an n set close read as one m in the company's name, put back where the domain
spells them and a logo in capitals prints the word (tuning scan seed 11 card 57, as read)."""

from __future__ import annotations

from printed import as_read

from contactkit_plugins.card_scan.domain_repair import rn_put_back
from contactkit_plugins.card_scan.fields import parse_card


def _card(logo: str) -> list:
    return as_read(
        [(logo, 0.93, 809, 113, 210, 62)],
        [("JAN", 0.96, 121, 139, 89, 34), ("KOLAR", 0.97, 226, 130, 170, 43)],
        [("OBCHODNI", 0.92, 122, 198, 200, 31), ("ZASTUPCE", 0.90, 337, 198, 192, 31)],
        [("Cemy", 0.87, 801, 211, 72, 32), ("Stavby", 0.93, 885, 216, 82, 27),
         ("a.s.", 0.83, 978, 223, 38, 14)],
        [("+420", 0.97, 165, 449, 66, 23), ("586", 0.96, 243, 449, 47, 23),
         ("550", 0.96, 301, 450, 46, 22), ("316", 0.97, 357, 450, 48, 22)],
        [("M", 0.86, 119, 587, 33, 24), ("jkolar@cerny.cz", 0.92, 163, 586, 217, 31)],
        [("www.cerny.cz", 0.99, 119, 628, 231, 35)],
        [("779", 0.96, 812, 640, 43, 20), ("00", 0.96, 865, 640, 28, 21),
         ("Olomouc", 0.96, 904, 638, 112, 23)],
    )  # fmt: skip


def test_a_logo_in_capitals_backs_the_domains_rn():
    parsed = parse_card(_card("CERNY"), default_region="CZ")
    assert parsed.contact.organization is not None
    assert parsed.contact.organization.name == "Cerny Stavby a.s."


def test_the_address_and_the_site_alone_do_not_rewrite_the_company():
    # both in small print: a domain's m may be read rn in each alike
    parsed = parse_card(_card("STAVBY"), default_region="CZ")
    assert parsed.contact.organization is not None
    assert parsed.contact.organization.name == "Cemy Stavby a.s."
    assert rn_put_back("Kemp", "kernp", ["info@kernp.de", "www.kernp.de"]) is None
    assert rn_put_back("CEMY", "cerny", ["CERNY"]) == "CERNY"
