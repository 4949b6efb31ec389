"""A lone "Manager" is the end of a title whose field row was not joined: to review, never
accepted as the whole title (the second blind generator's scan seed 12 card 51, its own reading:
"QUALITY ASSURANCE" read taller than "MANAGER" under it, so the two rows were not joined)."""

from __future__ import annotations

import pytest
from printed import as_read

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.fields import parse_card
from contactkit_plugins.card_scan.text_lines import Line
from contactkit_plugins.card_scan.title_levels import ROLE_ALONE_RE


def _andersen(field_row: list[tuple[str, float, int, int, int, int]]) -> list[Line]:
    return as_read(
        [("ANNE", 0.96, 101, 119, 141, 41), ("ANDERSEN", 0.96, 267, 119, 279, 41)],
        field_row,
        [("MANAGER", 0.96, 103, 241, 167, 29)],
        [("Johansen", 0.96, 637, 249, 169, 32), ("Design", 0.96, 822, 250, 118, 41),
         ("AS", 0.97, 955, 252, 47, 30)],
        [("T", 0.93, 101, 493, 15, 21), ("+47", 0.97, 128, 493, 42, 22),
         ("66530595", 0.94, 181, 493, 115, 22)],
        [("e", 0.82, 101, 583, 12, 16),
         ("anne.andersen@johansendesign.com", 0.91, 127, 577, 440, 29)],
        [("W", 0.93, 100, 621, 21, 21), ("https://johansendesign.com", 0.91, 134, 620, 329, 29)],
    )  # fmt: skip


def test_a_lone_manager_under_an_unjoined_field_row_goes_to_review():
    # As read: the field row's boxes 47 px high over the role's 29, too unlike to be joined.
    parsed = parse_card(
        _andersen([("QUALITY", 0.96, 102, 188, 144, 47), ("ASSURANCE", 0.96, 274, 188, 192, 47)]),
        default_region="NO",
    )
    assert parsed.contact.title == "MANAGER"
    assert parsed.evidence["title"].startswith("cut/")
    assert parsed.confidence["title"] < REVIEW_BELOW


def test_the_field_row_joined_when_its_size_matches():
    # The same card with the field row read at the role's height: one title, as before.
    parsed = parse_card(
        _andersen([("QUALITY", 0.96, 102, 206, 144, 29), ("ASSURANCE", 0.96, 274, 206, 192, 29)]),
        default_region="NO",
    )
    assert parsed.contact.title == "QUALITY ASSURANCE MANAGER"
    assert parsed.confidence["title"] >= REVIEW_BELOW


@pytest.mark.parametrize("title", ["Manager", "MANAGER", " manager "])
def test_the_role_alone_is_a_cut_title(title: str):
    assert ROLE_ALONE_RE.match(title)


@pytest.mark.parametrize("title", ["Office Manager", "Manager Vertrieb", "Managerin", "Management"])
def test_a_manager_with_its_field_is_whole(title: str):
    assert not ROLE_ALONE_RE.match(title)
