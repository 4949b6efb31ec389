"""Phone numbers: digits misread (a bar or a plus read as a digit, a trunk zero in brackets),
two numbers on one line parted, a number parted across a gap joined, house numbers and postcodes
that are no number, and the country a national number is read in (a company named like a
postcode casts no vote). Hand-made OCR lines as Tesseract gave them, or printed and read back;
each failed before its fix."""

from __future__ import annotations

import pytest
from ocr_lines import conf_line as _line
from ocr_lines import rated_lines
from ocr_lines import worded_card as _read
from printed import hand_lines as _lines
from printed import phones, read_card, to_review, worded_lines

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.text_lines import Line, Word


def _e164(lines: list[Line], region: str = "US") -> set[str]:
    return {p.e164 for p in parse_card(lines, default_region=region).contact.phones}


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


def test_a_bar_read_as_a_one_before_a_number_without_a_trunk_zero():
    # "tel.158 507 82 53": Poland dials no trunk 0, so the rule for "Tel |0521" missed it.
    lines = [
        _line(20, ("Ewa", 0.96), ("Malinowska", 0.96)),
        _line(70, ("Prisma", 0.96), ("S.A.", 0.96)),
        _line(120, ("tel.158", 0.93), ("507", 0.96), ("82", 0.96), ("53", 0.96)),
        _line(170, ("pl.", 0.96), ("Grunwaldzki", 0.96), ("26", 0.96), ("-", 0.9),
              ("80-555", 0.96), ("Gdansk", 0.96)),
    ]  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert {p.e164 for p in parsed.contact.phones} == {"+48585078253"}
    assert parsed.evidence["phones"].startswith("repaired")


def test_a_bar_between_a_number_and_an_email_read_as_a_one():
    # "T: 044 498 94 001paul. fontaine@vistola.ch": the number ran into the address.
    lines = [
        _line(20, ("PAUL", 0.96), ("FONTAINE", 0.96)),
        _line(70, ("Vistola", 0.96), ("Metal", 0.96), ("AG", 0.96)),
        _line(120, ("T:", 0.93), ("044", 0.95), ("498", 0.95), ("94", 0.95), ("001paul.", 0.8),
              ("fontaine@vistola.ch", 0.9)),
        _line(170, ("Bahnhofstrasse", 0.95), ("220,", 0.95), ("8001", 0.95), ("Zurich,", 0.95),
              ("Switzerland", 0.95)),
    ]  # fmt: skip
    assert _e164(lines) == {"+41444989400"}


def test_a_plus_read_as_a_digit_before_the_country_code():
    # "T143 (0)732 ..." (+43, Austria, the card's land misread) and "431 10 824 8534" (+31 on a
    # Dutch card): read as no number, the card's phones were unread; with the plus put back
    # the number is read, measured apart ("repaired") so a person looks.
    dutch = [
        _line(20, ("ANOUK", 0.95), ("HENDRIKS", 0.96)),
        _line(70, ("431", 0.80), ("10", 0.84), ("824", 0.95), ("8534", 0.96)),
        _line(120, ("Kerkstraat", 0.91), ("180", 0.97)),
        _line(170, ("3039", 0.95), ("NA", 0.95), ("Rotterdam", 0.95)),
        _line(220, ("Nederland", 0.96)),
    ]
    parsed = parse_card(dutch, default_region="US")
    assert {p.e164 for p in parsed.contact.phones} == {"+31108248534"}
    assert parsed.evidence["phones"].startswith("repaired")
    austrian = [
        _line(20, ("STEFAN", 0.95), ("HOFFMANN", 0.95)),
        _line(70, ("T143", 0.9), ("(0)732", 0.9), ("2191741296", 0.9)),
        _line(120, ("Fax:143", 0.9), ("732", 0.9), ("21917499", 0.9)),
    ]
    # The fax's "+43" is put back by the country the office number above was read in.
    assert _e164(austrian) == {"+437322191741296", "+4373221917499"}


