"""Phone kinds and numbers on photos (session 30, kinds30): an office's handset read "@" tells
which of two untold numbers is the office line; a dot read as a comma inside a number."""

from __future__ import annotations

from ocr_lines import stacked_lines as card

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.phone_reading import labelled_reading


def _kinds(*rows: str) -> tuple[dict[str, str], str]:
    lines = card(("Ana Ruiz", 44), "Acme Inc", *rows, "ana@acme.com")
    parsed = parse_card(lines, default_region="US")
    return {p.e164: p.kind.value for p in parsed.contact.phones}, parsed.evidence["phones"]


def test_an_office_sign_names_the_office_line_when_the_mobile_is_printed_first():
    """ "0+1512-880-5789" (a mobile's icon read "0") above "@ +1 415-712-7396" (an office's
    handset, before an office line 816 times of 828): the first was taken for the office."""
    kinds, level = _kinds("0+1 512-880-5789", "@ +1 415-712-7396")
    assert kinds == {"+15128805789": "cell", "+14157127396": "work"}
    assert level.startswith("bare-untold")  # still a guess: to review


def test_without_a_sign_the_first_untold_number_stays_the_office_line():
    kinds, _ = _kinds("+1 512-880-5789", "+1 415-712-7396")
    assert kinds == {"+15128805789": "work", "+14157127396": "cell"}


def test_a_dot_read_as_a_comma_inside_a_number_does_not_cut_it():
    """ "Tel.: 02.6289,3481" was read "+39 02 6289" (valid in Italy), accepted at labelled/hi."""
    kinds, level = _kinds("Tel.: 02.6289,3481", "Cell.: 331 319 0229", "Milano, Italia")
    assert kinds == {"+390262893481": "work", "+393313190229": "cell"}
    # Its digits all as read, only the dot put back: as sure as a number read with its dots
    # (session 34, needless34; test_read_phones_marks_between_digits.py).
    assert level == "labelled/hi"


def test_two_numbers_parted_by_a_comma_and_a_space_stay_two():
    kinds, _ = _kinds("Tel 030 1234567, 030 7654321", "Berlin, Germany")
    assert set(kinds) == {"+49301234567", "+49307654321"}


def test_a_reread_phone_row_keeps_the_label_its_other_crops_and_tesseract_read():
    """RapidOCR's surest crop read "0226075292" where the others read "F 022 60752 92" and
    Tesseract "F 022 @7 5292": the fax was stored as an office line (s264 card 2)."""
    readings = [("F 022 60752 92", 0.90), ("F0226075292", 0.83), ("0226075292", 0.94)]
    agreed = ("0226075292", 0.94)
    assert labelled_reading(agreed, readings, "F 022 @7 5292", ["CH"]) == readings[0]
    # Tesseract read no label: nothing to keep; another label than Tesseract's: not taken.
    assert labelled_reading(agreed, readings, "022 @7 5292", ["CH"]) == agreed
    assert labelled_reading(agreed, readings, "T 022 @7 5292", ["CH"]) == agreed
