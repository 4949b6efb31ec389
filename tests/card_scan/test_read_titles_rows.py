"""A title's row read in pieces: joined where the letter at the cut was read on both sides, sent
to review where nothing tells how the pieces go, kept whole where it was read whole. Hand-made
OCR lines as Tesseract gave them on tilted and two-column photos; each failed before its fix."""

from __future__ import annotations

from ocr_lines import placed_lines
from ocr_lines import row_pieces as _row

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.text_lines import Line, Word


def _left_of(text: str, left: int = 86) -> int:
    """Where a piece that follows ``text`` (started at ``left``) begins: touching its end."""
    return left + 18 * len(text) + 12 * (len(text.split()) - 1)


def _card(*title_pieces: str) -> list[Line]:
    """A two-column Polish card (seed 18 photos 43 and 72): contact column right, the name,
    the title's row (parted as given) and the company left."""
    pieces, left = [], 86
    for piece in title_pieces:
        pieces.append((piece, left))
        left = _left_of(piece, left)
    return [
        *_row(90, ("tel. +48 71 576 02 24", 720)),
        *_row(195, ("e-mail: kamil.wojcik@nexus.pl", 720)),
        *_row(300, ("Kamil Wojcik", 86), height=48),
        *_row(357, *pieces),
        *_row(443, ("PPHU Nexus", 86), height=24),
    ]


def test_a_title_row_parted_with_its_cut_letter_read_twice_is_joined():
    # "Kierownik" | "kLogistyki": the row read as two touching pieces, the k at the cut in both;
    # the title was "Kierownik" alone at strong/hi (accepted wrong).
    parsed = parse_card(_card("Kierownik", "kLogistyki"), default_region="US")
    assert parsed.contact.title == "Kierownik Logistyki"
    # "KierownikD" | "Dzialu Zakupow": the D in both; "Dzialu Zakupow" was taken at weak/hi.
    parsed = parse_card(_card("KierownikD", "Dzialu Zakupow"), default_region="US")
    assert parsed.contact.title == "Kierownik Dzialu Zakupow"
    assert parsed.confidence["title"] >= REVIEW_BELOW
    # "Purchasing" | "gManager" was joined with no space ("PurchasingManager").
    parsed = parse_card(_card("Purchasing", "gManager"), default_region="US")
    assert parsed.contact.title == "Purchasing Manager"


def test_a_name_touching_a_title_is_no_part_of_it():
    parsed = parse_card(_card("Sales ManagerM", "Max Mustermann"), default_region="US")
    # The title is read without the name: right, or with the doubled M and sent to review.
    assert parsed.contact.title in ("Sales Manager", "Sales ManagerM")
    assert parsed.contact.title == "Sales Manager" or parsed.confidence["title"] < REVIEW_BELOW


def _word(text: str, left: int, top: int, height: int) -> Word:
    return Word(text, 0.95, left, top, 14 * len(text), height)


def _nexus_card(*title_row: Line) -> list[Line]:
    # Own seed 18 photo 072: a tilted photo; the title's row read as two lines.
    return [
        Line([_word("@", 723, 91, 22), _word("+48", 760, 91, 22), _word("71576", 820, 91, 22),
              _word("02", 900, 91, 22), _word("24", 940, 91, 22)]),
        Line([_word("fax", 722, 160, 23), _word("+48", 780, 160, 23), _word("71584", 840, 160, 23),
              _word("4059", 920, 160, 23)]),
        Line([_word("e-mail:", 722, 195, 23), _word("kamilw@nexus.pl", 830, 195, 23)]),
        Line([_word("Kamil", 87, 298, 48), _word("Wojcik", 180, 298, 48)]),
        *title_row,
        Line([_word("PPHU", 88, 443, 24), _word("Nexus", 160, 443, 24)]),
    ]  # fmt: skip


def test_a_title_row_read_in_pieces_goes_to_review():
    # Stored "Kierownik" for Kierownik Logistyki at strong/hi before.
    parsed = parse_card(
        _nexus_card(
            Line([_word("Kierownik", 86, 357, 22)]), Line([_word("kLogistyki", 222, 357, 28)])
        ),
        default_region="US",
    )
    assert parsed.contact.title == "Kierownik"
    assert parsed.evidence["title"] == "row-parted"
    assert parsed.confidence["title"] < REVIEW_BELOW


def test_a_title_beside_a_logo_or_read_whole_is_accepted():
    title = Line([_word("Kierownik", 86, 357, 22), _word("Logistyki", 222, 357, 22)])
    logo = Line([_word("PN", 400, 330, 90)])  # a monogram four times the title's height
    for lines in (_nexus_card(title), _nexus_card(title, logo)):
        parsed = parse_card(lines, default_region="US")
        assert parsed.contact.title == "Kierownik Logistyki"
        assert parsed.evidence["title"] == "strong/hi"


def test_a_name_beside_the_title_on_its_row_is_no_piece_of_the_title():
    # "Anna SchmidtS" | "Sales Manager" (the S at the cut read twice): join_title_pieces made
    # "Anna Schmidt Sales Manager" the title, accepted at strong/hi.
    lines = placed_lines(
        ("Anna SchmidtS", 40, 40, 30),
        ("Sales Manager", 40 + 26 * 12 + 14, 40, 30),
        ("Schmidt Consulting GmbH", 40, 120, 30),
        ("+49 89 1234567", 40, 170, 26),
        ("anna.schmidt@schmidt-consulting.de", 40, 210, 26),
    )
    parsed = parse_card(lines, default_region="DE")
    assert parsed.contact.title == "Sales Manager"
    # The S glued to the family name is no letter of it: anna.schmidt@ spells the name without.
    assert parsed.contact.name.full == "Anna Schmidt"
    assert parsed.evidence["name"] == "email"
