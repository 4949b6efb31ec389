"""A card's second number printed and lost while the one read was accepted (session 35): an
office number's last 0 taken for the mobile's trunk 0, a number glued to a misread label on the
company's row, a row read again whose number is valid only in the default region. The OCR lines
are the cached photos' (fresh photo seeds 334, 352, scan 353); the shapes left as read beside
them."""

from __future__ import annotations

from printed import to_review

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.text_lines import Line, Word


def _row(*boxes: tuple) -> Line:
    return Line([Word(*box) for box in boxes])


def _schmidt(row: list[tuple]) -> list[Line]:
    """An Austrian card (s353 card 67): its office number and mobile on one row."""
    return [
        _row(("SCHMIDT", 0.96, 71, 79, 176, 29)),
        _row(("SILKE", 0.95, 595, 79, 140, 37), ("KRAUSE", 0.95, 753, 79, 199, 37)),
        _row(("Leiter", 0.93, 764, 141, 76, 25), ("Einkauf", 0.91, 851, 141, 101, 24)),
        _row(*row),
        _row(("E-Mail:", 0.93, 443, 349, 84, 22),
             ("silke.krause@schmidtsoftware.at", 0.90, 537, 348, 417, 26)),
        _row(("Web:", 0.93, 643, 388, 64, 22), ("schmidtsoftware.at", 0.91, 716, 387, 237, 22)),
        _row(("Mariahilfer", 0.93, 549, 425, 127, 22), ("StraBe", 0.91, 684, 425, 81, 22),
             ("88", 0.93, 773, 426, 29, 20), ("-", 0.85, 813, 436, 4, 3),
             ("8026", 0.97, 826, 426, 59, 20), ("Graz", 0.97, 895, 425, 58, 21)),
    ]  # fmt: skip


MOBILE = [("Mobil", 0.93, 687, 311, 65, 21), ("0664/1212378", 0.93, 769, 310, 184, 22)]


def test_an_office_number_ending_in_0_lost_before_the_mobile_is_unread():
    # "+43 316 8163620" read "+ 6/8163620": its last 0 is no trunk 0 of the mobile after it
    lost = [("+", 0.40, 514, 311, 6, 21), ("6/8163620", 0.55, 528, 311, 134, 22), *MOBILE]
    parsed = parse_card(_schmidt(lost), default_region="US")
    assert parsed.evidence["phones"] == "unread"
    assert "phones" in to_review(parsed)


def test_both_numbers_of_the_row_read_are_left_as_read():
    read = [("T", 0.93, 470, 311, 20, 21), ("0316/8163620", 0.93, 500, 311, 160, 22), *MOBILE]
    parsed = parse_card(_schmidt(read), default_region="US")
    assert parsed.evidence["phones"] == "labelled/hi"
    assert {p.e164 for p in parsed.contact.phones} == {"+433168163620", "+436641212378"}


def _altair(company_row: list[tuple]) -> list[Line]:
    """An Italian card (p352 card 29): the office number on the company's row, the mobile read."""
    return [
        _row(("Luigi", 0.96, 904, 99, 194, 69), ("Ricci", 0.96, 1125, 98, 189, 55)),
        _row(("Titolare", 0.92, 1114, 184, 198, 41)),
        _row(("Ufficio", 0.93, 969, 250, 146, 36), ("Acquisti", 0.92, 1131, 250, 183, 46)),
        _row(*company_row, ("Celtulare:", 0.37, 922, 418, 155, 27),
             ("332", 0.96, 1092, 418, 57, 26), ("902", 0.95, 1162, 418, 59, 26),
             ("0553", 0.95, 1234, 417, 78, 27)),
        _row(("Qualita", 0.92, 90, 460, 146, 41), ("Made", 0.97, 251, 461, 112, 33),
             ("in", 0.96, 378, 463, 38, 30), ("Italy", 0.96, 431, 460, 89, 42)),
        _row(("E-mail:", 0.93, 753, 461, 111, 26),
             ("ricci.luigi@logisticaaltair.it", 0.91, 878, 460, 438, 33)),
        _row(("www", 0.93, 970, 511, 80, 19), ("logisticaaltair.it", 0.85, 1063, 504, 251, 33)),
        _row(("Via", 0.96, 1060, 546, 51, 27), ("dei", 0.96, 1123, 546, 48, 27),
             ("Mille", 0.96, 1184, 546, 79, 27), ("49", 0.96, 1274, 546, 40, 26)),
        _row(("50104", 0.96, 1012, 589, 98, 26), ("Firenze", 0.96, 1125, 589, 119, 26),
             ("(FI)", 0.88, 1256, 588, 57, 31)),
    ]  # fmt: skip


