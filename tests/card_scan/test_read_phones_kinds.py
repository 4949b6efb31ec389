"""Phone kinds and the labels that tell them: an unknown label or a phone sign keeping its
number, a label with a dot and a colon or glued to its number naming its own, one label naming
one number only, a label the numbering plan contradicts, unlabelled numbers whose kinds are a
guess, and a fax as the only number doubted. Hand-made OCR lines, or cards printed and read back
with Tesseract; each failed before its fix.
"""

from __future__ import annotations

from ocr_lines import stacked_lines as card
from printed import business, phones, read_card

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card


def test_an_unknown_label_keeps_the_number_and_a_phone_sign_too():
    lines = card(("Ann Lee", 44), "Pax 030 1234 5678", "© 030 8765 4321", "ann@lee.de")
    phones = [p.e164 for p in parse_card(lines, default_region="US").contact.phones]
    assert phones == ["+493012345678", "+493087654321"]


def test_two_unlabelled_north_american_numbers_leave_their_kinds_doubtful():
    """Nothing in a US number tells a mobile from a desk line: with two and no label, the
    kinds are a guess."""
    two = card(("Abigail Garcia", 44), "CEO", "Keystone Inc.", "@(512) 750-7583",
               "@512-948-9631", "a.garcia@keystone.com")  # fmt: skip
    parsed = parse_card(two, default_region="US")
    assert len(parsed.contact.phones) == 2
    assert parsed.evidence["phones"].startswith("bare-untold")
    one = card(("Abigail Garcia", 44), "CEO", "Keystone Inc.", "@(512) 750-7583",
               "a.garcia@keystone.com")  # fmt: skip
    assert parse_card(one, default_region="US").evidence["phones"].startswith("bare/")


def test_an_unlabelled_office_number_beside_a_labelled_one_has_an_untold_kind():
    parsed = read_card(
        ("Stefanie Müller", 44),
        ("Vesta-Werke GmbH", 34),
        "Fon +49 711 598172-0",
        "+49 711 3796286",
        "stefanie.mueller@vesta.de",
        region="DE",
    )
    assert sorted(p.e164 for p in parsed.contact.phones) == ["+497113796286", "+497115981720"]
    assert parsed.evidence["phones"].startswith("bare-untold")
    # Labelled both: each kind is told.
    parsed = read_card(
        ("Stefanie Müller", 44),
        ("Vesta-Werke GmbH", 34),
        "Fon +49 711 598172-0",
        "Fax +49 711 3796286",
        "stefanie.mueller@vesta.de",
        region="DE",
    )
    assert parsed.evidence["phones"].startswith("labelled")


def test_a_second_number_after_one_label_does_not_take_its_kind():
    # Two columns read as one line: "Cell" names the first number only.
    parsed = read_card(
        ("Eric Thomas", 44),
        "Sales Manager",
        ("Falcon Biosciences, Inc.", 36),
        "Cell +1 212-854-8178    +1 617-449-4686",
        "erict@falcon.com",
    )
    assert ("+12128548178", "cell") in phones(parsed)
    assert ("+16174494686", "cell") not in phones(parsed)
    # The numbering cannot tell what the second one is: a person looks.
    assert parsed.evidence["phones"].startswith("bare-untold")
    assert parsed.confidence["phones"] < REVIEW_BELOW


def test_a_label_the_numbering_plan_contradicts_sends_the_number_to_review():
    # A German mobile (0151) under an office label: the label belongs to another number.
    parsed = read_card(
        ("Laura Becker", 44),
        "Einkauf",
        ("Becker Logistik GmbH", 36),
        "Tel. +49 151 46757947",
        "laura.becker@becker-logistik.de",
        region="DE",
    )
    assert [e for e, _ in phones(parsed)] == ["+4915146757947"]
    assert parsed.evidence["phones"].startswith("kind-conflict")
    assert parsed.confidence["phones"] < REVIEW_BELOW


def test_a_label_with_a_dot_and_a_colon_names_its_own_number():
    # "Tel: ... F.: 0039 ...": two numbers on one line, the fax label written "F.:".
    parsed = business(
        "Massimo Gentile",
        "Martini Imballaggi S.p.A.",
        "Tel: +39 06 4151 4316    F.: 0039 06 8640 6752",
        "massimo.gentile@martiniimballaggi.it",
        "IT",
    )
    assert set(phones(parsed)) == {("+390641514316", "work"), ("+390686406752", "fax")}


def test_a_card_whose_only_number_is_a_fax_is_doubted():
    # "f 965925585": a phone sign read as the letter f makes the only number a fax.
    parsed = business(
        "Fernando Alvarez", "Quantum S.L.", "f 965925585", "fernando.alvarez@quantum.es", "ES"
    )
    assert phones(parsed) == [("+34965925585", "fax")]
    assert parsed.evidence["phones"].startswith("fax-only")
    assert parsed.confidence["phones"] < REVIEW_BELOW


def test_a_label_glued_to_its_number_is_read_as_a_label():
    parsed = read_card(
        ("Barbara Robinson", 40),
        ("Jackson & Thompson Ltd", 30),
        "DDI0113 524 8827",
        "MI07795 378142",
        "F #44 113 524 8800",
        "barbara@jackson-thompson.co.uk",
        region="GB",
    )
    assert sorted(phones(parsed)) == [
        ("+441135248800", "fax"),
        ("+441135248827", "work"),
        ("+447795378142", "cell"),
    ]
