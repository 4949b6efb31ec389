"""How far RapidOCR's reading of a row is from a field as card_scan read it: its own slips on
right fields weigh nothing (readings of right fields on the tuning photos), a letter it reads
where card_scan has another or none weighs one."""

from __future__ import annotations

from dataclasses import replace

import pytest

from contactkit.model import Contact
from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.recheck_match import (
    DISAGREES,
    LOST,
    OTHER,
    disagreement,
    doubt_disputed,
    field_lines,
    recheck_values,
)
from contactkit_plugins.card_scan.text_lines import Line, Word


@pytest.mark.parametrize(
    ("field", "value", "reading"),
    [
        ("name", "Misaki Yamada", "YAMADA Misaki"),  # the family name first, in capitals
        ("name", "Monika Müller", " Monika Miller"),  # no umlaut in its model
        ("name", "Ralf Straßburger", "Ralf straBburger"),
        ("name", "Maria José Gutiérrez Peña", "Maria José Gutierrez Pefia"),
        ("organization", "Helix Sp. z o.o.", "Helix Sp. Z 0.0."),
        ("organization", "PPHU Sokół", "PPHU Sok6t"),
        ("emails", "l.keller@delta.at", "E 1.keller@delta.at"),  # l and 1 alike
        ("emails", "ilse.kiel@kiel.de", "E lIse.klel@kiel.de"),  # an i before the @ read l
        ("emails", "m.rossi@delta.it", "m.rossi@deita.it"),  # an l after it read i
        ("emails", "sara.russo@russoc.it", "sara.russoGrussoc.it"),  # its @ read as a letter
        ("emails", "jan.kowalski@mazowsze.pl", "E-mail: jan.kowalski@mazowsze.pl"),
        ("organization", "Alpenblick Antriebstechnik GmbH", "AlpenblickAntrlebstechnikGmbH"),
        ("name", "Koji Suzuki", " SUZUKI KOJ1"),  # a thin stroke, anywhere
        ("organization", "Bluebonnet Corporation", "Blucbonnet Corporation"),
        ("name", "Christian Großmann", "Christian Grofmann"),
        ("name", "Silke Muller", "Silke Miller"),  # Müller printed, Tesseract read it bare
        ("organization", "Müller & Cie Sarl", "Muiller & Cie Sarl"),
        ("name", "Kazimierz Król", "KAZIMIIERZ KROL"),  # an I twice in capitals
        ("name", "Florian von Bulow", "Florian von Büilow"),  # Bülow, Tesseract read it bare
        ("name", "Sara Sanchez Ibanez", "Sara Sanchez Ibafez"),
        ("name", "REMEDIOS DIAZ RAMOS", "REMEDIOSDfAZRAMOS"),
        # rev43: a capital Ø, read O by Tesseract, is Q to RapidOCR (Østby, Øyvind, Ørsted)
        ("name", "Ingrid Ostby", "Ingrid Qstby"),
        ("organization", "OSTBY EIENDOM AS", "QSTBY EIENDOM AS"),
        ("name", "Øyvind Berg", "Qyvind Berg"),
    ],
)
def test_slips_of_the_second_engine_on_right_fields_weigh_nothing(field, value, reading):
    assert disagreement(value, reading, field) == 0


