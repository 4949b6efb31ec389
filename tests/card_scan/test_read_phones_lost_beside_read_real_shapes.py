"""Real card shapes the rules for a number lost beside the one read (session 35) must leave as
read (second review, session 35): registration numbers, house numbers and postcodes, company
names with digits, extensions and a fax's -0 group beside the numbers read, and rows read again
in a region the card names. Hand-made lines, one word per printed word, as a card prints them."""

from __future__ import annotations

import pytest
from printed import to_review, worded_lines

from contactkit.model import Phone
from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.leftovers import digits_left, glued_number
from contactkit_plugins.card_scan.text_lines import Line, Word


def _card(*rows: str, reread: str = "") -> ParsedCard:
    """The name large, then the rows; ``reread`` a last row as the second engine read it."""
    lines = worded_lines(*[(row, 40 if n == 0 else 26) for n, row in enumerate(rows)])
    if reread:
        y, left, words = 20 + 60 * len(rows), 40, []
        for part in reread.split():
            words.append(Word(part, 0.97, left, y, 18 * len(part), 26, "phone-row"))
            left += 18 * len(part) + 12
        lines.append(Line(words))
    return parse_card(lines, default_region="US")


def _kept(parsed: ParsedCard, *e164: str) -> None:
    assert parsed.evidence["phones"] != "unread"
    assert "phones" not in to_review(parsed)
    assert {p.e164 for p in parsed.contact.phones} == set(e164)


BELGIAN = ("Pieter Janssens", "Sales Manager", "Vandenberghe NV", "Tel. +32 2 512 34 56",
           "pieter.janssens@vandenberghe.be", "Rue Neuve 12, 1000 Bruxelles")  # fmt: skip
SWISS = ("Anna Keller", "Projektleiterin", "Muster AG", "Tel. +41 44 668 18 00",
         "anna.keller@muster.ch", "Bahnhofstrasse 10, 8001 Zürich")  # fmt: skip


def test_a_belgian_vat_number_glued_to_its_country_keeps_the_phones():
    # "BE0123.456.789": a registration number in thousands, no phone
    _kept(_card(*BELGIAN, "BTW BE0123.456.789"), "+3225123456")


@pytest.mark.parametrize("uid", ["UID CHE123.456.789 MWST", "UID CHE-123.456.789 MWST"])
def test_a_swiss_uid_with_or_without_its_dash_keeps_the_phones(uid: str):
    _kept(_card(*SWISS, uid), "+41446681800")


def test_an_austrian_house_stair_and_door_keep_the_phones():
    # "Str.123/45/67": three groups glued after the street's dot, seven digits
    rows = ("Silke Krause", "Leiterin Einkauf", "Schmidt Software GmbH", "Tel. +43 1 512 34 56",
            "silke.krause@schmidtsoftware.at", "Mariahilfer Str.123/45/67, 1060 Wien")  # fmt: skip
    _kept(_card(*rows), "+4315123456")


@pytest.mark.parametrize(
    ("company", "number", "email", "e164"),
    [
        ("Studio 54 GmbH", "Tel. +49 30 1234567", "max@studio54.de", "+49301234567"),
        ("1&1 Internet SE", "Tel. +49 721 91374-0", "max.weber@1und1.de", "+49721913740"),
        ("3M Company", "Tel. (651) 733-1110", "jsmith@mmm.com", "+16517331110"),
    ],
)
def test_a_company_name_with_digits_is_no_number_lost(
    company: str, number: str, email: str, e164: str
):
    parsed = _card("Max Weber", "Account Manager", company, number, email)
    assert parsed.evidence["phones"] != "unread"
    assert e164 in {p.e164 for p in parsed.contact.phones}


@pytest.mark.parametrize(
    ("company", "email", "e164"),
    [
        ("Yamada Co., Ltd. TEL.03-1234-5678", "taro@yamada.co.jp", "+81312345678"),
        ("Logistica Altair S.r.l. TEL055.596.0684", "luigi@altair.it", "+390555960684"),
        ("Acme Corp. Ph.312.363.4172", "jsmith@acme.com", "+13123634172"),
    ],
)
def test_a_number_glued_to_its_label_and_read_is_no_number_lost(
    company: str, email: str, e164: str
):
    parsed = _card("Taro Yamada", "Sales Manager", company, email)
    assert parsed.evidence["phones"] != "unread"
    assert e164 in {p.e164 for p in parsed.contact.phones}


def test_a_glued_number_in_capitals_no_label_spells_is_still_lost():
    # "S.TL55.596.0684": a label misread in capitals; grouped as a phone, not in thousands
    assert glued_number("Logistica Altair S.TL55.596.0684", [Phone(text="332 902 0553")])
    assert not glued_number("BTW BE0123.456.789", [Phone(text="+32 2 512 34 56")])


