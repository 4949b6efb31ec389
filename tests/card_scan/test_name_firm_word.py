"""The firm's word mark set on the name's row, read into the name: its last word spelt by the
address's domain, not by its local part (second blind generator, scan seed 5 card 56, as read)."""

from __future__ import annotations

import pytest
from printed import as_read

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.name_email_slips import firm_word_after


def test_a_firm_word_on_the_name_row_sends_the_name_to_review():
    lines = as_read(
        [("JOOST", 0.88, 99, 101, 234, 54), ("WIJNANDS", 0.80, 353, 100, 369, 54),
         ("VERMEULEN", 0.96, 811, 101, 484, 63)],
        [("Vice", 0.97, 100, 197, 88, 35), ("President", 0.97, 208, 197, 193, 35),
         ("of", 0.97, 417, 197, 37, 35), ("Engineering", 0.96, 472, 197, 247, 44)],
        [("Main", 0.93, 103, 430, 98, 36), ("010-6994154", 0.92, 223, 430, 285, 36)],
        [("Email", 0.93, 104, 566, 107, 34), ("j.wijnands@vermeulen.nl", 0.72, 229, 565, 509, 44)],
        [("Vermeulen", 0.92, 102, 770, 176, 29), ("&", 0.92, 293, 772, 21, 26),
         ("Koster", 0.97, 329, 770, 104, 28), ("Industries", 0.93, 448, 770, 157, 28),
         ("B.V.", 0.90, 620, 770, 61, 28)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="NL")
    assert parsed.evidence["name"].endswith("+firm-word")
    assert parsed.confidence["name"] < REVIEW_BELOW


@pytest.mark.parametrize(
    ("name", "email", "firm"),
    [
        ("Joost Wijnands Vermeulen", "j.wijnands@vermeulen.nl", True),
        ("Uwe Schwarz", "uwe@schwarz-soehne.at", False),  # the family's own firm
        ("Ronald O'Neill", "ronald@oneill.co.uk", False),
        ("Anna Maria Rossi", "annamaria@rossi.it", False),  # a double given name
        ("Joost Wijnands Vermeulen", "j.wijnands@mail.vermeulen.nl", True),  # a mail host
        # A second family name the firm shares is doubted alike: a person looks (review)
        ("Ana García López", "ana.garcia@lopez-logistica.es", True),
        ("Ana García López", "ana.garcia@sanz-logistica.es", False),
    ],
)
def test_only_a_word_after_the_family_name_the_address_spells_is_the_firms(
    name: str, email: str, firm: bool
) -> None:
    assert firm_word_after(name, email) is firm


def test_a_word_after_the_family_name_the_companys_name_spells_is_the_firms():
    # second generator photo seed 11 card 93: the firm's logo word beside the name, another
    # domain on the address; accepted at email+other/hi
    args = ("Matthias Erdogan LEHMANN", "matthias_erdogan@senlumgroup.de")
    assert firm_word_after(*args, "Lehmann & Bülow AG")
    assert not firm_word_after(*args, "Senlum Group GmbH")
    # her own family's firm: the address spells the family name
    assert not firm_word_after("Anna Maria Lehmann", "anna.lehmann@senlum.de", "Lehmann AG")


def test_an_address_read_in_two_words_checks_the_name_as_printed():
    # Second blind generator, scan seed 5 card 63, as read: the address mended only after the
    # name was weighed, so "Alimentari" went in as the family name's second word, accepted
    lines = as_read(
        [("STEFANO", 0.96, 164, 192, 280, 35), ("GALLI", 0.92, 478, 192, 190, 34),
         ("Alimentari", 0.91, 714, 186, 350, 50)],
        [("Tel", 0.97, 163, 558, 41, 24), ("0039", 0.97, 212, 559, 65, 24),
         ("031", 0.97, 286, 559, 46, 23), ("5571", 0.97, 344, 558, 62, 24),
         ("2503", 0.93, 419, 558, 64, 24)],
        [("sgalli@", 0.84, 164, 600, 87, 39), ("alimentari-bianc", 0.85, 264, 600, 216, 39)],
        [("sgalli", 0.98, 164, 600, 78, 39), ("@alimentari-bianchi.it", 0.98, 242, 600, 288, 39)],
        [("Via", 0.96, 163, 648, 40, 21), ("Torino", 0.96, 209, 648, 75, 21),
         ("952", 0.95, 291, 648, 42, 22)],
        [("22063", 0.90, 164, 685, 70, 25), ("Cantu(CO)", 0.90, 234, 685, 127, 25)],
        [("Alimentari", 1.00, 163, 721, 119, 20), ("Bianchi", 1.00, 282, 721, 83, 20),
         ("S.n.c.", 1.00, 365, 721, 71, 20)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="IT")
    assert parsed.evidence["name"].endswith("+firm-word")
    assert parsed.confidence["name"] < REVIEW_BELOW
