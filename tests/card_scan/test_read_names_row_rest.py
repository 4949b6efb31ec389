"""A name or company accepted whole while its rest stood on its row, read as a line of its own
and taken by no field (``row_rest``): doubted, so the card goes to review."""

from __future__ import annotations

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.row_pieces import alike_height
from contactkit_plugins.card_scan.row_rest import row_rest
from contactkit_plugins.card_scan.text_lines import Line, Word


def _row(*boxes: tuple[str, float, int, int, int, int]) -> Line:
    """One OCR line from its words' text, confidence and box (left, top, width, height)."""
    return Line([Word(*box) for box in boxes])


def _bilbao_card() -> list[Line]:
    """Photo seed 72 card 64 as Tesseract read it: ``Juan Carlos García Blanco`` spaced wide,
    ``Blanco`` a line of its own past a gap of one and a half letters."""
    return [
        _row(("vantage", 0.96, 85, 84, 324, 79)),
        _row(
            ("Juan", 0.96, 83, 298, 180, 41),
            ("Carlos", 0.96, 326, 295, 263, 35),
            ("Garcia", 0.96, 653, 293, 266, 36),
        ),
        _row(("Blanco", 0.95, 985, 294, 273, 35)),
        _row(("Ingenieria", 0.96, 89, 348, 114, 23)),
        _row(
            ("Jefe", 0.96, 87, 379, 46, 25),
            ("de", 0.96, 142, 379, 28, 19),
            ("Compras", 0.97, 179, 380, 105, 24),
        ),
        _row(
            ("VANTAGE", 0.93, 90, 580, 211, 32),
            ("IBERICA", 0.91, 319, 572, 189, 39),
            ("S.L.U.", 0.65, 524, 579, 120, 32),
        ),
        _row(("+34", 0.97, 1018, 576, 63, 27), ("942 42 36 57", 0.9, 1096, 575, 219, 28)),
        _row(("juan.garcia@vantage-iberica.es", 0.99, 732, 622, 584, 35)),
        _row(("http://www.vantage-iberica.es/", 0.97, 804, 665, 516, 43)),
    ]


def test_a_name_with_its_last_word_apart_on_its_row_goes_to_review():
    # Accepted at email+other/hi without "Blanco": the address checks juan and garcia only.
    parsed = parse_card(_bilbao_card(), default_region="ES")
    assert parsed.contact.name.full == "Juan Carlos Garcia"
    assert parsed.evidence["name"].endswith("+row-rest")
    assert parsed.confidence["name"] < REVIEW_BELOW


def test_a_company_with_its_form_apart_past_a_wide_gap_goes_to_review():
    # "ALTAIR HOLDING" | "B.V." three letter heights on: too far for the form's scraps
    # (company_scraps), still the company's row.
    lines = [
        _row(("ALTAIR", 0.97, 313, 101, 235, 44), ("HOLDING", 0.97, 548, 101, 274, 44)),
        _row(("B.V.", 0.95, 960, 101, 110, 44)),
        _row(("LAMBERTUS", 0.92, 90, 364, 639, 48), ("MULDER", 0.96, 810, 366, 429, 47)),
        _row(("Financieel", 0.92, 88, 438, 168, 29), ("Controller", 0.97, 268, 439, 167, 28)),
        _row(("T", 0.93, 86, 608, 17, 24), ("+31 70 443 1600", 0.96, 132, 608, 231, 24)),
        _row(("lambertus.mulder@altair.nl", 0.97, 87, 721, 396, 30)),
    ]
    parsed = parse_card(lines, default_region="NL")
    assert parsed.contact.organization.name == "ALTAIR HOLDING"
    assert parsed.evidence["organization"].endswith("+row-rest")
    assert parsed.confidence["organization"] < REVIEW_BELOW


def test_a_logo_word_before_the_name_is_no_rest_of_it():
    # "SCHMITT" | "ANNA MULLER" (tuning scan seed 27 card 37): the logo stands before the name,
    # and a title's smaller print after it is no part of it either.
    lines = [
        _row(("SCHMITT", 0.91, 63, 68, 188, 32)),
        _row(("ANNA", 0.95, 495, 68, 158, 26), ("MULLER", 0.97, 707, 60, 235, 34)),
        _row(("Leiter", 0.96, 960, 75, 58, 15)),
    ]
    assert not row_rest(lines, 1, "ANNA MULLER", set())
    lines[2] = _row(("Schmidt", 0.96, 990, 62, 200, 32))
    assert row_rest(lines, 1, "ANNA MULLER", set())


def test_a_word_a_field_took_or_read_unsure_is_no_rest():
    # "Schmidt" after "ANNA MULLER" is its rest only while no field took it and it was read
    # as print, not as a smudge (under name_rows.DEBRIS_CONF).
    lines = [
        _row(("ANNA", 0.95, 495, 68, 158, 26), ("MULLER", 0.97, 707, 60, 235, 34)),
        _row(("Schmidt", 0.96, 990, 62, 200, 32)),
    ]
    assert row_rest(lines, 0, "ANNA MULLER", set())
    assert not row_rest(lines, 0, "ANNA MULLER", {1})
    lines[1].words[0].conf = 0.3
    assert not row_rest(lines, 0, "ANNA MULLER", set())