def test_no_plus_is_read_into_a_house_number():
    # "ul. Diuga 143/33 - 80-127 Gdansk": a 1 before a house number after a word that is no
    # phone label is no plus.
    lines = [
        _line(20, ("Marcin", 0.95), ("Wisniewski", 0.95)),
        _line(70, ("@", 0.9), ("58-913-85-41", 0.95)),
        _line(120, ("e-mail:", 0.95), ("marcin@systemydelta.pl", 0.95)),
        _line(170, ("ul.", 0.95), ("Diuga", 0.95), ("143/33", 0.95), ("-", 0.9), ("80-127", 0.95),
              ("Gdansk", 0.95)),
    ]  # fmt: skip
    assert _e164(lines) == {"+48589138541"}


def test_an_area_code_in_brackets_is_no_international_prefix_before_00():
    # "Mobil: (01516) 0095658": the subscriber's "00" was read as a prefix ("+95658").
    lines = [
        _line(20, ("Alexandra", 0.96), ("Neuman", 0.96)),
        _line(70, ("Wagner", 0.96), ("Logistik", 0.96), ("GmbH", 0.96)),
        _line(120, ("Mobil:", 0.93), ("(01516)", 0.95), ("0095658", 0.95)),
        _line(170, ("Bahnhofstr.", 0.95), ("12,", 0.95), ("33602", 0.95), ("Bielefeld,", 0.95),
              ("Deutschland", 0.95)),
    ]  # fmt: skip
    assert _e164(lines) == {"+4915160095658"}


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


def test_a_house_number_and_postcode_after_a_street_of_no_street_word_are_no_number():
    # "Im Gewerbepark 213 - 70019 Stuttgart": eight digits in a row read as a phone printed and
    # not read, so a card with its one number read right went to review (3 tuning scans).
    lines = [
        _line(20, ("Alexandra", 0.96), ("Schmid", 0.96)),
        _line(70, ("Schwarz", 0.96), ("GmbH", 0.96), ("&", 0.96), ("Co.", 0.96), ("KG", 0.96)),
        _line(120, ("Telefon", 0.96), ("0711", 0.96), ("259408-0", 0.95)),
        _line(170, ("E", 0.9), ("alexandra.schmid@schwarz.com", 0.95)),
        _line(220, ("Im", 0.96), ("Gewerbepark", 0.96), ("213", 0.96), ("-", 0.9),
              ("70019", 0.96), ("Stuttgart", 0.96)),
    ]  # fmt: skip
    parsed = parse_card(lines, default_region="DE")
    assert parsed.evidence["phones"] != "unread"
    assert "phones" not in to_review(parsed)
    # A number left unread on such a card still says so.
    unread = [*lines, _line(270, ("Mobil", 0.9), ("0171", 0.5), ("g520", 0.4), ("561", 0.9))]
    assert parse_card(unread, default_region="DE").evidence["phones"] == "unread"


def test_a_house_number_and_postcode_before_the_country_are_no_number():
    # "Friedrichstra&e 173 - 10970 Berlin - Deutschland" (ß read &, so no street word).
    lines = [
        _line(20, ("Jan", 0.96), ("Scholz", 0.96)),
        _line(70, ("Mobil:", 0.96), ("+49", 0.96), ("176", 0.96), ("99329740", 0.96)),
        _line(120, ("Friedrichstra&e", 0.9), ("173", 0.96), ("-", 0.9), ("10970", 0.96),
              ("Berlin", 0.96), ("-", 0.9), ("Deutschland", 0.96)),
    ]  # fmt: skip
    parsed = parse_card(lines, default_region="DE")
    assert [p.e164 for p in parsed.contact.phones] == ["+4917699329740"]  # the mobile, alone
    assert parsed.evidence["phones"] != "unread"


def test_two_numbers_grouped_by_dots_on_one_line_are_both_read():
    # "Cell: 212.656.4253 617.805.8977": the matcher took both for one run and read no number
    # at all. The second, without a label of its own, stays doubted as before.
    parsed = read_card(
        ("GEORGE LEWIS", 47), "Zenith Corp.", "Cell: 212.656.4253 617.805.8977",
        "Email: george.lewis@zenith.com",
    )  # fmt: skip
    assert [e164 for e164, _ in phones(parsed)] == ["+12126564253", "+16178058977"]
    assert "phones" in to_review(parsed)


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


