"""Third review of session 33's late rules (rev33c): umlaut33's umlauts put back in title stems
(``UMLAUT_SLIPS``, ``PLAIN_STEMS``) and its ß read b or f in family names (``SZ_NAMES``), tried
on real card shapes they must leave as printed. Hand-made OCR lines; no OCR is run."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.fields import ParsedCard, parse_card
from contactkit_plugins.card_scan.name_checks import u_misread
from contactkit_plugins.card_scan.titles import title_letters, umlaut_slip_undone


def _card(name: str, title: str, company: str, number: str, email: str, region: str) -> ParsedCard:
    rows = ((name, 44), (title, 30), (company, 34), (number, 30), (email, 30))
    return parse_card(worded_lines(*rows), default_region=region)


# --- titles: other languages, ASCII spellings and words holding the stems stay as read --------


@pytest.mark.parametrize(
    "read",
    [
        # umlauts spelt ae/ue (a Swiss or ASCII-only card, capitals): no stem of PLAIN_STEMS
        "GESCHAEFTSFUEHRER",
        "Geschaeftsfuehrer",
        "GESCHAEFTSFUEHRUNG",
        "Leiter Qualitaetssicherung",
        "Einkaeufer",
        # Catalan "Qualitat" is the whole word: only a lexicon word gets its ä
        "Responsable de Qualitat",
        "Cap de Qualitat i Seguretat",
        "Directora de Qualitat i Medi Ambient",
        # Danish/Norwegian, Swedish, Dutch, Turkish, Hungarian titles (read with or without marks)
        "Forretningsfører",
        "Forretningsforer",
        "Försäljningschef",
        "Forsaljningschef",
        "Bedrijfsleider",
        "Verkoper",
        "Genel Müdür",
        "Genel Mudur",
        "Satış Müdürü",
        "Ugyvezeto igazgato",
        "Ügyvezető igazgató",
        # German words with "fahr" (an a the slip a -> ü could take): no führ-word is made
        "Fahrdienstleiter",
        "Kraftfahrer",
        "Fahrzeugtechniker",
        "Gefahrgutbeauftragter",
        "Leiter Fahrzeugbau",
        # "fuhr" outside -sführer/-sführung of Geschäfts-, and English words
        "Leiter Ausfuhr",
        "Fuhrer",
        "FUHRER",
        "Fulham Sales Director",
        "Kaufmann",
        "Industriekaufmann",
        "Geschaftsleiter",
    ],
)
def test_titles_outside_the_umlaut_stems_stay_as_read(read):
    assert title_letters(read) == read
    assert not umlaut_slip_undone(read)


@pytest.mark.parametrize(
    ("title", "email", "region"),
    [
        ("GESCHAEFTSFUEHRER", "thomas.weiss@weiss-metallbau.ch", "CH"),
        ("Geschaeftsfuehrer", "thomas.weiss@weiss-metallbau.ch", "CH"),
        ("Leiterin Qualitaetssicherung", "anna.voss@nordlicht.de", "DE"),
    ],
)
def test_a_title_printed_with_ae_ue_is_kept_as_printed_and_accepted(title, email, region):
    parsed = _card("Thomas Weiss", title, "Weiss Metallbau AG", "+41 44 555 12 34", email, region)
    assert parsed.contact.title == title
    assert parsed.evidence["title"] == "strong/hi"


# --- ß read b or f: the names printed with ss are never doubted ---------------------------------


@pytest.mark.parametrize(
    "word",
    ["Weiss", "Voss", "Preuss", "Kraus", "Krauss", "Hess", "Weissmann", "Heiss", "Weis", "Weiser",
     "Weibel", "Grob", "Straub", "Weiß", "Voß"],
)  # fmt: skip
@pytest.mark.parametrize("country", ["DE", "AT", "CH"])
def test_a_family_name_printed_with_ss_or_its_sz_is_no_slip(word, country):
    assert not u_misread(word, {country})


@pytest.mark.parametrize("word", ["Weib", "Weif", "Vob", "Preub", "Kraub", "Weifmann"])
def test_the_sz_slip_is_asked_on_german_speaking_cards_only(word):
    assert u_misread(word, {"DE"})
    assert not u_misread(word, {"NL"})  # a Dutch firm's VOF, a name elsewhere: untouched


@pytest.mark.parametrize(
    ("name", "company", "email", "region"),
    [
        ("Thomas Weiss", "Weiss Metallbau AG", "thomas.weiss@weiss-metallbau.ch", "CH"),
        ("Anna Voss", "Nordlicht GmbH", "anna.voss@nordlicht.de", "DE"),
        ("Karin Kraus", "Kraus & Hess GmbH", "karin.kraus@kraus-hess.de", "DE"),
        ("Jonas Hess", "Hess AG", "jonas.hess@hess.ch", "CH"),
        ("Lena Weissmann", "Weissmann GmbH", "lena.weissmann@weissmann.at", "AT"),
        ("Silke Weiss", "Nordhaus GmbH", "silke.weiss@nordhaus.de", "DE"),
    ],
)
def test_a_name_printed_with_ss_beside_its_address_is_accepted(name, company, email, region):
    parsed = _card(name, "Geschaftsfuhrer", company, "+49 40 5551234", email, region)
    assert parsed.contact.name is not None
    assert parsed.contact.name.full == name
    assert parsed.evidence["name"] == "email"
    assert parsed.contact.title == "Geschäftsführer"  # plain umlauts printed, level kept
    assert parsed.evidence["title"] == "strong/hi"


def test_a_firm_named_heb_beside_its_domain_keeps_its_level():
    parsed = _card(
        "Max Weber", "Geschaftsfuhrer", "HEB Logistik GmbH", "+49 40 5551234",
        "max.weber@heb-logistik.de", "DE",
    )  # fmt: skip
    assert parsed.evidence["organization"] == "domain+legal"


# --- rev33b's honorific narrowing: a doctor's own name under the practice still wins ------------


@pytest.mark.parametrize(
    ("line", "full"),
    [
        ("Dr. Anna-Lena Weber", "Anna-Lena Weber"),  # a double given name after the honorific
        ("Dr. Hans-Jürgen Weber", "Hans-Jürgen Weber"),
        ("Dr. Mehmet Öztürk", "Mehmet Öztürk"),
        ("Dr. Ingrid Weiß", "Ingrid Weiß"),
    ],
)
def test_a_doctors_name_under_a_larger_practice_line_is_the_name(line, full):
    rows = (
        ("Zahnarztpraxis am Markt", 40), (line, 32), ("Fachzahnärztin", 28),
        ("+49 89 555 1234", 28), ("info@praxis-am-markt.de", 28),
    )  # fmt: skip
    parsed = parse_card(worded_lines(*rows), default_region="DE")
    assert parsed.contact.name is not None
    assert parsed.contact.name.full == full
