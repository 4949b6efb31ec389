"""Session 11: what card_scan sent to review or read wrong on tuning photos (blind seed 1, own
seeds), given as hand-made OCR lines or printed and read back with Tesseract."""

from __future__ import annotations

from printed import hand_lines as _lines
from printed import phones, to_review

from contactkit_plugins.card_scan.fields import parse_card


def test_a_bar_between_a_label_and_its_number_read_as_a_one_is_no_digit():
    # "T. | 01 41 14 72 77" read "T. 1 01 41 ...", "Tel |0521 ..." read "Tel 10521 ...": no number
    # was read, and the digits left over sent the card to review.
    lines = _lines(
        ("ERIC LEFEVRE", 65), ("Lumen SAS", 33), ("T. 1 01 41 14 72 77", 42),
        ("eric.lefevre@llumen.fr", 40), ("75058 Paris", 32),
    )  # fmt: skip
    assert phones(parse_card(lines, default_region="FR")) == [("+33141147277", "work")]
    lines = _lines(
        ("ALEXANDRA WAGNER", 30), ("Koch GmbH & Co. KG", 22),
        ("Tel 10521 9640901 F10521-2240966", 41), ("alexandra.wagner@kgroup.de", 30),
    )  # fmt: skip
    assert phones(parse_card(lines, default_region="DE")) == [
        ("+495219640901", "work"),
        ("+495212240966", "fax"),
    ]
    # A 1 before a valid number stays what it is: the US trunk prefix.
    lines = _lines(("John Smith", 60), ("Tel. 1 212 555 0199", 20), ("john@acme.com", 20))
    assert phones(parse_card(lines, default_region="US")) == [("+12125550199", "work")]


def test_two_numbers_parted_by_one_space_are_both_read():
    # "Mobil 076 218 3354 0229309099": one run to the matcher, which read the fixed line only,
    # as the mobile (the label's), and left the mobile's digits over.
    lines = _lines(
        ("KATHARINA WAGNER", 43), ("Meridian AG", 43), ("Mobil 076 218 3354 0229309099", 34),
        ("E-Mail katharinaw@meridian.ch", 40),
    )  # fmt: skip
    assert phones(parse_card(lines, default_region="CH")) == [
        ("+41762183354", "cell"),
        ("+41229309099", "work"),
    ]


def test_a_backslash_after_a_fax_label_is_its_colon():
    lines = _lines(
        ("Sophie Guerin", 84), ("MISTRAL METALLURGIE S.A.", 41), ("Tel. 05 63 23 98 31", 30),
        ("F.\\ 05 67 05 53 25", 29), ("s.guerin@mistralmetallurgie.com", 30),
    )  # fmt: skip
    assert ("+33567055325", "fax") in phones(parse_card(lines, default_region="FR"))


def test_a_street_abbreviated_with_a_dot_names_the_region_for_national_numbers():
    # "Gartenstr. 101a" over "33841 Bielefeld" on a card with a .com address: the street's
    # word was missed after its dot, no region was found, and both numbers were read as none.
    lines = _lines(
        ("Franziska Kruger", 70), ("Koch Kunststofftechnik GmbH", 47), ("0521/5528299", 34),
        ("Mobil (0160) 4411921", 31), ("E-Mail: franziska@kochkunststofftechnik.com", 38),
        ("Gartenstr. 101a", 32), ("33841 Bielefeld", 32),
    )  # fmt: skip
    assert phones(parse_card(lines, default_region="US")) == [
        ("+495215528299", "work"),
        ("+491604411921", "cell"),
    ]




def test_a_mobile_sign_read_as_a_copyright_sign_names_a_north_american_mobile():
    # "© (206) 551-4434" beside "@ (312) 361-8553": two unlabelled North American numbers, whose
    # kinds the numbering cannot tell, sent the card to review with the mobile read as work.
    lines = _lines(
        ("Gary Parker", 72), ("REDWOOD INC", 35), ("Managing Director", 41),
        ("@ (312) 361-8553", 23), ("© (206) 551-4434", 20), ("Fax 1-312-385-2452", 20),
        ("E: gary.parker@redwood.com", 24), ("Chicago, IL 60641", 19),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert phones(parsed) == [
        ("+13123618553", "work"),
        ("+12065514434", "cell"),
        ("+13123852452", "fax"),
    ]
    assert "phones" not in to_review(parsed)














def test_a_trunk_zero_in_brackets_is_no_digit_left_unread():
    # "+44 (0)20 7936 2082": every number was read, yet the bracketed 0 kept the read digits
    # from being found in the line, and the card went to review for digits "not read".
    lines = _lines(
        ("DDI: +44 (0)20 7936 2082 M: 0044 7430 467787", 19), ("F: +44 (0)20 7667 8824", 19),
        ("ronald_fraser@wilson-williams.co.uk", 26), ("Ronald Fraser", 29),
        ("Head of Procurement", 17), ("WILSON & WILLIAMS LTD", 17),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="GB")
    assert len(parsed.contact.phones) == 3
    assert parsed.evidence["phones"] != "unread"
