"""A title wrapped over two rows (the second blind generator's long titles): the row under it
joined where a wrap word stands at the cut, a department's row under a title left apart. The
cards' own readings (second generator, photo seed 1; the first generator, fresh photo 694/57)."""

from __future__ import annotations

import pytest
from printed import as_read

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.text_lines import Line


def _guenther() -> list[Line]:
    return as_read(
        [("DORTE", 0.93, 103, 88, 198, 68), ("GUNTHER", 0.96, 325, 89, 291, 67)],
        [("alll", 0.48, 1143, 107, 150, 184)],
        [("Leiterin", 0.91, 103, 198, 158, 39), ("Marketing", 0.97, 281, 198, 229, 50)],
        [("&", 0.93, 102, 260, 32, 40), ("Kommunikation", 0.96, 152, 261, 358, 40)],
        [("Becker", 0.96, 818, 281, 128, 30), ("Maschinenbau", 0.96, 959, 282, 273, 29),
         ("AG", 0.96, 1246, 282, 58, 30)],
        [("T", 0.93, 98, 479, 18, 33), ("030", 0.96, 131, 479, 68, 33),
         ("61351", 0.78, 212, 479, 106, 33), ("1088", 0.78, 333, 479, 84, 34)],
        [("E", 0.89, 101, 599, 18, 33),
         ("doerte_guenther@beckermaschinenbau.de", 0.89, 136, 599, 891, 42)],
        [("BahnhofstraBe", 0.88, 100, 780, 270, 32), ("168", 0.96, 387, 782, 59, 30)],
        [("10088", 0.96, 103, 834, 102, 31), ("Berlin", 0.96, 218, 834, 96, 31)],
    )  # fmt: skip


def _dellacqua() -> list[Line]:
    return as_read(
        [("ROBERTO", 0.96, 93, 113, 271, 45), ("DELL'ACQUA", 0.96, 388, 113, 356, 55)],
        [("Responsabile", 0.92, 92, 190, 265, 43), ("Marketing", 0.97, 375, 190, 201, 44)],
        [("e", 0.89, 90, 254, 20, 25), ("Comunicazione", 0.89, 127, 247, 309, 32)],
        [("ARIVER", 0.92, 956, 297, 196, 40), ("S.R.L.", 0.87, 1173, 296, 143, 42)],
        [("rdellacqua@lumbel.it", 1.00, 89, 654, 460, 49)],
        [("Via", 0.96, 86, 784, 55, 31), ("Roma,", 0.97, 155, 784, 111, 35),
         ("2", 0.97, 281, 785, 20, 30)],
        [("00111", 0.95, 87, 837, 105, 30), ("Roma", 0.95, 213, 837, 102, 30),
         ("(RM)", 0.96, 328, 837, 82, 37)],
    )  # fmt: skip


def test_a_title_running_on_after_an_ampersand_is_read_whole():
    parsed = parse_card(_guenther(), default_region="DE")
    assert parsed.contact.title == "Leiterin Marketing & Kommunikation"
    assert parsed.contact.organization.name == "Becker Maschinenbau AG"


def test_a_title_running_on_after_an_italian_e_is_read_whole():
    parsed = parse_card(_dellacqua(), default_region="IT")
    assert parsed.contact.title == "Responsabile Marketing e Comunicazione"


def test_a_row_beside_the_title_is_not_its_second_row():
    lines = _guenther()
    # The same row set far to the right: another column, no wrap.
    beside = [("&", 0.93, 702, 260, 32, 40), ("Kommunikation", 0.96, 752, 261, 358, 40)]
    lines[3] = as_read(beside)[0]
    assert parse_card(lines, default_region="DE").contact.title == "Leiterin Marketing"


def test_a_department_under_the_title_stays_apart():
    # Fresh photo 694/57 (first generator): "Account Executive" over its department.
    lines = as_read(
        [("JAVIER", 0.96, 84, 324, 177, 30), ("RAMIREZ", 0.91, 303, 318, 225, 30)],
        [("Account", 0.97, 86, 362, 68, 15), ("Executive", 0.97, 159, 361, 80, 16)],
        [("Marketing", 0.97, 87, 384, 75, 18)],
        [("ENVASES", 0.92, 87, 415, 81, 15), ("MERIDIAN", 0.97, 176, 415, 88, 15),
         ("S.A.", 0.96, 272, 415, 33, 15)],
        [("Email", 0.93, 704, 148, 83, 27),
         ("javier@envasesmeridian.es", 0.92, 799, 148, 441, 34)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="ES")
    assert parsed.contact.title == "Account Executive"


@pytest.mark.parametrize(
    "company",
    [
        [
            ("De", 0.95, 103, 260, 52, 40),
            ("Vries", 0.96, 170, 261, 130, 40),
            ("&", 0.93, 315, 260, 32, 40),
            ("Zonen", 0.96, 362, 261, 150, 40),
            ("BV", 0.96, 527, 261, 60, 40),
        ],
        [("La", 0.95, 103, 260, 52, 40), ("Fabbrica", 0.96, 170, 261, 200, 40)],
    ],
)
def test_a_company_row_under_the_title_is_not_its_second_row(company):
    # The company set under the title in the block's size: "De" and "La" open a name.
    lines = _guenther()
    lines[3] = as_read(company)[0]
    assert parse_card(lines, default_region="NL").contact.title == "Leiterin Marketing"
