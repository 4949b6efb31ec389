"""A company over two or three lines: joined where the domain spells them together (and not
where a line holds a word it does not), or read into one line with the phone column beside it,
or with a phone label glued to its legal form, and parted again; a company read as one word
parted at its capitals. Hand-made OCR lines as Tesseract gave them on photos and scans; each
failed before its fix."""

from __future__ import annotations

import pytest
from ocr_lines import company_name as _org_name
from ocr_lines import company_read as _company
from ocr_lines import placed_lines as _placed
from ocr_lines import rated_lines
from printed import phones, to_review, worded_lines
from printed import worded_lines as _worded

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.company_labels import shed_label
from contactkit_plugins.card_scan.fields import parse_card


def test_a_company_printed_over_two_lines_is_joined_where_only_both_spell_the_domain():
    # The logo layout prints the name over two lines: "Zonen B.V." alone (its domain's
    # "graaf" unread) and "GROUPE" alone (agroup.fr, the initial of AURORA) went to review.
    parsed = parse_card(
        _worded(
            ("Zonen B.V.", 104), ("Graaf &", 51), ("Margaretha van der Heijden", 78),
            ("Financieel Controller", 38), ("Tel. | 040-897-4480", 30),
            ("E: margaretha.vanderheijden@graafzonen.nl", 37),
        ),
        default_region="NL",
    )  # fmt: skip
    assert parsed.contact.organization.name == "Graaf & Zonen B.V."
    assert parsed.contact.name.full == "Margaretha van der Heijden"
    assert "organization" not in to_review(parsed)
    parsed = parse_card(
        _worded(
            ("MARIE-HELENE MERCIER", 61), ("Responsable des achats", 36), ("GROUPE", 40),
            ("AURORA", 37), ("Fax : 02 47 49 56 49", 28), ("mercier.mariehelene@agroup.fr", 37),
        ),
        default_region="FR",
    )  # fmt: skip
    assert parsed.contact.organization.name == "GROUPE AURORA"
    assert parsed.contact.name.full == "Marie-Helene Mercier"


def test_a_line_with_a_word_the_domain_does_not_spell_is_not_joined_to_the_company():
    # "Pieter Graaf" over "Zonen B.V.": the two spell graafzonen, but "Pieter" is no part of it.
    parsed = parse_card(
        _worded(
            ("Pieter Graaf", 60), ("Zonen B.V.", 40), ("Financieel Controller", 38),
            ("pieter@graafzonen.nl", 37),
        ),
        default_region="NL",
    )  # fmt: skip
    # The name's start put back from the domain (company_cuts), parted at "Graaf" as printed
    # above; "Pieter" still no part of it, and a person looks.
    assert parsed.contact.organization.name == "Graaf Zonen B.V."
    assert parsed.evidence["organization"] == "near-domain+repaired"
    assert parsed.contact.name.full == "Pieter Graaf"


def test_the_owner_over_a_company_his_domain_is_named_for_is_not_joined_to_it():
    # A small firm's domain is its owner's name: "Thomas Keller" above "Keller Bau GmbH" was
    # joined to it as a company printed over two lines ("Thomas Keller Keller Bau GmbH", 0.99)
    # and the card had no name.
    rows = ("Thomas Keller", "Keller Bau GmbH", "info@thomaskeller.de", "Tel. +49 30 4726093")
    contact = parse_card(worded_lines(*((r, 80) for r in rows)), default_region="DE").contact
    assert contact.organization.name == "Keller Bau GmbH"
    assert (contact.name.given, contact.name.family) == ("Thomas", "Keller")


def test_a_logo_word_in_lower_case_over_the_company_printed_on_three_lines_is_passed_over():
    # "cobalt" (the logo's word) over "Cobalt" / "t Tsusho" / "Co.,Ltd." beside
    # cobalt-tsusho.co.jp: the logo's word was taken, alone, and the three lines never joined.
    assert _company(
        ("cobalt", 27, 0.96),
        ("Cobalt", 47, 0.98),
        ("t Tsusho", 47, 0.89),
        ("Co.,Ltd.", 52, 0.91),
        ("Sales Division", 31, 0.97),
        ("Masahiro TANAKA", 78, 0.95),
        ("Mobile: +81 70-6836-7666", 32, 0.94),
        ("E-mail masahiro.tanaka@cobalt-tsusho.co.jp", 41, 0.83),
        region="JP",
    ) == ("Cobalt Tsusho Co.,Ltd.", "domain+legal")


