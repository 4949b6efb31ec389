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
from contactkit_plugins.card_scan.text_lines import Line, Word


def test_an_unknown_label_keeps_the_number_and_a_phone_sign_too():
    lines = card(("Ann Lee", 44), "Pax 030 1234 5678", "© 030 8765 4321", "ann@lee.de")
    phones = [p.e164 for p in parse_card(lines, default_region="US").contact.phones]
    assert phones == ["+493012345678", "+493087654321"]


def test_unlabelled_north_american_numbers_leave_their_kinds_doubtful():
    """Nothing in a US number tells a mobile from a desk line: with two and no label, the
    kinds are a guess; with one alone too (a card may print the mobile alone: session 53)."""
    two = card(("Abigail Garcia", 44), "CEO", "Keystone Inc.", "@(512) 750-7583",
               "@512-948-9631", "a.garcia@keystone.com")  # fmt: skip
    parsed = parse_card(two, default_region="US")
    assert len(parsed.contact.phones) == 2
    assert parsed.evidence["phones"].startswith("bare-untold")
    one = card(("Abigail Garcia", 44), "CEO", "Keystone Inc.", "@(512) 750-7583",
               "a.garcia@keystone.com")  # fmt: skip
    assert parse_card(one, default_region="US").evidence["phones"].startswith("bare-untold/")
    told = card(("Anna Lange", 44), "CEO", "Keystone GmbH", "030 1234 5678", "a.lange@keystone.de")
    assert parse_card(told, default_region="DE").evidence["phones"].startswith("bare/")


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


def _french_card(label: Line, number: Line) -> list[Line]:
    """b27 photo 39 and b63 photo 72: an office line with its sign read "@", and a fax whose
    label ``Fax :`` Tesseract read as a line of its own beside its number."""
    return [
        Line([Word("Laurent", 0.96, 90, 303, 150, 44), Word("Faure", 0.97, 260, 303, 110, 44)]),
        Line([Word("Assistante", 0.92, 86, 371, 190, 31), Word("de", 0.96, 290, 371, 40, 31),
              Word("direction", 0.96, 340, 371, 170, 31)]),
        Line([Word("NEXUS", 0.96, 89, 434, 120, 27), Word("SAS", 0.97, 220, 434, 70, 27)]),
        Line([Word("@", 0.56, 993, 423, 33, 24), Word("+33", 0.93, 1041, 424, 58, 23),
              Word("4", 0.93, 1111, 424, 15, 23), Word("72", 0.94, 1138, 424, 35, 23),
              Word("97", 0.81, 1185, 424, 35, 23), Word("42", 0.81, 1232, 424, 33, 23),
              Word("33", 0.94, 1278, 424, 34, 23)]),
        label,
        number,
        Line([Word("faure@nexus.fr", 0.90, 732, 501, 250, 30)]),
    ]  # fmt: skip


def test_a_fax_label_read_apart_with_its_colon_names_its_number():
    digits = [("4", 13), ("72", 34), ("88", 34), ("61", 33), ("27", 33)]

    def number(left: int, head: list[Word]) -> Line:
        words, x = list(head), left
        for text, width in digits:
            words.append(Word(text, 0.95, x, 464, width, 23))
            x += width + 14
        return Line(words)

    # "Fax :" (the colon apart, French style), its box 152 px wide over the number's start.
    label = Line([Word("Fax", 0.93, 947, 464, 152, 23), Word(":", 0.93, 1008, 460, 13, 39)])
    apart = _french_card(label, number(1112, [Word("0033", 0.95, 1034, 464, 62, 23)]))
    # "Fax" | ": +33 4 72 88 61 27": the colon read with the number.
    alone = Line([Word("Fax", 0.92, 900, 464, 48, 23)])
    head = [Word(":", 0.84, 961, 470, 4, 16), Word("+33", 0.95, 990, 464, 46, 23)]
    colon = _french_card(alone, number(1050, head))
    for lines in (apart, colon):
        parsed = parse_card(lines, default_region="US")
        kinds = {p.e164: p.kind for p in parsed.contact.phones}
        # both were stored as work numbers at bare+intl/hi
        assert kinds == {"+33472974233": "work", "+33472886127": "fax"}


