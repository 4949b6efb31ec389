"""Email rows lost whole on photos (session 32, tuning photo seeds 312-315): a form's separator
the reading shows breaks a tie of likeness, an angle sign read inside the domain beside its
hyphen is dropped, and an @ read as ``e`` before a name the card spells with one letter doubled
is put back. Each address so made goes to review. OCR lines as Tesseract gave them."""

from __future__ import annotations

from dataclasses import replace

import pytest
from printed import to_review, worded_lines

from contactkit_plugins.card_scan.email_at import at_put_back
from contactkit_plugins.card_scan.email_rebuild import best_form, name_forms
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.text_lines import Line, Word


def _unsure(line: Line, conf: float) -> Line:
    return Line([replace(w, conf=conf) for w in line.words])


def test_the_separator_read_picks_the_form_among_forms_as_close():
    forms = name_forms("Margaux Durand-Leclerc")
    # As close by likeness to margauxdurandleclerc; the dot was read where the form has it.
    assert best_form(["margaux.durandieclerc"], forms) == "margaux.durandleclerc"
    # No separator read: the tie stands, nothing is chosen.
    assert best_form(["margauxdurandieclerc", "argauxdurandieclerc"], forms) in {
        None,
        "margauxdurandleclerc",
    }


# Photo seed 315 card 31: "margaux.durandieclerc@ | Laurent | fr" read at 0.15, the card kept
# no address (unread). Photo seed 313 card 64: "E-Mail m.baver@ hartmann-<cie.ch", lost whole.
DOUBTED_ROWS = [
    (
        [("Margaux Durand-Leclerc", 40), ("Directeur administratif et financier", 26),
         ("Laurent Conseil SAS", 30), ("Tel: +33 496 8177 62", 22),
         ("margaux.durandieclerc@ Laurent fr", 22)],
        0.15, "FR", "margaux.durandleclerc@laurent.fr",
    ),
    (
        [("Maximilian Bauer", 40), ("Senior Buyer", 26), ("Hartmann & Cie Sarl", 30),
         ("T 0041 22 479 35 77", 22), ("E-Mail m.baver@ hartmann-<cie.ch", 22),
         ("www.hartmann-cie.ch", 22)],
        0.6, "CH", "m.bauer@hartmann-cie.ch",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("rows", "conf", "region", "want"), DOUBTED_ROWS)
def test_a_doubted_row_is_mended_from_the_name_and_the_card_for_review(
    rows: list[tuple[str, int]], conf: float, region: str, want: str
):
    lines = worded_lines(*rows)
    lines[4] = _unsure(lines[4], conf)
    parsed = parse_card(lines, default_region=region)
    assert parsed.contact.emails == [want]
    assert "emails" in to_review(parsed)


def test_an_at_read_e_before_a_spelt_name_with_a_letter_doubled_is_put_back():
    # Photo seed 315 card 90: "bschmittellumen.ch" read at 0.97 and taken for the site; the
    # site printed llumen.ch read "lumen.ch", the company "Lumen SA".
    lines = worded_lines(
        ("Bernd Schmitt", 40), ("Sales Manager", 26), ("Lumen SA", 30),
        ("+41 78 897 5007", 22), ("bschmittellumen.ch", 22), ("lumen.ch", 22),
    )  # fmt: skip
    assert at_put_back(lines)[4].text == "bschmitt@llumen.ch"
    parsed = parse_card(lines, default_region="CH")
    assert parsed.contact.emails and parsed.contact.emails[0].startswith("bschmitt@")
    assert "/at-read" in parsed.evidence["emails"]
    assert "emails" in to_review(parsed)


def test_no_doubled_letter_no_at():
    # The same row with no doubled letter after the e, or a name too short to tell: unchanged.
    for row, site in (("bschmittelumen.ch", "umen.ch"), ("bschmittelluxe.ch", "luxe.ch")):
        lines = worded_lines(("Bernd Schmitt", 40), ("Luxe SA", 30), (row, 22), (site, 22))
        assert at_put_back(lines)[2].text == row


def _row(*pieces: tuple[str, int, int]) -> list[Line]:
    """One line per piece: (text, left, width), its words side by side, all on one row."""
    lines = []
    for text, left, width in pieces:
        parts = text.split()
        step = width // len(parts)
        lines.append(
            Line([Word(w, 0.9, left + k * step, 720, step - 8, 33) for k, w in enumerate(parts)])
        )
    return lines


def _gap_card(start: str, end: str, end_left: int) -> list[Line]:
    head = worded_lines(
        ("Zenith AG", 52), ("DR. JUTTA KRAUSE", 60), ("Technischer Leiter", 40),
        ("0316 9973583", 32),
    )  # fmt: skip
    tail = worded_lines(("Hauptplatz 182", 32), ("8004 Graz", 32))
    tail = [Line([replace(w, top=w.top + 800) for w in line.words]) for line in tail]
    return [*head, *_row((start, 482, 18 * len(start)), (end, end_left, 63)), *tail]


def test_a_row_read_as_its_two_ends_is_rebuilt_from_name_and_company_for_review():
    # Photo seed 313 card 59: "jutta.krau" and, some nine letters on, "th at"; the middle of
    # the row (se@zeni) lost under blur, the card kept no address.
    parsed = parse_card(_gap_card("jutta.krau", "th at", 835), default_region="AT")
    assert parsed.contact.emails == ["jutta.krause@zenith.at"]
    assert parsed.evidence["emails"] == "rebuilt/gap"
    assert "emails" in to_review(parsed)


def test_no_address_bridged_over_a_gap_unlike_the_letters_lost():
    # The same ends side by side (no room for se@zeni), or far apart: nothing made.
    for end_left in (664, 1400):
        parsed = parse_card(_gap_card("jutta.krau", "th at", end_left), default_region="AT")
        assert parsed.contact.emails == []


def test_the_dot_inside_co_uk_read_as_a_letter_is_put_back():
    # Photo seed 314 card 7: "© charles jolnson@blackwood.coa uk" at 0.12, kept cut ("coa").
    lines = worded_lines(
        ("BP Blackwood & Price Ltd", 40), ("Charles Johnson", 40), ("Purchasing Manager", 26),
        ("Fax: +44 20 7383 5628", 22), ("@charles jolnson@blackwood.coa uk", 22),
        ("Unit 4, Meridian House, 42 Station Road", 22), ("United Kingdom", 22),
    )  # fmt: skip
    lines[4] = _unsure(lines[4], 0.12)
    parsed = parse_card(lines, default_region="GB")
    assert parsed.contact.emails == ["charles.johnson@blackwood.co.uk"]
    assert "emails" in to_review(parsed)
    # A word after "co" that is no country code stays as read.
    lines[4] = _unsure(worded_lines(("charles.johnson@blackwood.coa ux", 22))[0], 0.12)
    assert (
        "charles.johnson@blackwood.co.uk"
        not in parse_card(lines, default_region="GB").contact.emails
    )
