"""Names the second blind generator's tuning seeds printed and card_scan read no name from: a
Dutch IJ, a ß read as a Greek β, an ö read 6 on a Swedish card whose address writes it o, and a
name with its degree read into the company's line (as read; each card went to review)."""

from __future__ import annotations

from printed import as_read

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.line_cleaning import clean_line
from contactkit_plugins.card_scan.name_email_slips import six_as_umlaut


def _name(parsed) -> str | None:
    return parsed.contact.name.full if parsed.contact.name else None


def test_a_dutch_name_opening_on_ij():
    # Photo seed 1 card 75
    lines = as_read(
        [("Pieter", 0.98, 101, 223, 213, 56), ("IJzerman", 0.98, 314, 223, 285, 56)],
        [("Commercieel", 0.89, 97, 322, 261, 35), ("Directeur", 0.96, 377, 323, 188, 34)],
        [("pieter_ijzerman@bos-groep.nl", 0.91, 94, 657, 539, 39)],
        [("BOS", 0.97, 93, 777, 72, 28), ("GROEP", 0.97, 165, 777, 120, 28),
         ("B.V.", 0.97, 285, 777, 96, 28)],
    )  # fmt: skip
    assert _name(parse_card(lines, default_region="NL")) == "Pieter IJzerman"


def test_a_sharp_s_read_as_a_greek_beta():
    # Scan seed 7 card 9
    assert clean_line("Petra Groβ") == "Petra Groß"
    assert clean_line("β-Blocker GmbH") == "β-Blocker GmbH"  # no Latin letter before it
    lines = as_read(
        [("Norlin", 0.96, 616, 201, 124, 34), ("Consulting", 0.96, 760, 201, 222, 44),
         ("GmbH", 0.93, 999, 201, 127, 34)],
        [("Petra", 0.95, 993, 312, 186, 49), ("Groβ", 0.95, 1179, 312, 149, 49)],
        [("E-mail:", 0.93, 641, 614, 142, 38), ("gross.petra@norlin.com", 0.92, 803, 614, 523, 49)],
    )  # fmt: skip
    assert _name(parse_card(lines, default_region="DE")) == "Petra Groß"


def test_an_o_umlaut_read_six_on_a_swedish_card():
    # Scan seed 5 card 19: the address writes the ö as o
    lines = as_read(
        [("Fredriksson", 0.93, 77, 268, 260, 35), ("Bygg", 0.91, 353, 267, 107, 45),
         ("AB", 0.97, 475, 267, 66, 35)],
        [("Elin", 0.93, 77, 381, 121, 51), ("Sundstr6m", 0.74, 221, 379, 314, 54)],
        [("Ekonomichef", 0.92, 79, 472, 261, 35)],
        [("+46", 1.00, 72, 568, 80, 55), ("888532001", 1.00, 152, 568, 238, 55)],
        [("elin.sundstrom", 1.00, 76, 632, 262, 49),
         ("@fredriksson-international.eu", 1.00, 338, 632, 543, 49)],
    )  # fmt: skip
    assert _name(parse_card(lines, default_region="SE")) == "Elin Sundström"


def test_an_address_writing_o_tells_no_umlaut_elsewhere():
    assert six_as_umlaut("Florian B6hm", "f.bohm", "DE") == "Florian B6hm"
    assert six_as_umlaut("Elin Sundstr6m", "elin.sundstrom", "SE") == "Elin Sundström"


