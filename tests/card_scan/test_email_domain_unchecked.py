"""An address its name checks and nothing its domain (level ``name``): accepted, but doubted
where the domain may hold a slip the card shows. Each card as Tesseract read it (the second
blind generator's tuning photos, seeds 6, 11 and 14; the first generator's check photo 714/63)."""

from __future__ import annotations

import pytest
from printed import as_read

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.endings import glued_ending
from contactkit_plugins.card_scan.fields import parse_card


def test_an_address_its_name_checks_is_accepted():
    lines = as_read(
        [("Versto", 0.92, 294, 161, 184, 43), ("Ltd", 0.97, 502, 159, 87, 44)],
        [("Rebecca", 0.97, 89, 340, 236, 44), ("Davies,", 0.93, 348, 337, 200, 54),
         ("FCIPD", 0.92, 571, 337, 173, 45)],
        [("Communications", 0.95, 87, 414, 324, 32), ("Director", 0.97, 426, 412, 151, 32)],
        [("t", 0.93, 87, 510, 9, 26), ("(020)", 0.96, 113, 507, 86, 36),
         ("3892", 0.97, 214, 508, 85, 27), ("8696", 0.97, 311, 507, 85, 28)],
        [("e", 0.93, 89, 622, 19, 20), ("r.davies@vermor.co.uk", 0.92, 125, 612, 393, 35)],
        [("28", 0.97, 90, 670, 42, 28), ("Hills", 0.96, 147, 668, 71, 29),
         ("Road", 0.96, 235, 667, 90, 30)],
        [("London", 0.96, 92, 720, 128, 30)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="GB")
    assert parsed.contact.emails == ["r.davies@vermor.co.uk"]
    assert parsed.evidence["emails"] == "name/hi"
    assert parsed.confidence["emails"] >= REVIEW_BELOW


def test_a_company_one_letter_off_the_domain_doubts_the_address():
    # "pem-logistikka" beside "PEM Logistiikka Oyj": one of the two slipped, nothing says which.
    lines = as_read(
        [("PEM", 0.93, 776, 112, 117, 48), ("Logistiikka", 0.91, 917, 113, 291, 60),
         ("Oyj", 0.96, 1229, 114, 82, 61)],
        [("MATTI", 0.92, 771, 227, 210, 60), ("HEIKKILA", 0.92, 1007, 216, 306, 73)],
        [("Myyntipäallikko", 0.93, 975, 332, 337, 54)],
        [("P", 0.93, 916, 775, 25, 39), ("00358", 0.96, 960, 775, 125, 39),
         ("2", 0.94, 1099, 775, 24, 40), ("8168731", 0.94, 1135, 775, 172, 40)],
        [("E", 0.99, 616, 843, 21, 52),
         ("matti.heikkila@pem-logistikka.fi", 0.99, 637, 843, 675, 52)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="FI")
    assert parsed.evidence["emails"] == "company-slip"
    assert parsed.confidence["emails"] < REVIEW_BELOW


def test_a_sure_address_beside_a_company_one_letter_off_is_still_mended():
    # "meyertim@tauem.at" beside "TAUERN AG" and Tim Meyer: its dot and the company's rn put
    # back, as for any doubted address, however sure its own level.
    lines = as_read(
        [("Tim", 0.97, 928, 115, 141, 61), ("Meyer", 0.97, 1091, 120, 226, 74)],
        [("Quality", 0.97, 814, 205, 156, 52), ("Assurance", 0.97, 980, 207, 219, 38),
         ("Lead", 0.97, 1214, 205, 102, 41)],
        [("TAUERN", 0.92, 87, 426, 213, 44), ("AG", 0.97, 316, 427, 76, 43)],
        [("E", 0.95, 1010, 485, 17, 30), ("meyertim@tauem.at", 0.95, 1027, 485, 286, 30)],
        [("RingstraRe", 0.99, 1119, 525, 151, 30), ("153", 0.99, 1270, 525, 45, 30)],
        [("4098", 0.96, 1188, 564, 62, 23), ("Linz", 0.97, 1259, 564, 56, 23)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="AT")
    assert parsed.contact.emails == ["meyer.tim@tauern.at"]
    assert parsed.confidence["emails"] < REVIEW_BELOW


def test_a_stop_lost_before_a_firm_ending_doubts_address_and_site():
    # "l." read as one "L": zenvix-global.com.sg read "zenvix-globaLcom.sg", address and site.
    lines = as_read(
        [("Zenvix", 0.93, 546, 96, 199, 47), ("Industries", 0.95, 763, 97, 296, 48),
         ("Pte", 0.96, 1077, 100, 96, 46), ("Ltd", 0.96, 1191, 99, 93, 48)],
        [("CHERYL", 0.95, 546, 196, 282, 48), ("WONG", 0.95, 854, 198, 235, 47)],
        [("ESTIMATOR", 0.96, 547, 278, 306, 40)],
        [("D:", 0.91, 546, 453, 43, 34), ("+65", 0.96, 615, 449, 70, 55),
         ("66013671", 0.96, 699, 453, 200, 36)],
        [("e:", 0.99, 544, 516, 46, 47),
         ("cheryl.wong@zenvix-globaLcom.sg", 0.99, 590, 516, 718, 47)],
        [("w:", 0.92, 543, 587, 50, 24), ("zenvix-globaLcom.sg", 0.90, 610, 576, 445, 48)],
        [("3", 0.97, 544, 640, 22, 33), ("Robinson", 0.96, 582, 639, 189, 35),
         ("Road,", 0.93, 785, 640, 113, 43), ("#03-07", 0.92, 910, 642, 158, 34)],
        [("Singapore", 0.96, 543, 698, 208, 45), ("575687", 0.96, 762, 700, 152, 34)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="SG")
    assert "glued-ending" in parsed.evidence["emails"]
    assert parsed.confidence["emails"] < REVIEW_BELOW
    assert parsed.confidence.get("urls", 0) < REVIEW_BELOW


def test_an_address_its_site_checks_is_not_mended_from_a_near_company():
    # "GROUPE" (a logo's word) nearly spells agroup.fr, which the site prints too, read unsure:
    # the address is doubted with the company (company-slip), never rewritten to "groupe.fr".
    lines = as_read(
        [("GROUPE", 0.96, 100, 40, 200, 40)],
        [("Elodie", 0.96, 100, 100, 150, 45), ("Dumont", 0.96, 270, 100, 160, 45)],
        [("VP,", 0.96, 100, 170, 60, 30), ("Business", 0.96, 175, 170, 150, 30),
         ("Development", 0.96, 340, 170, 220, 30)],
        [("Portable", 0.95, 100, 400, 130, 25), ("+33", 0.96, 245, 400, 50, 25),
         ("7", 0.96, 305, 400, 15, 25), ("71", 0.96, 330, 400, 30, 25),
         ("64", 0.96, 370, 400, 30, 25), ("74", 0.96, 410, 400, 30, 25),
         ("73", 0.96, 450, 400, 30, 25)],
        [("E-mail", 0.96, 100, 450, 90, 25), (":", 0.96, 200, 450, 8, 25),
         ("elodied@agroup.fr", 0.84, 220, 450, 300, 30)],
        [("Site", 0.96, 100, 500, 60, 25), (":", 0.96, 170, 500, 8, 25),
         ("www.agroup.fr", 0.66, 190, 500, 240, 30)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="FR")
    assert parsed.contact.emails == ["elodied@agroup.fr"]
    assert parsed.confidence["emails"] < REVIEW_BELOW


def test_a_company_spelling_a_domain_ending_in_com_checks_it():
    # "Falcom Pte Ltd" beside falcom.sg: the name ends in com, no stop was lost (review rev64).
    lines = as_read(
        [("Falcom", 0.96, 546, 96, 199, 47), ("Pte", 0.96, 763, 97, 96, 48),
         ("Ltd", 0.96, 877, 99, 93, 48)],
        [("CHERYL", 0.95, 546, 196, 282, 48), ("WONG", 0.95, 854, 198, 235, 47)],
        [("ESTIMATOR", 0.96, 547, 278, 306, 40)],
        [("D:", 0.91, 546, 453, 43, 34), ("+65", 0.96, 615, 449, 70, 55),
         ("66013671", 0.96, 699, 453, 200, 36)],
        [("e:", 0.99, 544, 516, 46, 47), ("cheryl.wong@falcom.sg", 0.99, 590, 516, 500, 47)],
        [("w:", 0.92, 543, 587, 50, 24), ("www.falcom.sg", 0.96, 610, 576, 345, 48)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="SG")
    assert "glued-ending" not in parsed.evidence["emails"]
    assert parsed.confidence["emails"] >= REVIEW_BELOW
    assert parsed.evidence["urls"] != "glued-ending"


def test_a_site_rewritten_to_the_address_leaves_it_unchecked():
    # The site printed bwpartners, the address read bwpartmers (rn read m), the address read
    # as surely: the site is rewritten to the address's domain, which then checks nothing.
    lines = as_read(
        [("James", 0.96, 100, 100, 150, 45), ("Cole", 0.96, 270, 100, 130, 45)],
        [("Senior", 0.96, 100, 170, 120, 30), ("Architect", 0.96, 235, 170, 190, 30)],
        [("T", 0.95, 100, 400, 15, 25), ("+44", 0.96, 125, 400, 50, 25),
         ("20", 0.96, 185, 400, 30, 25), ("7946", 0.96, 225, 400, 70, 25),
         ("0958", 0.96, 305, 400, 70, 25)],
        [("E", 0.96, 100, 450, 15, 25), ("james.cole@bwpartmers.com", 0.96, 125, 450, 420, 30)],
        [("W", 0.96, 100, 500, 20, 25), ("www.bwpartners.com", 0.96, 130, 500, 330, 30)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="GB")
    assert parsed.evidence["emails"].startswith("name+site-rewritten")
    assert parsed.confidence["emails"] < REVIEW_BELOW


@pytest.mark.parametrize(
    ("value", "glued"),
    [
        ("a@zenvix-globalcom.sg", True),
        ("www.acmecom.au", True),
        ("a@zenvix-global.com.sg", False),
        ("www.acme.com.au", False),
        ("a@com.au", False),
        ("tesco.uk", False),  # a name ends in "co" as often: not under co.
        ("a@acme.com", False),
    ],
)
def test_glued_ending(value: str, glued: bool):
    assert glued_ending(value) is glued
