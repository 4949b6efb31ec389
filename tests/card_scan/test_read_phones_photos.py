"""Numbers on photos printed in all 17 font families (session 22): a full-width bracket, a
label's stop read as a comma, a region two clues tie on, a house number and postcode run into
a city, a country code before letters. Hand-made OCR lines as the photos read them; each failed
before its fix.
"""

from __future__ import annotations

from ocr_lines import stacked_lines as card

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.text_lines import Line, Word


def _phones(*rows: str, region: str = "US") -> list[str]:
    contact = parse_card(card(*rows), default_region=region).contact
    return sorted(f"{p.e164}/{p.kind.value}" for p in contact.phones)


def test_a_full_width_bracket_opens_an_area_code():
    # "（617) 879-9992" (s85 photo 27), "+31（0)6 55028742" (s85 photo 44): the number unread.
    assert _phones(("Ann Lee", 44), "（617) 879-9992", "ann@lee.com") == ["+16178799992/work"]
    rows = [("Jan de Vries", 44), "+31 40 973 0987", "+31（0)6 55028742", "jan@vries.nl"]
    assert _phones(*rows) == ["+31409730987/work", "+31655028742/cell"]


def test_a_label_whose_stop_reads_as_a_comma_still_names_its_number():
    # "F, +39 011 955 0325" (s100 photo 158), "F, | 055.291.8861" (s89 photo 39): the fax was
    # stored as an office line and accepted.
    rows = [("Giulia Greco", 44), "Tel. +39 011 535 1777", "F, +39 011 955 0325", "g@greco.it"]
    assert _phones(*rows) == ["+390115351777/work", "+390119550325/fax"]
    rows = [("Giulia Greco", 44), "Tel. | 055 500 8128", "F, | 055.291.8861", "g@greco.it"]
    assert _phones(*rows) == ["+390552918861/fax", "+390555008128/work"]
    # A comma after a word that is no label is an address's.
    rows = [("Ana Ruiz", 44), "Tel. 954 39 82 03", "Gran Via, 76", "41065 Sevilla", "a@ruiz.es"]
    assert _phones(*rows) == ["+34954398203/work"]


def test_a_firms_clue_wins_a_tie_with_a_foreign_mobiles_country():
    # s106 photos 45 and 96: "B.V." (0.3) against a German mobile's +49 (0.3); "040-834-0048"
    # was read in Hamburg and accepted, not in Eindhoven.
    rows = [("Rutger Jacobs", 44), "® +49 1514 5200996", "Waddenzee Holding B.V.", "@ 040-834-0048"]
    assert _phones(*rows) == ["+31408340048/work", "+4915145200996/cell"]


def test_a_house_number_and_postcode_run_into_a_city_are_no_number():
    # "69/39 - 00-206 Warszawa" (s106 photo 22), its street word lost: read as a Polish mobile
    # 693 900 206 and accepted; "FriedrichstraBe 169 - 70876 Stuttgart" (s85 photo 76).
    rows = [("Anna Nowak", 44), "@ 22-973-43-44", "693-132-926", "69/39 - 00-206 Warszawa"]
    assert _phones(*rows, region="PL") == ["+48229734344/work", "+48693132926/cell"]
    rows = [("Max Albrecht", 44), "T 0711/6987 15691", "FriedrichstraBe 169 - 70876 Stuttgart"]
    assert _phones(*rows, region="DE") == ["+49711698715691/work"]
    # A label after a number is followed by its own number: "Mév. 714 22 44 34" is one.
    rows = [("Ana Ruiz", 44), "Tif. 949234152 Mév. 714 22 44 34", "48021 Bilbao"]
    assert _phones(*rows, region="ES") == ["+34714224434/cell", "+34949234152/work"]


def test_a_country_code_before_letters_is_a_number_not_read():
    # "Mobile +1 ores" (s82 photo 44), "© +44 @y79% Sonen2" (s93 photo 54): the number read as
    # letters; the card's other number was accepted and this one lost without a flag.
    rows = [("Emma Clark", 44), "Sales Director", "+1 312-746-6813", "Mobile +1 ores", "USA"]
    assert parse_card(card(*rows), default_region="US").evidence["phones"] == "unread"
    rows[3] = "Mobile +1 312-906-1926"
    assert parse_card(card(*rows), default_region="US").evidence["phones"] != "unread"


def _level(*rows: str | tuple[str, int], region: str = "US") -> str:
    return parse_card(card(*rows), default_region=region).evidence["phones"]


def test_a_numbers_end_read_on_a_line_of_its_own_is_a_number_not_read():
    # "Tel:+43 1 260637" | "3722448" (s88 photo 83): the row read twice in part, the number
    # taken with its last digits lost and accepted.
    rows = [("Jörg Kraus", 44), "Tel:+43 1 260637", "3722448", "joerg@kraus.at"]
    assert _level(*rows, region="AT") == "unread"
    # A postcode alone on a line is none (four or five digits, or "100-0005" with its dash).
    rows = [("Jörg Kraus", 44), "Tel:+43 1 26063722448", "1010", "joerg@kraus.at"]
    assert _level(*rows, region="AT") != "unread"


