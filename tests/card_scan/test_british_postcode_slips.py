"""British addresses read from photos (session 37): a one-line address whose middle dots were
read as stops or whose mark after the postcode was read glued, an outward code's 1 read as a
bracket in a postcode with no digit left, an inward code's 0 read Q, an English Street with a
letter lost; and a postcode no British postcode can be (an area the Royal Mail has none of,
an inward letter it never gives) doubted. Hand-made OCR lines through the real parser, beside
the shapes each rule must leave as read."""

from __future__ import annotations

import pytest
from printed import worded_lines

from contactkit_plugins.card_scan.address_slips import spaced_marks
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.gb_postcodes import impossible_gb_postcode
from contactkit_plugins.card_scan.postal import gb_read


def _read(*rows: str, region: str = "GB"):
    lines = worded_lines(*((row, 30 if i == 0 else 24) for i, row in enumerate(rows)))
    parsed = parse_card(lines, default_region=region)
    a = parsed.contact.addresses[0] if parsed.contact.addresses else None
    address = (a.street, a.postal_code, a.city) if a else None
    return address, parsed.evidence.get("addresses", ""), parsed.contact


@pytest.mark.parametrize(
    ("row", "want"),
    [
        # the middle dots read as stops
        (
            "48 Deansgate . London . W1T 4QP . United Kingdom",
            ("48 Deansgate", "W1T 4QP", "London"),
        ),
        (
            "143 Victoria Road · Edinburgh · EH2 8HU . United Kingdom",
            ("143 Victoria Road", "EH2 8HU", "Edinburgh"),
        ),
        # the mark after the postcode glued to it
        (
            "10 Victoria Road - London - W1T 3TA- United Kingdom",
            ("10 Victoria Road", "W1T 3TA", "London"),
        ),
        # the outward 1 read ], the inward 0 read O: no digit left as read
        (
            "Unit 1, Kingsway House, 17 King Street : Leeds - LS] OHB",
            ("Unit 1, Kingsway House, 17 King Street", "LS1 0HB", "Leeds"),
        ),
        # the inward 0 read Q
        ("210 Church Lane - London - EC2D QUA", ("210 Church Lane", "EC2D 0UA", "London")),
        # Street with a letter lost or its t read v
        ("212 High Steet - London - W1T 2TT", ("212 High Street", "W1T 2TT", "London")),
    ],
)
def test_one_line_british_address_read(row: str, want: tuple) -> None:
    address, level, _ = _read("Olivia Ellis", "Controller", row)
    assert address == want
    assert level.startswith("street+city")


def test_us_street_slip_mended() -> None:
    address, _, _ = _read(
        "John Smith", "84 Main Sveet, Suite 2600", "Seattle, WA 98127", region="US"
    )
    assert address == ("84 Main Street, Suite 2600", "98127", "Seattle")


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        # E read B: no British area is BC
        (("26 King Street - London - BC2H 1XZ - United Kingdom",), ("26 King Street", "BC2H 1XZ")),
        # Q read O: the inward code never holds an O
        (("202 Victoria Road", "London", "EC2N 6OW"), ("202 Victoria Road", "EC2N 6OW")),
    ],
)
def test_impossible_postcode_goes_to_review(rows: tuple, want: tuple) -> None:
    address, level, _ = _read("Olivia Ellis", *rows)
    assert address is not None and address[:2] == want
    assert level.endswith("+odd-postcode")


@pytest.mark.parametrize(
    "postal", ["EC2N 6QW", "W1T 4QP", "M1 5RF", "LS1 0HB", "EH2 8HU", "B1 1AA", "SW1A 1AA"]
)
def test_real_postcodes_not_doubted(postal: str) -> None:
    assert not impossible_gb_postcode(postal)


@pytest.mark.parametrize("postal", ["10115", "3012 AG", "80-186", "100-0005", "H3B 4W8"])
def test_other_countries_never_doubted(postal: str) -> None:
    assert not impossible_gb_postcode(postal)


@pytest.mark.parametrize(
    "text",
    [
        # a stop alone between words, no other mark: left as read
        "Dr . Hans Meier",
        "Acme Ltd . Est. 1902",
        # a German word's hyphen before a space stays ("Vertriebs- und Marketing")
        "Vertriebs- und Marketingleitung",
        # a saint's St or a No opening a street keeps its stop read spaced (rev37f)
        "10 St . James's Square - London - SW1Y 4LE",
        "No . 5 King Street - Leeds - LS1 2HL",
    ],
)
def test_stops_and_hyphens_left_as_read(text: str) -> None:
    assert spaced_marks(text) == text


def test_elm_sweet_stays_a_word() -> None:
    # "Sweet" is English: a street named so is left as read
    address, _, _ = _read("John Smith", "651 Elm Sweet, San Francisco, CA 94141", region="US")
    assert address == ("651 Elm Sweet", "94141", "San Francisco")


def test_capitals_with_letters_of_a_postcode_stay_no_address() -> None:
    # a company in capitals whose words have a postcode's letters (no digit, no bracket) is no
    # postcode: only a bracket or a ! stands for the outward code's lost 1
    address, _, _ = _read("Jan Sikora", "SIKORA OHB Consulting")
    assert address is None


def test_saint_street_not_parted_at_its_stop() -> None:
    address, _, _ = _read("Olivia Ellis", "10 St . James's Square . London . SW1Y 4LE")
    assert address == ("10 St . James's Square", "SW1Y 4LE", "London")


def test_street_st_before_a_middle_dot_still_parts() -> None:
    # "High St" ends its street: the dot after it is the line's mark
    address, _, _ = _read("Olivia Ellis", "14 High St . London . W1T 4QP")
    assert address == ("14 High St", "W1T 4QP", "London")


@pytest.mark.parametrize("postal", ["BF1 4FB", "BX1 1LT", "BX9 1AS", "GX11 1AA"])
def test_non_geographic_and_gibraltar_postcodes_not_doubted(postal: str) -> None:
    # the Royal Mail's BFPO and BX codes and Gibraltar's have the British shape and exist
    assert not impossible_gb_postcode(postal)


def test_sign_for_one_only_after_a_real_area() -> None:
    # "IT| OPS": capitals and a bar, no area of the Royal Mail's before it; no postcode
    assert gb_read("IT| OPS") is None
    assert gb_read("LS] OHB") == "LS1 0HB"
