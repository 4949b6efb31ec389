"""Agreements the second blind generator showed card_scan missing (tuning seeds 1 and 5): a
domain of the firm's leading word and a word firms add ("hoekstragroup.nl" for Hoekstra
Packaging B.V.), an address of three letters, a staff code ("mho@" for Maarten Hoekstra), and
an address of the name's two words with a hyphen between ("axel-danielsson@")."""

from __future__ import annotations

import pytest
from printed import as_read

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.confidence import email_level
from contactkit_plugins.card_scan.domains import domain_in
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.local_parts import initials_code


@pytest.mark.parametrize(
    ("company", "domain", "agrees"),
    [
        ("Hoekstra Packaging B.V.", "hoekstragroup.nl", True),
        ("Belora Electronics Corporation", "belora-global.co.jp", True),
        ("Linax Industri AB", "linax-international.se", True),
        ("Werner Lindemann GmbH", "werner-group.de", True),
        # Whole words only: a logo's letter glued to the name is no agreement
        ("Lrensto Logistics Corporation", "renstogroup.com", False),
        ("Habelbach Spedition GmbH", "hasselbach-group.com", False),
        ("Hoekstra Packaging B.V.", "hoekstraworks.nl", False),  # no word firms add
        ("Tec Rinaldi Srl", "te-global.it", False),  # a stem shorter than a word
    ],
)
def test_a_domain_of_the_leading_words_and_a_firms_tail_agrees(
    company: str, domain: str, agrees: bool
) -> None:
    assert domain_in(company, domain) is agrees


def test_a_firms_name_beside_its_tailed_domain_goes_in_unread():
    # Second blind generator, photo seed 1 card 36, as read (near-domain, to review, before)
    lines = as_read(
        [("Hoekstra", 0.96, 668, 85, 236, 43), ("Packaging", 0.93, 926, 84, 272, 55),
         ("B.V.", 0.90, 1222, 84, 98, 43)],
        [("Teun", 0.96, 852, 187, 168, 57), ("de", 0.95, 1044, 186, 81, 58),
         ("Haan", 0.95, 1152, 186, 167, 58)],
        [("CEO", 0.96, 1230, 286, 91, 36)],
        [("e", 0.85, 732, 654, 21, 25), ("teun.dehaan@hoekstragroup.nl", 0.84, 769, 645, 553, 42)],
        [("W", 0.92, 878, 708, 37, 32), ("www.hoekstragroup.nl", 0.82, 930, 707, 392, 43)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="NL")
    assert parsed.evidence["organization"].startswith("domain+legal")
    assert min(parsed.confidence[f] for f in ("organization", "emails", "urls")) >= REVIEW_BELOW


@pytest.mark.parametrize(
    ("local", "name", "code"),
    [
        ("mho", "maarten hoekstra", True),
        ("dbr", "dorte brandt", True),
        ("mjo", "magnus jonsson", True),
        ("zst", "zaneta stepien", True),
        ("mho", "maarten van hoekstra", True),  # the last word is the family name's
        ("mha", "maarten hoekstra", False),
        ("mhoe", "maarten hoekstra", False),
        ("m.ho", "maarten hoekstra", False),
        ("mho", "maarten", False),
    ],
)
def test_a_staff_code_is_the_initial_and_the_family_names_start(
    local: str, name: str, code: bool
) -> None:
    assert initials_code(local, name.split()) is code


def test_a_staff_code_and_a_tailed_domain_go_in_unread():
    lines = as_read(
        [("Beacon", 0.96, 95, 307, 186, 45), ("Medical", 0.97, 300, 301, 199, 47)],
        [("MAARTEN", 0.97, 95, 438, 429, 69), ("HOEKSTRA,", 0.97, 559, 426, 469, 68),
         ("RA", 0.97, 1061, 422, 100, 58)],
        [("Bedrijfsleider", 0.91, 96, 538, 234, 46)],
        [("Mobiel", 0.91, 95, 704, 110, 35), ("06", 0.97, 220, 702, 37, 31),
         ("89803177", 0.97, 270, 696, 149, 35)],
        [("E-mail", 0.96, 95, 761, 103, 47), ("mho@beaconmedical.eu", 0.87, 215, 746, 370, 53)],
        [("Web", 0.96, 94, 827, 69, 32), ("www.beaconmedical.eu", 0.87, 176, 807, 364, 51)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="NL")
    assert parsed.contact.name.full == "Maarten Hoekstra"
    assert parsed.evidence["name"] == "email-code/hi"
    assert parsed.evidence["emails"].startswith("code+domain/")
    assert min(parsed.confidence[f] for f in ("name", "emails")) >= REVIEW_BELOW


def test_a_name_misread_beside_a_staff_code_is_doubted():
    # "Braul": one slip from a frequent family name (Braun), the code checking its "br" only
    lines = as_read(
        [("Petra", 0.96, 95, 438, 120, 60), ("Braul", 0.96, 240, 438, 200, 60)],
        [("pbr@harbour.de", 0.90, 95, 746, 370, 53)],
        [("www.harbour.de", 0.90, 95, 807, 364, 51)],
        [("Harbour", 0.96, 95, 307, 186, 45), ("GmbH", 0.97, 300, 301, 120, 47)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="DE")
    assert parsed.evidence["name"] == "email-code/lo"
    assert parsed.confidence["name"] < REVIEW_BELOW


@pytest.mark.parametrize(
    ("email", "name", "sure"),
    [
        ("axel-danielsson@sandberg.se", "Axel Danielsson", True),
        ("magdalena-zielinska@senkai.pl", "Magdalena Zielińska", True),
        # Beside an initial a hyphen is as likely a dot misread: doubted as before
        ("j-urquijo@urquijo.es", "Javier Urquijo", False),
    ],
)
def test_a_hyphen_between_the_names_two_words_is_a_form_of_its_own(
    email: str, name: str, sure: bool
) -> None:
    domain = email.partition("@")[2]
    level = email_level(email, 0.96, name, None, domain, repaired=False, known_suffix=True)
    assert ("+hyphen-words" in level) is sure
    assert (probability("emails", level) >= REVIEW_BELOW) is sure