def test_pieces_of_a_tilted_row_that_spell_the_domain_are_left_to_the_company():
    # Blind seed 1 photo 208: "Cobalt" | "t Tsusho" | "Co.,Ltd." (one row, tilted) beside
    # cobalt-tsusho.co.jp. Joined as a name's row, "Cobalt Tsusho" lost its form and was accepted.
    lines = _placed(
        ("cobalt", 78, 85, 27),
        ("Cobalt", 206, 90, 47),
        ("t Tsusho", 367, 91, 47),
        ("Co.,Ltd.", 562, 92, 52),
        ("Sales Division", 214, 162, 31),
        ("Masahiro TANAKA", 284, 329, 78),
        ("Mobile: +81 70-6836-7666", 85, 595, 32),
        ("E-mail masahiro.tanaka@cobalt-tsusho.co.jp", 84, 702, 41),
    )
    parsed = parse_card(lines, default_region="JP")
    assert parsed.contact.organization is not None
    assert parsed.contact.organization.name == "Cobalt Tsusho Co.,Ltd."


def test_a_company_over_two_lines_parted_with_letters_lost_is_joined_as_the_domain_spells_it():
    # Seed 10 photo 049: "Leeuwen" printed apart in a logo's letters, read "Leeuw" under
    # "Systemen B.V": only "Systemen B.V" was taken, at domain+legal+part.
    assert _company(
        ("PETRONELLA VAN DAM", 65, 0.95),
        ("Directeur", 39, 0.96),
        ("Systemen B.V", 67, 0.93),
        ("Leeuw", 47, 0.98),
        ("070-704-7529", 38, 0.97),
        ("W https: //leeuwen-systemen.nl/contact", 42, 0.98),
        region="NL",
    ) == ("Leeuwen Systemen B.V", "near-domain+repaired")
    # Own seed 13 photo 056: "Verpackung" parted at the line's end, its e read on both lines.
    assert _company(
        ("See", 35, 0.31),
        ("erpackung GmbH", 104, 0.97),
        ("Spreetal Ve", 59, 0.94),
        ("Peter Braun", 64, 0.96),
        ("Bereichsleiter Logistik", 46, 0.94),
        ("E-Mail braun.peter@spreetalverpackung.de", 42, 0.92),
    ) == ("Spreetal Verpackung GmbH", "near-domain+repaired")


