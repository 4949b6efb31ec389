"""A firm's role address lost in scraps beside the person's, read whole (tuning photo 14/6)."""

from __future__ import annotations

from printed import as_read, to_review

from contactkit_plugins.card_scan.fields import parse_card


def _card(scraps: list[tuple[str, float, int, int, int, int]]) -> list:
    return as_read(
        [("RPKK", 0.91, 530, 210, 111, 33), ("VERPACKUNGEN", 0.92, 657, 210, 367, 34),
         ("GMBH", 0.96, 1046, 210, 135, 34)],
        [("Sophie", 0.96, 528, 294, 256, 79), ("Kowalski", 0.96, 813, 294, 336, 62)],
        [("Assistenz", 0.93, 526, 398, 221, 38), ("der", 0.93, 767, 396, 78, 40),
         ("Geschaftsleitung", 0.92, 865, 395, 401, 54)],
        [("+49", 0.99, 524, 544, 106, 50), ("721", 0.99, 630, 544, 106, 50),
         ("921837", 0.99, 736, 544, 212, 50)],
        [("sko@rpkk.com", 1.00, 522, 686, 397, 53)],
        scraps,
        [("Am", 0.98, 528, 808, 66, 25)],
    )  # fmt: skip


def test_a_role_address_left_in_scraps_beside_the_persons_is_unread():
    # "contact@rpkk.com" read "ee Contac OTD ES com voll": the card was accepted with sko@ alone
    scraps = [("ee", 0.37, 522, 749, 51, 59), ("Contac", 0.13, 589, 762, 136, 73),
              ("OTD", 0.00, 755, 759, 74, 74), ("ES", 0.00, 837, 758, 52, 76),
              ("com", 0.97, 895, 768, 85, 26), ("voll", 0.20, 1015, 771, 154, 71)]  # fmt: skip
    parsed = parse_card(_card(scraps), default_region="DE")
    assert parsed.contact.emails == ["sko@rpkk.com"]
    assert parsed.evidence["emails"] == "unread"
    assert "emails" in to_review(parsed)


def test_a_role_word_without_the_domains_ending_is_no_address():
    # "Contact us" on a row of its own is a slogan's, not an address's scraps
    scraps = [("Contact", 0.93, 522, 749, 136, 40), ("us", 0.93, 670, 749, 40, 40)]
    parsed = parse_card(_card(scraps), default_region="DE")
    assert parsed.evidence["emails"] != "unread"
