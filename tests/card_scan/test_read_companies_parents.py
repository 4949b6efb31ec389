"""A line naming the group the card's firm belongs to ("Tochter der Nova Holding GmbH", "Part of
the Nova Group", "A Nova Holdings plc company", "filiale de ..."), printed under a logo that sets
the firm's name on one line and its legal form alone on the next: the card's own firm is read,
never the parent (accepted wrong before, rev30c), and a card whose own firm is not read goes to
review. Where a group's name is the firm, or a slogan or a title starts the same way, nothing
changes. Hand-made OCR lines, one word per printed word."""

from __future__ import annotations

import io

import cardgen
import pytest
from PIL import Image, ImageDraw, ImageFont
from printed import read_card, to_review, worded_lines

from contactkit_plugins.card_scan.company_parent import parent_cut, parent_line
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.scan import OcrOptions, card_lines

FONT = f"{cardgen.FONT_DIR}/DejaVuSans.ttf"


def _logo_card(region: str, firm: str, form: str, rows: tuple[str, ...], parent: str):
    """The firm's name large, its form alone under it, a person, a title, a number, an
    address, and the parent's line in small print at the foot."""
    name, title, phone, email = rows
    lines = worded_lines(
        (firm, 60), (form, 40), (name, 50), (title, 30), (phone, 28), (email, 28), (parent, 24)
    )
    return parse_card(lines, default_region=region)


@pytest.mark.parametrize(
    ("region", "firm", "form", "rows", "parent"),
    [
        ("CH", "Nova Technik", "AG",
         ("Anna Keller", "Leiterin Vertrieb", "Tel. +41 44 123 45 67", "anna.keller@nova.ch"),
         "Tochter der Nova Holding GmbH"),
        ("DE", "Nova Technik", "GmbH",
         ("Anna Keller", "Leiterin Vertrieb", "Tel. 030 1234567", "anna.keller@nova.de"),
         "Ein Unternehmen der Nova Holding AG"),
        ("GB", "Nova Systems", "Ltd",
         ("John Smith", "Sales Director", "Tel. 020 7946 0123", "john.smith@nova.co.uk"),
         "Part of the Nova Group"),
        ("GB", "Nova Systems", "Ltd",
         ("John Smith", "Sales Director", "Tel. 020 7946 0123", "john.smith@nova.co.uk"),
         "A Nova Holdings plc company"),
        ("US", "Nova Systems", "Inc.",
         ("John Smith", "Sales Director", "Tel. (415) 555-0134", "john.smith@nova.com"),
         "Member of Nova Group"),
        ("FR", "Nova Conseil", "SARL",
         ("Marie Dupont", "Directrice commerciale", "Tél. 01 23 45 67 89", "marie.dupont@nova.fr"),
         "Filiale de Nova Groupe SA"),
        ("NL", "Nova Techniek", "B.V.",
         ("Jan de Vries", "Inkoper", "Tel. 020 123 4567", "jan.devries@nova.nl"),
         "Onderdeel van Nova Groep N.V."),
        ("IT", "Nova Servizi", "S.r.l.",
         ("Marco Bianchi", "Responsabile acquisti", "Tel. 02 1234 5678", "m.bianchi@nova.it"),
         "Una società del Gruppo Nova S.p.A."),
        ("ES", "Nova Soluciones", "S.L.",
         ("Ana García", "Directora comercial", "Tel. 912 345 678", "ana.garcia@nova.es"),
         "Una empresa del Grupo Nova S.A."),
    ],
)  # fmt: skip
def test_a_parent_companys_line_under_a_stacked_logo_is_not_the_cards_company(
    region, firm, form, rows, parent
):
    # The parent's line holds a legal form and spells the domain (nova): it was taken, and
    # accepted ("Tochter der Nova Holding GmbH", domain+legal+other/hi).
    parsed = _logo_card(region, firm, form, rows, parent)
    assert parsed.contact.organization.name == f"{firm} {form}"
    assert parsed.contact.name.full == rows[0]
    assert parsed.contact.title == rows[1]