@pytest.mark.parametrize(
    ("rows", "e164"),
    [
        # a postcode ending in 0 before its town, on the phone's row: no number lost
        (("Luigi Ricci", "Titolare", "Logistica Altair S.r.l.", "luigi.ricci@altair.it",
          "Via Roma 120 - 20100 Milano - Tel. 02 1234 5678"), {"+390212345678"}),
        (("Marie Dubois", "Directrice", "Dubois SAS", "marie.dubois@dubois.fr",
          "123 rue du Faubourg 75010 Paris Tél. 01 42 68 53 01"), {"+33142685301"}),
        (("Silke Krause", "Leiterin Einkauf", "Schmidt Software GmbH", "silke@schmidt.at",
          "Mariahilfer Straße 120 · 1070 Wien · Tel. +43 1 512 34 56"), {"+4315123456"}),
        (("Anna Keller", "Projektleiterin", "Muster AG", "anna.keller@muster.ch",
          "Bahnhofstrasse 100 · 8001 Zürich · T 044 668 18 00"), {"+41446681800"}),
        (("James Brown", "Director", "Brown & Co Ltd", "james@brownco.co.uk",
          "PO Box 1000, London WC2N 5DU · T 020 7946 0100"), {"+442079460100"}),
        # a fax's -0 group and an extension beside the numbers read
        (("Thomas Müller", "Geschäftsführer", "Müller GmbH", "t.mueller@mueller.de",
          "Tel. 0221 12340-10 Fax 0221 12340-0", "Hohe Straße 5, 50667 Köln"),
         {"+492211234010", "+49221123400"}),
        (("Thomas Müller", "Geschäftsführer", "Müller GmbH", "t.mueller@mueller.de",
          "Tel. 0221 1234-0 · Durchwahl 0221 1234-2040", "Hohe Straße 5, 50667 Köln"),
         {"+4922112340", "+4922112342040"}),
        (("John Smith", "Account Manager", "Acme Corp.", "jsmith@acme.com",
          "Tel. (312) 363-4170 ext. 2040", "200 W Madison St, Chicago, IL 60606"),
         {"+13123634170;ext=2040"}),
    ],
)  # fmt: skip
def test_digits_beside_the_number_read_that_are_no_number(rows: tuple[str, ...], e164: set[str]):
    parsed = _card(*rows)
    assert parsed.evidence["phones"] != "unread"
    assert {p.e164 for p in parsed.contact.phones} == e164


def test_an_office_number_ending_in_0_before_a_label_is_still_lost():
    # "816 3620 Mobil": a number's last group before a label is no postcode before its town
    mobile = [Phone(text="0664/1212378")]
    assert digits_left(["+ 6/816 3620 Mobil 0664/1212378"], {0}, mobile)
    assert not digits_left(["Via Roma 120 - 20100 Milano - Tel. 02 1234 5678"], {0},
                           [Phone(text="02 1234 5678")])  # fmt: skip


GERMAN = ("Thomas Müller", "Geschäftsführer", "Müller GmbH", "t.mueller@mueller.de",
          "Hohe Straße 5", "50667 Köln")  # fmt: skip


@pytest.mark.parametrize(
    ("rows", "reread", "e164"),
    [
        (GERMAN, "0221 123456", "+49221123456"),
        (GERMAN, "0171 1234567", "+491711234567"),
        (("Taro Yamada", "Sales Manager", "Yamada Co., Ltd.", "taro@yamada.co.jp",
          "1-2-3 Marunouchi, Chiyoda-ku", "Tokyo 100-0005"), "03-1234-5678", "+81312345678"),
        (("James Brown", "Director", "Brown & Co Ltd", "james@brownco.co.uk", "1 Park Row",
          "Leeds LS1 5AB"), "0113 524 8827", "+441135248827"),
        (("Marie Dubois", "Directrice", "Dubois SAS", "marie.dubois@dubois.fr"),
         "01 42 68 53 00", "+33142685300"),
        (("Anna Keller", "Projektleiterin", "Muster AG", "anna.keller@muster.ch",
          "Bahnhofstrasse 10", "8001 Zürich"), "044 668 18 00", "+41446681800"),
        (("Silke Krause", "Leiterin Einkauf", "Schmidt Software GmbH", "silke@schmidt.at",
          "Mariahilfer Straße 88", "8020 Graz"), "0664/1212378", "+436641212378"),
        (("Jan Kowalski", "Dyrektor", "Kowalski Sp. z o.o.", "jan.kowalski@kowalski.pl",
          "ul. Marszalkowska 10", "00-590 Warszawa"), "22 123 45 67", "+48221234567"),
        # the card's region told only by its other number's country code
        (("Jan Kowalski", "Dyrektor", "Kowalski Sp. z o.o.", "jan@kowalski.com",
          "Tel. +48 22 123 45 67"), "Kom. 601 234 567", "+48601234567"),
        (("Inge de Wit", "Controller", "Helix B.V.", "inge@helix.com", "T +31 20 123 4567"),
         "M 06 1234 5678", "+31612345678"),
    ],
)  # fmt: skip
def test_a_row_read_again_in_a_region_the_card_names_stays_reread(
    rows: tuple[str, ...], reread: str, e164: str
):
    parsed = _card(*rows, reread=reread)
    assert parsed.evidence["phones"] == "reread/hi"
    assert e164 in {p.e164 for p in parsed.contact.phones}


def test_a_row_read_again_through_a_dialling_prefix_no_clue_names_is_doubted():
    # a Leeds number on a card that names no region: "011 352..." to a US reader, Luxembourg
    parsed = _card("James Brown", "Director", "Brown & Co Ltd", "james@brownco.com",
                   reread="0113 524 8827")  # fmt: skip
    assert parsed.evidence["phones"].startswith("other-region")
    assert "phones" in to_review(parsed)