def test_a_label_read_as_a_sign_with_its_stop_leaves_the_kind_a_guess():
    # b67 photo 15: "F. 06 6741 2637" read "¥. 06 6741 2637" (the stop after a sign no icon
    # has): the fax was taken for a second office number at bare/hi, accepted wrong.
    rows = ["0690538246", "Ce\\. 324 4719591", "¥. 06 6741 2637"]
    lines = card(("Laura De Santis", 44), "Export Manager", "Meccanica Orbis S.r.l.", *rows,
                 "laura.desantis@meccanica.it")  # fmt: skip
    parsed = parse_card(lines, default_region="IT")
    assert [p.e164 for p in parsed.contact.phones] == [
        "+390690538246", "+393244719591", "+390667412637",
    ]  # fmt: skip
    assert parsed.evidence["phones"] == "label-unread/hi"
    assert parsed.confidence["phones"] < REVIEW_BELOW
    # A sign alone before the number is a phone's icon: the number is not "label-unread"; as
    # the second unlabelled office number of the card, its kind is untold (session 26).
    rows[2] = "¥ 06 6741 2637"
    parsed = parse_card(card(("Laura De Santis", 44), *rows), default_region="IT")
    assert parsed.evidence["phones"] == "bare-untold/hi"


def test_a_short_label_one_letter_off_fax_names_a_fax_and_is_doubted():
    """Fresh seed 72 photo 15: "Pax: +49 (0)711 9220198", the fax stored as an office line at
    bare+intl/hi. A label of three or four letters with one read as another names the kind, to
    review."""
    lines = card(("Philipp Weber", 44), "Alpenblick AG", "© +49 160 0377182", "+49 711-744776128",
                 "Pax: +49 (0)711 9220198", "pweber@alpenblick.de")  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert ("+497119220198", "fax") in phones(parsed)
    assert parsed.evidence["phones"].startswith("near-label")
    assert parsed.confidence["phones"] < REVIEW_BELOW
    right = parse_card(
        card(("Philipp Weber", 44), "Alpenblick AG", "Tel. +49 711 744776128",
             "Fax: +49 (0)711 9220198", "pweber@alpenblick.de"),
        default_region="US",
    )  # fmt: skip
    assert right.confidence["phones"] >= REVIEW_BELOW


def test_a_colon_alone_before_a_number_leaves_its_kind_a_guess():
    # Fresh scan seed 83 card 220 (P052, small print beside a column's rule): "F: +41 61 482 16
    # 60" read ": +41 61 482 16 60", its label lost whole; the fax was stored as an office
    # number at bare+intl/hi, accepted wrong.
    rows = ["@ +4161 686 35 09", "+41 767561130", ": +41 61 482 16 60"]
    lines = card(("Maximilian Schafer", 36), "Leiter Einkauf", ("Prisma SA", 25), *rows)
    parsed = parse_card(lines, default_region="CH")
    assert parsed.evidence["phones"] == "label-unread+intl/hi"
    assert parsed.confidence["phones"] < REVIEW_BELOW


def test_the_second_untold_north_american_number_is_taken_for_the_mobile():
    """Office line first, then the mobile: the guess a person confirms in review (session 26:
    20 of 22 such pooled photos), the level still ``bare-untold``."""
    lines = card(("Abigail Garcia", 44), "CEO", "Keystone Inc.", "@(512) 750-7583",
                 "® 512-948-9631", "Fax: 512-948-9632", "a.garcia@keystone.com")  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    kinds = {p.e164: p.kind.value for p in parsed.contact.phones}
    assert kinds == {"+15127507583": "work", "+15129489631": "cell", "+15129489632": "fax"}
    assert parsed.evidence["phones"].startswith("bare-untold")
    # A labelled office line is the office whatever its place; a told mobile leaves all as read.
    lines = card(("Abigail Garcia", 44), "Keystone Inc.", "(512) 750-7583",
                 "Office: 512-948-9631", "a.garcia@keystone.com")  # fmt: skip
    kinds = {p.e164: p.kind.value for p in parse_card(lines, default_region="US").contact.phones}
    assert kinds == {"+15127507583": "cell", "+15129489631": "work"}
    lines = card(("Abigail Garcia", 44), "Keystone Inc.", "Mobile (512) 750-7583",
                 "512-948-9631", "512-948-9677", "a.garcia@keystone.com")  # fmt: skip
    kinds = [p.kind.value for p in parse_card(lines, default_region="US").contact.phones]
    assert kinds.count("cell") == 1


def test_a_twin_of_the_office_line_is_not_taken_for_the_mobile():
    """A number that differs from the office line's in its last two digits is its fax or a
    direct line (``twins``), no mobile, labelled office or not (review26); both unlabelled, the
    second is the fax (``office_and_fax``, session 59)."""
    for office, kinds in (
        ("(512) 948-9631", ["work", "fax"]),
        ("Office: 512-948-9631", ["work", "work"]),
    ):
        lines = card(("Abigail Garcia", 44), "Keystone Inc.", office, "512-948-9677",
                     "a.garcia@keystone.com")  # fmt: skip
        phones = parse_card(lines, default_region="US").contact.phones
        assert [p.kind.value for p in phones] == kinds