@pytest.mark.parametrize(
    ("field", "value", "reading", "weight"),
    [
        ("organization", "Blanc et Fls SARL", "Blanc et Fils SARL", OTHER),  # a letter more
        ("organization", "Lange & Cie Sarl", "Lange & Cie Sar ", LOST),  # at the crop's edge
        ("organization", "Lange & Cie Sarl", "Lange & Cie Sar Genève", OTHER),  # inside the row
        ("name", "mer Mirosław Rutkowski", "mgr Miroslaw Rutkowski", OTHER),  # another letter
        ("emails", "durand@etofle.com", "Courriel : durand@etolle.com", OTHER),
        ("name", "Steven Campbell", "Steven Campbel, PhD", LOST),  # a doubled letter merged
        ("organization", "Nexus Consulting", "Nexus Consuting", LOST),  # a narrow one
        ("emails", "santiago.fernandez@zenith.es", "santiago.femandez@zenith.es", LOST),  # rn
        ("name", "Jon Rosta", "Jon Rqsta", OTHER),  # only a capital O may show as Q
        # An i of the domain read l: Tesseract's l-for-i slip (fresh photo 515 card 36)
        ("emails", "gortiz@ingenieriadeita.es", "gortiz@ingenieriadelta.es", OTHER),
        # A name's word is read where it stands, not found inside another: "Seren" is no s..en
        # of "Mortensen" (two letters lost) beside RapidOCR's "Soren" (scan seed 7 card 70)
        ("name", "Seren Mortensen", "Soren Mortensen", OTHER),
    ],
)
def test_a_letter_read_otherwise_weighs_more_than_one_lost(field, value, reading, weight):
    assert disagreement(value, reading, field) == weight


def _line(text: str, top: int, look: tuple[str, float] | None) -> Line:
    words, left = [], 40
    for part in text.split():
        words.append(Word(part, 0.95, left, top, 18 * len(part), 40))
        left += 18 * len(part) + 12
    return Line(words, look)


def test_only_a_sure_field_whose_row_was_read_otherwise_is_doubted():
    lines = [
        _line("Blanc et Fls SARL", 40, ("Blanc et Fils SARL", 0.97)),
        _line("Marc Blanc", 100, ("Marc Blanc", 0.99)),
        _line("m.blanc@blanc.fr", 160, None),  # not looked at: an old reading, or no engine
    ]
    evidence = {"organization": "domain+legal", "name": "email", "emails": "name+domain"}
    values = [
        ("organization", "Blanc et Fls SARL"),
        ("name", "Marc Blanc"),
        ("emails", "m.blanc@blanc.fr"),
    ]
    doubt_disputed(lines, values, evidence)
    assert evidence == {
        "organization": "domain+legal+recheck",
        "name": "email",
        "emails": "name+domain",
    }


def test_a_field_already_to_review_keeps_its_own_level():
    lines = [_line("Blanc et Fls", 40, ("Blanc et Fils", 0.97))]
    evidence = {"organization": "shape"}  # no form, no website: doubted already
    doubt_disputed(lines, [("organization", "Blanc et Fls")], evidence)
    assert evidence == {"organization": "shape"}


def test_a_value_of_only_signs_has_no_row_to_read_again():
    # rev43: its key is empty, and the finder took the first line sharing nothing with it
    lines = [_line("Tel. 030 123", 40, None), _line("A & B", 100, None)]
    assert field_lines("organization", "&", lines) == []
    assert field_lines("organization", "A & B", lines) == [1]


def test_a_name_in_a_script_rapidocr_has_no_letters_for_is_not_rechecked():
    # rev43: printed "Иван Петров", RapidOCR read "ИBaH eTpoB" 0.85 sure
    contact = Contact(
        name={"full": "Иван Петров"},
        organization={"name": "Petrov Logistics LLC"},
        emails=["i.petrov@petrovlog.com"],
    )
    assert recheck_values(contact) == [
        ("organization", "Petrov Logistics LLC"),
        ("emails", "i.petrov@petrovlog.com"),
    ]
    contact.name.full = "Γιώργος Παπαδόπουλος"
    assert [field for field, _ in recheck_values(contact)] == ["organization", "emails"]
    contact.name.full = "Şükrü Öztürk"  # Latin, its diacritics folded
    assert [field for field, _ in recheck_values(contact)] == ["name", "organization", "emails"]


def test_a_letter_read_otherwise_is_doubted_one_lost_is_not():
    assert LOST < DISAGREES <= OTHER  # measured: see recheck_match.DISAGREES