@pytest.mark.parametrize("parent", ["Tochter der Nova Holding GmbH", "Part of the Nova Group"])
def test_a_parent_line_printed_small_under_a_stacked_logo_read_by_tesseract(parent):
    # Read by real Tesseract: the parent's line was the company, accepted (domain+legal+other).
    parsed = read_card(
        ("Nova Technik", 56), ("AG", 40), ("Anna Keller", 44), "Leiterin Vertrieb",
        "Tel. +41 44 123 45 67", "anna.keller@nova.ch", (parent, 24), region="CH",
    )  # fmt: skip
    assert parsed.contact.organization.name == "Nova Technik AG"
    assert parsed.contact.name.full == "Anna Keller"


def test_a_polish_parent_line_is_not_the_company_and_the_form_alone_joins_the_name():
    # "Sp. z o.o." alone was no form to clues.legal_form (a form of several words needed a
    # name before it): "Nova Serwis" to review. Now its dotted pieces make a form alone.
    parsed = _logo_card(
        "PL", "Nova Serwis", "Sp. z o.o.",
        ("Jan Kowalski", "Kierownik sprzedaży", "Tel. 22 123 45 67", "jan.kowalski@nova.pl"),
        "Członek Grupy Kapitałowej Nova S.A.",
    )  # fmt: skip
    assert parsed.contact.organization.name == "Nova Serwis Sp. z o.o."
    assert parsed.contact.name.full == "Jan Kowalski"


def test_a_card_whose_own_firm_is_unread_beside_its_parents_line_goes_to_review():
    # The logo not read at all: the parent's line is all there is, and it is not the company.
    lines = worded_lines(
        ("Anna Keller", 50), ("Leiterin Vertrieb", 30), ("Tel. +41 44 123 45 67", 28),
        ("anna.keller@nova.ch", 28), ("Tochter der Nova Holding GmbH", 24),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="CH")
    assert "Holding" not in (parsed.contact.organization.name or "")
    assert "organization" in to_review(parsed)


def test_the_parents_phrase_after_the_firms_name_on_one_line_is_cut_off():
    lines = worded_lines(
        ("Nova Technik AG – ein Unternehmen der Nova Holding GmbH", 30), ("Anna Keller", 50),
        ("Leiterin Vertrieb", 30), ("Tel. +41 44 123 45 67", 28), ("anna.keller@nova.ch", 28),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="CH")
    assert parsed.contact.organization.name == "Nova Technik AG"
    assert parent_cut("Nova Systems Ltd, a subsidiary of Nova Holdings plc") == "Nova Systems Ltd"


def test_a_group_that_is_the_firm_and_a_slogan_or_title_of_the_same_words_stay():
    # "Nova Holding GmbH" as the only company line is the firm; "Part of the family since
    # 1920" is a slogan, "Member of the Board" and "Mitglied der Geschäftsleitung" titles.
    lines = worded_lines(
        ("Nova Holding GmbH", 60), ("Anna Keller", 50), ("Leiterin Vertrieb", 30),
        ("Tel. 030 1234567", 28), ("anna.keller@nova-holding.de", 28),
        ("Part of the family since 1920", 24),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="DE")
    assert parsed.contact.organization.name == "Nova Holding GmbH"
    assert "organization" not in to_review(parsed)
    for text in ("Part of the family since 1920", "Member of the Board", "Part of Meridian",
                 "Mitglied der Geschäftsleitung", "A Plus Company", "Nova Holding GmbH",
                 "Teil der Familie", "The Nova Group", "Società di Servizi S.r.l.",
                 "Empresa de Transportes García S.L.", "Azienda di Trasporti Rossi S.r.l.",
                 "A & B Group Company", "Mitgiied der Geschäftsleitung"):  # fmt: skip
        assert not parent_line(text), text
    assert parent_cut("Nova Holding GmbH") == "Nova Holding GmbH"
    assert parent_cut("Member of the Board") == "Member of the Board"