# "Ingenieria Altair S.A. Movil +34 719 04 76 03": the whole line went to the phones and no
# company was read.
PARTED = [
    (
        ["CARLOS GARCIA NUNEZ", "Managing Director",
         "Ingenieria Altair S.A. Movil +34 719 04 76 03", "Fax: +34 934 60 99 98",
         "Email carlos.garcia@ingenieriaaltair.es"],
        "ES", "Ingenieria Altair S.A.", ("+34719047603", "cell"),
    ),
    (
        ["Misaki WATANABE", "MIDORI SANGYO CO.,LTD. TEL: +81 3-3776-7784",
         "mwatanabe@midori-sangyo.co.jp"],
        "JP", "MIDORI SANGYO CO.,LTD.", ("+81337767784", "work"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("rows", "region", "company", "phone"), PARTED)
def test_a_company_read_in_one_line_with_the_phone_column_beside_it_is_parted(
    rows: list[str], region: str, company: str, phone: tuple[str, str]
):
    parsed = parse_card(_worded(*((row, 40) for row in rows)), default_region=region)
    assert parsed.contact.organization.name == company
    assert phone in phones(parsed)


def test_a_company_read_with_the_phone_column_and_its_form_glued_to_a_number_is_parted():
    # The phone column beside the company read into its line, the legal form glued to the first
    # digits ("Gmbh71", "B:V31"): the whole line went to the phones and no company was read.
    assert (
        _org_name(
            ("JORG BERGER", 75),
            ("Office Manager", 40),
            ("Weber Elektrotechnik Gmbh71 620 0376 Tel. 1040-589726037 78", 57),
            ("E-Mail: j.berger@weber-elektrotechnik.com", 31),
            ("20137 Hamburg", 32),
        )
        == "Weber Elektrotechnik Gmbh"
    )
    assert (
        _org_name(
            ("Wilhelmus van den Broek", 45),
            ("Hoofd Verkoop", 35),
            ("Dijkstra Verpakkingen B:V31 (0)10 459 8290 F: +31 10.573.5874", 53),
            ("E wilhelmus@dijkstraverpakkingen.nl", 25),
            region="NL",
        )
        == "Dijkstra Verpakkingen B.V"
    )


def test_a_company_whose_form_reads_as_digits_is_parted_from_the_phone_column():
    # "Sp. z 0.0." starts with a digit: the line was cut there, before its form, and kept whole.
    lines = _worded(
        ("MGR INZ. BEATA MICHALSKA", 23), ("Quality Assurance Lead", 17),
        ("Opakowania Nexus Sp. z 0.0. Tel. | 12-969-30-51 fax | 12-465-74-91", 20),
        ("E-mail: beatam@opakowania.pl", 20),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="PL")
    assert parsed.contact.organization.name == "Opakowania Nexus Sp. z o.o."
    assert len(parsed.contact.phones) == 2


def test_a_company_read_into_the_phone_line_is_parted_where_it_spells_the_domain():
    # In a photo the phone column beside the company was read into its line, and its form
    # glued to the label after it ("Sarlnate:", Sàrl and Natel) or misread ("SARK"): no form
    # to part at, the whole line went to the phones and no company was read.
    parsed = parse_card(
        rated_lines(
            ("Stefan Wagner", 80, 0.95),
            ("Technischer Leiter", 40, 0.94),
            ("Herrmann & Cie Sarlnate: | 079 784 72 22 Telefon | 061 752 02 08", 26, 0.81),
            ("E stefan.wagner@herrmann-cie.ch", 29, 0.92),
            ("4042 Basel", 25, 0.97),
        ),
        default_region="CH",
    )
    assert parsed.contact.organization.name == "Herrmann & Cie Sarl"
    assert len(parsed.contact.phones) == 2
    # Its form unchecked, measured apart (under the line); a last word one letter from one
    # legal form only is that form misread ("SARK").
    assert _company(
        ("MARKUS HERRMANN", 53, 0.96),
        ("Key Account Manager", 37, 0.96),
        ("ZIMMERMANN & CIE SARK | +41 22 4442976 Fax | 0041 22 659 80 37", 22, 0.91),
        ("E markus.herrmann@zimmermanncie.ch", 26, 0.84),
        region="CH",
    ) == ("ZIMMERMANN & CIE SARL", "parted")
    # "Sar!" is Sarl; a number glued to the form ("LTP+81") stays with the phones.
    assert _company(
        ("Anja Huber", 40, 0.95),
        ("Weber & Cie Sar! mobil: 079 536 63 71 022 978 35 68", 26, 0.9),
        ("www https://www.weber.ch", 26, 0.9),
        region="CH",
    ) == ("Weber & Cie Sarl", "parted")
    parsed = parse_card(
        rated_lines(
            ("KONDOO Naoko", 50, 0.95),
            ("ONO SANGYO CO., LTP+81 3-4363-6634 Mobile: +81 70-9562-0641", 26, 0.9),
            ("E-mail kondoo@ono.co.jp", 26, 0.9),
        ),
        default_region="JP",
    )
    assert {p.e164 for p in parsed.contact.phones} == {"+81343636634", "+817095620641"}
    # An address on a street named for the firm is no company.
    assert _company(
        ("MARKUS HERRMANN", 53, 0.96),
        ("Key Account Manager", 37, 0.96),
        ("Zimmermannstrasse 123, 80333 München", 22, 0.91),
        ("E markus.herrmann@zimmermann.de", 26, 0.84),
    ) == (None, "domain-only")
    # Words that spell no domain of the card stay with the phones.
    assert (
        _company(
            ("MARKUS HERRMANN", 53, 0.96),
            ("Key Account Manager", 37, 0.96),
            ("Seefeld Consulting | +41 22 4442976 Fax | 0041 22 659 80 37", 22, 0.91),
            ("E markus.herrmann@zimmermanncie.ch", 26, 0.84),
            region="CH",
        )[0]
        is None
    )


def test_a_company_read_into_one_line_with_a_two_word_phone_label_is_parted():
    # Seed 10 photo 080: "Ligne directe:" (two words) before the number, so the line was not
    # parted and the company went to the phones: only the domain was left.
    assert _company(
        ("Dr Elodie Petit", 76, 0.96),
        ("Chef de projet", 51, 0.97),
        ("HELIX INGENIERIE S.A. Ligne directe: 03.28.25.56.34", 74, 0.95),
        ("Port.@0.33 06 42 72 66 40", 54, 0.96),
        ("petit .elodie @helixingenierie. com", 50, 0.98),
        ("71 quai de la Tournelle", 35, 0.94),
        ("59083 Lille", 36, 0.97),
        region="FR",
    ) == ("HELIX INGENIERIE S.A.", "domain+legal")


def test_a_phone_label_read_onto_the_legal_form_is_parted_and_the_form_doubted():
    # Seed 10 scan 020: "PLC" and the label "Direct:" of the column beside it read as one word,
    # their touching C and D as a G; the company was accepted wrong at "domain".
    assert _company(
        ("Timothy Hall", 47, 0.96),
        ("Regional Sales Director, EMEA", 34, 0.97),
        ("KESTREL HOLDINGS PLGirect:", 46, 0.98),
        ("+44 117 464 4522 Mob: +44 7917 428027", 17, 0.84),
        ("Web: https://kestrel.co.uk/contact", 21, 0.92),
        region="GB",
    ) == ("KESTREL HOLDINGS PLC", "parted")
    # A company whose last word merely ends in ":" with no label in it is left as read.
    assert _company(
        ("Timothy Hall", 47, 0.96),
        ("KESTREL HOLDINGS PLC", 46, 0.98),
        ("Web: https://kestrel.co.uk/contact", 21, 0.92),
        region="GB",
    ) == ("KESTREL HOLDINGS PLC", "domain+legal+other/hi")


@pytest.mark.parametrize(
    ("company_line", "level"),
    [
        # plc and the phone line's "Direct:": parted, the form put back (the test above), to review
        ("KESTREL HOLDINGS PLGirect:", "parted"),
        ("Kestrel Holdings Direct:", "domain+legal+label"),  # the label dropped (company_labels)
        ("KESTREL HOLDINGS PLC", "domain+legal+other/hi"),
        ("Kestrel Holdings B.V:", "domain+legal+other/hi"),  # the form's dot read as a colon
    ],
)
def test_a_company_line_ending_in_a_label_goes_to_review(company_line, level):
    # b10 scan 020: stored "Kestrel Holdings Plgirect" at domain, the domain checking "Kestrel".
    lines = worded_lines(
        ("Timothy Hall", 47),
        ("Regional Sales Director, EMEA", 30),
        (company_line, 46),
        ("+44 117 464 4522 Mob: +44 7917 428027", 16),
        ("Web: https://kestrel.co.uk/contact", 21),
    )
    parsed = parse_card(lines, default_region="US")
    assert parsed.evidence["organization"] == level
    doubted = level == "parted" or level.endswith("+label")
    assert (parsed.confidence["organization"] < REVIEW_BELOW) == doubted


def test_a_company_read_as_one_word_is_parted_at_its_capitals():
    # Seed 15 photo 017: "Ashworth Logistics LLP" printed narrow, read as one word: no form
    # and no domain (algroup.co.uk, its initials) was found in it, no company was read.
    assert (
        _company(
            ("PATRICK SMITH", 66, 0.96),
            ("Marketing Coordinator", 50, 0.96),
            ("AshworthLogisticsLLp", 23, 0.96),
            ("@ 0044 20 3450 9166", 30, 0.85),
            ("F: +44 20 3808 2655", 30, 0.95),
            ("E: patrick.smith@algroup.co.uk", 37, 0.91),
            region="GB",
        )[0]
        == "Ashworth Logistics LLp"
    )


@pytest.mark.parametrize(
    ("rows", "region", "company"),
    [
        # Seed 18 photo 46: the phone column's first label on the company's row, the number on
        # the line below; stored "Vincent Informatique Sas Ligne Directe".
        (
            (("DR JEAN-LUC CHEVALIER", 41, 0.92), ("Technico-commercial", 26, 0.91),
             ("VINCENT INFORMATIQUE SAS Ligne directe", 34, 0.94),
             ("+33 4 76614190 M. 00337328682 78", 31, 0.97), ("jeanluc@vincent.com", 35, 0.96)),
            "FR", "VINCENT INFORMATIQUE SAS",
        ),
        # Seed 11 photo 93: S.L.U. and Teléfono read as one, the U on the form's side.
        (
            (("Dr. Cristina Sanchez Nunez", 46, 0.96), ("Director of Operations", 29, 0.96),
             ("Aurora Ibérica S.L. Usetétono ;", 40, 0.72),
             ("+34 945.86.53.44 Fax | +34 942 66 86 88", 22, 0.93),
             ("E-mail: c.sanchez@auroraiberica.es", 28, 0.92)),
            "ES", "Aurora Ibérica S.L.U.",
        ),
        # Seed 11 photo 78: Sp.k. and Kom. (komórka), the k read once for both.
        (
            (("MGR INZ. KRYSTYNA SADOWSKA", 39, 0.9), ("Przedstawiciel Handlowy", 29, 0.9),
             ("Grabowski i Wsp6lnicy Sp. kom.:", 47, 0.97),
             ("+48 667 887 443 Tel.: +48 12 931 59 35", 25, 0.98),
             ("e-mail: sadowska.krystyna@grabowski.pl", 29, 0.97)),
            "PL", "Grabowski i Wspólnicy Sp. k.",
        ),
        # Seed 19 scan 45: GmbH and Direkt, the label misread after the form's capital H.
        (
            (("Dr. sc. techn. Hans-Peter Hartmann", 23, 0.96), ("Key Account Manager", 17, 0.96),
             ("Konig Feinmechanik GmbHpjrext", 33, 0.82),
             ("022 906 98 94 Natel 079 713 43 64", 18, 0.87),
             ("E hanspeter_hartmann@koenigfeinmechanik.ch", 24, 0.92)),
            "CH", "König Feinmechanik GmbH",  # its ö put back from the domain (late33)
        ),
        # Own seed 41 photo 42: Sàrl and Direkt, the l and the D read as one b.
        (
            (("lehmann", 44, 0.92), ("Birgit Koch", 75, 0.96), ("Vertriebsinnendienst", 39, 0.92),
             ("Lehmann & Cie Sarbirekt", 50, 0.94),
             ("044611 1847 Mobile 079 835 3601", 25, 0.99), ("koch.birgit@lehmann.ch", 30, 0.88)),
            "CH", "Lehmann & Cie Sarl",
        ),
    ],
)  # fmt: skip
def test_a_phone_label_read_after_the_legal_form_is_dropped(rows, region, company):
    name, level = _company(*rows, region=region)
    assert name == company
    assert level.endswith("+label")  # the label's letters were read into the form's: a person looks


@pytest.mark.parametrize(
    "line",
    [
        "Lumière Conseil",
        "Müller & Weber GmbH & Co. KG",
        "Grupo Nexus S.A. de C.V.",
        "Rossi S.r.l.",
        "Corporate Strategy Office",  # no form less a letter ("O" and "ffice")
        "3540 PS Utrecht",
        # Photo seed 166 card 91: a name in capitals, "CO|LLINS" no form and a slip of "ligne".
        "NICHOLAS COLLINS",
    ],
)
def test_a_company_with_no_label_after_its_form_keeps_every_word(line):
    # "Co|nseil" is a word, not the form "Co" and a label: no cut inside a word after small letters.
    assert shed_label(line) == line


def test_a_one_letter_label_glued_to_a_dotted_form_with_its_colon_is_dropped():
    # "Summit Systems, Inc.p:" (fresh photo seed 284): the phone column's "P:" read onto the
    # form; a form's own last letter has no colon after it.
    assert shed_label("Summit Systems, Inc.p:") == "Summit Systems, Inc."
    assert shed_label("Aurora Ltd.m:") == "Aurora Ltd."
    assert shed_label("Meyer & Co.KG:") == "Meyer & Co.KG:"
    parsed = parse_card(
        _worded(
            ("Raymond Clark", 60), ("Head of Procurement", 30), ("Summit Systems, Inc.p:", 50),
            ("919-345-6696", 28), ("Email: raymond.clark@summit.com", 28),
        ),
        default_region="US",
    )  # fmt: skip
    assert parsed.contact.organization.name == "Summit Systems, Inc."
    assert "organization" in to_review(parsed)  # the label glued: a person looks
