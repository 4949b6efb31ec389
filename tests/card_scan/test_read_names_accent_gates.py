"""A Spanish í read f and a German ü read i or ii in names and titles, put back only where the
word's shape or the card says so (session 32, accent32). Hand-made OCR lines in the shapes
Tesseract gives on business-card photos; the German names whose own f an address's f read i
made "Joseí", "Doríer" stay as printed."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.accent_slips import (
    field_i_for_f,
    i_for_f,
    spanish_i_misread,
    spanish_i_put_back,
)
from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.titles import title_letters


def _spanish_card(name: str, email: str, title: str = "Ingeniero de Proyectos") -> list:
    return worded_lines(
        (name, 36), (title, 24), ("ATLAS S.L.", 30), ("+34 947 97 55 59", 22), (email, 22),
        ("Avenida Diagonal, 110", 22), ("48068 Bilbao", 22),
    )  # fmt: skip


def _german_card(name: str, email: str, title: str = "Technischer Leiter") -> list:
    return worded_lines(
        (name, 36), (title, 24), ("Schmidt Antriebstechnik GmbH", 30),
        ("+49 89 4911 3862", 22), (email, 22), ("Friedrichstraße 144", 22),
        ("80208 München", 22),
    )  # fmt: skip


def _us_card(name: str, email: str) -> list:
    return worded_lines(
        (name, 36), ("Sales Manager", 24), ("Atlas Inc.", 30), ("+1 212 555 0199", 22),
        (email, 22), ("100 Main Street", 22), ("New York, NY 10001", 22),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("read", "email", "printed"),
    [
        ("Luis Garcfa", "lgarcia@atlas.es", "Luis García"),
        ("Pedro Rodrfguez", "p.rodriguez@atlas.es", "Pedro Rodríguez"),
        ("Santiago Martfnez", "santiago.martinez@atlas.es", "Santiago Martínez"),
        ("LUIS GARCFA", "lgarcia@atlas.es", "Luis García"),
    ],
)
def test_an_i_read_f_the_address_spells_is_put_back_and_checked_by_it(read, email, printed):
    # The address spells the word with i and the word with í ends as Spanish writes it: the
    # address checks the name (was "Garcfa" at email-slip, to review with its f).
    parsed = parse_card(_spanish_card(read, email), default_region="US")
    assert parsed.contact.name.full == printed
    assert parsed.confidence["name"] >= REVIEW_BELOW


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        ("Ana Martfnez", "Ana Martínez"),
        ("Joaqufn Castro", "Joaquín Castro"),
        ("Rosa Echeverrfa", "Rosa Echeverría"),
    ],
)
def test_an_i_read_f_on_a_spanish_card_unchecked_is_put_back_and_doubted(read, printed):
    # "Ana Martfnez" beside ana@ was accepted at email+other/hi with its f.
    parsed = parse_card(_spanish_card(read, "ana@atlas.es"), default_region="US")
    assert parsed.contact.name.full == printed
    assert parsed.evidence["name"].endswith("+letter")
    assert parsed.confidence["name"] < REVIEW_BELOW


def test_a_spanish_surname_of_the_tables_read_with_f_on_another_card_goes_to_review():
    parsed = parse_card(_us_card("Luis Garcfa", "luis@atlas.com"), default_region="US")
    assert parsed.contact.name.full == "Luis García"
    assert parsed.confidence["name"] < REVIEW_BELOW


@pytest.mark.parametrize(
    ("read", "email"),
    [
        ("Josef Novak", "josei.novak@schmidt.de"),
        ("Anna Dorfer", "dorier@schmidt.de"),
        ("Wolfram Weber", "woliram@schmidt.de"),
        ("Rudolf Hoffmann", "r.hoiimann@schmidt.de"),
        ("Stefan Pfeiffer", "stefan@schmidt.de"),
        # the shapes of the second review of session 31 (rev31a): the address's f read i
        ("Anna Hofmann", "ahofimann@schmidt.de"),
        ("Olaf Kaufmann", "olai.kauimann@schmidt.de"),
        ("Peter Graf", "p.grai@schmidt.de"),
        ("Rolf Seifert", "roli.seiiert@schmidt.de"),
        ("Eva Neufeld", "eva.neuield@schmidt.de"),
    ],
)
def test_a_german_names_own_f_stays_beside_an_address_with_its_f_read_i(read, email):
    # The dropped rule of an earlier round made these "Joseí", "Doríer", "Wolíram".
    parsed = parse_card(_german_card(read, email), default_region="US")
    assert parsed.contact.name.full == read
    assert "í" not in parsed.contact.name.full


@pytest.mark.parametrize(
    ("name", "email"),
    [
        ("Adolfo Ruiz", "aruiz@atlas.es"),
        ("Rodolfo Ramos", "aruiz@atlas.es"),
        ("Adolfo Ruiz", "adolio.ruiz@atlas.es"),  # the address's f read i
        ("Rodolfo Ramos", "rodolio@atlas.es"),
    ],
)
def test_a_spanish_name_with_its_own_f_in_the_ending_stays(name, email):
    parsed = parse_card(_spanish_card(name, email), default_region="US")
    assert parsed.contact.name.full == name


def test_the_f_for_i_shape_knows_spanish_endings_only():
    assert i_for_f("Garcfa") == "García" and i_for_f("Dfaz") == "Díaz"
    assert i_for_f("Domfnguez") == "Domínguez" and i_for_f("Ramfrez") == "Ramírez"
    assert i_for_f("GARCFA") == "GARCÍA"
    for word in ("Josef", "Dorfer", "Wolfram", "Rudolf", "Stefan", "Jaffa", "Info", "CFO"):
        assert i_for_f(word) is None, word
    # The weak endings (-fa, -fo) count where the card is Spanish or the word a known name.
    assert spanish_i_misread("Echeverrfa", {"ES"})
    assert spanish_i_misread("Echeverrfa", {"US"})  # a name of the tables
    assert not spanish_i_misread("Triunfo", {"DE"}) and not spanish_i_misread("Ibarfa", {"US"})
    assert spanish_i_misread("Ibarfa", {"MX"})
    assert spanish_i_misread("Quirfn", {"US"})  # an ending no word writes with f: any card
    assert spanish_i_put_back("Maria Triunfo", {"DE"}, None) == "Maria Triunfo"
    assert spanish_i_put_back("Adolfo Martfnez", {"ES"}, "adolfo@") == "Adolfo Martínez"


def test_a_umlaut_read_i_in_juergen_is_put_back_on_a_german_card():
    # "Jirgen Grossmann" beside juergen.grossmann@: the address spells the ü (ue).
    parsed = parse_card(
        _german_card("Jirgen Grossmann", "juergen.grossmann@schmidt.de"), default_region="US"
    )
    assert parsed.contact.name.full == "Jürgen Grossmann"
    # With no address checking it ("Jirgen" was accepted at largest/hi): put back, doubted.
    parsed = parse_card(_german_card("Jirgen Grossmann", "info@schmidt.de"), default_region="US")
    assert parsed.contact.name.full == "Jürgen Grossmann"
    assert parsed.confidence["name"] < REVIEW_BELOW
    # An address read with the same slip (jirgengrossmann@; a German address writes ue or u,
    # never i) checks nothing: was accepted at email with both wrong.
    parsed = parse_card(
        _german_card("Jirgen Grossmann", "jirgengrossmann@schmidt.de"), default_region="US"
    )
    assert parsed.contact.name.full == "Jürgen Grossmann"
    assert parsed.confidence["name"] < REVIEW_BELOW
    assert parsed.confidence["emails"] < REVIEW_BELOW


def test_buelow_read_bilow_or_biilow_is_put_back():
    for read in ("Christian von Bilow", "Christian von Biilow"):
        parsed = parse_card(_german_card(read, "c.buelow@schmidt.de"), default_region="US")
        assert parsed.contact.name.full == "Christian von Bülow"


@pytest.mark.parametrize("read", ["Leiter fiir Vertrieb", "Leiter fir Vertrieb"])
def test_fuer_read_fiir_in_a_german_title_is_put_back(read):
    # Was accepted at strong/hi as read. (The shape's first example, "Partner fiir
    # Antriebstechnik", is a tagline, no title: session 33, test_read_title_slogans.py.)
    parsed = parse_card(
        _german_card("Anna Weber", "anna.weber@schmidt.de", title=read), default_region="US"
    )
    assert parsed.contact.title == "Leiter für Vertrieb"


def test_an_i_read_f_in_a_spanish_title_word():
    # The lexicon's word: put back and checked by it.
    assert title_letters("Responsable de Logfstica") == "Responsable de Logística"
    # A field word the lexicon lacks: put back by its ending, the title doubted (was accepted
    # at strong/hi as "Director de Ingenierfa").
    parsed = parse_card(
        _spanish_card("Ana Lopez", "ana@atlas.es", title="Director de Ingenierfa"),
        default_region="US",
    )
    assert parsed.contact.title == "Director de Ingeniería"
    assert parsed.confidence["title"] < REVIEW_BELOW
    assert field_i_for_f("Info") is None and field_i_for_f("Triunfo") is None
