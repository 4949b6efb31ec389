"""Second review of session 33's rules (rev33b): real shapes the new rules must leave as
printed, and the shapes where a rule was narrowed. Hand-made OCR lines as Tesseract gives them
on business-card photos; no OCR is run."""

from __future__ import annotations

import pytest
from PIL import Image
from printed import worded_lines

from contactkit import normalize
from contactkit_plugins.card_scan import email_block_rows
from contactkit_plugins.card_scan.company_word_slips import capital_inside
from contactkit_plugins.card_scan.email_mend import LONE_SOURCE
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.local_repair import mended_by_name
from contactkit_plugins.card_scan.name_checks import el_for_l, enye_read
from contactkit_plugins.card_scan.name_parts import spanish_family
from contactkit_plugins.card_scan.slogans import slogan_line
from contactkit_plugins.card_scan.text_lines import Line, Word
from contactkit_plugins.card_scan.title_checks import ligature_read
from contactkit_plugins.card_scan.titles import title_score

# --- taglines: real titles of eight languages stay titles ------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Leiterin Vertrieb",
        "Head of Sales & Marketing",
        "Directeur Commercial",
        "Directrice Générale",
        "Responsable de Ventas",
        "Gerente de Ventas",
        "Kierownik ds. Sprzedaży",
        "Dyrektor Handlowy",
        "Responsabile Vendite",
        "Direttore Commerciale",
        "Hoofd Verkoop",
        "Partner",
        "Managing Partner",
        "Partner & Head of Tax",
        "Rechtsanwalt und Partner",
        "Director for Europe",
        "Head of FIR Operations",
        # a law or tax firm's partner with the field of practice (narrowed, second review)
        "Partner für Steuerrecht",
        "Partner für Arbeitsrecht",
        "Partner for Tax",
        "Partner voor Fiscaal Recht",
        # a title word's last l read "!" (narrowed, second review)
        "Head of Retai!",
        "Director of Technica!",
    ],
)
def test_a_real_title_is_no_tagline(title):
    assert not slogan_line(title)
    assert title_score(title) > 0


@pytest.mark.parametrize(
    "slogan",
    [
        "Ihr Partner für Steuerrecht",  # speaks to the reader
        "Partner für Antriebstechnik",
        "Partner for Growth",
        "Wir bewegen Ihre Welt!",
        "Let us make it real!",
        "Seit 1952 Ihr Partner",
        "Ihr Ansprechpartner für Vertrieb",
    ],
)
def test_a_tagline_stays_one(slogan):
    assert slogan_line(slogan)
    assert title_score(slogan) == 0