def test_two_numbers_each_after_00_and_its_country_code_are_read_apart():
    # Seed 11 photo 46: "Movil 0034 645 00 51 34 0034 919 83 79 90". The matcher reads the run
    # as nothing; parting it at the one space that leaves two whole numbers failed, as "00"
    # read as "+" left each part a digit short of its text: the phones were unread.
    lines = [
        _line(20, ("José", 0.96), ("Maria", 0.96), ("Serrano", 0.96), ("Gomez", 0.96)),
        _line(70, ("Controller", 0.96)),
        _line(120, ("Movil", 0.95), ("0034", 0.93), ("645", 0.94), ("00", 0.93), ("51", 0.94),
              ("34", 0.93), ("0034", 0.94), ("919", 0.93), ("83", 0.94), ("79", 0.93),
              ("90", 0.94)),
        _line(170, ("Ramirez", 0.95), ("Sistemas", 0.94), ("S.L.", 0.92)),
        _line(220, ("jose@ramirezsistemas.es", 0.96)),
    ]  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    kinds = {p.e164: p.kind.value for p in parsed.contact.phones}
    assert kinds == {"+34645005134": "cell", "+34919837990": "work"}
    assert "phones" not in to_review(parsed)


def test_a_number_parted_across_a_gap_is_joined():
    # "T. | 01 25 21" and, a blur's gap further on the same row, "3115": the office number
    # was lost and the card's phones unread. Joined, it is read, measured apart ("gap").
    row = _line(470, ("T.", 0.92), ("|", 0.82), ("01", 0.82), ("25", 0.95), ("21", 0.94), left=600)
    rest = Line([Word("3115", 0.94, row.right + 75, 472, 40, 24)])
    lines = [
        _line(20, ("Marie", 0.97), ("Roussel", 0.97)),
        _line(420, ("Mob.", 0.97), ("|", 0.95), ("07", 0.95), ("93", 0.94), ("23", 0.94),
              ("13", 0.95), ("77", 0.95), left=600),
        row,
        rest,
        _line(520, ("®", 0.73), ("marie.roussel@delta.fr", 0.91), left=600),
    ]  # fmt: skip
    parsed = parse_card(lines, default_region="FR")
    assert {p.e164 for p in parsed.contact.phones} == {"+33125213115", "+33793231377"}
    assert parsed.evidence["phones"].startswith("gap")
    # A row of digits further off is another column's: not joined.
    far = Line([Word("3115", 0.94, row.right + 200, 472, 40, 24)])
    assert "+33125213115" not in _e164([*lines[:3], far, lines[4]], "FR")


def test_two_scraps_of_a_number_whose_boxes_overlap_read_their_shared_digit_once():
    # As blind seed 1 photo 67 came out: "© +4" and, overlapping its end, "41791408553" (the
    # "4" of +41 read in both); joined plainly, "+4 41791408553" is no number.
    lines = [
        _line(20, ("Catherine", 0.96), ("Fournier", 0.96)),
        _line(70, ("+33(0)329848174", 0.93)),
        Line([Word("©", 0.94, 494, 808, 26, 31), Word("+4", 0.94, 547, 808, 45, 31)]),
        Line([Word("41791408553", 0.99, 588, 797, 260, 38)]),
        _line(170, ("lumen.fr", 0.95)),
    ]
    parsed = parse_card(lines, default_region="FR")
    assert {p.e164 for p in parsed.contact.phones} == {"+33329848174", "+41791408553"}
    assert parsed.evidence["phones"].startswith("gap")


def test_a_second_number_cut_short_after_its_label_sends_the_phones_to_review():
    # Blind seed 1 photo 662: "T +41 31879 7904 Natel +4179-942-", the mobile's end on the
    # next row not read; the office number alone was accepted at labelled+intl/hi (0.990).
    parsed = _read(
        ("Susanne Schäfer", 44),
        ("Schäfer & Cie SA", 36),
        "T +41 31879 7904 Natel +4179-942-",
        "E-Mail susanne.schaefer@schaefercie.ch",
        region="CH",
    )
    assert parsed.evidence["phones"] == "unread"
    assert parsed.confidence["phones"] < REVIEW_BELOW


