"""Session 16 (review16): photo review load of names, phones and titles; hand-made cards."""

from __future__ import annotations

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.ocr import Line, Word


def _row(top: int, *pieces: tuple[str, int], height: int = 22, conf: float = 0.95) -> list[Line]:
    """One printed row as Tesseract parts it: each piece a line of its own starting at a left
    edge, its words 18 px a letter with a 12 px space."""
    out = []
    for text, left in pieces:
        words = []
        for part in text.split():
            words.append(Word(part, conf, left, top, 18 * len(part), height))
            left += 18 * len(part) + 12
        out.append(Line(words))
    return out


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
    assert parsed.contact.title != "Sales Manager Max Mustermann"


def _worded(*rows: tuple[str, int]) -> list[Line]:
    """Hand-made OCR lines, one word per printed word, one row each."""
    lines = []
    for n, (text, height) in enumerate(rows):
        lines += _row(40 + 60 * n, (text, 40), height=height)
    return lines


def test_a_company_whose_form_is_read_coo_is_no_title():
    # "MOORE SYSTEMS CoO." (Co. read with an o) beat "Quality Assurance Lead" (weak words) as
    # the title at strong/mid, accepted wrong (seed 15 scan 32): COO is printed in capitals.
    lines = _worded(
        ("MOORE SYSTEMS CoO.", 32), ("LAWRENCE HOLLOWAY", 34), ("Quality Assurance Lead", 23),
        ("P: +1 312-502-4228", 15), ("Email: lawrenceh@msgroup.com", 19),
    )  # fmt: skip
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.title == "Quality Assurance Lead"
    # The officer's initials in capitals still make a title.
    lines = _worded(("Acme Corp.", 32), ("John Miller", 34), ("COO", 23), ("jmiller@acme.com", 19))
    assert parse_card(lines, default_region="US").contact.title == "COO"


def test_a_name_ending_in_a_title_word_is_measured_apart():
    # "Robert Smith Sales" under a logo, no email: a team or a sole trader's firm taken for the
    # name at smaller+given/hi; measured apart like "Peter Braun Consulting" (+trade).
    lines = _worded(("NORDWIND", 60), ("Robert Smith Sales", 36), ("Tel. +1 212 555 0100", 30))
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.name.full != "Robert Smith Sales" or parsed.evidence["name"].endswith(
        "+trade"
    )
    assert parsed.confidence["name"] < REVIEW_BELOW


def test_a_name_ending_in_a_trade_compound_is_measured_apart():
    # "Wolf Holzbau" (a timber firm named for its owner) taken for the name of a card whose
    # name was not read (seed 18 photo 56, at smaller+given); "bau" alone was a trade word.
    lines = _worded(("Wolf Holzbau", 36), ("Einkäufer", 24), ("Tel. +49 89 2180 3000", 20))
    parsed = parse_card(lines, default_region="DE")
    assert parsed.contact.name.full != "Wolf Holzbau" or parsed.evidence["name"].endswith("+trade")


def test_a_family_name_past_a_wide_gap_on_the_name_row_is_joined():
    # Seed 16 scan 65: "Dr. Eduardo Rodriguez" | "Nunez" (letters spaced wide), the last word a
    # line of its own; the name was stored without it at email+other/hi beside rodriguez@.
    lines = [
        *_row(196, ("Envases Cobalt S.A.", 316), height=31),
        *_row(271, ("Dr. Eduardo Rodriguez", 76), ("Nunez", 487), height=26),
        *_row(314, ("Partner", 480), height=17),
        *_row(434, ("M. 629114455", 428), height=20),
        *_row(502, ("Email rodriguez@ecgroup.es", 348), height=26),
    ]
    parsed = parse_card(lines, default_region="ES")
    assert parsed.contact.name.full.endswith("Eduardo Rodriguez Nunez")
