"""Town lines the parser left unread (session 59): Sweden's and Czechia's spaced postcodes,
Australia's state and postcode, Singapore, Ireland's Eircode, Copenhagen's district Ø read as a
0 or a Q; Iberia's street, comma, house number; and a map pin read before the street as a 9, a g
or a sign. Hand-made OCR lines through the real parser, with what the rules must leave alone."""

from __future__ import annotations

import pytest
from printed import address_of, worded_lines

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.postal import city_line


@pytest.mark.parametrize(
    ("region", "rows", "want"),
    [
        (
            "SE",
            ("Strandvägen 29", "411 86 Göteborg"),
            ("Strandvägen 29", "411 86", "Göteborg", None),
        ),
        (
            "SE",
            ("Vasagatan 14, 111 20 Stockholm, Sverige",),
            ("Vasagatan 14", "111 20", "Stockholm", None),
        ),
        ("CZ", ("Husova 22/5", "140 00 Praha 4"), ("Husova 22/5", "140 00", "Praha 4", None)),
        (
            "AU",
            ("Level 6, 36 Bourke Street", "Melbourne VIC 3000"),
            ("Level 6, 36 Bourke Street", "3000", "Melbourne", "VIC"),
        ),
        (
            "AU",
            ("40 Adelaide Street", "North Sydney NSW 2060"),
            ("40 Adelaide Street", "2060", "North Sydney", "NSW"),
        ),
        (
            "AU",
            ("27 St Georges Terrace", "Perth WA 6000"),
            ("27 St Georges Terrace", "6000", "Perth", "WA"),
        ),
        (
            "SG",
            ("25 Shenton Way, #32-04, Singapore 016181",),
            ("25 Shenton Way, #32-04", "016181", "Singapore", None),
        ),
        (
            "SG",
            ("3 Science Park Road", "Singapore 117227"),
            ("3 Science Park Road", "117227", "Singapore", None),
        ),
        (
            "IE",
            ("904 Merrion Square", "Dublin 2, DO2 POD7"),
            ("904 Merrion Square", "D02 P0D7", "Dublin 2", None),
        ),
        (
            "IE",
            ("34 Leeson Street Upper, Galway, H91 Y1R6, Ireland",),
            ("34 Leeson Street Upper", "H91 Y1R6", "Galway", None),
        ),
        (
            "DK",
            ("Vesterbrogade 1, 1. sal", "2100 Kobenhavn 0"),
            ("Vesterbrogade 1, 1. sal", "2100", "Kobenhavn Ø", None),
        ),
        (
            "DK",
            ("Amaliegade 44", "2100 Kobenhavn Q"),
            ("Amaliegade 44", "2100", "Kobenhavn Ø", None),
        ),
        ("NO", ("Drammensveien 10", "9038 Troms0"), ("Drammensveien 10", "9038", "Tromso", None)),
        (
            "PT",
            ("Praça do Comércio, 6, 4050-213 Porto",),
            ("Praça do Comércio, 6", "4050-213", "Porto", None),
        ),
        (
            "ES",
            ("Passeig de Gràcia, 28, 2° planta, 08007 Barcelona",),
            ("Passeig de Gràcia, 28, 2ª planta", "08007", "Barcelona", None),
        ),
        (
            "ES",
            ("Avenida Diagonal, 140, 2? planta", "08018 Barcelona"),
            ("Avenida Diagonal, 140, 2ª planta", "08018", "Barcelona", None),
        ),
        (
            "PT",
            ("Rua Augusta 91, 3° Esq.", "1100-048 Lisboa"),
            ("Rua Augusta 91, 3º Esq.", "1100-048", "Lisboa", None),
        ),
        # Ireland's town, then its Eircode on a line of its own, as An Post prints them
        (
            "IE",
            ("133 Baggot Street Lower", "Galway", "H91 Y1R6"),
            ("133 Baggot Street Lower", "H91 Y1R6", "Galway", None),
        ),
        (
            "IE",
            ("791 Patrick Street", "Dublin 2", "D02 Y9J9"),
            ("791 Patrick Street", "D02 Y9J9", "Dublin 2", None),
        ),
        (
            "IE",
            ("571 Merrion Square", "Waterford", "X91 HOS2", "Ireland"),
            ("571 Merrion Square", "X91 H0S2", "Waterford", None),
        ),
        # a Canadian postcode's 5 read S, its J read as a bracket
        (
            "CA",
            ("138 Bay Street, Unit 1513", "Toronto, ON MSH 7Y9"),
            ("138 Bay Street, Unit 1513", "M5H 7Y9", "Toronto", "ON"),
        ),
        (
            "CA",
            ("26 West Georgia Street, Suite 157", "Halifax NS B3] 6A6"),
            ("26 West Georgia Street, Suite 157", "B3J 6A6", "Halifax", "NS"),
        ),
        # a range after a dash, a Dutch "bis": the street above its town line is read
        (
            "DE",
            ("HafenstraBe 29-31", "60357 Frankfurt am Main"),
            ("Hafenstraße 29-31", "60357", "Frankfurt am Main", None),
        ),
        (
            "NL",
            ("Westblaak 98 bis", "2317 WR Leiden"),
            ("Westblaak 98 bis", "2317 WR", "Leiden", None),
        ),
        # the map pin before it read as a sign
        ("NO", ("% Munkegata 189", "0173 Oslo"), ("Munkegata 189", "0173", "Oslo", None)),
        # a romanised Japanese street: the district, then its block number (chome-ban-go)
        (
            "JP",
            ("Marunouchi 4-18-20, Shinjuku-ku", "Tokyo 160-0014"),
            ("Marunouchi 4-18-20, Shinjuku-ku", "160-0014", "Tokyo", None),
        ),
        # its -dori with the r read n
        (
            "JP",
            ("Shijo-doni 2-3-23, Shimogyo-ku", "Kyoto 600-8202"),
            ("Shijo-dori 2-3-23, Shimogyo-ku", "600-8202", "Kyoto", None),
        ),
        # a Danish Ø read as a slashed zero
        ("DK", ("0stergade 149", "9000 Aalborg"), ("Østergade 149", "9000", "Aalborg", None)),
    ],
)
def test_an_address_of_its_country(region, rows, want):
    assert address_of(region, *rows) == want