def test_an_unsure_north_american_number_without_its_country_code_goes_to_review():
    # "(415) 699-2278" for 899: nearly any ten digits are valid there, so the slip passed the
    # number's only check and was accepted at bare/mid.
    lines = [
        _line(20, ("Nova", 0.96), ("Industrial", 0.96), ("Supply", 0.96), ("Corporation", 0.96)),
        _line(70, ("Jonathan", 0.96), ("Thompson", 0.95), ("Jr.", 0.95)),
        _line(120, ("(415)", 0.95), ("699-2278", 0.85)),
        _line(170, ("M.", 0.93), ("1-617-216-3956", 0.94)),
        _line(220, ("E:", 0.95), ("j.thompson@novaindustrial.com", 0.95)),
    ]
    parsed = parse_card(lines, default_region="US")
    assert parsed.evidence["phones"] == "bare+dense/mid"
    assert "phones" in to_review(parsed)
    # Read surely, or in a sparser plan, the same shape is still accepted.
    sure = [*lines[:2], _line(120, ("(415)", 0.95), ("699-2278", 0.95)), *lines[3:]]
    assert "phones" not in to_review(parse_card(sure, default_region="US"))


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


def test_a_british_postcode_with_its_inward_digit_read_as_a_letter_names_britain():
    # Seed 11 photo 42: "... London - EC2T SHU" (5HU) on a .com card: no region named Britain,
    # so "020 7591 0667" and "Mob: 07485 584808" were read in none and the phones were unread.
    lines = [
        _line(20, ("Daniel", 0.96), ("Walker", 0.96)),
        _line(70, ("Chief", 0.96), ("Financial", 0.96), ("Officer", 0.96)),
        _line(120, ("Ap", 0.95), ("Rhys", 0.95), ("&", 0.94), ("Price", 0.96), ("Ltd", 0.96)),
        _line(170, ("@", 0.91), ("020", 0.93), ("7591", 0.94), ("0667", 0.94)),
        _line(220, ("Mob:", 0.95), ("07485", 0.95), ("584808", 0.96)),
        _line(270, ("Email:", 0.93), ("walker.daniel@aprhys.com", 0.94)),
        _line(320, ("Unit", 0.95), ("9,", 0.94), ("Kingsway", 0.95), ("House,", 0.95),
              ("123", 0.96), ("King", 0.96), ("Street", 0.96), ("-", 0.9), ("London", 0.96),
              ("-", 0.9), ("EC2T", 0.93), ("SHU", 0.92)),
    ]  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    kinds = {p.e164: p.kind.value for p in parsed.contact.phones}
    assert kinds == {"+442075910667": "work", "+447485584808": "cell"}
    assert "phones" not in to_review(parsed)


def test_ten_digits_in_five_pairs_from_a_trunk_zero_hint_at_france():
    # "M. | 07.34.69.71.12 T. 01.77.32.35.07" on a card whose email's ending was misread
    # (here without its legal form too): no clue named France, so both numbers were read as
    # US, and as none.
    lines = [
        _line(20, ("Sébastien", 0.92), ("Richard", 0.95)),
        _line(70, ("Martin", 0.96), ("et", 0.96), ("Fils", 0.96)),
        _line(120, ("M.", 0.9), ("|", 0.9), ("07.34.69.71.12", 0.9), ("T.", 0.9),
              ("01.77.32.35.07", 0.9)),
    ]  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert {p.e164 for p in parsed.contact.phones} == {"+33734697112", "+33177323507"}
    assert parsed.evidence["phones"].startswith("hint-region")


def test_a_number_valid_only_where_its_label_is_written_is_read_and_doubted():
    # "Telefon:(030)54797143" on a card with no other clue to Germany: read as US, it was no
    # number. The label's language names Germany, tried after every clue and the default.
    lines = [
        _line(20, ("Klaus", 0.96), ("Moller", 0.96)),
        _line(70, ("Kruger", 0.96), ("Kunststoftechnik", 0.9), ("GmbH", 0.96)),
        _line(120, ("Telefon:(030)54797143", 0.93)),
    ]
    parsed = parse_card(lines, default_region="US")
    assert {p.e164 for p in parsed.contact.phones} == {"+493054797143"}
    # Valid in Germany alone of the label's countries (session 24: 12 of 12 such on the pool).
    assert parsed.evidence["phones"].startswith("hint-region/")
    assert probability("phones", parsed.evidence["phones"]) >= REVIEW_BELOW