def test_a_law_partner_s_title_is_taken_on_the_card():
    lines = worded_lines(
        ("Dr. Anna Weber", 36), ("Partner für Steuerrecht", 24), ("Weber & Kollegen", 30),
        ("+49 89 4911 3862", 22), ("a.weber@weber-kollegen.de", 22),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.title == "Partner für Steuerrecht"
    assert parsed.contact.name.full == "Anna Weber"


# --- Spanish double family names --------------------------------------------------------------


@pytest.mark.parametrize(
    ("full", "countries"),
    [
        # a compound given name whose second word the nickname tables lack (narrowed)
        ("Juan Pablo Montoya", {"CO"}),
        ("María Inés Vega", {"ES"}),
        ("María Luisa Pardo", {"ES"}),
        ("Pedro Pablo León", {"PE"}),
        # particles and other languages: the parser's split
        ("María del Carmen Garrido", {"ES"}),
        ("Juan de la Cruz", {"ES"}),
        ("Ana de la Torre", {"ES"}),
        ("João Pedro da Silva Santos", {"BR"}),
        ("João Silva Santos", {"PT"}),
        ("Jan van der Berg", {"NL"}),
        ("Ursula von der Leyen", {"DE"}),
        ("Karl-Theodor von Guttenberg", {"DE"}),
        ("Hans Peter Müller", {"DE"}),
        ("JUAN CARLOS GARCÍA LÓPEZ", {"ES"}),
    ],
)
def test_no_double_family_name_is_made(full, countries):
    assert spanish_family(full, frozenset(countries)) == ""


@pytest.mark.parametrize(
    ("full", "family"),
    [
        ("Francisco Javier Ruiz Gómez", "Ruiz Gómez"),  # Javier now known as given
        ("Juan Carlos García López", "García López"),
        ("Miguel de Cervantes Saavedra", "de Cervantes Saavedra"),
    ],
)
def test_a_double_family_name_stays_whole(full, family):
    assert spanish_family(full, frozenset({"ES"})) == family


def test_a_card_with_a_compound_given_name_keeps_it():
    lines = worded_lines(
        ("Juan Pablo Montoya", 36), ("Gerente de Ventas", 24), ("Iberia Logística S.L.", 30),
        ("+34 91 743 2020", 22), ("jpmontoya@iberialog.es", 22),
    )  # fmt: skip
    name = parse_card(lines, default_region="US").contact.name
    assert (name.given, name.middle, name.family) == ("Juan", "Pablo", "Montoya")


# --- the honorific opening a line: a firm named for a doctor is no person ------------------


@pytest.mark.parametrize(
    "company", ["Dr. Oetker KG", "Dr. Oetker Professional GmbH", "Dr. Hauschka Skin Care GmbH"]
)
def test_a_firm_named_for_a_doctor_printed_large_is_not_the_name(company):
    lines = worded_lines(
        (company, 40), ("Hans Müller", 28), ("Leiter Vertrieb", 22),
        ("+49 521 155 0", 20), ("info@oetker.de", 20),
    )  # fmt: skip
    assert parse_card(lines, default_region="US").contact.name.full == "Hans Müller"


# --- Michał: only on a card whose every clue is Polish ---------------------------------------


def test_a_michael_on_a_card_with_a_german_clue_too_stays():
    # A German manager of a Polish branch: a Munich number beside the Wrocław address.
    assert el_for_l("MICHAEL SCHMIDT", "MICHAEL SCHMIDT", {"PL", "DE"}, None) == "MICHAEL SCHMIDT"
    assert el_for_l("MICHAEL NOWAK", "MICHAEL NOWAK", {"PL"}, None) == "MICHAŁ NOWAK"
    assert el_for_l("GABRIEL NOWAK", "GABRIEL NOWAK", {"PL"}, None) == "GABRIEL NOWAK"
    assert el_for_l("DANIEL NOWAK", "DANIEL NOWAK", {"PL"}, None) == "DANIEL NOWAK"


# --- Jestis -> Jesús: only on a Spanish-speaking card -----------------------------------------


def test_jestis_is_jesus_on_a_spanish_card_only():
    assert enye_read("jestis", {"ES"}) == "jesús"
    assert enye_read("jestis", {"DE"}) is None
    assert enye_read("jesus", {"ES"}) is None


# --- capital_inside: real inner capitals are never doubted ----------------------------------


@pytest.mark.parametrize(
    "word",
    ["McKinsey", "DeWalt", "PayPal", "iPhone", "BioNTech", "LinkedIn", "MacBook", "DuPont"],
)
def test_a_real_inner_capital_is_not_doubted_even_unchecked(word):
    assert not capital_inside(f"{word} GmbH", [normalize.fold(word)])


def test_kshler_is_doubted():
    assert capital_inside("KShler Prazisionsteile SE", ["kshler", "prazisionsteile"])


# --- ligature_read: real titles with m are no slip ---------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Chief Commercial Officer",
        "Compliance Officer",
        "Communications Manager",
        "Commerciale",
        "Amministratore Delegato",
        "Immobilienmakler",
        "Sommelier",
        "Head of Commodities",
        "Community Manager",
    ],
)
def test_a_real_title_with_an_m_is_no_ligature_slip(title):
    assert not ligature_read(title)


def test_omcer_is_a_ligature_slip():
    assert ligature_read("Chief Financial Omcer")


# --- email33's mends ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("email", "name"),
    [
        # The address spells a given name the tables know; the name's l/i slipped (narrowed).
        ("maria.schroeder@atlas.de", "Marla Schroder"),
        ("ilse.moeller@atlas.de", "Llse Moller"),
        ("lena.mueller@atlas.de", "Lena Moller"),
        ("jens.moeller@atlas.de", "Jens Moller"),
    ],
)
def test_a_right_address_is_not_bent_to_the_name_s_slip(email, name):
    assert mended_by_name(email, name) is None