@pytest.mark.parametrize(
    ("region", "rows", "street"),
    [
        ("AT", ("9 Hauptplatz 167", "4020 Linz"), "Hauptplatz 167"),
        ("AT", ("9% Hauptplatz 34", "1010 Wien"), "Hauptplatz 34"),
        ("BE", ("9g Avenue Louise 40", "1050 Bruxelles"), "Avenue Louise 40"),
        ("ES", ("9 Passeig de Gracia, 57, 28073 Madrid",), "Passeig de Gracia, 57"),
        ("FR", ("9 38, rue Victor Hugo", "06000 Nice"), "38, rue Victor Hugo"),
        ("US", ("g 942 Sparks Street", "Portland, OR 97205"), "942 Sparks Street"),
        (
            "GB",
            ("9 The Old Mill, 38 High Street", "Reading RG1 3YH"),
            "The Old Mill, 38 High Street",
        ),
        (
            "AU",
            ("g Level 13, 22 Miller Street", "North Sydney NSW 2060"),
            "Level 13, 22 Miller Street",
        ),
        ("SG", ("@ 3 Science Park Road", "Singapore 117227"), "3 Science Park Road"),
        # a house number of its own: no pin
        (
            "US",
            ("9 Peachtree Street NE, Suite 1767", "Atlanta, GA 30303"),
            "9 Peachtree Street NE, Suite 1767",
        ),
        ("US", ("9 Main Street", "Boston, MA 02110"), "9 Main Street"),
        ("US", ("9 West 57th Street", "New York, NY 10019"), "9 West 57th Street"),
        ("FR", ("9 rue de la Paix", "75002 Paris"), "9 rue de la Paix"),
        ("AT", ("Getreidegasse 9", "5020 Salzburg"), "Getreidegasse 9"),
    ],
)
def test_a_pin_before_the_street(region, rows, street):
    found = address_of(region, *rows)
    assert found is not None and found[0] == street


def _level(region: str, *rows: str) -> str:
    lines = worded_lines(("Jan de Vries", 40), ("Acme", 24), *((r, 24) for r in rows))
    return parse_card(lines, default_region=region).evidence["addresses"]


@pytest.mark.parametrize(
    "rows",
    [
        ("34 Leeson Street Upper", "Galway H91 U6L6"),  # no Eircode holds a U or an L
        ("77 West Georgia Street", "Mississauga, ON L5B 3U9"),  # no Canadian postcode a U
    ],
)
def test_a_postcode_with_letters_its_country_never_prints_is_doubted(rows):
    assert _level("US", *rows) == "street+city+odd-postcode"


def test_a_real_eircode_and_canadian_postcode_are_not_doubted():
    assert _level("IE", "34 Leeson Street Upper", "Galway H91 Y1R6") == "street+city/hi"
    assert _level("CA", "77 King Street West", "Toronto, ON M5K 1A2") == "street+city/hi"


@pytest.mark.parametrize(
    "text",
    [
        "Tel 411 86 00",  # a number's pieces, no town
        "140 00",  # a postcode alone
        "Sydney 2000",  # no state
        "Singapore",  # the country alone
        "Kobenhavn 0",  # no postcode
    ],
)
def test_no_new_town_line(text):
    assert city_line(text) is None


def test_a_british_town_line_is_no_irish_one():
    assert city_line("London SW1A 1AA") == {"city": "London", "postal": "SW1A 1AA"}


@pytest.mark.parametrize(
    "rows",
    [
        ("211 Deansgate", "Manchester", "Q91 Y1R6"),  # no routing key opens on a Q
        ("211 Deansgate", "Manchester", "H91"),
    ],
)
def test_no_lone_eircode(rows):
    found = address_of("IE", *rows)
    assert found is None or found[1] is None


def test_a_phone_number_above_a_japanese_town_is_no_block_number():
    assert address_of("JP", "Tel 03-1234-5678", "Tokyo 160-0014") == (
        None,
        "160-0014",
        "Tokyo",
        None,
    )
