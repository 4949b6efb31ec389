"""Session 37 (phone37): phone rows and kinds photos lose. A fax's `F` read `PF`; a switchboard's
two numbers told by their extensions, one row read again without its label; a fax's row whose
first digit was read as a letter, or whose label was glued to the plus, left over; a one-line
address ending in its country after the postcode. Each beside the real shape it must leave."""

from __future__ import annotations

from dataclasses import replace

from ocr_lines import conf_line
from printed import to_review

from contactkit_plugins.card_scan.clues import country_in
from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.leftovers import number_like
from contactkit_plugins.card_scan.phone_kinds import extension_twinned
from contactkit_plugins.card_scan.phone_levels import ROW_SOURCE
from contactkit_plugins.card_scan.text_lines import Line


def _kinds(parsed: ParsedCard) -> dict[str, str]:
    return {p.e164 or "": str(p.kind.value) for p in parsed.contact.phones}


def _swiss(fax_label: str) -> ParsedCard:
    """A Zurich card as read on p386 card 19: the mobile, the office line, then the fax row."""
    lines = [
        conf_line(20, ("Maier", 0.93), ("&", 0.93), ("Cie", 0.96), ("Sarl", 0.97)),
        conf_line(70, ("Benedikt", 0.96), ("Beck", 0.96)),
        conf_line(120, ("+41", 0.94), ("76", 0.94), ("826", 0.94), ("7807", 0.94)),
        conf_line(170, ("+41", 0.94), ("44", 0.94), ("686", 0.94), ("2008", 0.94)),
        conf_line(
            220, (fax_label, 0.66), ("+41", 0.94), ("44", 0.94), ("688", 0.94), ("2100", 0.94)
        ),
        conf_line(270, ("b.beck@maier.ch", 0.95)),
        conf_line(320, ("Marktgasse", 0.91), ("209", 0.91)),
        conf_line(370, ("8092", 0.92), ("Zürich", 0.92)),
    ]
    return parse_card(lines, default_region="US")


def test_a_fax_label_read_pf_names_a_fax_to_review():
    parsed = _swiss("PF")
    assert _kinds(parsed)["+41446882100"] == "fax"
    assert "near-label" in parsed.evidence["phones"]
    assert "phones" in to_review(parsed)


def test_a_fax_label_read_plainly_stays_labelled():
    parsed = _swiss("Fax")
    assert _kinds(parsed)["+41446882100"] == "fax"
    assert "near-label" not in parsed.evidence["phones"]


def _reread(line: Line) -> Line:
    return replace(line, words=[replace(w, source=ROW_SOURCE) for w in line.words])


def _vienna(fax_row: Line) -> ParsedCard:
    """A Vienna card as read on p362 card 54: the office line with its extension, the mobile,
    and the fax's row (the same base, extension 99), read again by the second engine."""
    lines = [
        conf_line(20, ("DONAUTAL", 0.99), ("AG", 0.99)),
        conf_line(70, ("Franziska", 0.96), ("Meier", 0.96)),
        conf_line(120, ("01", 0.99), ("2291944", 0.99), ("5791", 0.99)),
        conf_line(170, ("Mobil", 0.94), ("0650", 0.94), ("1903448", 0.94)),
        fax_row,
        conf_line(270, ("Hauptplatz", 0.93), ("128", 0.93)),
        conf_line(320, ("1103", 0.95), ("Wien", 0.95)),
    ]
    return parse_card(lines, default_region="US")


def test_a_reread_row_sharing_the_office_lines_base_is_untold_to_review():
    parsed = _vienna(_reread(conf_line(220, ("(01)", 0.94), ("229194499", 0.94))))
    assert "untold" in parsed.evidence["phones"]
    assert "phones" in to_review(parsed)


def test_a_reread_row_with_its_fax_label_keeps_its_kind():
    parsed = _vienna(_reread(conf_line(220, ("Fax", 0.94), ("(01)", 0.94), ("229194499", 0.94))))
    assert _kinds(parsed)["+431229194499"] == "fax"
    assert "untold" not in parsed.evidence["phones"]


