"""The name's parts (session 33, names33): the honorific printed before the name kept as its
prefix (it was dropped with the degrees), and a Spanish double family name kept whole (the
name parser made its first word a middle name). The name itself reads as before."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit import normalize
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.name_parts import printed_prefix, row_prefix, spanish_family
from contactkit_plugins.card_scan.text_lines import Line, Word


def _card(name: str, email: str, phone: str = "+49 89 4911 3862") -> list:
    return worded_lines(
        (name, 36), ("Technischer Leiter", 24), ("Atlas Technik GmbH", 30),
        (phone, 22), (email, 22),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("line", "full", "prefix"),
    [
        ("Dr. Johannes König", "Johannes König", "Dr."),
        ("Prof. Dr. Johannes König", "Johannes König", "Prof. Dr."),
        ("Dr.-Ing. Anna Weber", "Anna Weber", "Dr.-Ing."),
        ("Mr John Smith", "John Smith", "Mr"),
        ("Sra. Ana Ruiz", "Ana Ruiz", "Sra."),
        ("Lic. Ana Ruiz", "Ana Ruiz", "Lic."),
        ("Dott. Ing . Paola Longo", "Paola Longo", "Dott. Ing."),
        ("dr inz. Zofia Malinowska", "Zofia Malinowska", "dr inż."),  # its ż read z
    ],
)
def test_the_honorific_printed_is_kept(line, full, prefix):
    assert printed_prefix(line, full) == prefix


@pytest.mark.parametrize(
    ("line", "full"),
    [
        ("John Smith", "John Smith"),
        ("OR. Johannes König", "Johannes König"),  # DR. misread: dropped, not kept as read
        ("Dipl.-lng. Anna Weber", "Anna Weber"),  # its I read l
        ("ch. Vincenzo Lombardo", "Vincenzo Lombardo"),  # Arch. cut at the edge
        ("Dr. Johannes König", "Maria Schulz"),  # the name taken from another line
        ("Eng Kok Leong", "Eng Kok Leong"),  # a name word, no dot
    ],
)
def test_no_prefix_is_made_of_what_is_not_one(line, full):
    assert printed_prefix(line, full) == ""


def test_a_card_keeps_the_prefix_and_the_name_reads_as_before():
    parsed = parse_card(_card("Dr. Johannes Becker", "j.becker@atlas.de"), default_region="US")
    name = parsed.contact.name
    assert (name.full, name.prefix, name.given, name.family) == (
        "Johannes Becker", "Dr.", "Johannes", "Becker"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("full", "countries", "family"),
    [
        ("Juan García López", {"ES"}, "García López"),
        ("Juan Carlos García López", {"MX"}, "García López"),
        ("María José Fernández Jiménez", set(), "Fernández Jiménez"),  # both common Spanish
        ("Luis Cruz Ramos", {"CO"}, "Cruz Ramos"),
        ("Ana García y López", {"ES"}, "García y López"),
        ("Laura del Río Hernández", {"ES"}, "del Río Hernández"),
    ],
)
def test_a_spanish_double_family_name_is_kept_whole(full, countries, family):
    assert spanish_family(full, frozenset(countries)) == family


@pytest.mark.parametrize(
    ("full", "countries"),
    [
        ("Juan Carlos Martínez", {"ES"}),  # a two-word given name
        ("Anna Maria Schmidt", {"DE"}),
        ("Anna Maria Schmidt", {"ES"}),
        ("John Fitzgerald Kennedy", {"US"}),
        ("Ana de la Torre", {"ES"}),  # one family name with its particles
        ("Guadalupe Martín de la Fuente", {"ES"}),  # Martín a given name too: left to the parser
        ("JUAN GARCIA LOPEZ", {"ES"}),
        ("Juan López", {"ES"}),
    ],
)
def test_other_names_keep_the_parsers_split(full, countries):
    assert spanish_family(full, frozenset(countries)) == ""


def test_a_spanish_card_keeps_both_family_names():
    lines = worded_lines(
        ("Juan García López", 36), ("Jefe de Compras", 24), ("ATLAS S.L.", 30),
        ("+34 947 97 55 59", 22), ("juan.garcia@atlas.es", 22),
    )  # fmt: skip
    name = parse_card(lines, default_region="US").contact.name
    assert (name.full, name.given, name.middle, name.family) == (
        "Juan García López", "Juan", None, "García López"
    )  # fmt: skip


def _italian_card(name: str) -> list:
    # Photo seed 338 card 87's shape: the department printed larger than the name.
    return worded_lines(
        (name, 26), ("Amministratore Delegato", 30), ("Ufficio Commerciale", 35),
        ("Rinaldi Elettronica S.p.A.", 25), ("Tel.: 081 593 0663", 30),
        ("https://www.rinaldi-elettronica.it", 30),
    )  # fmt: skip


def test_a_line_opening_on_an_honorific_is_the_name():
    parsed = parse_card(_italian_card("Dott. Luca Rossi"), default_region="US")
    assert parsed.contact.name.full == "Luca Rossi"
    assert parsed.contact.name.prefix == "Dott."


def test_a_firm_named_for_a_doctor_stays_the_company():
    lines = worded_lines(
        ("Anna Weber", 36), ("Leiterin Vertrieb", 24), ("Dr. Oetker Nahrungsmittel KG", 30),
        ("+49 521 155 0", 22), ("anna.weber@oetker.de", 22),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.name.full == "Anna Weber"
    assert parsed.contact.name.prefix is None
    # (its "Dr." is dropped from the company, as before this rule: left alone)
    assert parsed.contact.organization.name.endswith("Oetker Nahrungsmittel KG")


def _polish_card(name: str, email: str = "biuro@nexus.pl", phone: str = "+48 22 473 53 21"):
    return worded_lines(
        (name, 55), ("Office Manager", 45), ("Nexus Sp. z o.o.", 50), (f"tel. {phone}", 29),
        (email, 29), ("ul. Floriańska 98/32", 30), ("00-465 Warszawa", 30),
    )  # fmt: skip


def test_a_polish_l_read_el_in_capitals_is_put_back_and_doubted():
    parsed = parse_card(_polish_card("MICHAEL MICHALAK"), default_region="US")
    assert parsed.contact.name.full == "Michał Michalak"
    assert parsed.evidence["name"].endswith("+letter")
    parsed = parse_card(_polish_card("RAFAEL NOWAK"), default_region="US")
    assert parsed.contact.name.full == "Rafał Nowak"


@pytest.mark.parametrize(
    ("name", "email", "phone"),
    [
        ("MICHAEL SCHMIDT", "biuro@nexus.de", "+49 89 4911 3862"),  # no Polish card
        ("MICHAEL NOWAK", "michael.nowak@nexus.pl", "+48 22 473 53 21"),  # the address spells it
        ("Michael Nowak", "biuro@nexus.pl", "+48 22 473 53 21"),  # not in capitals
        ("MICHAELA NOWAK", "biuro@nexus.pl", "+48 22 473 53 21"),
    ],
)
def test_a_michael_printed_so_stays(name, email, phone):
    parsed = parse_card(_polish_card(name, email, phone), default_region="US")
    assert normalize.fold(parsed.contact.name.full) == normalize.fold(name)
    assert "ł" not in parsed.contact.name.full.lower()


def _row_card(*pieces: tuple[str, int]) -> list[Line]:
    words, x = [], 90
    for text, gap in pieces:
        words.append(Word(text, 0.95, x + gap, 263, 12 * len(text), 30))
        x += gap + 12 * len(text)
    return [Line([w]) for w in words]


@pytest.mark.parametrize(
    ("pieces", "prefix"),
    [
        ((("Dr.", 0), ("Lucía López Suárez", 100)), "Dr."),  # the title read apart
        ((("mgr inz.", 0), ("Rafał Kowalski", 60)), "mgr inż."),
        ((("DI", 0), ("Andrea Koch", 40)), "DI"),
        ((("Or", 0), ("sc. techn.", 60), ("Ursula Bauer", 100)), ""),  # DR. misread: none
        ((("Vertrieb", 0), ("Anna Weber", 100)), ""),
    ],
)
def test_an_honorific_read_apart_on_the_name_row_is_kept(pieces, prefix):
    lines = _row_card(*pieces)
    assert row_prefix(lines, len(lines) - 1) == prefix


def test_a_t_ending_a_name_after_a_consonant_is_no_polish_l():
    # Photo seed 340 card 2: the address's t read L ("albrechLfranziska@") had made the name
    # "Albrechł", accepted with the address as its check.
    lines = worded_lines(
        ("Dr. Franziska Albrecht", 61), ("Vertriebsinnendienst", 39), ("Schulze & Cie Sàrl", 46),
        ("061 458 92 55", 45), ("albrechLfranziska@schulze.ch", 43), ("Bahnhofstrasse 115", 43),
        ("4091 Basel", 42),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.name.full == "Franziska Albrecht"
    assert parsed.contact.name.prefix == "Dr."


def test_a_polish_l_ending_a_name_after_a_vowel_is_put_back():
    lines = _polish_card("Pawet Nowak", "pawel.nowak@nexus.pl")
    assert parse_card(lines, default_region="US").contact.name.full == "Paweł Nowak"


def _dutch_card(name: str, email: str) -> list:
    return worded_lines(
        ("Zeeland Groep N.V.", 37), (name, 76), ("Accountmanager", 53), ("020-923-7429", 42),
        (email, 55), ("Kerkstraat 41", 49), ("1064 GE Amsterdam", 52),
    )  # fmt: skip


def test_a_name_read_right_is_not_bent_to_the_address_i_read_l():
    # Photo seed 339 card 38: "Ingrid de Bruijn" beside "debruljn@" (the address's i read l)
    # had been made "Brułjn"; no clue of the card makes it Polish.
    parsed = parse_card(_dutch_card("Ingrid de Bruijn", "debruljn@zeeland.nl"), default_region="US")
    assert parsed.contact.name.full == "Ingrid de Bruijn"


def test_a_t_read_for_l_on_a_german_card_is_an_l():
    lines = worded_lines(
        ("Silke Sitke", 30), ("Key Account Manager", 30), ("Koch Verpackung SE", 46),
        ("069/7754141687", 41), ("E sitke@koch.de", 40), ("Bahnhofstraße 199a", 39),
        ("60436 Frankfurt am Main", 35),
    )  # fmt: skip
    assert parse_card(lines, default_region="US").contact.name.full == "Silke Sitke"
    lines[0] = worded_lines(("Anna Sitke", 30))[0]
    lines[4] = worded_lines(("E anna.silke@koch.de", 40))[0]
    assert parse_card(lines, default_region="US").contact.name.full == "Anna Silke"


def test_a_polish_card_still_gets_its_l_stroke():
    lines = _polish_card("Matgorzata Nowak", "malgorzata.nowak@nexus.pl")
    assert parse_card(lines, default_region="US").contact.name.full == "Małgorzata Nowak"
