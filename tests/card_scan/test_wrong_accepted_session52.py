"""Session 52: fields accepted wrong on fresh photos where a sign the reading left was not
weighed: a closing bracket no bracket opened after a number's last digit, a group of digits read
whole as letters, a one-line address's postcode with its comma lost, a company's i that two other
readings read l, and an address level measured under the bar on more cards."""

from __future__ import annotations

from printed import as_read

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.enlarged_match import l_read_twice, mark_read_as_letter
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.leftovers import number_like
from contactkit_plugins.card_scan.phone_text import lookalike_groups
from contactkit_plugins.card_scan.text_lines import Line
from contactkit_plugins.card_scan.town_regions import town_regions


def _wagner(number: str) -> list[Line]:
    # Fresh photo seed 640 card 85 as read: "01 31327671331" printed, its last 1 read ")".
    lines = as_read(
        [("Susanne", 0.96, 483, 94, 314, 67), ("Albrecht", 0.97, 821, 95, 318, 66)],
        [("Chief", 0.97, 483, 205, 111, 38), ("Financial", 0.95, 606, 205, 183, 38),
         ("Officer", 0.96, 804, 206, 137, 37)],
        [("Wagner", 0.96, 482, 416, 213, 60), ("Software", 0.96, 711, 414, 237, 50),
         ("GmbH", 0.83, 966, 414, 172, 50)],
        [("Tel.", 0.95, 481, 543, 60, 35), ("01", 0.96, 567, 543, 40, 35),
         (number, 0.79, 627, 543, 245, 36)],
        [("E", 0.93, 482, 603, 19, 36), ("susanne.albrecht@wagner.at", 0.82, 514, 604, 588, 44)],
        [("https://www.wagner.at", 0.87, 482, 663, 466, 43)],
        [("LandstraBer", 0.92, 482, 721, 216, 34), ("HauptstraBe", 0.81, 712, 721, 227, 40),
         ("208", 0.93, 951, 721, 63, 33), ("-", 0.55, 1029, 738, 4, 6),
         ("1303", 0.97, 1052, 720, 80, 34), ("Wien", 0.96, 1144, 722, 92, 32)],
    )  # fmt: skip
    return lines


def test_a_bracket_closing_a_number_it_never_opened_sends_the_phones_to_review():
    parsed = parse_card(_wagner("3132767133)"), default_region="AT")
    assert [p.e164 for p in parsed.contact.phones] == ["+4313132767133"]
    assert "+bracket-end" in parsed.evidence["phones"]
    assert parsed.confidence["phones"] < REVIEW_BELOW


def test_a_number_ending_its_row_bare_is_not_doubted_so():
    parsed = parse_card(_wagner("31327671331"), default_region="AT")
    assert [p.e164 for p in parsed.contact.phones] == ["+43131327671331"]
    assert "+bracket-end" not in parsed.evidence["phones"]


def test_a_bracket_closed_before_opens_nothing():
    lines = _wagner("3132767133)")
    lines[3] = as_read(
        [("Tel.", 0.95, 481, 543, 60, 35), ("(01)", 0.96, 567, 543, 60, 35),
         ("3132767133)", 0.79, 640, 543, 245, 36)],
    )[0]  # fmt: skip
    assert "+bracket-end" in parse_card(lines, default_region="AT").evidence["phones"]


def test_a_bracket_the_row_left_open_is_printed():
    # "(01 31327671331)": the whole number in brackets
    lines = _wagner("3132767133)")
    lines[3] = as_read(
        [("Tel.", 0.95, 481, 543, 60, 35), ("(01", 0.96, 567, 543, 60, 35),
         ("31327671331)", 0.95, 640, 543, 245, 36)],
    )[0]  # fmt: skip
    parsed = parse_card(lines, default_region="AT")
    assert parsed.contact.phones
    assert "+bracket-end" not in parsed.evidence["phones"]


