"""Address rows read once or left over, mended by the name and the card (email_mend; session
23): a label read without its colon, a domain the company checks by its initials, and a lone
reading whose ending slipped. Lines from the pooled all-font tuning photos."""

from __future__ import annotations

from ocr_lines import boxed_line as _line
from ocr_lines import lone_line as _lone

from contactkit_plugins.card_scan.email_mend import mended_address
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.local_repair import mended_by_name


def test_a_label_without_its_colon_is_no_part_of_the_local_part():
    # "E-mail masumoto@altair.co.jp" (Free Serif, pool s102 card 104): the label read as a
    # word, so the local part was "e-mail.masumoto" and no form of the name.
    site = ["altair.co.jp"]
    read = "E-mail masumoto@altair.co.jp"
    assert mended_address(read, "Misaki Matsumoto", site, None) == "matsumoto@altair.co.jp"
    glued = "e-maildorota.grabowska@orbis.pl"  # the label glued to it (Liberation Sans, s85 18)
    assert mended_address(glued, "Dorota Grabowska", [], "PPHU Orbis") == (
        "dorota.grabowska@orbis.pl"
    )


def test_a_domain_the_company_checks_by_its_initials_backs_the_mend():
    # "Email:wliams@aagroup.com" beside "ANDERSON & ASSOCIATES LLC" (Liberation Sans, s104
    # card 60): the initials check the domain as they check an address read whole.
    read = "Email:wliams@aagroup.com"
    company = "ANDERSON & ASSOCIATES LLC"
    assert mended_address(read, "Katherine Williams", [], company) == "williams@aagroup.com"
    # Not a domain whose ending's dot was guessed: "bianchit" is no "bianch.it".
    lost = "domenico.ferraro@bianchit"
    assert mended_address(lost, "Domenico Ferraro", [], "Bianchi Meccanica S.p.A") is None


def test_a_name_read_without_its_umlaut_does_not_undo_the_one_the_address_spells():
    # "natt hias.schaefer@..." beside "Matthias Schafer" (P052, s80 card 1): the name's ä lost,
    # the address's "ae" read; the name's form would write "schafer".
    read = "natt hias.schaefer@alpenblick.de"
    assert mended_address(read, "Matthias Schafer", ["alpenblick.de"], None) is None


# Pool s94 card 64 (Nimbus Sans Narrow): Tesseract's address, its initial slipped and put back
# from the company, beside the lone reading "@lqgroup.il" on a card with Italian numbers.
PHOTO_64 = [
    _line(("M.", 0.89, 713, 91, 35, 35), ("394.295.4741", 0.88, 760, 92, 205, 35)),
    _line(("Tel:", 0.96, 712, 149, 53, 36), ("0622948431", 0.97, 775, 151, 186, 35)),
    _line(("Fax", 0.93, 713, 207, 56, 36), ("06.6502.1182", 0.92, 778, 209, 210, 35)),
    _line(
        ("t=", 0.79, 714, 280, 33, 26),
        ("coppola.daniela", 0.75, 771, 263, 249, 53),
        ("@iqgroup.it", 0.65, 1032, 263, 163, 53),
    ),
    _lone(("coppola.daniela", 0.90, 714, 263, 278, 53), ("@lqgroup.il", 0.90, 992, 263, 204, 53)),
    _line(("Daniela", 0.95, 85, 307, 222, 36), ("Coppola", 0.91, 350, 308, 239, 43)),
    _line(
        ("Responsabile", 0.95, 85, 360, 147, 40),
        ("Ufficio", 0.95, 232, 360, 86, 40),
        ("Tecnico", 0.95, 318, 360, 86, 40),
    ),
    _line(
        ("Logistica", 0.88, 85, 418, 111, 35),
        ("Quantum", 0.93, 203, 417, 119, 30),
        ("S.r1.", 0.63, 329, 418, 54, 29),
    ),
]


def test_a_lone_reading_whose_ending_slipped_does_not_replace_the_address():
    parsed = parse_card(PHOTO_64, default_region="US")
    assert parsed.contact.emails == ["coppola.daniela@lqgroup.it"]


def test_a_name_read_without_its_sharp_s_does_not_undo_the_double_s_the_address_spells():
    # The address writes ß as "ss"; the name's ß read as b, B, 8 or "gp" would write a form
    # the card never printed. A double s the address lost is still put back from the name.
    assert mended_by_name("j.weissmann@kraft.de", "Julia Weibmann") is None
    assert mended_by_name("thomas.strasser@kraft.at", "Thomas Stra8er") is None
    assert mended_by_name("j.weisman@kraft.de", "Julia Weismann") == (
        "j.weismann@kraft.de",
        "name-mended",
    )


def test_a_label_with_a_letter_lost_is_no_part_of_the_address():
    # photo seed 215: "E-Mal walter@schmidschulz.de" beside Bernd Walter, a lone reading.
    got = mended_address("E-Mal walter@schmidschulz.de", "Bernd Walter", ["schmidschulz.de"], None)
    assert got == "walter@schmidschulz.de"
    assert mended_address("Emai walter@schmidschulz.de", "Bernd Walter", ["schmidschulz.de"], None)


def test_a_slipped_label_that_is_the_persons_name_is_the_address():
    # Emal is a given name: "emal karimi@" (its dot read as a space) is emal.karimi@, not a label.
    got = mended_address("emal karimi@firm.de", "Emal Karimi", ["firm.de"], None)
    assert got == "emal.karimi@firm.de"
    assert mended_address("E-Mal emal@firm.de", "Emal Karimi", ["firm.de"], None) == "emal@firm.de"
