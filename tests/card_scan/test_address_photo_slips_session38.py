"""Address slips on photos (session 38, addr38): the ł of marszałek read t and Długa's ł read
h, the II of Vittorio Emanuele II read as two other thin marks, and a street whose town line
comes two lines below it, a line of the card's other column read between them. Hand-made OCR
lines."""

from __future__ import annotations

import pytest
from ocr_lines import boxed_line

from contactkit_plugins.card_scan.address_slips import country_misread, mended
from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.street_repair import repair_street
from contactkit_plugins.card_scan.text_lines import Line


@pytest.mark.parametrize(
    ("street", "region", "want"),
    [
        ("ul. Marszatkowska 112/19", "PL", "ul. Marszałkowska 112/19"),
        ("al. Marszatka Piłsudskiego 7", "PL", "al. Marszałka Piłsudskiego 7"),
        ("ul. Dhuga 98/23", "PL", "ul. Długa 98/23"),
        ("Corso Vittorio Emanuele I! 171", "IT", "Corso Vittorio Emanuele II 171"),
        ("Corso Vittorio Emanuele tl 93", "IT", "Corso Vittorio Emanuele II 93"),
        ("Corso Vittorio Emanuele [1 25", "IT", "Corso Vittorio Emanuele II 25"),
        ("Corso Vittorio Emanuele I] 214", "IT", "Corso Vittorio Emanuele II 214"),
        ("Corso Vittorio Emanuele li 181", "IT", "Corso Vittorio Emanuele II 181"),
    ],
)
def test_a_street_word_slip_undone(street, region, want):
    assert repair_street(street, region) == want


@pytest.mark.parametrize(
    ("street", "region"),
    [
        ("ul. Matkowskiego 5", "PL"),  # -tkowsk- of a name stays; only marszał- is mended
        ("ul. Marszowa 3", "PL"),
        ("ul. Dhuha 4", "IT"),  # outside Poland nothing Polish is put back
        ("Corso Vittorio Emanuele III 5", "IT"),  # three bars: another king's street
        ("Via Emanuele Gianturco 12", "IT"),
        ("Corso Vittorio Emanuele 11 25", "IT"),  # two digits: a number, not a numeral
        ("Corso Vittorio Emanuele i 146", "IT"),  # one mark: which numeral, the print shows
    ],
)
def test_the_real_shape_stays_as_read(street, region):
    assert repair_street(street, region) == street


def _line(text: str, left: int, top: int) -> Line:
    words, x = [], left
    for w in text.split():
        words.append((w, 0.93, x, top, 16 * len(w), 22))
        x += 16 * len(w) + 10
    return boxed_line(*words)


def _card(between: Line):
    lines = [
        _line("Willem de Jong", 60, 40),
        _line("Inkoper", 60, 80),
        _line("dejong.willem@dekker.nl", 60, 120),
        _line("Weena 145a", 60, 200),
        between,
        _line("3091 UT Rotterdam", 60, 240),
        _line("Nederland", 60, 270),
    ]
    return parse_card(lines, default_region="NL")


def test_the_street_above_a_line_of_the_other_column_is_the_address_street():
    # "W www.dekker.nl" printed right of the address, its row between the street and the town
    address = _card(_line("W www.dekker.nl", 520, 220)).contact.addresses[0]
    assert (address.street, address.postal_code, address.city) == (
        "Weena 145a",
        "3091 UT",
        "Rotterdam",
    )


def test_a_street_past_the_other_column_read_unsure_is_left_out():
    # "96 aliée des Tiieus" read at a lower confidence: its postcode and town alone are kept
    lines = [
        _line("Gregoire Francois", 60, 40),
        _line("MOREAU ET FILS SARL", 60, 80),
        boxed_line(("96", 0.8, 60, 200, 32, 22), ("aliée", 0.7, 102, 200, 80, 22),
                   ("des", 0.8, 192, 200, 48, 22), ("Tiieus", 0.7, 250, 200, 96, 22)),
        _line("Site : moreau.fr", 520, 220),
        _line("75074 Paris", 60, 240),
    ]  # fmt: skip
    address = parse_card(lines, default_region="FR").contact.addresses[0]
    assert (address.street, address.postal_code, address.city) == (None, "75074", "Paris")


def test_a_line_of_the_same_column_between_keeps_the_street_out():
    # the line between stands in the address's column: no street is taken past it
    address = _card(_line("Afdeling Inkoop", 60, 220)).contact.addresses[0]
    assert address.street is None
    assert (address.postal_code, address.city) == ("3091 UT", "Rotterdam")


def _one_line(region: str, *rows: str) -> tuple | None:
    lines = [_line("Jan Kowalski", 60, 40), _line("Acme", 60, 80)]
    lines += [_line(row, 60, 140 + 40 * i) for i, row in enumerate(rows)]
    parsed = parse_card(lines, default_region=region)
    if not parsed.contact.addresses:
        return None
    a = parsed.contact.addresses[0]
    return (a.street, a.postal_code, a.city, a.country), parsed.evidence["addresses"]