def test_the_umlaut_mend_still_puts_the_address_right():
    assert mended_by_name("kariheinz.moeller@atlas.de", "Karl-Heinz Moller") == (
        "karlheinz.moeller@atlas.de", "name-mended"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "email"),
    [
        ("Marla Schroder", "maria.schroeder@atlas.de"),  # the name's i read l: the address kept
        ("Emal Haidari", "emal.haidari@atlas.de"),  # a given name Emal is no "E-mal" label
    ],
)
def test_a_right_address_stays_on_the_card(name, email):
    lines = worded_lines(
        (name, 36), ("Sales Manager", 24), ("Atlas Technik GmbH", 30),
        ("+49 89 4911 3862", 22), (email, 22),
    )  # fmt: skip
    assert parse_card(lines, default_region="US").contact.emails == [email]


# --- email_block_rows: what it adds goes to review, what agrees with nothing is not taken ------


def _block_card() -> list[Line]:
    return [
        Line([Word("Monika", 0.95, 60, 40, 110, 28), Word("Grossmann", 0.95, 180, 40, 180, 28)]),
        Line([Word("Maier", 0.95, 60, 80, 90, 28), Word("Treuhand", 0.95, 160, 80, 140, 28),
              Word("GmbH", 0.95, 310, 80, 80, 28)]),
        Line([Word("monika.", 0.77, 400, 200, 150, 60), Word("pea", 0.22, 560, 200, 80, 60)]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("read", "taken"),
    [
        ("monika.grossmann@maier.ch", True),  # name and company agree: taken, to review
        ("info@bauer-partner.de", False),  # agrees with nothing on the card
        ("rn.weiss@nordhaus.com", False),
    ],
)
def test_a_block_reading_adds_only_a_reviewed_address(monkeypatch, read, taken):
    def fake_read(image, languages, psm, engine):
        site = Line([Word("www.x.ch", 0.9, 10, 40, 200, 28)])
        return [Line([Word(read, 0.90, 10, 8, 400, 28)]), site]

    monkeypatch.setattr(email_block_rows, "read_lines", fake_read)
    lines = email_block_rows.reread_rows_as_block(
        Image.new("RGB", (1000, 400), "white"), _block_card(), ["eng"], "tesserocr"
    )
    added = [line for line in lines if any(w.source == LONE_SOURCE for w in line.words)]
    assert [line.text for line in added] == [read]  # the site row is not added
    parsed = parse_card(lines, default_region="CH")
    if taken:
        assert parsed.contact.emails == [read]
        assert parsed.evidence["emails"] == "mended"
    else:
        assert read not in parsed.contact.emails


# --- Austria's DI: no prefix made of an Italian family name's particle -------------------------


@pytest.mark.parametrize(
    ("name", "phone", "prefix"),
    [
        ("DI MAIO LUIGI", "+39 02 1234 5678", None),  # family name first, in capitals
        ("DI STEFANO MARCO", "+39 02 1234 5678", None),
        ("DI Eva Huber", "+43 1 234 5678", "DI"),  # Austria's Diplom-Ingenieur
        ("DI JOHANN HUBER", "+43 1 234 5678", "DI"),
    ],
)
def test_di_is_a_prefix_on_an_austrian_card_only(name, phone, prefix):
    lines = worded_lines(
        (name, 36), ("Geschäftsführer", 24), ("Nova Servizi S.r.l.", 30), (phone, 22),
        ("info@nova.eu", 22),
    )  # fmt: skip
    assert parse_card(lines, default_region="US").contact.name.prefix == prefix


# --- a line opening on an honorific beats a larger one only where a given name follows ---------


@pytest.mark.parametrize(
    "rows",
    [
        [("Hans Müller", 30), ("Leiter Vertrieb", 22), ("Dr. Oetker Professional", 26)],
        [("Hans Müller", 24), ("Leiter Vertrieb", 22), ("Prof. Dr. Weber Institut", 26)],
        [("Hans Müller", 30), ("Praxismanager", 22), ("Dr. Weber Zahnärzte", 32)],
        [("Luca Rossi", 28), ("Dott. Commercialista Revisore", 30), ("Studio Rossi", 26)],
        [("Luca Rossi", 28), ("Ing. Civile Strutturista", 30), ("Studio Rossi", 26)],
    ],
)
def test_a_firm_or_a_degree_line_opening_on_an_honorific_is_not_the_name(rows):
    lines = worded_lines(*rows, ("+49 521 155 0", 20))
    assert parse_card(lines, default_region="US").contact.name.full == rows[0][0]


def test_an_honorific_before_a_given_name_still_beats_a_larger_department():
    lines = worded_lines(
        ("Ufficio Commerciale", 36), ("Dott. Luca Rossi", 28), ("Responsabile Vendite", 22),
        ("+39 02 1234 5678", 20),
    )  # fmt: skip
    assert parse_card(lines, default_region="US").contact.name.full == "Luca Rossi"


# --- debris beside two numbers: an icon on a number's own row is no lost row ------------------


def _row(text: str, conf: float, left: int, top: int, height: int = 24) -> Line:
    words, x = [], left
    for part in text.split():
        words.append(Word(part, conf, x, top, 14 * len(part), height))
        x += 14 * len(part) + 10
    return Line(words)


@pytest.mark.parametrize(
    ("scrap", "doubted"),
    [
        (_row("in", 0.3, 20, 300), False),  # the first number's icon read as letters
        (_row("J", 0.3, 20, 340), False),  # the fax's icon
        (_row("4, io", 0.2, 60, 372), True),  # a row of its own under the fax: one lost
    ],
)
def test_debris_beside_two_numbers_is_a_row_of_its_own(scrap, doubted):
    lines = [
        _row("Hans Müller", 0.95, 60, 40, 36), _row("Leiter Vertrieb", 0.95, 60, 90),
        _row("Atlas Technik GmbH", 0.95, 60, 130, 30),
        _row("Tel. +49 89 4911 3862", 0.95, 60, 300), _row("Fax +49 89 4911 3863", 0.95, 60, 340),
        _row("hans.mueller@atlas-technik.de", 0.95, 60, 400), scrap,
    ]  # fmt: skip
    evidence = parse_card(lines, default_region="US").evidence["phones"]
    assert ("+debris" in evidence) is doubted


@pytest.mark.parametrize(
    "read",
    [
        "Mobil 079 555 12 34 monika.grossmann@maier.ch",  # a number beside it in the crop
        "monika.grossmann@maier.ch www.maier.ch",  # the site under it read on its line
    ],
)
def test_a_block_reading_adds_the_address_alone(monkeypatch, read):
    def fake_read(image, languages, psm, engine):
        return [Line([Word(w, 0.9, 10 + 60 * n, 8, 55, 28) for n, w in enumerate(read.split())])]

    monkeypatch.setattr(email_block_rows, "read_lines", fake_read)
    lines = email_block_rows.reread_rows_as_block(
        Image.new("RGB", (1000, 400), "white"), _block_card(), ["eng"], "tesserocr"
    )
    added = [line for line in lines if any(w.source == LONE_SOURCE for w in line.words)]
    assert [line.text for line in added] == ["monika.grossmann@maier.ch"]
    parsed = parse_card(lines, default_region="CH")
    assert parsed.contact.emails == ["monika.grossmann@maier.ch"]
    assert parsed.evidence["emails"] == "mended"
    assert not parsed.contact.phones and not parsed.contact.urls


# --- a Polish name on a German card keeps its ł from the address ---------------------------------


@pytest.mark.parametrize(
    ("read", "email", "name"),
    [
        ("Matgorzata Nowak", "malgorzata.nowak@atlas.de", "Małgorzata Nowak"),
        ("Pawet Kowalski", "pawel.kowalski@atlas.de", "Paweł Kowalski"),
        ("Anna Michatowska", "anna.michalowska@atlas.de", "Anna Michałowska"),
        ("Stanistaw Lem", "stanislaw.lem@atlas.de", "Stanisław Lem"),
    ],
)
def test_a_polish_name_on_a_german_card_keeps_its_l_stroke(read, email, name):
    lines = worded_lines(
        (read, 36), ("Projektleiterin", 24), ("Atlas Technik GmbH", 30),
        ("+49 89 4911 3862", 22), (email, 22), ("Hauptstraße 5", 20), ("80331 München", 20),
    )  # fmt: skip
    assert parse_card(lines, default_region="US").contact.name.full == name