@pytest.mark.parametrize(
    ("label", "number", "e164"),
    [
        ("携帯", "090-1234-5678", "+819012345678"),  # Japan: the kana/kanji fold to nothing
        ("DĐ:", "0912 345 678", "+84912345678"),  # Vietnam: folds to "d", a direct line
        ("휴대폰", "010-1234-5678", "+821012345678"),
        ("手机", "139 1080 2345", "+8613910802345"),  # a Chinese mobile has no trunk 0
        ("puh.", "09 6129 400", "+35896129400"),  # Finland: an office line
    ],
)
def test_a_label_in_a_non_latin_script_or_a_smaller_language_hints_its_country(
    label: str, number: str, e164: str
) -> None:
    # The real cards of the issue came from Japan and Vietnam: a card whose only clue to its
    # country is its label's language read the number as US, and as none.
    lines = [
        _line(20, ("Sato", 0.96), ("Kenji", 0.96)),
        _line(70, ("Sales", 0.96), ("Manager", 0.96)),
        _line(120, (label, 0.9), (number, 0.93)),
    ]
    parsed = parse_card(lines, default_region="US")
    assert [p.e164 for p in parsed.contact.phones] == [e164]
    assert parsed.evidence["phones"].startswith("hint-region")


def test_eleven_digits_from_one_are_no_chinese_mobile_without_a_hint():
    lines = [
        _line(20, ("Sato", 0.96), ("Kenji", 0.96)),
        _line(70, ("Mobile", 0.9), ("139 1080 2345", 0.93)),
    ]
    assert parse_card(lines, default_region="US").contact.phones == []


def test_a_label_after_another_number_hints_too_and_no_lost_zero_is_guessed():
    # "Tel 089 7611641 2530 Handy 01516-4291274" on a card with no clue to Germany (held-out
    # blind seed 1 photo 623): "Handy" stood after a number, and a lost "0" of "00" put back
    # had read the mobile as "+1 516 ..." in the default region.
    lines = [
        _line(20, ("Dr.", 0.96), ("Johanna", 0.97), ("Schmidt", 0.97)),
        _line(70, ("VANTAGE", 0.97), ("AG", 0.97)),
        _line(120, ("Tel", 0.96), ("089", 0.96), ("7611641", 0.96), ("2530", 0.96),
              ("Handy", 0.92), ("01516-4291274", 0.92)),
        _line(170, ("Internet:", 0.91), ("https://vantage.com/en", 0.9)),
    ]  # fmt: skip
    assert _e164(lines) == {"+498976116412530", "+4915164291274"}


def test_a_national_number_on_tied_votes_is_read_in_the_labels_country():
    # b11 scan 071: "B.V." (NL, 0.3) against a German mobile's +49 (DE, 0.3); the Dutch 070
    # number is valid in Germany too and was stored +49 70 ... at labelled/hi.
    lines = worded_lines(
        ("VRIES INSTALLATIETECHNIEK B.V.", 24),
        ("Jacobus Timmermans", 46),
        ("Senior Software Engineer", 27),
        ("Tel. 070-654-3506", 24),
        ("Mobiel +49 170 0373947", 23),
        ("jacobust@vigroup.com", 30),
    )
    phones = parse_card(lines, default_region="US").contact.phones
    assert [p.e164 for p in phones] == ["+31706543506", "+491700373947"]


def test_a_company_named_like_a_british_postcode_casts_no_british_vote():
    # "B2B SAS" matched the British postcode pattern (the inward digit read as a letter), so
    # a French number printed without its code was read against a British vote.
    parsed = parse_card(
        rated_lines(
            ("Claire Martin", 60, 0.96),
            ("Directrice commerciale", 40, 0.95),
            ("B2B SAS", 50, 0.95),
            ("Tél. 01 42 68 53 00", 30, 0.95),
            ("claire.martin@b2b-groupe.com", 30, 0.95),
        ),
        default_region="US",
    )
    assert [p.e164 for p in parsed.contact.phones] == ["+33142685300"]
    assert parsed.evidence["phones"] == "labelled/hi"