def _nexus(group: str) -> list[Line]:
    # Fresh photo seed 661 card 90 as read: "Tel 0039 055 357 0918", its 055 read "OSS".
    return as_read(
        [("Nexus", 0.93, 325, 99, 144, 37), ("S.p.A.", 0.87, 483, 99, 126, 49)],
        [("MATTEO", 0.96, 90, 339, 523, 59), ("LA", 0.94, 726, 340, 130, 58),
         ("ROSA", 0.94, 971, 340, 324, 59)],
        [("Buyer", 0.96, 89, 427, 106, 42)],
        [("Tet", 0.91, 91, 546, 38, 24), ("0039", 0.95, 138, 546, 65, 24),
         (group, 0.74, 210, 546, 47, 24), ("357", 0.92, 267, 546, 47, 24),
         ("0918", 0.95, 322, 547, 65, 23)],
        [("M.1+39-334-051-1340", 0.95, 88, 584, 301, 28)],
        [("m.larosa@nexus.it", 0.95, 87, 622, 239, 25)],
        [("50119", 0.93, 88, 732, 79, 24), ("Firenze", 0.96, 175, 732, 92, 24),
         ("(FI)", 0.85, 275, 732, 41, 27)],
        [("Italia", 0.89, 87, 769, 68, 24)],
    )  # fmt: skip


def test_a_group_of_digits_read_whole_as_letters_leaves_a_number_unread():
    assert lookalike_groups("Tet 0039 OSS 357 0918") == "Tet 0039 055 357 0918"
    assert number_like("Tet 0039 OSS 357 0918")
    parsed = parse_card(_nexus("OSS"), default_region="IT")
    assert [p.e164 for p in parsed.contact.phones] == ["+393340511340"]
    assert parsed.evidence["phones"] == "unread"
    assert parsed.confidence["phones"] < REVIEW_BELOW


def test_letters_no_number_opens_are_no_digits():
    assert lookalike_groups("Via Statale SS 114") == "Via Statale SS 114"
    assert lookalike_groups("0039 OSSOS 357") == "0039 OSSOS 357"  # five letters: a word
    # A certificate's line: its first group opens no number (no trunk 0, no +)
    for line in ("ISO 9001 ISO 14001", "2023 ISO 9001", "DIN EN 1090 ISO 3834", "8 SOS 24"):
        assert lookalike_groups(line) == line
        assert not number_like(line)


def test_the_office_line_read_right_stays_sure():
    parsed = parse_card(_nexus("055"), default_region="IT")
    assert "+390553570918" in [p.e164 for p in parsed.contact.phones]
    assert parsed.confidence["phones"] >= REVIEW_BELOW


def test_a_one_line_address_names_its_country_with_its_comma_lost():
    # Fresh photo seed 654 card 62: "13004" is a German postcode's shape as much as a French
    # one's; Marseille is French alone.
    assert town_regions(["65 bis allee des Tilleuls 13004 Marseille"]) == ["FR"]
    assert town_regions(["65 bis allee des Tilleuls, 13004 Marseille"]) == ["FR"]
    # A number's last group before a word is no postcode: a town must end the line.
    assert town_regions(["Mobil 0151 2345 Hamburg Office"]) == []
    # A US suite's number before a town some country shares a name with
    assert town_regions(["Suite 1200 Vienna, VA 22182"]) == []
    assert town_regions(["1500 Main Street Suite 1200 Vienna"]) == []
    assert town_regions(["12 Main St Fax 1234 Wien"]) == []


