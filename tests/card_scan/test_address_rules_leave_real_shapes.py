"""What session 35's address rules (addr35) must leave as printed, reviewed by rev35c: real
streets, towns and sites that look like the slips those rules mend (a German village Rhene, a
Catalan "Ruc", a Swiss canton in brackets, a short site beside a separator, a Postfach that is
the whole address). Hand-made OCR lines through the real parser."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.street_repair import repair_city, repair_street


def _card(region: str, *rows: str) -> ParsedCard:
    return parse_card(
        worded_lines(("Jan Kowalski", 40), ("Acme", 24), *((r, 24) for r in rows)),
        default_region=region,
    )


def _address(region: str, *rows: str) -> tuple | None:
    found = _card(region, *rows).contact.addresses
    if not found:
        return None
    a = found[0]
    return a.street, a.postal_code, a.city, a.region


@pytest.mark.parametrize(
    ("street", "region"),
    [
        ("An der Rhene 4", "DE"),  # Rhene: villages in Hesse and Lower Saxony, and a river
        ("Rhener Straße 4", "DE"),
        ("Carrer del Ruc de Sant Pere 3", "ES"),  # Catalan "ruc" (donkey)
        ("Am Pokal 3", "DE"),
        ("Am Kanal 3", "DE"),
        ("Kalkweg 3", "DE"),
        ("Lokalbahnstraße 5", "DE"),
        ("Via Portokal 2", "IT"),  # -kal outside a German street
        ("ul. Dietla 5", "PL"),
        ("ul. Dzika 5", "PL"),
        ("ul. Wrocławska 5", "PL"),
        ("ul. Czeska 5", "PL"),
        ("ul. Gdańska 5", "PL"),
        ("ul. Hoża 5", "PL"),
        ("Suite 3? B", "US"),
        ("Calle Mayor, 3, 2º A", "ES"),
    ],
)
def test_a_real_street_stays_as_printed(street, region):
    assert repair_street(street, region) == street


@pytest.mark.parametrize(
    ("street", "region", "want"),
    [
        ("Rue du Rhene 104", "CH", "Rue du Rhône 104"),  # the plain e still mended after "du"
        ("12 ruc de Rivoli", "FR", "12 rue de Rivoli"),
        ("12b ruc du Port", "FR", "12b rue du Port"),
        ("Ruc de la Paix 3", "FR", "Rue de la Paix 3"),
        ("5, ruc des Alpes", "CH", "5, rue des Alpes"),
    ],
)
def test_a_rue_and_the_rhone_still_mended(street, region, want):
    assert repair_street(street, region) == want


@pytest.mark.parametrize(
    ("rows", "region", "want"),
    [
        # the canton of Vaud, no Vicenza: a Swiss postcode has four digits
        (
            ("Avenue de Rhodanie 2", "1007 Lausanne (VD)"),
            "CH",
            ("Avenue de Rhodanie 2", "1007", "Lausanne (VD)", None),
        ),
        (
            ("Avenue de Rhodanie 2", "1007 Lausanne (VD)"),
            "DE",
            ("Avenue de Rhodanie 2", "1007", "Lausanne (VD)", None),
        ),
        (("Via Nassa 5", "6900 Lugano (TI)"), "CH", ("Via Nassa 5", "6900", "Lugano (TI)", None)),
        (("Via Roma 9", "35100 Padova (PD)"), "IT", ("Via Roma 9", "35100", "Padova (PD)", None)),
        # an Italian CAP's five digits: the I and bracket read D still put back
        (("Via Roma 9", "36100 Vicenza (VD"), "IT", ("Via Roma 9", "36100", "Vicenza (VI)", None)),
        (("Via Roma 9", "50139 Firenze (FD"), "IT", ("Via Roma 9", "50139", "Firenze (FI)", None)),
    ],
)
def test_a_province_or_canton_in_brackets(rows, region, want):
    assert _address(region, *rows) == want


def test_repair_city_leaves_a_swiss_canton_after_a_swiss_postcode():
    assert repair_city("Lausanne (VD)", "Avenue de Rhodanie 2", "CH", "1007") == "Lausanne (VD)"
    assert repair_city("Firenze (FD", "Via Roma 9", "IT", "50139") == "Firenze (FI)"


@pytest.mark.parametrize(
    ("rows", "region", "want"),
    [
        # a Postfach that is the whole address stays the street, as it was read before addr35
        (("Postfach 1234", "8021 Zürich"), "CH", ("Postfach 1234", "8021", "Zürich", None)),
        (("Postfach", "8021 Zürich"), "CH", (None, "8021", "Zürich", None)),
        (
            ("Bahnhofstrasse 45", "Postfach", "8021 Zürich"),
            "CH",
            ("Bahnhofstrasse 45", "8021", "Zürich", None),
        ),
        (
            ("Neuer Wall 10", "Postfach 10 12 34", "20457 Hamburg"),
            "DE",
            ("Neuer Wall 10", "20457", "Hamburg", None),
        ),
        # a box below the street's town is a second address: its postcode is the box's alone
        (
            ("Neuer Wall 10", "20354 Hamburg", "Postfach 30 12 34", "20305 Hamburg"),
            "DE",
            ("Neuer Wall 10", "20354", "Hamburg", None),
        ),
        (
            ("Bahnhofstrasse 45", "8001 Zürich", "Postfach", "8021 Zürich"),
            "CH",
            ("Bahnhofstrasse 45", "8001", "Zürich", None),
        ),
        # Utah's UT, Massachusetts written out or cut short in a street, stay as read
        (
            ("100 N University Ave", "Provo, UT 84601"),
            "US",
            ("100 N University Ave", "84601", "Provo", "UT"),
        ),
        (("1 Mass. Ave", "Boston, MA 02110"), "US", ("1 Mass. Ave", "02110", "Boston", "MA")),
        (
            ("77 Massachusetts Avenue", "Cambridge, MA 02139"),
            "US",
            ("77 Massachusetts Avenue", "02139", "Cambridge", "MA"),
        ),
        (
            ("1000 Massachusetts Ave", "Cambridge, Mass. 02138"),
            "US",
            ("1000 Massachusetts Ave", "02138", "Cambridge", "MA"),
        ),
        (("1 Main St", "Washington, DC 20001"), "US", ("1 Main St", "20001", "Washington", "DC")),
        # a colonia's line is no street, and "Col." after a town is no state read
        (
            ("Paseo de la Reforma 250", "Col. Juárez", "06600 Ciudad de México, CDMX"),
            "MX",
            ("Paseo de la Reforma 250", "06600", "Ciudad de México", "CDMX"),
        ),
        (("Av. Revolución 1", "28000 Colima, Col."), "MX", None),
        (
            ("Kossuth Lajos tér 1", "1055 Budapest"),
            "HU",
            ("Kossuth Lajos tér 1", "1055", "Budapest", None),
        ),
    ],
)
def test_real_address_shapes_beside_the_new_ones(rows, region, want):
    assert _address(region, *rows) == want


@pytest.mark.parametrize(
    ("row", "site"),
    [
        ("av.com", "av.com"),
        ("avd.de | +34 912 345 678", "avd.de"),
        ("avda.es / 912 345 678", "avda.es"),
        ("Web: avda.es Tel 912 345 678", "avda.es"),
        ("pza.it · info@pza.it", "pza.it"),
        ("www.avd.de", "www.avd.de"),
    ],
)
def test_a_short_site_beside_a_separator_stays_a_site(row, site):
    card = _card("ES", "Calle Mayor 3", "28013 Madrid", row)
    assert [u.url for u in card.contact.urls] == [site]
    assert card.contact.addresses[0].street == "Calle Mayor 3"


def test_an_email_on_a_street_words_domain_stays_an_email():
    card = _card("ES", "Calle Mayor 3", "28013 Madrid", "info@avda.es")
    assert card.contact.emails == ["info@avda.es"]
    assert card.contact.urls == []


@pytest.mark.parametrize(
    ("rows", "street"),
    [
        (("Av.de América, 32", "28028 Madrid"), "Av. de América, 32"),
        (("Pza.de España, 3", "28008 Madrid"), "Pza. de España, 3"),
    ],
)
def test_a_street_word_run_into_its_preposition_is_no_site(rows, street):
    card = _card("ES", *rows)
    assert card.contact.urls == []
    assert card.contact.addresses[0].street == street
