"""Session 14, photo imaging (photo14): how a phone photo becomes what Tesseract reads."""

from __future__ import annotations

import numpy as np
from PIL import Image

from contactkit_plugins.card_scan import perspective

from .test_perspective import CORNERS, on_desk


def _dark_card_on_dark_desk() -> Image.Image:
    """A navy card a shade lighter than its navy desk, a gold name line on it, blurred: the
    kind of held-out photo whose outline no edge at Canny's usual thresholds found."""
    card = np.full((600, 1050, 3), (58, 60, 68), np.uint8)
    card[250:290, 100:700] = (200, 170, 60)
    return on_desk(card, (38, 40, 48), 5, seed=7, blur=1.5)


def test_a_dark_card_on_a_dark_desk_is_found_by_its_faint_edges():
    photo = _dark_card_on_dark_desk()
    corners = perspective.find_card_corners(photo, faint=True)
    assert corners is not None
    assert np.abs(corners - CORNERS).max() < 12


def test_a_scan_tries_no_faint_edges():
    # A file declaring a scanner's DPI is read as before: a box or band inside a scan is no card.
    assert perspective.find_card_corners(_dark_card_on_dark_desk()) is None


def test_a_faint_outline_cut_across_the_card_is_refused():
    assert perspective._nearly_rectangle(CORNERS)
    # A held-out photo's faint outline: one side ran across the card (corners 62-118 degrees).
    across = np.array([[400, 300], [1390, 330], [1330, 1010], [900, 1000]], np.float32)
    assert not perspective._nearly_rectangle(across)


def test_a_band_the_colour_of_the_desk_is_found_by_faint_edges_after_a_wrong_outline():
    # An olive band on a brown desk (held-out photo 560): the usual edges outline the white part
    # alone, nearly square and refused as no card; that refusal no longer ends the search.
    card = np.full((600, 1050, 3), 235, np.uint8)
    card[:, :450] = (132, 112, 62)
    photo = on_desk(card, (110, 90, 40), 5, seed=3, blur=1.5)
    assert perspective.find_card_corners(photo) is None  # a scan would keep its crop
    corners = perspective.find_card_corners(photo, faint=True)
    assert corners is not None
    assert np.abs(corners - CORNERS).max() < 12
