"""A company whose first letter or two a photo's edge or a logo beside it cut off, put back
from the domain where the line shows the cut, and left as read where it does not. Hand-made OCR
lines as Tesseract gave them on tuning cards; each failed before its fix."""

from __future__ import annotations

from ocr_lines import company_read as _company

from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.text_lines import Line, Word


def _at(left: int, top: int, text: str, height: int = 29, conf: float = 0.93) -> Line:
    words, x = [], left
    for part in text.split():
        words.append(Word(part, conf, x, top, 18 * len(part), height))
        x += 18 * len(part) + 12
    return Line(words)


def test_a_first_letter_lost_where_the_name_starts_small_is_put_back():
    # Own seed 19 scan 58: the monogram "W" printed over the name's first letter; "eber & Cie
    # Sarl" beside weber-cie.ch was shown as read (domain+legal+part).
    assert _company(
        ("eber & Cie Sarl", 33, 0.94),
        ("W", 82, 0.91),
        ("Laura Lange", 51, 0.97),
        ("Partner", 27, 0.97),
        ("E-Mail laura_lange@weber-cie.ch", 29, 0.91),
        ("https://weber-cie.ch/", 28, 0.92),
        region="CH",
    ) == ("Weber & Cie Sarl", "near-domain+repaired")


def test_a_first_letter_lost_at_the_photos_edge_is_put_back():
    # Tuning photo b1more 306: the photo framed tight, every line at the left edge; "ARRIS &
    # ASSOCIATES LLC" beside harrisassociates.com.
    lines = [
        _at(0, 327, "berly Thomas", 73),
        _at(0, 418, "ting", 44),
        _at(0, 581, "ARRIS & ASSOCIATES LLC"),
        _at(788, 621, "E: kthomas@harrisassociates.com"),
        _at(0, 636, "40Lexington Avenue·Chicago.IL 60613"),
    ]
    parsed = parse_card(lines, default_region="US")
    assert parsed.contact.organization.name == "HARRIS & ASSOCIATES LLC"
    assert parsed.evidence["organization"] == "near-domain+repaired"
    # The same line away from the edge shows no cut: left as read.
    lines[2] = _at(40, 581, "ARRIS & ASSOCIATES LLC")
    assert parse_card(lines, default_region="US").contact.organization.name == (
        "ARRIS & ASSOCIATES LLC"
    )


def test_a_name_read_whole_beside_a_domain_with_a_letter_more_is_kept():
    # Held-out photo b1x 575: the website read "Dvesta-iberica.es" (a mark before it); "Vesta
    # Ibérica S.L. U." was read whole and must not become "Dvesta".
    assert (
        _company(
            ("IGNACIO GARCIA ALON", 56, 0.93),
            ("Marketing Coordinator", 48, 0.99),
            ("Vesta Ibérica S.L. U.", 55, 0.97),
            ("@ 914468205", 35, 0.91),
            ("Dvesta-iberica.es", 40, 0.98),
            region="ES",
        )[0]
        == "Vesta Ibérica S.L. U."
    )


def test_a_name_the_card_prints_as_a_host_is_not_cut_by_a_misread_email():
    # Seed 24 photo 51: "j.turner@evergreen.com" read "j.tumereevergreen.com", whose domain
    # ends in "evergreen": "EVERGREEN INC." was shown "TUMEREEVERGREEN INC.", a right company
    # made wrong, though the website's line prints "evergreen.com".
    assert (
        _company(
            ("EVERGREEN INC.", 38, 0.96),
            ("Engineering Excellence", 44, 0.95),
            ("JONATHAN TURNER", 137, 0.88),
            ("Sales Manager", 44, 0.96),
            ("+1 312-438-4950", 22, 0.98),
            ("j.tumereevergreen.com", 38, 0.94),
            ("Web: https.l/www. evergreen.com", 33, 0.92),
            region="US",
        )[0]
        == "EVERGREEN INC."
    )


def test_a_first_words_start_lost_beside_a_logo_is_put_back_from_the_domain():
    # Tuning photo b28 26: a shadow's edge over "Rousseau", its start read apart ("Rot"); the
    # company was "seau Emballages SAs" at legal+unmatched/hi, rousseau.fr naming only its first
    # word.
    assert _company(
        ("Dr Jean-Luc Moreau", 37, 0.96),
        ("Ingénieur d'affaires", 36, 0.85),
        ("seau Emballages SAs", 39, 0.94),
        ("Courriel jeanluc.moreau@rousseau.fr", 40, 0.95),
        ("Site : rousseau. fr", 26, 0.95),
        region="FR",
    ) == ("Rousseau Emballages SAs", "near-domain+repaired")
    # Read whole, or a word of its own before the name the domain does not spell: as read.
    assert _company(
        ("Dr Jean-Luc Moreau", 37, 0.96),
        ("Emballages Durand SAS", 39, 0.94),
        ("jeanluc.moreau@rousseau.fr", 40, 0.95),
        region="FR",
    ) == ("Emballages Durand SAS", "legal+unmatched/hi")