@pytest.mark.parametrize(
    ("region", "row", "want"),
    [
        # the middle dot before the postcode read as a star, a > or a « glued to it
        ("JP", "3-20-12 Sakae, Naka-ku, Nagoya * 460-7034 Japan",
         ("3-20-12 Sakae, Naka-ku", "460-7034", "Nagoya", "Japan")),
        ("FR", "204 boulevard Haussmann > 75060 Paris",
         ("204 boulevard Haussmann", "75060", "Paris", None)),
    ],
)  # fmt: skip
def test_a_separator_read_as_another_mark_parts_the_line(region, row, want):
    read = _one_line(region, row)
    assert read is not None and read[0] == want


@pytest.mark.parametrize(
    ("region", "row"),
    [
        ("NL", "Coolsingel 130a «3591 SH Utrects"),  # a « glued: the line read ill, left unread
        ("FR", "42 bis allée des Tieuk «31055 Toulouse"),
        ("DE", "Tel + 49 30 1234567"),  # a + before a phone's digits stays
    ],
)
def test_a_glued_or_phone_mark_is_no_separator(region, row):
    assert _one_line(region, row) is None


@pytest.mark.parametrize(
    ("region", "rows", "want"),
    [
        ("CH", ("Seefeldstrasse 129", "8083Zurich"), ("Seefeldstrasse 129", "8083", "Zurich")),
        ("CH", ("Rue du Rhône 10", "3053Bern"), ("Rue du Rhône 10", "3053", "Bern")),
        ("PL", ("ul. Długa 9/37", "80-258Gdańsk"), ("ul. Długa 9/37", "80-258", "Gdańsk")),
    ],
)
def test_a_town_glued_to_its_postcode_is_read(region, rows, want):
    read = _one_line(region, *rows)
    assert read is not None and read[0][:3] == want


@pytest.mark.parametrize(
    ("region", "rows"),
    [
        ("DE", ("Hauptstraße 169", "20087Hambug")),  # the town misread too: left unread
        ("CH", ("Marktgasse 209", "8092Zarich")),
    ],
)
def test_a_glued_town_misread_stays_unread(region, rows):
    assert _one_line(region, *rows) is None


@pytest.mark.parametrize(
    ("region", "row", "want"),
    [
        ("DE", "Bahnhofstraße 36 - 33993 Bielefeld - Deutschiand",
         ("Bahnhofstraße 36", "33993", "Bielefeld", None)),
        ("AT", "Ringstraße 168 - 1790 Wien - Osterrexh", ("Ringstraße 168", "1790", "Wien", None)),
        ("IT", "Via Garibaldi 74 - 50181 Firenze (FI) - kalia",
         ("Via Garibaldi 74", "50181", "Firenze (FI)", None)),
    ],
)  # fmt: skip
def test_a_misread_country_is_left_out_and_the_address_sent_to_review(region, row, want):
    read = _one_line(region, row)
    assert read == (want, "street+city+country-slip")
    assert probability("addresses", read[1]) < REVIEW_BELOW


@pytest.mark.parametrize(
    ("region", "row", "want"),
    [
        # a country read right stays as read
        ("CH", "Marktgasse 153 - 4017 Basel - Schweiz",
         ("Marktgasse 153", "4017", "Basel", "Schweiz")),
        ("IT", "Via Roma 5 - 00184 Roma - Italia", ("Via Roma 5", "00184", "Roma", "Italia")),
    ],
)  # fmt: skip
def test_a_country_read_right_is_kept(region, row, want):
    assert _one_line(region, row) == (want, "street+city/hi")


@pytest.mark.parametrize("word", ["Deutschiand", "Schwez", "Osterrexh", "kalia", "Espafia"])
def test_a_country_read_with_a_slip_or_two(word):
    assert country_misread(word)


# a town, a district or a word on the line's end is no country's slip
@pytest.mark.parametrize(
    "word", ["Altona", "Bremen", "Paris", "Nord", "Kaka", "Frankreich", "Ital"]
)
def test_a_word_far_from_every_country(word):
    assert not country_misread(word)


# second review (rev38a): the words a slip-off country must not take
@pytest.mark.parametrize("word", ["Schwyz", "Schwerin", "Lisse", "Huissen", "Drancy", "Orange"])
def test_a_town_near_a_country_name_is_no_slip(word):
    assert not country_misread(word)


@pytest.mark.parametrize(
    ("region", "rows"),
    [
        # a Dutch town after its postcode, the wide space read as a comma: a town, not after a
        # town line ("AB" is the postcode's letters), is never dropped as a country
        ("NL", ("Heereweg 5", "2161 AB, Lisse")),
        # a canton after the town line: a town's name, read as printed
        ("CH", ("Herrengasse 12 - 8840 Einsiedeln - Schwyz",)),
    ],
)
def test_a_town_at_the_line_end_is_not_dropped_as_a_country(region, rows):
    read = _one_line(region, *rows)
    assert read is None or "country-slip" not in read[1]


@pytest.mark.parametrize("row", ["1012AB", "1012AB Amsterdam", "D-80331München", "2024Annual"])
def test_a_postcode_and_letters_that_are_no_glued_town_stay(row):
    assert mended(row) == row


def test_a_company_line_past_the_other_column_is_no_street():
    lines = [
        _line("Willem de Jong", 60, 40),
        _line("Dekker Vastgoed", 60, 200),
        _line("W www.dekker.nl", 520, 220),
        _line("3091 UT Rotterdam", 60, 240),
    ]
    address = parse_card(lines, default_region="NL").contact.addresses[0]
    assert address.street is None
