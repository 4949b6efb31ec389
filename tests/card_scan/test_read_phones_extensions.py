"""A phone's extension printed after its number ("ext. 23", "x23", "poste 23", "DW -23",
"Durchwahl 23") stays with it, as the contact model stores one ("+12125550142;ext=23", the
vCard keeping the text "... ext. 23"), and is never a label parting the row. Hand-made OCR lines;
each shape lost its extension before (labels29, session 29).
"""

from __future__ import annotations

from ocr_lines import stacked_lines as card

from contactkit_plugins.card_scan.fields import parse_card


def _phones(row: str, region: str, *more: str) -> list[tuple[str | None, str, str]]:
    lines = card(("Ann Lee", 44), "Acme Inc", row, *more, "ann@acme.com")
    parsed = parse_card(lines, default_region=region)
    return [(p.e164, p.kind.value, p.text) for p in parsed.contact.phones]


def test_a_us_or_uk_extension_stays_with_its_number():
    for row, region, e164, text in (
        ("Tel +1 212 555 0142 ext. 23", "US", "+12125550142;ext=23", "+1 212 555 0142 ext. 23"),
        ("Tel +1 212 555 0142 Ext 23", "US", "+12125550142;ext=23", "+1 212 555 0142 ext. 23"),
        ("T: 212 555 0142 x23", "US", "+12125550142;ext=23", "212 555 0142 ext. 23"),
        ("T: 212 555 0142 x 23", "US", "+12125550142;ext=23", "212 555 0142 ext. 23"),
        ("Tel 020 7946 0142 ext 23", "GB", "+442079460142;ext=23", "020 7946 0142 ext. 23"),
    ):
        assert _phones(row, region) == [(e164, "work", text)], row


def test_an_extension_glued_to_its_number_is_no_label_parting_the_row():
    """ "0142ext.23": since session 29 a row parts between a number's digits and a label with
    its mark glued after them; "ext." is no label, and stays the number's extension."""
    assert _phones("Tel +1 212 555 0142ext.23", "US") == [
        ("+12125550142;ext=23", "work", "+1 212 555 0142 ext. 23")
    ]


def test_a_french_canadian_and_a_german_extension_stay_with_their_numbers():
    assert _phones("Tél. 514 555-0142 poste 23", "CA")[0][0] == "+15145550142;ext=23"
    for row in ("Tel. +49 30 1234567 DW -23", "Tel. +49 30 1234567 Durchwahl 23",
                "Tel. +49 30 1234567, Durchwahl: 23"):  # fmt: skip
        assert _phones(row, "DE")[0][0] == "+49301234567;ext=23", row


def test_a_row_goes_on_after_an_extension_and_a_label_before_a_whole_number_stays_one():
    phones = _phones("Tel +1 212 555 0142 x23 Fax +1 212 555 0143", "US")
    assert [(e164, kind) for e164, kind, _ in phones] == [
        ("+12125550142;ext=23", "work"),
        ("+12125550143", "fax"),
    ]
    # "Durchwahl" before a whole number labels it: no extension of the number before
    phones = _phones("Zentrale +49 30 1234567 Durchwahl +49 30 1234523", "DE")
    assert [e164 for e164, _, _ in phones] == ["+49301234567", "+49301234523"]