def test_two_boxes_alike_in_height_are_within_the_ratio_either_way():
    # row_pieces.alike_height: the one "about one size" of the row checks and OCR's joins.
    small, large = Word("van", 0.9, 0, 0, 60, 40), Word("Wal", 0.9, 80, 0, 60, 50)
    assert alike_height(small, large, 1.25) and alike_height(large, small, 1.25)
    assert not alike_height(small, large, 1.2) and not alike_height(large, small, 1.2)
    assert alike_height(Line([small]), Line([large]), 1.3)


def test_a_family_name_particle_apart_on_the_name_row_is_its_rest():
    # "Dr Juan Dominguez" | "de" | "la" | "Torre" (Free Serif photo, session 22 pool s89 card
    # 73): the address spells juan.dominguez, so the name passed at email without the rest.
    lines = [
        _row(("Helix", 0.93, 464, 241, 120, 40), ("Ibérica", 0.9, 604, 239, 160, 41)),
        _row(
            ("Dr", 0.88, 92, 349, 60, 29),
            ("Juan", 0.95, 247, 349, 150, 32),
            ("Dominguez", 0.94, 459, 347, 330, 37),
        ),
        _row(("de", 0.95, 891, 347, 70, 28)),
        _row(("la", 0.96, 1011, 346, 50, 29)),
        _row(("Torre", 0.96, 1120, 345, 160, 29)),
        _row(("juan.dominguez@higroup.es", 0.91, 474, 728, 500, 38)),
    ]
    assert row_rest(lines, 1, "Dr Juan Dominguez", set())
    # A word in small letters and no particle is no name's next ("xq": a smudge read as letters).
    lines[2:5] = [_row(("xq", 0.95, 891, 347, 70, 28))]
    assert not row_rest(lines, 1, "Dr Juan Dominguez", set())


def test_an_address_a_country_or_a_degree_on_the_names_row_is_no_rest_of_it():
    # session 23 (review23), pool s79 photo 35: "ING. FRANCISCUS KUIPERS" | "Weena 175", the
    # street on the name's row, sent a name the address spells whole to review; s88 photo 44
    # "United Kingdom" beside the company, s91 photo 23 "MBA" after the name (6 right fields).
    name = _row(("FRANCISCUS", 0.92, 100, 300, 300, 38), ("KUIPERS", 0.96, 420, 300, 230, 38))
    for rest in ("Weena 175", "United Kingdom", "MBA"):
        words = [(w, 0.95, 700 + 130 * k, 300, 110, 38) for k, w in enumerate(rest.split())]
        assert not row_rest([name, _row(*words)], 0, "FRANCISCUS KUIPERS", set())
    # A family name there still is: "Juan Dominguez" | "de" | "la" | "Torre".
    assert row_rest([name, _row(("Torre", 0.95, 700, 300, 110, 38))], 0, "x", set())


def _polaris_card(form_height: int = 25) -> list[Line]:
    """Fresh scan seed 200 card 17 as Tesseract read it: ``Polaris Consulting Limited`` left,
    the contact block right, and ``Limited`` read as the first word of the phone row beside it."""
    return [
        _row(("polaris", 0.96, 71, 81, 172, 50)),
        _row(("Susan", 0.96, 625, 82, 146, 36), ("Wilson", 0.96, 788, 81, 161, 37)),
        _row(
            ("Director", 0.97, 612, 144, 119, 25),
            ("of", 0.97, 742, 144, 29, 25),
            ("Operations", 0.96, 782, 144, 168, 32),
        ),
        _row(("Polaris", 0.97, 71, 286, 100, 46), ("Consulting", 0.97, 183, 286, 157, 46)),
        _row(
            ("Limited", 0.97, 354, 290, 105, form_height),
            ("T", 0.93, 486, 309, 12, 14),
            ("|", 0.96, 506, 308, 2, 19),
            ("0044", 0.96, 517, 309, 45, 14),
            ("20", 0.94, 569, 309, 22, 14),
            ("7502", 0.94, 598, 309, 45, 14),
            ("8856", 0.95, 651, 309, 45, 14),
            ("Mobile:", 0.95, 716, 308, 64, 15),
            ("+44", 0.95, 788, 309, 34, 14),
            ("7552", 0.97, 830, 308, 45, 15),
            ("187071", 0.97, 883, 308, 68, 15),
        ),
        _row(
            ("E:", 0.92, 584, 337, 16, 14),
            ("susan.wilson@polarisconsulting.com", 0.92, 609, 336, 341, 19),
        ),
        _row(
            ("Web:", 0.93, 645, 363, 47, 15), ("www.polarisconsulting.com", 0.91, 699, 363, 251, 19)
        ),
    ]


def test_a_legal_form_read_into_the_column_beside_the_company_goes_to_review():
    # Accepted at `domain` without "Limited": the domain spells polarisconsulting only.
    parsed = parse_card(_polaris_card(), default_region="GB")
    assert parsed.contact.organization.name == "Polaris Consulting"
    assert parsed.evidence["organization"] == "domain+row-rest"
    assert parsed.confidence["organization"] < REVIEW_BELOW


def test_a_legal_form_in_the_print_of_the_line_it_opens_is_no_rest_of_the_company():
    # The same word in the contact block's own size opens that block: no sign it is the
    # company's, which stays accepted.
    parsed = parse_card(_polaris_card(form_height=15), default_region="GB")
    assert parsed.evidence["organization"] == "domain"
    assert parsed.confidence["organization"] >= REVIEW_BELOW
