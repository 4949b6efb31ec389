"""An address row read twice, Tesseract's reading doubted or no address, mended by the person's
name and what the card prints (email_mend; session 22): always to review. The lines are
Tesseract's and the second engine's (``email-lone``) of all-font tuning photos (pool s79)."""

from __future__ import annotations

from contactkit_plugins.card_scan import email_mend
from contactkit_plugins.card_scan.email_mend import LONE_SOURCE, mended_address
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.ocr import Line, Word


def _line(*words: tuple) -> Line:
    return Line([Word(*word) for word in words])


def _lone(*words: tuple) -> Line:
    return Line([Word(*word, source=LONE_SOURCE) for word in words])


# s79 photo 26 (DejaVu Sans): both readings hold a space for each dot.
PHOTO_26 = [
    _line(("58-843-11-27", 0.97, 731, 90, 232, 26)),
    _line(
        ("E-mail:", 0.93, 730, 127, 93, 24),
        ("przybyiska", 0.56, 840, 123, 145, 37),
        ("barbara@iogistyka", 0.56, 997, 123, 254, 37),
        ("pi", 0.77, 1267, 127, 23, 27),
    ),
    _lone(
        ("E-mail:", 0.89, 730, 123, 125, 37),
        ("przybylska", 0.89, 855, 123, 179, 37),
        ("barbara@logistyka", 0.89, 1034, 123, 304, 37),
        ("pl", 0.89, 1338, 123, 36, 37),
    ),
    _line(("80-557", 0.98, 730, 246, 96, 25), ("Gdansk", 0.98, 836, 246, 104, 25)),
    _line(("Barbara", 0.99, 89, 297, 218, 41), ("Przybylska", 0.99, 329, 297, 301, 51)),
    _line(("Human", 0.97, 87, 359, 112, 26), ("Resources", 0.96, 212, 358, 161, 27)),
    _line(
        ("Logistyka", 0.93, 89, 455, 204, 45),
        ("Wista", 0.93, 311, 456, 115, 34),
        ("Sp.", 0.93, 443, 456, 65, 43),
        ("z", 0.88, 527, 463, 21, 28),
        ("0.0", 0.93, 564, 463, 65, 28),
    ),
]


def test_a_dot_read_as_a_space_before_the_ending_is_put_back():
    parsed = parse_card(PHOTO_26, default_region="PL")
    assert parsed.contact.emails == ["przybylska.barbara@logistyka.pl"]
    assert parsed.evidence["emails"] == "mended"
    assert email_mend._spaced_dot(" zenith co uk") == "zenith.co.uk"
    assert email_mend._spaced_dot("lake shore com") == "lakeshore.com"
    # "ronen.com" is no ending: one word only is.
    assert email_mend._spaced_dot(" jansen ronen com") == "jansenronen.com"
    assert email_mend._spaced_dot("logistyka") == "logistyka"
    assert mended_address("przybylska barbara@logistyka p1", "Barbara Przybylska", [], None) is None


# s79 photo 148 (DejaVu Sans Condensed): no lone reading, Tesseract's row left over.
PHOTO_148 = [
    _line(("F1+4161", 0.97, 772, 107, 106, 21), ("6312121", 0.97, 878, 107, 106, 21)),
    _line(("uwe", 0.61, 772, 138, 41, 13), ("koch@meierch", 0.77, 816, 134, 156, 20)),
    _line(("Bahnhofstrasse", 0.92, 773, 194, 186, 18), ("35", 0.81, 936, 190, 27, 31)),
    _line(
        ("Dr.", 0.96, 91, 281, 95, 52),
        ("Uwe", 0.96, 219, 281, 156, 53),
        ("Koch", 0.96, 405, 277, 178, 56),
    ),
    _line(("Einkauf", 0.91, 89, 363, 141, 32)),
    _line(
        ("MEIER", 0.93, 90, 482, 128, 33),
        ("UHRENTEILE", 0.92, 236, 480, 263, 35),
        ("GMBH", 0.97, 516, 480, 127, 35),
    ),
]


def test_an_address_row_left_over_is_mended_as_a_lone_reading():
    parsed = parse_card(PHOTO_148, default_region="CH")
    assert parsed.contact.emails == ["uwe.koch@meier.ch"]
    assert parsed.evidence["emails"] == "mended"