def test_extension_twins_share_a_base_and_differ_by_a_short_extension():
    assert extension_twinned("+43122919445791", "+431229194499")
    assert extension_twinned("+437326412710", "+43732641271199")
    # Another base, or the same length (``twinned``'s case), is no extension twin
    assert not extension_twinned("+43122919445791", "+431239194499")
    assert not extension_twinned("+4940352325", "+4940352326")
    # A mobile and an office line of one country share only their code
    assert not extension_twinned("+436501903448", "+43122919445791")


def test_a_labelled_row_whose_first_digit_reads_as_a_letter_is_a_number_lost():
    assert number_like("F G3-7767-086}")
    assert number_like("Th+48 BA7TRDM")


def test_a_label_glued_to_its_digits_or_a_word_before_a_short_code_is_no_such_row():
    assert not number_like("Tel. A 12")
    assert not number_like("Fax: B5 2")
    assert not number_like("AG+ Co")
    assert not number_like("Suite 4B")


def test_a_country_after_the_postcode_ending_a_one_line_address_names_the_card():
    assert country_in("14-22 Meeatoewa, (ety, Osada - 590-3028 Japan") == "JP"
    assert country_in("1-12-7 Sakae, Nishi-ku, Yokohama, 220-8154 Japan") == "JP"
    assert country_in("530-7005 Japan") == "JP"


def test_a_town_after_the_postcode_is_no_country():
    assert country_in("Via Roma 120 - 20100 Milano") is None
    assert country_in("Bahnhofstrasse 12 8001 Zürich") is None
    assert country_in("60158 Frankfurt am Main") is None


def test_a_japanese_card_whose_country_ends_its_address_reads_its_numbers_there():
    lines = [
        conf_line(20, ("Taiyo", 0.95), ("Corporation", 0.95)),
        conf_line(70, ("Tetsuya", 0.95), ("HASHIMOTO", 0.95)),
        conf_line(
            120,
            ("1-4-22", 0.9),
            ("Minatomirai,", 0.9),
            ("Kita-ku,", 0.9),
            ("Osaka", 0.9),
            ("-", 0.9),
            ("530-3326", 0.9),
            ("Japan", 0.9),
        ),
        conf_line(170, ("TEL:", 0.97), ("06-7275-4741", 0.97)),
    ]
    parsed = parse_card(lines, default_region="US")
    assert [p.e164 for p in parsed.contact.phones] == ["+81672754741"]


def _bern(office: tuple[str, ...]) -> ParsedCard:
    """A Bern card as read on p383 card 82: the direct line and the mobile on one row."""
    words = [("Direkt", 0.9), *((w, 0.9) for w in office), ("Natel:+41", 0.9), ("78", 0.9)]
    lines = [
        conf_line(20, ("Keller", 0.95), ("Treuhand", 0.95), ("AG", 0.95)),
        conf_line(70, ("Anna", 0.95), ("Keller", 0.95)),
        conf_line(120, *words, ("227", 0.9), ("9249", 0.9)),
        conf_line(170, ("anna.keller@keller-treuhand.ch", 0.95)),
    ]
    return parse_card(lines, default_region="US")


def test_a_trunk_zeros_bracket_read_as_a_one_is_put_back_to_review():
    parsed = _bern(("+41", "(0131", "99654", "47"))
    assert "+41319965447" in _kinds(parsed)
    assert parsed.evidence["phones"].startswith("repaired")
    assert "phones" in to_review(parsed)


def test_a_trunk_zero_printed_whole_or_its_bracket_lost_stays_as_read():
    parsed = _bern(("+41", "(0)31", "99654", "47"))
    assert "+41319965447" in _kinds(parsed)
    assert not parsed.evidence["phones"].startswith("repaired")
    parsed = _bern(("+41", "(031", "996", "54", "47"))
    assert "+41319965447" in _kinds(parsed)