@pytest.mark.parametrize(
    "text",
    [
        "Tochter der Nova Holding GmbH", "Tochtergesellschaft der Nova AG",
        "Eine Marke der Nova Gruppe", "Part of the Meridian Group",
        "/\\ Part of the Meridian Group",
        "A Meridian Group company", "A subsidiary of Orbis Holdings plc",
        "A division of Nova Corp.", "Member of the Nova Group", "filiale de Groupe Orion SA",
        "Une société du groupe Orion", "Onderdeel van Vos Groep", "Dochter van Vos Holding B.V.",
        "Una società del Gruppo Rossi", "Parte del Grupo Sol", "Una empresa del Grupo Sol S.A.",
        "Uma empresa do Grupo Sol", "Członek Grupy Kapitałowej Orlen", "Spółka z Grupy Nova",
        "Ett företag i Novakoncernen", "En del av Nova Group", "Filial de Grupo Sol S.A.",
        # a long word of the phrase a letter off in small print
        "Tochler der Nova Holding GmbH", "A Meridian Group compary", "Membor of Nova Group",
        # Polish and Swedish letters as Tesseract reads them in small print: ł as t, ó as d
        # or é, ć as é or ¢, ö as é
        "Cztonek Grupy Kapitatowej Nova S.A.", "Spdtka z Grupy Nova", "Spétka zalezna Nova",
        "Czesé Grupy Nova", "Czes¢ Grupy Nova", "Ett féretag i Novakoncernen",
    ],
)  # fmt: skip
def test_parent_lines_in_the_languages_of_the_cards(text):
    assert parent_line(text)


def test_a_form_alone_under_a_logos_name_the_domain_does_not_spell_takes_the_name():
    # The address is the parent's (meridian.co.uk): "Ltd" alone was the company (form-only).
    parsed = _logo_card(
        "GB", "Brightwater", "Ltd",
        ("John Smith", "Sales Director", "Tel. 020 7946 0123", "john.smith@meridian.co.uk"),
        "Member of Meridian Group plc",
    )  # fmt: skip
    assert parsed.contact.organization.name == "Brightwater Ltd"
    assert "organization" in to_review(parsed)  # nothing checks the name: a person looks
    # A person's name over a form alone is no part of it.
    lines = worded_lines(
        ("Anna Keller", 50), ("AG", 40), ("Leiterin Vertrieb", 30), ("anna.keller@gmail.com", 28)
    )
    parsed = parse_card(lines, default_region="CH")
    assert "Keller" not in (parsed.contact.organization.name or "")
    assert parsed.contact.name.full == "Anna Keller"


def test_a_firms_short_word_honorific_only_before_a_name_is_no_degree_in_it():
    # "Eng." of engineering inside a firm's name: a title only before a name (Portuguese
    # Eng.ª), it had made the company a person's line with a degree, to review (second
    # review, rev31a). "Dr." inside a company still is one.
    lines = worded_lines(
        ("Mark Barton", 44),
        ("Project Manager", 24),
        ("Barton Eng. Services Ltd", 30),
        ("Tel +44 20 7946 0958", 24),
        ("mark.barton@barton.co.uk", 24),
    )
    parsed = parse_card(lines, default_region="GB")
    assert parsed.contact.organization.name == "Barton Eng. Services Ltd"
    assert parsed.evidence["organization"] == "domain+legal+other/hi"


def _name_left_logo_right(name: str, form: str, rows: tuple[str, ...], region: str):
    """Real Tesseract on a card printing the person's name large at the left and, at the
    right, a logo's mark (no letters) with its legal form alone under it: the form is read
    as the line after the name's."""
    image = Image.new("RGB", (1050, 600), "white")
    draw = ImageDraw.Draw(image)
    draw.text((60, 40), name, fill="black", font=ImageFont.truetype(FONT, 48))
    draw.ellipse((800, 40, 900, 100), fill="navy")
    draw.text((815, 110), form, fill="black", font=ImageFont.truetype(FONT, 30))
    for n, row in enumerate(rows):
        draw.text((60, 140 + 60 * n), row, fill="black", font=ImageFont.truetype(FONT, 30))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(300, 300))
    return parse_card(card_lines(buffer.getvalue(), 0, OcrOptions()), default_region=region)


@pytest.mark.parametrize(
    ("name", "form", "rows", "region"),
    [
        ("Wei Zhang", "Ltd",
         ("Sales Director", "Tel. 020 7946 0123", "wei.zhang@nova.co.uk"), "GB"),
        ("DUPONT Marie", "S.A.",
         ("Directrice commerciale", "Tél. 01 23 45 67 89", "marie.dupont@nova.fr"), "FR"),
    ],
)  # fmt: skip
def test_a_persons_name_over_a_logos_form_at_the_other_side_is_no_part_of_the_company(
    name, form, rows, region
):
    # The form alone was picked and name_above_form joined the person's name to it
    # ("Wei Zhang Ltd"): the name lost. The form is neither under the name nor right after it.
    parsed = _name_left_logo_right(name, form, rows, region)
    assert name.split()[0].lower() not in (parsed.contact.organization.name or "").lower()
    assert parsed.contact.name.full is not None
    assert "organization" in to_review(parsed)