def test_a_fax_label_read_as_e_names_a_fax_to_review():
    """A photo's "F:" read "E:" (a speck for the missing bar): the number is the fax beside the
    office line and the mobile, not a second office line, and the misread label is doubted."""
    lines = card(("Anna Keller", 44), "Telefon: +41 44 485 52 59", "Mobile: +41 78 843 06 22",
                 "E: +41 44 925 66 33", "anna@keller.ch")  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    kinds = {p.e164: p.kind.value for p in parsed.contact.phones}
    assert kinds["+41449256633"] == "fax"
    assert parsed.evidence["phones"].startswith("near-label")
    assert parsed.confidence["phones"] < REVIEW_BELOW


def test_labels_with_accents_and_of_other_languages_name_their_kind():
    """Labels "Móvil" (its ó no longer stops the label), "Celular", "Faks": Mexico's numbering
    cannot tell a mobile from a desk line, so only the label does."""
    lines = card(("Lucía Ramos", 44), "Tel: +52 55 8765 4321", "Móvil: +52 55 1234 5678",
                 "Celular: +52 33 1234 5678", "Faks: +52 55 8765 4300",
                 "lucia@ramos.mx")  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    kinds = {p.e164: p.kind.value for p in parsed.contact.phones}
    assert kinds == {
        "+525587654321": "work",
        "+525512345678": "cell",
        "+523312345678": "cell",
        "+525587654300": "fax",
    }
    assert parsed.evidence["phones"].startswith("labelled")


def test_a_mobile_label_in_kanji_or_vietnamese_names_a_mobile():
    """Labels "携帯" (RapidOCR reads kana and kanji) and "DĐ" (di động, folded to the "d" of
    direct) before a number no numbering plan can tell: the label names the mobile, surely."""
    for label in ("携帯", "DĐ"):
        lines = card(("Ken Sato", 44), "TEL +1 212 555 0142", f"{label}: +1 646 555 0199",
                     "ken@sato.com")  # fmt: skip
        parsed = parse_card(lines, default_region="US")
        kinds = {p.e164: p.kind.value for p in parsed.contact.phones}
        assert kinds == {"+12125550142": "work", "+16465550199": "cell"}, label
        assert parsed.evidence["phones"].startswith("labelled"), label


def test_a_label_glued_after_the_last_digit_of_the_row_s_first_number_parts_the_row():
    """Photo seed 203 card 89: "T:0161 305 2451M: 07512 419909", the columns' gap lost, read as
    no number at all; parted before "M:", each number takes its own label."""
    lines = card(("Amy Clark", 44), "T:0161 305 2451M: 07512 419909", "F: 0161 986 2131",
                 "amy@clark.co.uk")  # fmt: skip
    parsed = parse_card(lines, default_region="GB")
    kinds = {p.e164: p.kind.value for p in parsed.contact.phones}
    assert kinds == {"+441613052451": "work", "+447512419909": "cell", "+441619862131": "fax"}


def test_a_london_postcode_s_e_before_the_number_is_no_fax_label():
    """A footer "London E14 5AB +44 20 ...": the row parts before "E14" (a letter before a
    digit), but an "E" glued to its digits is a postcode's, not a fax's "F:" misread; the only
    number stays the office line, accepted, not a fax sent to review."""
    lines = card(("Tom Baker", 44), "Acme Ltd", "1 Canada Square, London E14 5AB +44 20 7946 0000",
                 "tom@acme.co.uk")  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert [(p.e164, p.kind.value) for p in parsed.contact.phones] == [("+442079460000", "work")]
    assert parsed.evidence["phones"].startswith("bare")
    # glued to its number's plus, it is still the fax's "F" misread
    lines = card(("Anna Keller", 44), "Telefon: +41 44 485 52 59", "Mobile: +41 78 843 06 22",
                 "E+41 44 925 66 33", "anna@keller.ch")  # fmt: skip
    kinds = {p.e164: p.kind.value for p in parse_card(lines, default_region="US").contact.phones}
    assert kinds["+41449256633"] == "fax"


def test_an_accented_label_inside_a_row_parts_it_as_a_plain_one_does():
    """A row "Tel ... Móvil ..." parts before "Móvil" as before "Movil", and one "TEL：...携帯："
    before "携帯" (one class of label letters for the label and the row's parting): Mexico's
    mobile, which its numbering cannot tell, is named by its label, surely."""
    for row in ("Tel +52 55 8765 4321 Móvil +52 55 1234 5678",
                "TEL：+52 55 8765 4321携帯：+52 55 1234 5678"):  # fmt: skip
        lines = card(("Lucía Ramos", 44), "Acme", row, "lucia@acme.mx")
        parsed = parse_card(lines, default_region="US")
        kinds = {p.e164: p.kind.value for p in parsed.contact.phones}
        assert kinds == {"+525587654321": "work", "+525512345678": "cell"}, row
        assert parsed.evidence["phones"].startswith("labelled"), row
