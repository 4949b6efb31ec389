"""A lone "Manager" beside a row of its field left over is the end of a title not joined: to
review (the second blind generator's scan seed 12 card 51, its own reading: "QUALITY
ASSURANCE" read taller than "MANAGER" under it, so the two rows were not joined). Alone, it is
a shop's or a restaurant's manager's whole title, and accepted."""

from __future__ import annotations

from printed import as_read

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.text_lines import Line

Row = list[tuple[str, float, int, int, int, int]]


def _andersen(field_row: Row | None) -> list[Line]:
    rows = [
        [("ANNE", 0.96, 101, 119, 141, 41), ("ANDERSEN", 0.96, 267, 119, 279, 41)],
        *([field_row] if field_row else []),
        [("MANAGER", 0.96, 103, 241, 167, 29)],
        [("Johansen", 0.96, 637, 249, 169, 32), ("Design", 0.96, 822, 250, 118, 41),
         ("AS", 0.97, 955, 252, 47, 30)],
        [("T", 0.93, 101, 493, 15, 21), ("+47", 0.97, 128, 493, 42, 22),
         ("66530595", 0.94, 181, 493, 115, 22)],
        [("e", 0.82, 101, 583, 12, 16),
         ("anne.andersen@johansendesign.com", 0.91, 127, 577, 440, 29)],
        [("W", 0.93, 100, 621, 21, 21), ("https://johansendesign.com", 0.91, 134, 620, 329, 29)],
    ]  # fmt: skip
    return as_read(*rows)


def test_a_lone_manager_beside_an_unjoined_field_row_goes_to_review():
    # As read: the field row's boxes 47 px high over the role's 29, too unlike to be joined.
    parsed = parse_card(
        _andersen([("QUALITY", 0.96, 102, 188, 144, 47), ("ASSURANCE", 0.96, 274, 188, 192, 47)]),
        default_region="NO",
    )
    assert parsed.contact.title == "MANAGER"
    assert parsed.evidence["title"] == "field-apart"
    assert parsed.confidence["title"] < REVIEW_BELOW


def test_the_field_row_joined_when_its_size_matches():
    # The same card with the field row read at the role's height: one title, as before.
    parsed = parse_card(
        _andersen([("QUALITY", 0.96, 102, 206, 144, 29), ("ASSURANCE", 0.96, 274, 206, 192, 29)]),
        default_region="NO",
    )
    assert parsed.contact.title == "QUALITY ASSURANCE MANAGER"
    assert parsed.confidence["title"] >= REVIEW_BELOW


def test_a_lone_manager_with_no_row_beside_it_is_a_whole_title():
    parsed = parse_card(_andersen(None), default_region="NO")
    assert parsed.contact.title == "MANAGER"
    assert parsed.confidence["title"] >= REVIEW_BELOW


def test_a_far_row_is_no_field_of_it():
    # A row of words set well apart from the title (a tagline over the name) is no field of it.
    parsed = parse_card(
        _andersen([("QUALITY", 0.96, 102, 20, 144, 29), ("FIRST", 0.96, 274, 20, 100, 29)]),
        default_region="NO",
    )
    assert parsed.contact.title == "MANAGER"
    assert parsed.evidence["title"] != "field-apart"


def test_the_start_of_its_own_row_read_apart_is_its_field():
    # A tilted photo (seed 7 card 17): "Facilities" read as a line of its own before "Manager".
    lines = as_read(
        [("Kaitlyn", 0.93, 702, 178, 150, 67), ("ROY", 0.93, 870, 178, 128, 67)],
        [("Manager", 0.93, 872, 251, 137, 38)],
        [("Facilities", 0.93, 741, 275, 121, 35)],
        [("T", 0.93, 827, 320, 20, 49), ("902.497.6206", 0.93, 860, 320, 161, 49)],
    )  # fmt: skip
    parsed = parse_card(lines, default_region="CA")
    assert parsed.evidence["title"] == "field-apart"