@pytest.mark.parametrize(
    ("name", "form", "email", "region"),
    [
        ("Wei Zhang", "Ltd", "wei.zhang@nova.co.uk", "GB"),
        ("YAMAMOTO Taro", "Co.,Ltd.", "t.yamamoto@nova.co.jp", "JP"),
    ],
)
def test_the_person_the_email_is_written_from_over_a_form_alone_is_no_part_of_the_company(
    name, form, email, region
):
    # A name no given-name table knows first ("Wei", "YAMAMOTO" family-first) over a form
    # alone in the same column was joined to it ("Wei Zhang Ltd"), the name lost.
    lines = worded_lines(
        (name, 50), (form, 30), ("Sales Director", 30), ("Tel. 020 7946 0123", 28), (email, 28)
    )
    parsed = parse_card(lines, default_region=region)
    assert name.split()[0] not in (parsed.contact.organization.name or "")
    assert parsed.contact.name.full is not None


@pytest.mark.parametrize(
    ("rows", "region", "company"),
    [
        ((("Nova Serwis", 56), ("Sp. z o.o.", 40), ("Jan Kowalski", 44), "Kierownik sprzedaży",
          "Tel. 22 123 45 67", "jan.kowalski@nova.pl", ("Członek Grupy Kapitałowej Nova S.A.", 24)),
         "PL", "Nova Serwis Sp. z o.o."),
        ((("Nova Teknik", 56), ("AB", 40), ("Sven Larsson", 44), "Säljchef",
          "Tel. 08 123 456 78", "sven.larsson@nova.se", ("Ett företag i Novakoncernen", 20)),
         "SE", "Nova Teknik AB"),
    ],
)  # fmt: skip
def test_a_polish_or_swedish_parent_line_read_by_tesseract(rows, region, company):
    # "Członek" read "Cztonek": the parent's line was taken for the company and accepted
    # (domain+legal+other); "Sp. z o.o." alone was no form to join.
    parsed = read_card(*rows, region=region)
    assert parsed.contact.organization.name == company


@pytest.mark.parametrize(
    ("firm", "form", "email", "region"),
    [
        ("Keller", "AG", "keller@bluewin.ch", "CH"),
        ("Nova", "AG", "nova@bluewin.ch", "CH"),
        ("Bäckerei Keller", "GmbH", "keller@t-online.de", "DE"),
        ("Müller Söhne", "GmbH", "mueller@t-online.de", "DE"),
    ],
)
def test_a_firm_the_address_spells_one_word_of_over_a_form_alone_keeps_its_name(
    firm, form, email, region
):
    # A firm named after its owner ("Keller AG", "Müller Söhne GmbH") or a brand the address
    # spells one word of: no person's name (given name and family name), yet the local part's
    # check made the company the form alone and the firm's line the person's name (third
    # review, rev31c).
    lines = worded_lines(
        (firm, 60), (form, 40), ("Anna Keller", 50), ("Leiterin Vertrieb", 30),
        ("Tel. +41 44 123 45 67", 28), (email, 28),
    )  # fmt: skip
    parsed = parse_card(lines, default_region=region)
    assert parsed.contact.organization.name == f"{firm} {form}"
    assert parsed.contact.name.full == "Anna Keller"


@pytest.mark.parametrize(
    ("merged", "rows", "region"),
    [
        ("AURORA Lic. Juan Pérez ae",
         ("Director Comercial", "Tel. +52 55 1234 5678", "juan.perez@aurora.mx"), "MX"),
        ("SOL Arq. María López sa",
         ("Directora de Proyectos", "Tel. +34 912 345 678", "maria.lopez@sol.es"), "ES"),
    ],
)  # fmt: skip
def test_a_logo_read_with_a_persons_line_of_a_dotted_degree_is_measured_apart(merged, rows, region):
    # The logo and the person's line read as one, its 2-letter end taken for a form: "Lic."
    # and "Arq." are no firm's words, the company a degree's line (only "Eng." is a firm's
    # word too; rev31a's rule had let every dotted degree pass, accepted at /hi; rev31c).
    lines = worded_lines((merged, 40), (rows[0], 28), (rows[1], 24), (rows[2], 24))
    parsed = parse_card(lines, default_region=region)
    assert parsed.evidence["organization"] == "domain+legal+other/degree"
    assert "organization" in to_review(parsed)
