"""Session 13 (org13): the company on tuning cards it was read wrong from, as Tesseract gave
their lines (each line's words at the line's confidence); each case failed before its fix."""

from __future__ import annotations

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.ocr import Line, Word


def _lines(*rows: tuple[str, int, float]) -> list[Line]:
    """OCR lines, one word per printed word, each row at its own confidence."""
    lines = []
    for n, (text, height, conf) in enumerate(rows):
        words, left = [], 40
        for part in text.split():
            words.append(Word(part, conf, left, 20 + 60 * n, 18 * len(part), height))
            left += 18 * len(part) + 12
        lines.append(Line(words))
    return lines


def _company(*rows: tuple[str, int, float], region: str = "DE") -> tuple[str | None, str]:
    parsed = parse_card(_lines(*rows), default_region=region)
    organization = parsed.contact.organization
    return (organization.name if organization else None), parsed.evidence["organization"]


def test_a_smudge_read_with_a_legal_form_loses_to_the_line_the_domain_spells():
    # The card's bottom edge, a smudge Tesseract read at 0.22 with "as" (the Norwegian form) in
    # it, outranked "Groupe Garonne" beside garonne.fr: a legal form beat the domain.
    assert _company(
        ("Groupe Garonne", 54, 0.96),
        ("Jean-Pierre Moreau", 70, 0.96),
        ("Directeur commercial", 36, 0.96),
        ("Tel | 03 28 55 35 64", 34, 0.96),
        ("Courriel : moreau.jeanpierre@garonne.fr", 36, 0.93),
        ("iat. RT Soa Gee eT as", 19, 0.22),
        region="FR",
    ) == ("Groupe Garonne", "domain")
    # No domain to check: the form on a smudge and on the printed name alike.
    assert (
        _company(
            ("mare how etsasdporhes pt", 36, 0.33),
            ("Maria Kowalska", 59, 0.93),
            ("Inzynier Projektu", 44, 0.87),
            ("Orbis S.A.", 44, 0.97),
            region="PL",
        )[0]
        == "Orbis S.A."
    )


def test_a_line_that_is_only_a_legal_form_loses_to_a_named_company():
    # "se" (a smudge) over "Ironbridge Engineering" beside ironbridge.pl; "co" (a logo's
    # letters) over "Conti & C. S.n.c." beside contic.it: the form alone scored higher or tied.
    assert _company(
        ("Ironbridge Engineering", 44, 0.99),
        ("OLIVIA SCHNEIDER", 53, 0.95),
        ("Sales Manager", 34, 0.96),
        ("Mobile: +48 601 487 421", 26, 0.96),
        ("o.schneider@ironbridge.pl", 32, 0.99),
        ("se", 2, 0.15),
        region="PL",
    ) == ("Ironbridge Engineering", "domain")
    assert _company(
        ("co", 26, 0.43),
        ("Tel: 0117988010", 29, 0.96),
        ("E-mail: mmarchetti@contic.it", 35, 0.88),
        ("Matteo Marchetti", 34, 0.96),
        ("Chief Financial Officer", 27, 0.97),
        ("Conti & C. S.n.c.", 29, 0.90),
        region="IT",
    ) == ("Conti & C. S.n.c.", "domain+legal")
    # No domain (the email unread): "group" printed over a logo, read surely, tied the company.
    assert (
        _company(
            ("group", 19, 0.96),
            ("Christine Guérin", 54, 0.92),
            ("Responsable logistique", 45, 0.98),
            ("Perrin Métallurgie SAS", 38, 0.90),
            region="FR",
        )[0]
        == "Perrin Métallurgie SAS"
    )


def test_a_legal_form_on_the_line_under_the_company_is_joined_to_it():
    # "Koch & Cie" over "Sarl": the form was left out, and "Cie" was read as the British "CIC".
    assert _company(
        ("Friedrich Werner", 45, 0.96),
        ("Projektingenieur", 47, 0.99),
        ("Koch & Cie", 44, 0.93),
        ("Sarl", 39, 0.96),
        ("Tel. +41 (0)61 995 44 02", 31, 0.95),
        ("f.wermer@kochcie.ch", 37, 0.97),
        region="CH",
    ) == ("Koch & Cie Sarl", "domain+legal")


def test_a_polish_word_whose_l_with_stroke_was_read_as_t_is_put_back_from_the_lexicon():
    # "Battyk S.A." beside bgroup.pl (the domain spells only its initial), "Automatyka Wista"
    # beside automatyka.pl: the ł of Bałtyk and Wisła read as t, surely, and nothing checks it.
    # Put back from the lexicon of Polish words, and measured apart from the words no list knows.
    assert _company(
        ("mgr Mateusz Kaminski", 55, 0.95),
        ("Kierownik Logistyki", 51, 0.92),
        ("Tel. +48583208107", 35, 0.93),
        ("Battyk S.A.", 65, 0.86),
        ("mateusz.kaminski@bgroup.pl", 43, 0.82),
        region="PL",
    ) == ("Bałtyk S.A.", "domain+legal+other/letters+lexicon")
    assert (
        _company(
            ("MONIKA MICHALSKA", 29, 0.91),
            ("Chief Financial Officer", 16, 0.97),
            ("m.michalska@automatyka.pl", 20, 0.86),
            ("Automatyka Wista Sp. z 0.0.", 20, 0.88),
            region="PL",
        )[0]
        == "Automatyka Wisła Sp. z o.o."
    )
    # Not on a card of another country: "Maty" is no word of its lexicon there.
    assert (
        _company(
            ("Klaus Weber", 40, 0.95),
            ("k.weber@maty.de", 20, 0.95),
            ("Maty GmbH", 30, 0.95),
        )[0]
        == "Maty GmbH"
    )


def test_a_company_read_into_the_phone_line_is_parted_where_it_spells_the_domain():
    # In a photo the phone column beside the company was read into its line, and its form
    # glued to the label after it ("Sarlnate:", Sàrl and Natel) or misread ("SARK"): no form
    # to part at, the whole line went to the phones and no company was read.
    parsed = parse_card(
        _lines(
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
        _lines(
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


def test_a_website_read_apart_is_no_company_even_where_it_spells_the_whole_domain():
    # Held-out card 657: "https //ddonautal at/" (its dots read as spaces) spelt all of
    # ddonautal.at, "Donautal AG" nearly; the website was taken for the company and accepted.
    assert (
        _company(
            ("Donautal AG", 40, 0.99),
            ("Petra Lange", 50, 0.96),
            ("Human Resources", 30, 0.96),
            ("Mobil: +43 650 7784363", 30, 0.93),
            ("E-Mail petra_lange@ddonautal.at", 30, 0.94),
            ("https //ddonautal at/", 30, 0.93),
            region="AT",
        )[0]
        == "Donautal AG"
    )