def test_a_five_read_as_dollar_opening_a_group_is_put_back():
    from contactkit_plugins.card_scan.phone_text import fix_digits

    assert fix_digits("+43 664 $753383") == "+43 664 5753383"
    assert fix_digits("(415) $26-8227") == "(415) 526-8227"
    # a price or a postcode's mark follows no digit group
    assert fix_digits("$30-8768") == "$30-8768"
    assert fix_digits("from $199") == "from $199"


def _polish(office: str) -> ParsedCard:
    """A Polish card as read on p372 card 96: no address, no domain, only its labels' language."""
    lines = [
        conf_line(20, (office, 0.99)),
        conf_line(70, ("kom.:", 0.83), ("509-919-255", 0.97)),
        conf_line(120, ("fax:", 0.95), ("22", 0.95), ("409", 0.96), ("10", 0.95), ("00", 0.95)),
        conf_line(170, ("Pawel", 0.91), ("Kaminski", 0.95)),
        conf_line(220, ("Prezes", 0.92), ("Zarzadu", 0.89)),
        conf_line(270, ("Delta", 0.96), ("S.A.", 0.96)),
    ]
    return parse_card(lines, default_region="US")


def test_numbers_of_a_hinted_country_without_trunk_zero_are_read_to_review():
    parsed = _polish("22-483-32-46")
    assert _kinds(parsed) == {
        "+48224833246": "work",
        "+48509919255": "cell",
        "+48224091000": "fax",
    }
    assert "hint-region+closed" in parsed.evidence["phones"]
    assert "phones" in to_review(parsed)


def test_a_number_valid_where_the_card_is_read_stays_out_of_the_hint():
    # a US number printed as the US prints it is read as one, not as a Polish line
    parsed = _polish("(212) 555-0142")
    assert "+12125550142" in _kinds(parsed)


def test_a_bracket_lost_before_a_number_of_the_printed_code_stays_as_read():
    from contactkit_plugins.card_scan.phone_matches import read_numbers

    # "+33 (01 23 45 67 89": the ")" lost, the national number inside is the printed code's own
    reading = read_numbers("+33 (01 23 45 67 89", "", ["FR", "US"], [], [])
    assert [m.number.national_number for m in reading.matches] == [123456789]
    # "+43 (09650 $470550": the matcher passed over +43 for a German line inside; the bracket
    # read as 9 and the 5 read $ put back, the Austrian mobile is read
    reading = read_numbers("+43 (09650 $470550", "", ["DE", "AT", "US"], [], [])
    assert [m.number.country_code for m in reading.matches] == [43]


def _edinburgh(row: tuple[str, ...]) -> ParsedCard:
    """An Edinburgh card printing its area code 0131 in brackets, as British cards do."""
    lines = [
        conf_line(20, ("Lothian", 0.95), ("Surveyors", 0.95), ("Ltd", 0.95)),
        conf_line(70, ("Fiona", 0.95), ("Grant", 0.95)),
        conf_line(120, *((w, 0.95) for w in row)),
        conf_line(170, ("1", 0.93), ("George", 0.93), ("Street", 0.93)),
        conf_line(220, ("Edinburgh", 0.93), ("EH2", 0.93), ("2LR", 0.93)),
    ]
    return parse_card(lines, default_region="US")


def test_an_area_code_0131_in_brackets_is_no_trunk_bracket_misread():
    # "(0131)" is Edinburgh's code, not "(0)31" with its bracket read as 1 (rev37g)
    for row in (("+44", "(0131)", "225", "1234"), ("Tel", "(0131)", "225", "1234")):
        parsed = _edinburgh(row)
        assert [p.e164 for p in parsed.contact.phones] == ["+441312251234"]
        assert not parsed.evidence["phones"].startswith("repaired")


def test_a_number_lost_beside_an_area_code_0131_in_brackets_is_still_unread():
    # the line read with its "(01" taken for a trunk bracket holds no number read: it cannot
    # vouch that the mobile's digits beside the office line were read (rev37g)
    parsed = _edinburgh(("+44", "(0131)", "225", "1234", "Mobile", "07911", "12345"))
    assert parsed.evidence["phones"] == "unread"
    assert "phones" in to_review(parsed)