def test_a_grouped_numbers_end_beside_a_number_read_is_a_number_not_read():
    # "IN€4206) 483-3335 Tel | 212-647-2901" (s104 photo 8): "(206)" glued to the company's
    # "INC", the mobile lost while the two other numbers were accepted.
    rows = [("Jennifer Smith", 44), "483-3335 Tel: 212-647-2901", "Fax: (212) 794-1712"]
    assert _level(*rows) == "unread"
    # Both numbers of a row read: nothing left.
    rows = [("Jennifer Smith", 44), "(206) 483-3335 Tel: 212-647-2901", "Fax: (212) 794-1712"]
    assert _level(*rows) != "unread"


def test_a_towns_umlaut_read_as_a_digit_still_names_the_postcodes_country():
    # "FriedrichstraBe 73 - 50270 K6in" (s80 photo 41): with the town unread as one, the only
    # clue was the Austrian mobile, and Köln's office number was read and accepted in Austria.
    rows = [("JAN MEIER", 44), "Zenith-Werke GmbH", "T: 0221-39877758 05 M: +43 (0)699 31428612"]
    rows.append("FriedrichstraBe 73 - 50270 K6in")
    assert _phones(*rows) == ["+4369931428612/cell", "+492213987775805/work"]


def test_a_shared_legal_forms_countries_read_a_number_no_clue_reads():
    # "Altair Analytics Limited" (s81a photo 43), "Nordwind AG" (s105 photo 77): no clue to the
    # card's country, the national numbers unread in the default region; read in the form's
    # countries, doubted (``hint-region``).
    rows = [("James Khan", 44), "Altair Analytics Limited", "B 020 7904 2908", "© 07983 883367"]
    assert _phones(*rows) == ["+442079042908/work", "+447983883367/cell"]
    assert _level(*rows).startswith("hint-region")
    rows = [("Johannes Klein", 44), "Nordwind AG", "© 0171 602 3736", "@ 069/69239001"]
    assert _phones(*rows) == ["+491716023736/cell", "+496969239001/work"]
    # Only a number with its trunk 0: "36 - 4028 Linz" (a house number and a postcode) is
    # none, though Germany has numbers that short.
    rows = [("Jan Baumann", 44), "Donautal AG", "+43 676 4181388", "RingstraBe 36 - 4028 Linz"]
    assert _phones(*rows) == ["+436764181388/cell"]


def test_a_legal_form_read_with_a_slip_still_names_its_country():
    # "Vesta Holdings ple" (s91 photo 18): plc with its c read as e named no country, and the
    # three British numbers were left unread.
    rows = [("Deborah Evans", 44), "Vesta Holdings ple", "Mobile: 07834 911620", "T 0131 448 9477"]
    assert _phones(*rows) == ["+441314489477/work", "+447834911620/cell"]


def test_co_ltd_reads_a_number_no_clue_reads_in_east_asia():
    # "A Kondo Denki Co., Ltd." | "TEL | 052-546-2260" (s90 photo 73): read in Japan, doubted.
    rows = [("SUZUKI MAI", 44), "Kondo Denki Co., Ltd.", "TEL | 052-546-2260"]
    assert _phones(*rows) == ["+81525462260/work"]
    assert _level(*rows).startswith("hint-region")


def test_a_hinted_region_no_number_of_the_card_backs_alone_is_doubted():
    # "Donautal GmbH" | "0650 1675886" | "(0732) 726345110" (s94 photo 61): no clue but the
    # form, whose countries are Germany, Austria and Switzerland; both numbers are valid in
    # Germany and Austria alike, read in Germany first: the Austrian card's numbers were wrong.
    # The mobile is grouped as Austria prints it too (phone_grouping: "+grouped", session 47).
    rows = [("Johannes Berger", 44), "Donautal GmbH", "0650 1675886", "(0732) 726345110"]
    assert _level(*rows).startswith("hint-region+shared")
    assert probability("phones", _level(*rows)) < REVIEW_BELOW
    # A Berlin number beside a mobile: valid in Germany alone, it names the card's country.
    rows = [("Stefanie Koch", 44), "Nordwind GmbH", "T 030-69400850", "M 0176 23980339"]
    assert _phones(*rows) == ["+4917623980339/cell", "+493069400850/work"]
    assert _level(*rows).startswith("hint-region/")
    assert probability("phones", _level(*rows)) >= REVIEW_BELOW


def test_a_scrap_beside_the_only_number_read_doubts_the_numbers():
    # Session 25 pool, s104 photo 44: "4, io |" (read at 0.2) under "Tél.+33243395133", the
    # mobile's row lost to it; the office number went in at bare+intl/hi as if alone.
    def at(text: str, left: int, top: int, conf: float = 0.95, height: int = 20) -> Line:
        return Line([Word(text, conf, left, top, 14 * len(text), height)])

    rows = [
        at("Tél.+33243395133", 999, 84),
        at("quantum.fr", 1046, 140),
        at("93 boulevard Haussmann 44078 Nantes France", 751, 172),
        at("Stéphanie David", 88, 292, height=60),
        at("Managing Director", 91, 378, height=40),
        at("QUANTUM SAS", 87, 519, height=44),
    ]
    parsed = parse_card(
        [*rows[:1], at("4, io |", 964, 111, conf=0.2), *rows[1:]], default_region="US"
    )
    assert parsed.evidence["phones"].endswith("+debris/hi")
    assert probability("phones", parsed.evidence["phones"]) < REVIEW_BELOW
    # Read sure, the line is no scrap: the number stands as before.
    parsed = parse_card(
        [*rows[:1], at("4, io |", 964, 111, conf=0.9), *rows[1:]], default_region="US"
    )
    assert "+debris" not in parsed.evidence["phones"]
