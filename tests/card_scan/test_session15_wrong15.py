"""Session 15 (wrong15): fields accepted wrong on new blind tuning seeds, on hand-made cards given
as the OCR lines Tesseract reads."""

from __future__ import annotations

from printed import worded_lines

from contactkit_plugins.card_scan.fields import parse_card


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