COMPANY = [("Logistica", 0.91, 91, 398, 258, 51), ("Altair", 0.93, 368, 396, 165, 41)]


def test_a_number_glued_to_a_misread_label_on_the_company_row_is_unread():
    glued = [*COMPANY, ("S.tl55.596.0684", 0.27, 551, 395, 338, 50)]
    parsed = parse_card(_altair(glued), default_region="US")
    assert parsed.evidence["phones"] == "unread"
    assert "phones" in to_review(parsed)


def test_a_number_read_off_the_company_row_is_no_number_lost():
    read = [*COMPANY, ("Tel.055.596.0684", 0.93, 551, 395, 338, 50)]
    parsed = parse_card(_altair(read), default_region="US")
    assert parsed.evidence["phones"] != "unread"
    assert "+390555960684" in {p.e164 for p in parsed.contact.phones}


def test_a_company_row_with_its_form_or_a_vat_number_keeps_the_phones():
    for tail in (("S.r.l.", 0.93, 551, 396, 120, 41), ("IT01234567890", 0.93, 551, 396, 300, 41)):
        parsed = parse_card(_altair([*COMPANY, tail]), default_region="US")
        assert parsed.evidence["phones"] != "unread", tail


def _medina(second: list[tuple]) -> list[Line]:
    """A Spanish card (p334 card 74): the mobile's row read again by the second engine."""
    return [
        _row(("Ramirez", 0.96, 327, 106, 237, 51), ("Sistemas", 0.93, 584, 112, 255, 45),
             ("S.L.", 0.90, 862, 112, 100, 45)),
        _row(("DR.", 0.96, 91, 395, 165, 75), ("ANA", 0.95, 289, 396, 213, 73),
             ("MEDINA", 0.97, 533, 397, 414, 73)),
        _row(("CEO", 0.96, 89, 513, 116, 46)),
        _row(("+34", 0.99, 90, 648, 77, 27), ("966", 0.99, 167, 648, 77, 27),
             ("43", 0.99, 244, 648, 52, 27), ("48", 0.99, 296, 648, 52, 27),
             ("89", 0.99, 348, 648, 52, 27)),
        _row(*second),
        _row(("E-mail:", 0.93, 90, 737, 99, 27),
             ("medina@ramirezsistemas.es", 0.88, 203, 738, 421, 27)),
        _row(("Web", 0.94, 88, 781, 49, 33),
             ("https://www.ramirezsistemas.es", 0.94, 137, 781, 493, 33)),
        _row(("46012", 0.96, 89, 870, 88, 26), ("Valencia", 0.95, 189, 869, 123, 26)),
        _row(("Espana", 0.90, 90, 913, 105, 33)),
    ]  # fmt: skip


def _reread(*groups: str) -> list[tuple]:
    return [(g, 0.97, 90 + 80 * i, 692, 70, 27, "phone-row") for i, g in enumerate(groups)]


def test_a_row_read_again_valid_only_in_the_default_region_is_doubted():
    # "+34 718 26 72 64": the plus read as 4 and the last group lost, a US number as read
    parsed = parse_card(_medina(_reread("434", "718", "26", "72")), default_region="US")
    assert parsed.evidence["phones"].startswith("other-region")
    assert "phones" in to_review(parsed)


def test_a_row_read_again_in_the_card_region_stays_reread():
    # printed without its +34: a Spanish mobile as read
    parsed = parse_card(_medina(_reread("718", "26", "72", "64")), default_region="US")
    assert parsed.evidence["phones"] == "reread/hi"
    assert "+34718267264" in {p.e164 for p in parsed.contact.phones}


def test_a_row_read_again_valid_only_in_a_hinted_region_is_doubted():
    # No clue names a region, only "Handy"'s language: a row read again is two guesses stacked
    # (the row's digits and its country), so it is measured apart from "reread" and reviewed.
    lines = [
        _row(("Jan", 0.95, 90, 80, 60, 30), ("Kowalski", 0.95, 160, 80, 160, 30)),
        _row(*[(g, 0.97, 90 + 90 * i, 692, 80, 27, "phone-row")
               for i, g in enumerate(("Handy", "0650", "1675886"))]),
    ]  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert parsed.evidence["phones"].startswith("reread+hint")
    assert "phones" in to_review(parsed)
