"""An address line's slips as Tesseract reads a real card's print (session 34, addr34): the
separator between town and postcode read as another mark, commas read as dots or lost before
the postcode, a Roman numeral's strokes read as bars, a J read as a bracket in a British or
Dutch postcode, one row parted after the street's name, the address and an email of the other
column read as one row; and the streets doubted rather than stored (a stray sign, a capital
inside a word, a word with no vowel; a floor with no sign). Hand-made OCR lines; each shape
failed before its fix, and the shapes beside it that must stay as read are asserted too."""

from __future__ import annotations

import pytest
from ocr_lines import placed_lines, row_pieces
from printed import hand_lines

from contactkit_plugins.card_scan.address_slips import (
    before_email,
    doubtful_street,
    lost_comma,
    mended,
    zip_state,
)
from contactkit_plugins.card_scan.calibration import probability
from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.postal import city_line, lone_postcode
from contactkit_plugins.card_scan.review_rule import MINOR_KEEP


def _card(*rows: str) -> ParsedCard:
    """A card of hand-made rows, read with the US as the configured default."""
    return parse_card(hand_lines(*((r, 30) for r in rows)), default_region="US")


def _read(parsed: ParsedCard) -> tuple[str | None, ...]:
    """(street, postcode, town) of the card's one address."""
    (found,) = parsed.contact.addresses
    return found.street, found.postal_code, found.city


@pytest.mark.parametrize(
    ("row", "want"),
    [
        # the middle dot between town and postcode read as + or °
        (
            "1-9-13 Umeda, Kita-ku, Osaka + 530-1471 Japan",
            ("1-9-13 Umeda, Kita-ku", "530-1471", "Osaka"),
        ),
        (
            "2-3-24 Marunouchi, Naka-ku, Nagoya ° 460-6287 Japan",
            ("2-3-24 Marunouchi, Naka-ku", "460-6287", "Nagoya"),
        ),
        # ... read as a dot between spaces; and glued, the country to the postcode, o read 0
        (
            "Mariahilfer Straße 50 . 1067 Wien - Österreich",
            ("Mariahilfer Straße 50", "1067", "Wien"),
        ),
        (
            "3-20-29 Sakae, Naka-ku, Nag0ya·460-5760Japan",
            ("3-20-29 Sakae, Naka-ku", "460-5760", "Nagoya"),
        ),
        # every comma read as a dot
        (
            "Plaza de Espana. 126. 1a . 46001 Valencia Espana",
            ("Plaza de Espana, 126, 1a", "46001", "Valencia"),
        ),
        # the comma before the postcode lost, the town a known one
        ("Aeschenvorstadt 121 4065 Basel - Schweiz", ("Aeschenvorstadt 121", "4065", "Basel")),
        (
            "Calle Colón, 94, 3º B 46057 Valencia - España",
            ("Calle Colón, 94, 3º B", "46057", "Valencia"),
        ),
        # the Roman numeral read as two bars (the separator cleaning made them "; ;")
        (
            "Corso Vittorio Emanuele || 151 - 20132 Milano (MI)",
            ("Corso Vittorio Emanuele II 151", "20132", "Milano (MI)"),
        ),
        (
            "Corso Vittorio Emanuele |] 151 - 20132 Milano (MI)",
            ("Corso Vittorio Emanuele II 151", "20132", "Milano (MI)"),
        ),
        # the US state's comma read as a dot glued to it
        ("781 5th Ave - Boston.MA 02135", ("781 5th Ave", "02135", "Boston")),
        # the separator before the country read as a colon
        (
            "118 rue Victor Hugo - 44004 Nantes: France",
            ("118 rue Victor Hugo", "44004", "Nantes"),
        ),
    ],
)
def test_an_address_line_with_its_slip_is_read(row, want):
    assert _read(_card("Jan Nowak", row)) == want


@pytest.mark.parametrize(
    "row",
    [
        "Hauptstr. 5, 80331 München",  # an abbreviation's dot stays
        "Tel + 49 30 1234 5678",  # a + before a phone's digits
        "Tel. 030 12345 Berlin",  # a number and a town, no street
        "Via Roma 12, 00184 Roma",
        "Col·legi de Metges 3",  # a Catalan middle dot inside a word
    ],
)
def test_lines_without_the_slips_stay_as_read(row):
    text = row.replace("·", " ; ")  # as clean_line gives it
    assert mended(text) == text


def test_a_lost_comma_needs_a_town_the_postcodes_countries_know():
    countries = {4: ("CH",), 5: ("DE",)}
    assert lost_comma("Seestrasse 12 8002 Zürich", countries) == ("Seestrasse 12", "8002 Zürich")
    # a town the table does not know is no proof of an address
    assert lost_comma("Seestrasse 12 8002 Qwertzhausen", countries) is None
    # a phone's label and digits before a known town stay unread
    assert _card("Jan Nowak", "Fon 030 12345 Berlin").contact.addresses == []


