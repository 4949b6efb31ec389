"""Address slips on photos (session 41, addr41): letters Tesseract misread in a street that the
street's language tells apart (a ß read fg, Dutch -euw's e read c, German -stadt's d read c, a
Spanish floor's º read @, ® or 0, an ó read 6é), and the streets doubted rather than stored (a
? or a digit inside a street word, a word opening on letters no language writes, a Japanese
word holding an l, a country misread after an Italian province). Hand-made OCR lines."""

from __future__ import annotations

import pytest
from ocr_lines import boxed_line

from contactkit_plugins.card_scan.address import bare_floor
from contactkit_plugins.card_scan.address_slips import doubtful_street
from contactkit_plugins.card_scan.calibration import probability
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.review_rule import MINOR_KEEP
from contactkit_plugins.card_scan.street_letter_slips import odd_onset, romaji_read_l
from contactkit_plugins.card_scan.street_repair import repair_street
from contactkit_plugins.card_scan.text_lines import Line


def _line(text: str, top: int, conf: float = 0.93) -> Line:
    words, x = [], 60
    for w in text.split():
        words.append((w, conf, x, top, 16 * len(w), 22))
        x += 16 * len(w) + 10
    return boxed_line(*words)


def _address(region: str, *rows: str) -> tuple | None:
    lines = [_line("Anna Visser", 40), _line("Acme", 80)]
    lines += [_line(row, 140 + 40 * i) for i, row in enumerate(rows)]
    parsed = parse_card(lines, default_region=region)
    if not parsed.contact.addresses:
        return None
    a = parsed.contact.addresses[0]
    return (a.street, a.postal_code, a.city), parsed.evidence["addresses"]


@pytest.mark.parametrize(
    ("street", "region", "want"),
    [
        ("Ringstrafge 207", "AT", "Ringstraße 207"),  # ß read fg
        ("Landstrafger Hauptstraße 132", "AT", "Landstraßer Hauptstraße 132"),
        ("Laan van Nicuw Oost-Indië 48", "NL", "Laan van Nieuw Oost-Indië 48"),  # e read c
        ("Nicuwe Binnenweg 12", "NL", "Nieuwe Binnenweg 12"),
        ("Laan van Nieuw Oost-Indieé 56a", "NL", "Laan van Nieuw Oost-Indië 56a"),  # ë read eé
        ("Jubilee Street 5", "GB", "Jubilee Street 5"),
        ("Lindenaliee 116", "NL", "Lindenaliee 116"),  # an Allee's ll read li: no ë
        ("Aeschenvorstact 34", "CH", "Aeschenvorstadt 34"),  # d read c
        ("Calle de Alcala, 181, 3@B", "ES", "Calle de Alcala, 181, 3º B"),  # º read ®, made @
        ("Avenida Diagonal, 122, 3® B", "ES", "Avenida Diagonal, 122, 3º B"),
        ("Avda. de la Constituci6én, 62", "ES", "Avda. de la Constitución, 62"),  # ó read 6é
    ],
)
def test_a_letter_the_language_tells_is_put_back(street, region, want):
    assert repair_street(street, region) == want


@pytest.mark.parametrize(
    ("street", "region"),
    [
        ("Strafgerichtstraße 4", "DE"),  # a word on Strafge- is no ß misread
        ("Cuwaystraat 3", "NL"),  # a c opening the word
        ("Victoriastraße 5", "DE"),  # a German name with ct is no -stadt
        ("Contactweg 2", "NL"),
        ("Neustadt 3", "DE"),
        ("Calle Mayor, 5, 3º B", "ES"),
        ("Calle Mayor, 5", "ES"),
    ],
)
def test_a_street_with_no_such_slip_stays(street, region):
    assert repair_street(street, region) == street


@pytest.mark.parametrize(
    "street",
    [
        "161? Ei Street, Suite 1300",  # a house number's digit read ?
        "Calle Mayor, 12, 3@ 1",
        "Via Ro6ma 12",  # a digit inside a word
    ],
)
def test_a_street_with_a_stray_mark_is_doubted(street):
    assert doubtful_street(street)


@pytest.mark.parametrize(
    "street",
    [
        "Avda. de la Constitucion, 29, 1?",  # a Spanish floor's sign read ?, at the end
        "21st Street 5",
        "Unit 4, Meridian House, 211 Park Lane",
        "Route 66",
    ],
)
def test_a_street_read_as_printed_is_not_doubted(street):
    assert not doubtful_street(street)


