"""An address row lost to blur, fitted (email_fit): the card's own likely addresses scored
against RapidOCR's letter probabilities of the row; taken only where one fits clearly, always to
review. The row is rendered and blurred; Tesseract's reading of it is given."""

from __future__ import annotations

import numpy as np
from blurred_row_card import BLURRED_ROW_LINES, blurred_row_image, row_card
from ocr_lines import boxed_line as _line
from PIL import Image

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW, probability
from contactkit_plugins.card_scan.email_fit import (
    _alphabet,
    company_domains,
    fit_lost_address,
    shortfall,
)
from contactkit_plugins.card_scan.email_mend import FIT_SOURCE
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.jobs import OcrOptions
from contactkit_plugins.card_scan.scan import fit_unread_address


def test_a_row_lost_to_blur_takes_the_form_of_the_name_that_fits_it():
    lines = fit_lost_address(blurred_row_image(2.0), BLURRED_ROW_LINES, "Anna Weber", None, "DE")
    added = [line for line in lines if line not in BLURRED_ROW_LINES]
    assert [line.text for line in added] == ["anna.weber@acme-tools.de"]
    assert all(word.source == FIT_SOURCE for word in added[0].words)
    parsed = parse_card(lines, default_region="DE")
    assert parsed.contact.emails == ["anna.weber@acme-tools.de"]
    assert parsed.evidence["emails"] == "fitted"  # its own level, not a reading corrected
    assert probability("emails", "fitted") < REVIEW_BELOW  # from the name: a person looks


def test_the_scan_fits_with_what_the_parser_reads_where_no_address_is_read():
    # The name, the site and the country come from the parser's reading of the lines.
    fitted = fit_unread_address(
        blurred_row_image(2.0), BLURRED_ROW_LINES, OcrOptions(default_region="DE")
    )
    assert [line.text for line in fitted if line not in BLURRED_ROW_LINES] == [
        "anna.weber@acme-tools.de"
    ]
    read = [
        *BLURRED_ROW_LINES[:2],
        _line(("anna.weber@acme-tools.de", 0.9, 100, 145, 445, 30)),
        BLURRED_ROW_LINES[2],
    ]
    assert fit_unread_address(blurred_row_image(2.0), read, OcrOptions(default_region="DE")) == read


def test_no_form_fits_another_persons_row():
    # The name on the card is not the one printed in the address: nothing fits, nothing added.
    assert (
        fit_lost_address(blurred_row_image(2.0), BLURRED_ROW_LINES, "Paul Schmidt", None, "DE")
        == BLURRED_ROW_LINES
    )


def test_an_address_read_is_left_alone():
    read = [*BLURRED_ROW_LINES, _line(("anna.weber@acme-tools.de", 0.9, 100, 280, 300, 30))]
    assert fit_lost_address(blurred_row_image(2.0), read, "Anna Weber", None, "DE") == read


def test_the_companys_words_spell_domains_as_firms_write_them():
    assert company_domains("PIONEER TECHNOLOGIES, INC.", "US") == {
        "pioneertechnologies.com",
        "pioneer-technologies.com",
        "pioneer.com",
    }
    assert "mueller-soehne.ch" in company_domains("Müller & Söhne AG", "CH")
    assert company_domains(None, "DE") == set()


def _row_card(address: str, blur: float = 2.0) -> Image.Image:
    return row_card("Mark Allen", f"E: {address}", "www.hill-partners.com", blur)


ALLEN = [
    _line(("Mark", 0.96, 100, 40, 110, 45), ("Allen", 0.96, 220, 40, 120, 45)),
    _line(
        ("E", 0.4, 100, 145, 20, 30),
        ("aiien", 0.3, 140, 145, 80, 30),
        ("hiil", 0.3, 230, 145, 250, 30),
    ),
    _line(("www.hill-partners.com", 0.95, 100, 230, 280, 30)),
]


def _frames(path: str) -> np.ndarray:
    """Frames that each show one character of ``path`` surely ("_" the blank)."""
    alphabet = _alphabet()
    logp = np.full((len(path), len(alphabet) + 1), -20.0)
    for t, char in enumerate(path):
        logp[t, 0 if char == "_" else alphabet[char]] = 0.0
    return logp


def test_a_doubled_letter_takes_a_blank_between_its_two():
    # "l" over two frames is one l: "allen" needs a blank between its two, three frames taken
    # from their own letters (a-l-l-e-n in a_l_l_e_n's place).
    one_l, two_l = _frames("e:_allen"), _frames("e:_al_len")
    assert list(shortfall(one_l, ["alen", "allen"])) == [0.0, 60.0]
    assert list(shortfall(two_l, ["allen", "alen"])) == [0.0, 20.0]


def test_the_address_starts_after_no_letter_of_a_local_part():
    # The label before it is free, but "len" cannot start inside "allen".
    assert list(shortfall(_frames("e:_al_len"), ["allen", "len"])) == [0.0, 40.0]


def test_a_row_of_doubled_letters_is_fitted_with_both():
    lines = fit_lost_address(_row_card("allen@hill-partners.com"), ALLEN, "Mark Allen", None, "US")
    assert [line.text for line in lines if line not in ALLEN] == ["allen@hill-partners.com"]


def test_a_fitted_joined_address_keeps_its_form_in_the_parse():
    # The frames chose "markallen" over "mark.allen": the parser puts no dot back.
    lines = fit_lost_address(_row_card("markallen@hill-partners.com"), ALLEN, "Mark Allen")
    assert parse_card(lines, default_region="US").contact.emails == ["markallen@hill-partners.com"]


def test_a_card_printing_no_address_is_fitted_none():
    blurred = row_card("Mark Allen", "Senior Account Manager", "www.hill-partners.com")
    title = _line(("Senlor", 0.5, 100, 145, 90, 30), ("Acconnt", 0.4, 200, 145, 110, 30))
    lines = [ALLEN[0], title, ALLEN[2]]
    assert fit_lost_address(blurred, lines, "Mark Allen", "Hill Partners", "US") == lines