def test_a_word_put_in_from_elsewhere_is_not_checked_against_the_row():
    # "Nova" came from nova-packaging.co.uk; the row printed a logo and "Packaging Limited".
    value, reading, printed = "Nova Packaging Limited", " Packaging Limited ", "a Packaging Limited"
    assert disagreement(value, reading, "organization") >= DISAGREES
    assert disagreement(value, reading, "organization", printed) == 0


def test_a_word_tesseract_read_with_a_slip_is_still_checked():
    # The parser mended ctoile to etofle (a wrong mend); RapidOCR reads etolle.
    value, reading, printed = "durand@etofle.com", "durand@etolle.com", "durand@ctoile.com"
    assert disagreement(value, reading, "emails", printed) == OTHER


@pytest.mark.parametrize(
    ("reading", "doubted"),
    [
        ("e-mail bianchipaola @ rizzoelettronica.it", True),  # the mark read as nothing
        ("e-mail bianchi_paola@rizzoelettronica.it", False),  # read as Tesseract read it
        ("e-mail bianchi.paola@rizzoelettronica.it", False),  # a dot stood at a right one, 1 of 1
        ("e-mail bianchipaolaGrizzoelettronica.it", True),  # its @ read as a letter too
        ("e-mail bianchi paola@rizzoelettronica.it", False),  # read as a space: a mark seen
    ],
)
def test_an_underscore_the_second_engine_reads_as_nothing_is_doubted(reading, doubted):
    # Fresh photo seed 502: the dot of bianchi.paola@ read as an underscore at 0.51, accepted at
    # name+domain; RapidOCR, which reads underscores, read nothing there.
    address = "bianchi_paola@rizzoelettronica.it"
    lines = [_line(f"e-mail {address}", 40, (reading, 0.88))]
    evidence = {"emails": "name+domain"}
    doubt_disputed(lines, [("emails", address)], evidence)
    assert (evidence["emails"] == "name+domain+recheck") is doubted


def test_an_underscore_read_as_printed_is_not_doubted_by_the_domain_spelling_the_name():
    # rev45: "k_w@kwbau.de" read right matched its joined local part inside the domain.
    lines = [_line("k_w@kwbau.de", 40, ("E k_w@kwbau.de", 0.95))]
    evidence = {"emails": "name+domain"}
    doubt_disputed(lines, [("emails", "k_w@kwbau.de")], evidence)
    assert evidence == {"emails": "name+domain"}


def _ortiz(address: str, reading: str) -> list[Line]:
    # Fresh photo p515 card 36 as read: the address and the site share Tesseract's slip; the
    # second reading showed "gortiz" joined as well (email_dots' seen_twice).
    row = _line(address, 220, (reading, 0.96))
    row.words[0] = replace(row.words[0], seen_twice=True)
    return [
        _line("GUADALUPE ORTIZ GUTIERREZ", 40, ("GUADALUPE ORTIZ GUTIERREZ", 0.95)),
        _line("Quality Assurance Lead", 100, None),
        _line("+34 936 79 15 93", 160, None),
        row,
        _line(f"https://{address.partition('@')[2]}/", 280, None),
        _line("Gran Via, 20, planta 2", 340, None),
        _line("08015 Barcelona", 400, None),
    ]


def test_a_site_checked_only_by_a_disputed_address_is_doubted_with_it():
    lines = _ortiz("gortiz@ingenieriadeita.es", "gortiz@ingenieriadelta.es")
    parsed = parse_card(lines, default_region="ES")
    assert parsed.evidence["emails"].endswith("+recheck")
    assert parsed.evidence["urls"].startswith("email") and parsed.evidence["urls"].endswith(
        "+recheck"
    )
    assert parsed.confidence["urls"] < REVIEW_BELOW


def test_a_site_beside_an_address_read_alike_stays_accepted():
    lines = _ortiz("gortiz@ingenieriadelta.es", "gortiz@ingenieriadelta.es")
    parsed = parse_card(lines, default_region="ES")
    assert not parsed.evidence["urls"].endswith("+recheck")
    assert parsed.confidence["urls"] >= REVIEW_BELOW