@pytest.mark.parametrize(
    ("postal", "want"),
    [
        ("BS1 7B)", "BS1 7BJ"),
        ("EH2 7)}", "EH2 7JJ"),
        ("LS! 8QU", "LS1 8QU"),
        ("EC2R 2GE", "EC2R 2GE"),
    ],
)
def test_a_british_postcode_with_a_j_or_1_read_as_a_sign(postal, want):
    assert lone_postcode(postal, None) == want


def test_a_british_postcode_under_its_town():
    parsed = _card(
        "Frederick Robinson", "20 Princes Street", "Bristol", "BS1 7B)", "United Kingdom"
    )
    assert _read(parsed) == ("20 Princes Street", "BS1 7BJ", "Bristol")


def test_a_dutch_postcode_with_its_j_read_as_a_bracket():
    assert city_line("2518 A] Den Haag") == {"postal": "2518 AJ", "city": "Den Haag"}
    assert city_line("2518 AJ Den Haag") == {"postal": "2518 AJ", "city": "Den Haag"}
    # a bracket with no capital beside it is no postcode's letter
    assert city_line("2518 ]] Den Haag")["postal"] == "2518"


def test_one_row_parted_after_the_streets_name():
    lines = row_pieces(300, ("ul. Swietokrzyska", 438), ("143 - 60-187 Poznan - Polska", 760))
    parsed = parse_card(placed_lines(("Jan Kowalski", 60, 40, 30)) + lines, default_region="PL")
    assert _read(parsed) == ("ul. Swietokrzyska 143", "60-187", "Poznan")


def test_a_lone_number_with_no_street_before_it_is_no_address():
    lines = placed_lines(("Jan Kowalski", 60, 40, 30), ("143 - 60-187 Poznan", 60, 300, 22))
    assert parse_card(lines, default_region="PL").contact.addresses == []


def test_an_address_before_an_email_on_one_row():
    parsed = _card(
        "Rafael Martinez",
        "Plaza de Espatia, 60 - 41048 Sevilla E-mail: rafael_martinez@aurora.es",
    )
    assert _read(parsed) == ("Plaza de España, 60", "41048", "Sevilla")
    assert parsed.contact.emails == ["rafael_martinez@aurora.es"]
    assert before_email("Tel. 030 1234 E-mail: anna@kranich.de") == "Tel. 030 1234"
    assert before_email("anna@kranich.de") is None


def test_an_email_row_with_a_number_only_gives_no_address():
    parsed = _card("Anna Weber", "Tel. 030 1234 5678 E-mail: anna@kranich.de")
    assert parsed.contact.addresses == []


@pytest.mark.parametrize(
    ("street", "doubted"),
    [
        ("Corso Vittorio Emanuele tfl 170", True),  # II read "tf!", its ! made l
        ("Rue du RhGne 76", True),  # ô read G
        ("Via ] Roma 5", True),
        ("Corso Vittorio Emanuele II 170", False),
        ("1 McDonald Street", False),
        ("200 LaSalle Street", False),
        ("Piazza del Duomo 3", False),
        ("Hauptstr. 5", False),
        ("2nd Avenue 12", False),
        ("12 bd Haussmann", False),  # an abbreviation printed without its dot
        ("Via Roma tfl 5", True),
    ],
)
def test_a_street_with_a_misread_letter_is_doubted(street, doubted):
    assert doubtful_street(street) is doubted


def test_a_doubted_street_is_left_out():
    parsed = _card("Roberta Rossi", "Corso Vittorio Emanuele tf! 170 - 80123 Napoli (NA) - Italia")
    level = parsed.evidence["addresses"]
    assert level == "street+city+stray-sign"
    assert probability("addresses", level) < MINOR_KEEP["addresses"]


def test_spanish_slips_of_a_street():
    assert _read(_card("Laura Rio", "Calle Coldn, 188 - 41015 Sevilla"))[0] == "Calle Colón, 188"
    assert _read(_card("Maria Alonso", "Plaza de Espajia, 104, 1° - 48016 Bilbao"))[0] == (
        "Plaza de España, 104, 1°"
    )
    # the floor's comma read as a dot glued to it: its sign lost too, doubted
    parsed = _card("Enrique Morales", "Calle Col6n, 27.3B", "08061 Barcelona")
    assert _read(parsed)[0] == "Calle Colón, 27, 3B"
    assert parsed.evidence["addresses"] == "street+city+bare-floor"
    # a floor read with its sign stays sure
    parsed = _card("Enrique Morales", "Calle Colón, 27, 3º B", "08061 Barcelona")
    assert parsed.evidence["addresses"] != "street+city+bare-floor"


@pytest.mark.parametrize(
    ("state", "postal", "want"),
    [
        ("WA", "02135", None),  # Boston's ZIP read with WA for MA
        ("MA", "02135", "MA"),
        ("WA", "98101", "WA"),
        ("NY", "10001-2345", "NY"),
        (None, "02135", None),
        ("ON", "M5V 2T6", "ON"),  # no US ZIP code: as read
    ],
)
def test_a_us_state_its_zip_code_is_not_of_is_left_out(state, postal, want):
    assert zip_state(state, postal) == want
