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


def test_a_title_or_company_row_with_a_role_word_is_no_scraps():
    # "Head of Sales UK", "Office Media Ltd": read sure, and another field's (review rev65)
    from contactkit_plugins.card_scan.email_traces import other_address_in_scraps

    rows = as_read(
        [("Office", 0.95, 10, 10, 90, 30), ("Media", 0.95, 110, 10, 90, 30),
         ("com", 0.95, 210, 10, 60, 30)],
        [("Contact", 0.30, 10, 60, 90, 30), ("us", 0.20, 110, 60, 30, 30)],
        [("Sales", 0.20, 10, 110, 90, 30), ("firm", 0.20, 110, 110, 60, 30)],
    )  # fmt: skip
    assert not other_address_in_scraps(
        rows, [r.text for r in rows], set(), [], ["john.smith@officemedia.com"]
    )
    assert not other_address_in_scraps(
        rows, [r.text for r in rows], set(), [], ["jane@firm"]
    )  # no ending to look for
    scraps = as_read([("Contac", 0.13, 10, 10, 90, 30), ("OTD", 0.00, 110, 10, 60, 30),
                      ("com", 0.97, 180, 10, 60, 30)])  # fmt: skip
    assert other_address_in_scraps(scraps, [r.text for r in scraps], set(), [], ["sko@rpkk.com"])
    assert not other_address_in_scraps(
        scraps, [r.text for r in scraps], {0}, [], ["sko@rpkk.com"]
    )  # another field's row
    assert not other_address_in_scraps(
        scraps, [r.text for r in scraps], set(), [], ["a@firm.co.uk"]
    )  # "uk": too common