def test_an_unprefixed_number_beside_that_address_is_french():
    lines = as_read(
        [("DR", 0.96, 549, 89, 87, 47), ("BEATRICE", 0.96, 663, 80, 303, 57),
         ("MARTINEZ", 0.97, 994, 90, 322, 48)],
        [("Ingenieur", 0.97, 945, 205, 176, 38), ("d'affaires", 0.97, 1121, 205, 195, 38)],
        [("Etoile", 0.96, 92, 359, 135, 39), ("Informatique", 0.96, 249, 359, 317, 47),
         ("S.A", 0.96, 587, 360, 79, 38)],
        [("T.", 0.86, 980, 379, 35, 46), ("|", 0.88, 1025, 384, 3, 33),
         ("04.92.2128.15", 0.51, 1044, 383, 271, 34)],
        [("E-mail", 0.98, 626, 426, 109, 29), (":", 0.98, 753, 437, 4, 17),
         ("beatrice.martinez@etoile.com", 0.98, 775, 427, 541, 34)],
        [("65", 0.99, 606, 514, 41, 28), ("bis", 0.99, 647, 514, 61, 28),
         ("allee", 0.99, 708, 514, 101, 28), ("des", 0.99, 809, 514, 61, 28),
         ("Tilleuls", 0.99, 870, 514, 162, 28), ("13004", 0.99, 1032, 514, 101, 28),
         ("Marseille", 0.99, 1133, 514, 183, 28)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert [p.e164 for p in parsed.contact.phones] == ["+33492212815"]


def test_an_i_read_l_by_both_other_readings_is_disputed():
    # Fresh photo seed 655 card 42: "Llewellyn" read Liewellyn by Tesseract, accepted beside
    # lagroup.co.uk at domain+legal+other/hi.
    rapid = ["Llewellyn Analytics LLP"]
    assert l_read_twice("Liewellyn Analytics LLP", rapid, ["Liewellyn Analytics LLP", *rapid])
    # RapidOCR alone reads a thin stroke l: no dispute without an enlarged reading to side with it
    assert not l_read_twice("Liewellyn Analytics LLP", rapid, ["Liewellyn Analytics LLP"])
    # A capital I read l by RapidOCR and i by the enlarged readings ("Distribucion Iberia", 658/34)
    assert not l_read_twice("Distribucion Iberia S.A.", ["Distribucion lberia S.A."],
                            ["Distribucion Iberia S.A.", "Distribuci6n Iberia S.A."])  # fmt: skip
    # A capital I every reading reads l: a sans face's I is an l's stroke
    lberia = ["Distribucion lberia S.A."]
    assert not l_read_twice("Distribucion Iberia S.A.", lberia, lberia)
    # A row RapidOCR read no word of
    assert not l_read_twice("Liewellyn Analytics LLP", ["—"], rapid)


def test_the_company_goes_to_review_on_the_card():
    lines = as_read(
        [("Liewellyn", 0.92, 355, 229, 270, 55), ("Analytics", 0.96, 647, 229, 268, 54),
         ("LLP", 0.97, 938, 229, 110, 42)],
        [("Steven", 0.96, 467, 329, 226, 50), ("O'Neill", 0.95, 718, 329, 215, 50)],
        [("Controller", 0.97, 602, 468, 198, 35)],
        [("Tel:", 0.95, 537, 585, 61, 29), ("0113", 0.95, 611, 586, 83, 28),
         ("735", 0.96, 707, 586, 63, 28), ("2789", 0.96, 782, 586, 84, 28)],
        [("Email:", 0.93, 469, 681, 100, 29), ("oneill@lagroup.co.uk", 0.88, 581, 681, 355, 36)],
    )  # fmt: skip
    for line in lines:
        line.recheck = (line.text, 0.97)
    lines[0].recheck = ("Llewellyn Analytics LLP", 0.98)
    lines[0].enlarged = ("Liewellyn Analytics LLP", "Llewellyn Analytics LLP")
    parsed = parse_card(lines, default_region="GB")
    assert "+enlarged" in parsed.evidence["organization"]
    assert parsed.confidence["organization"] < REVIEW_BELOW
    lines[0].enlarged = ("Liewellyn Analytics LLP", "Liewellyn Analytics LLP")
    assert "+enlarged" not in parse_card(lines, default_region="GB").evidence["organization"]


def test_a_mended_single_address_at_mid_goes_to_review():
    # 10 of 11 over the seen photos: "dlisabeth, schulz @deha.ch" mended to schulz@delta.ch
    assert probability("emails", "name+domain+repaired/single/mid") < REVIEW_BELOW
    assert probability("emails", "name+domain+repaired/single/lo") < REVIEW_BELOW


def _vesta(tail: str) -> list[Line]:
    # Fresh photo seed 637 card 31 as read: "Andrew Smith Jr." spaced wide, its suffix a line.
    return as_read(
        [("Direct:", 0.97, 726, 92, 78, 21), ("1-312-993-7753", 0.88, 816, 92, 187, 21)],
        [("andrew.smith@vis.com", 0.92, 725, 129, 274, 27)],
        [(tail, 1.00, 560, 259, 77, 37)],
        [("Andrew", 0.96, 89, 261, 212, 25), ("Smith", 0.96, 348, 262, 163, 24)],
        [("Senior", 1.00, 85, 297, 52, 27), ("Buyer", 1.00, 145, 297, 46, 27)],
        [("VESTA", 0.78, 88, 334, 74, 16), ("INDUSTRIAL", 0.94, 168, 334, 140, 17),
         ("SUPPLY", 0.96, 314, 334, 85, 17), ("CORPORATION", 0.96, 404, 334, 170, 17)],
    )  # fmt: skip


def test_a_suffix_on_the_names_row_is_the_names_last_word():
    parsed = parse_card(_vesta("Jr."), default_region="US")
    assert parsed.contact.name.full == "Andrew Smith Jr."
    # Joined across the gap and unchecked by the address: a person looks.
    assert parsed.confidence["name"] < REVIEW_BELOW


def test_a_suffix_of_another_size_is_not_joined():
    # A logo's "IV" three times the name's height, a speck's "Sr." a third of it
    for tail, height in (("IV", 90), ("Sr.", 8)):
        lines = _vesta(tail)
        lines[2].words[0].height = height
        assert parse_card(lines, default_region="US").contact.name.full == "Andrew Smith"


def test_a_label_glued_by_a_dash_to_its_number_leaves_it_unread():
    # Fresh photo seed 681 card 16: "Mob | 392.565.8042", its bar read "-1" and glued
    assert number_like("Mob-1392565.8042")
    lines = as_read(
        [("Tel.", 0.92, 801, 91, 37, 21), ("|", 0.93, 850, 93, 5, 23),
         ("0116274070", 0.90, 866, 92, 144, 21)],
        [("Mob-1392565.8042", 0.91, 800, 125, 241, 24)],
        [("Paolo", 0.97, 92, 308, 219, 64), ("Giordano", 0.96, 339, 308, 372, 66)],
        [("Coppola", 0.93, 85, 487, 205, 53), ("&", 0.91, 307, 490, 35, 38),
         ("C.", 0.90, 361, 490, 41, 38), ("S.n.c.", 0.91, 421, 490, 128, 39)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="IT")
    assert [p.e164 for p in parsed.contact.phones] == ["+390116274070"]
    assert parsed.evidence["phones"] == "unread"
    # An identity number glued to its letters runs on in one group: no number
    assert not number_like("DNI-12345678Z")


def test_a_logos_initial_read_glued_to_the_company_is_disputed():
    # Fresh photo seed 682 card 100: a logo's H square read into "HHELIX CORPORATION", beside
    # hgroup.co.jp (no domain spells the name to drop it); both engines read HHELIX.
    enlarged = ["He HE LIX CORPORATION", "11) HELIX CORPORATION:"]
    assert mark_read_as_letter("HHELIX CORPORATION", enlarged)
    assert not mark_read_as_letter("HELIX CORPORATION", enlarged)
    # A Polish form printed first, read once enlarged; a Welsh Ll
    assert not mark_read_as_letter("PPHU Zenith", ["PPHU Zenith", "PHU Zenith"])
    assert not mark_read_as_letter("LLEWELLYN ANALYTICS", ["LEWELLYN ANALYTICS"])