def test_a_spanish_floor_whose_sign_was_read_0_is_a_bare_floor():
    assert bare_floor("Calle Colón, 205, 30 B", "ES")
    assert not bare_floor("Tower 2, 30 B", "US")  # elsewhere a building's floor is printed so


@pytest.mark.parametrize(
    ("street", "region", "want"),
    [
        ("Fnedrichstraße 127", "DE", True),  # ri read n
        ("Bnückenstraße 4", "AT", True),
        ("Knesebeckstraße 2", "DE", False),  # German opens words on Kn, Gn, Sn, Pn
        ("Gneisenaustraße 8", "DE", False),
        ("Snouckaertlaan 3", "NL", False),
        ("ul. Lniana 5", "PL", False),  # Polish opens words on Ln, Wn, Dn; Czech on Hn
        ("ul. Wnukowska 2", "PL", False),
        ("Hněvkovského 12", "CZ", False),
        ("Friedrichstraße 127", "DE", False),
        # real streets elsewhere open on Bn, Jn, Fn, Tn: only a German street is doubted
        ("19, Rue Bni Aamir", "MA", False),
        ("Rue Jnane Sbil 4", "MA", False),
        ("Bnei Dan St 30", "IL", False),
        ("Bnińska 23", "PL", False),
    ],
)
def test_a_word_opening_on_letters_no_language_writes(street, region, want):
    assert odd_onset(street, region) is want


@pytest.mark.parametrize(
    ("street", "country", "want"),
    [
        ("1-12-2 Minatomiral, Minato-ku", "JP", True),  # i read l: Hepburn writes no l
        ("1-12-2 Minatomirai, Minato-ku", "JP", False),
        ("1-1-1 Central Tower, Chiyoda-ku", "JP", False),  # an English word of a building
        ("2-1 Imperial Hotel, Chiyoda-ku", "JP", False),
        ("1-12-2 Minatomiral", "US", False),  # only in a Japanese address
        # an English word of a building's name is Hepburn with its l an i too: only the
        # district word after the block number is doubted
        ("Memorial Hall 3F, 1-2-3 Ginza, Chuo-ku", "JP", False),
        ("General Building 5F, 2-3 Kanda", "JP", False),
        ("7-22-2 Roppongi, National Art Center", "JP", False),
    ],
)
def test_a_japanese_word_read_with_an_l(street, country, want):
    assert romaji_read_l(street, country) is want


@pytest.mark.parametrize(
    ("region", "rows", "level"),
    [
        ("DE", ("FnedrichstraBe 127", "20210 Hamburg"), "street+city+odd-letters"),
        (
            "JP",
            ("1-12-2 Minatomiral, Minato-ku, Tokyo", "105-9859 Japan"),
            "street+city+odd-letters",
        ),
        ("US", ("161? Ei Street, Suite 1300", "Boston, MA 02166"), "street+city+stray-sign"),
        ("ES", ("Calle Colón, 205, 30 B", "08099 Barcelona"), "street+city+bare-floor"),
        ("IT", ("Via Torino 214 - 40125 Bologna (BO) Itaha",), "street+city+country-slip"),
    ],
)
def test_a_doubted_street_is_left_out_not_stored(region, rows, level):
    got = _address(region, *rows)
    assert got is not None
    assert got[1] == level
    assert probability("addresses", got[1]) < MINOR_KEEP["addresses"]


def test_a_country_after_the_province_read_right_stays():
    got = _address("IT", "Via Torino 214 - 40125 Bologna (BO) Italia")
    assert got is not None
    assert got[1] == "street+city/hi"


def test_the_mended_street_is_stored_at_its_band():
    got = _address("AT", "Ringstrafge 207", "1539 Wien")
    assert got == (("Ringstraße 207", "1539", "Wien"), "street+city/hi")


@pytest.mark.parametrize(
    ("region", "rows"),
    [
        ("MA", ("19, Rue Bni Aamir", "20250 Casablanca")),  # a real street, Casablanca
        ("JP", ("5-1-1 Tsukiji, National Cancer Center, Chuo-ku, Tokyo", "104-0045 Japan")),
    ],
)
def test_a_real_street_that_only_looks_odd_is_not_doubted(region, rows):
    got = _address(region, *rows)
    assert got is not None
    assert "odd-letters" not in got[1]