def test_a_name_with_its_degree_read_into_the_companys_line():
    # Scan seed 1 card 18: the address writes the name's ö as oe
    lines = as_read(
        [("Dipl.-Ing.", 0.62, 132, 132, 150, 29), ("JORG", 0.96, 302, 127, 93, 28),
         ("HOFFMANN", 0.95, 415, 132, 195, 23), ("Pinnacle", 0.89, 650, 132, 131, 24),
         ("Packaging", 0.96, 795, 132, 157, 30), ("KG", 0.97, 967, 132, 43, 24)],
        [("Regional", 0.96, 132, 174, 136, 34), ("Sales", 0.96, 282, 174, 87, 27),
         ("Manager", 0.96, 384, 174, 138, 35)],
        [("Email:", 0.93, 132, 570, 87, 25), ("joerg.hoffmann@stotra.de", 0.92, 232, 570, 379, 32)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="DE")
    assert parsed.contact.organization is not None
    assert parsed.contact.organization.name == "Pinnacle Packaging KG"
    assert _name(parsed) == "Jorg Hoffmann"


def test_a_name_with_its_letters_after_read_into_the_companys_line():
    # Scan seed 5 card 81: the address writes the family name first
    lines = as_read(
        [("Colm", 0.96, 102, 108, 121, 42), ("Kennedy,", 0.96, 246, 109, 218, 52),
         ("FCA", 0.86, 489, 108, 101, 42), ("GBH", 0.85, 658, 108, 95, 34),
         ("Energy", 0.96, 774, 109, 148, 42), ("Ltd", 0.96, 941, 109, 64, 33)],
        [("Direct:", 0.97, 102, 555, 84, 23), ("+353", 0.96, 200, 556, 67, 22),
         ("61", 0.95, 278, 555, 28, 23), ("921", 0.95, 321, 556, 45, 22),
         ("031", 0.95, 382, 556, 44, 22)],
        [("Email:", 0.93, 102, 598, 80, 23),
         ("kennedy.colm@gbh-international.com", 0.90, 198, 598, 513, 29)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="IE")
    assert parsed.contact.organization is not None
    assert parsed.contact.organization.name == "GBH Energy Ltd"
    assert _name(parsed) == "Colm Kennedy"


def test_a_capital_i_read_as_a_small_l_opening_the_name():
    # Scan seed 7 card 51: "llaria Fabbri" beside ilariaf@, no name read
    lines = as_read(
        [("Ricci", 0.99, 468, 170, 100, 34), ("Automazione", 0.99, 584, 170, 307, 34),
         ("S.r.l.", 0.99, 908, 170, 97, 34)],
        [("llaria", 0.94, 644, 268, 180, 47), ("Fabbri", 0.94, 824, 268, 180, 47)],
        [("Amministratrice", 0.84, 635, 343, 232, 24), ("Delegata", 0.91, 880, 342, 125, 33)],
        [("Tel:", 0.97, 765, 508, 46, 24), ("010", 0.96, 825, 510, 51, 22),
         ("53", 0.95, 887, 510, 32, 22), ("93", 0.95, 931, 510, 31, 22),
         ("44", 0.97, 972, 510, 35, 22)],
        [("E-mail:", 0.93, 509, 551, 92, 24),
         ("ilariaf@ricci-automazione.it", 0.81, 616, 551, 391, 27)],
    )  # fmt: skip
    assert _name(parse_card(lines, default_region="IT")) == "Ilaria Fabbri"
    assert clean_line("lvan Petrov") == "Ivan Petrov"
    assert clean_line("llama") == "llama"  # a lone word: no name's line
    assert clean_line("ltd Services") == "ltd Services"  # Ltd's own small l


def test_a_danish_slashed_o_read_as_an_at():
    # Scan seed 6 card 45: "S@REN NIELSEN", no name read
    lines = as_read(
        [("Christensen", 0.96, 81, 301, 287, 37), ("Robotics", 0.96, 389, 301, 203, 37),
         ("A/S", 0.96, 608, 304, 78, 35)],
        [("M:", 0.93, 800, 317, 48, 36), ("31-168305", 0.93, 871, 317, 233, 36)],
        [("E:", 0.90, 799, 385, 32, 36), ("sni@christensen.dk", 0.91, 854, 383, 437, 42)],
        [("S@REN", 0.83, 80, 391, 242, 44), ("NIELSEN", 0.97, 372, 392, 312, 43)],
        [("W:", 0.93, 796, 452, 50, 34), ("www.christensen.dk", 0.91, 867, 451, 428, 36)],
    )  # fmt: skip
    assert _name(parse_card(lines, default_region="DK")) == "Søren Nielsen"
    assert clean_line("BJ@RN HANSEN") == "BJØRN HANSEN"
    assert clean_line("SALES@ACME COM") == "SALES@ACME COM"  # an address, its dot lost
    assert clean_line("INFO@ACME.DK") == "INFO@ACME.DK"


def test_a_slashed_o_opening_the_family_name_read_as_an_at():
    # Scan seed 5 card 55: "Rasmus @stergaard", no name read
    lines = as_read(
        [("Rasmus", 0.93, 134, 155, 189, 36), ("@stergaard", 0.90, 340, 153, 274, 50)],
        [("Partner", 0.96, 134, 220, 131, 28)],
        [("PNN", 0.92, 733, 285, 86, 29), ("DATA", 0.95, 839, 285, 109, 29),
         ("APS", 0.95, 960, 285, 77, 29)],
        [("Mobil:", 0.96, 133, 562, 78, 22), ("+45", 0.96, 225, 563, 47, 21),
         ("30", 0.96, 282, 563, 30, 21), ("30", 0.95, 322, 563, 31, 21),
         ("55", 0.95, 364, 563, 30, 21), ("60", 0.95, 405, 563, 29, 21)],
        [("E-mail:", 0.93, 133, 603, 85, 22), ("rostergaard@pnn.com", 0.91, 233, 603, 299, 29)],
    )  # fmt: skip
    assert _name(parse_card(lines, default_region="DK")) == "Rasmus Østergaard"
    assert "Ø" not in clean_line("Follow @acmecorp") + clean_line("Web @werner")  # handles
