"""A blurred address row whose separator's dot was lost (email_fit.separator_fit): the forms of
one address that differ only in their separator count as one candidate against the card's other
addresses, and the form with a separator is taken where it costs little more than the joined one.
Shortfalls as the fit measured them on blurred photo rows (session 39)."""

from __future__ import annotations

import numpy as np

from contactkit_plugins.card_scan.email_fit import separator_fit

FORMS = [
    "juan-sanchez@consultoriaaltair.es",
    "juan.sanchez@consultoriaaltair.es",
    "juan_sanchez@consultoriaaltair.es",
    "juansanchez@consultoriaaltair.es",
    "sanchez@consultoriaaltair.es",
    "j.sanchez@consultoriaaltair.es",
    "juan@consultoriaaltair.es",
]


def _fit(costs: list[float]) -> str | None:
    shortfalls = np.array(costs)
    return separator_fit(FORMS, shortfalls, float(shortfalls.min()))


def test_a_dot_lost_to_blur_is_put_back_where_the_dotted_form_fits_nearly_as_well():
    # p361/42: the joined form fit 1.3 better; the dotted one, 2.1 better than the underscore.
    costs = [10.1, 7.1, 9.2, 5.8, 40.0, 35.0, 45.0]
    assert _fit(costs) == "juan.sanchez@consultoriaaltair.es"


def test_the_form_the_row_prints_is_taken_where_its_margin_is_only_over_the_joined_one():
    # p334/2: the dotted form best, the joined 3.9 after it (under MARGIN): one address.
    costs = [9.8, 1.7, 9.5, 5.6, 30.0, 25.0, 30.0]
    assert _fit(costs) == "juan.sanchez@consultoriaaltair.es"


def test_a_joined_address_as_printed_keeps_its_form():
    # A row printing the joined form makes every dotted one cost 6 and more (17 read rows).
    costs = [18.0, 16.0, 20.0, 10.0, 40.0, 35.0, 45.0]
    assert _fit(costs) is None


def test_a_dot_or_an_underscore_the_frames_cannot_tell_is_no_fit():
    costs = [9.0, 7.0, 7.5, 5.8, 40.0, 35.0, 45.0]
    assert _fit(costs) is None


def test_another_address_fitting_nearly_as_well_is_no_fit():
    # p368/4: another form of the name 1.4 from the best: a guess between two.
    costs = [10.1, 7.1, 9.2, 5.8, 40.0, 7.2, 45.0]
    assert _fit(costs) is None


def test_a_form_inside_the_address_is_no_rival():
    # "sanchez@" fits inside "juan.sanchez@" (the label's frames free): not another address.
    costs = [10.1, 7.1, 9.2, 5.8, 6.0, 35.0, 45.0]
    assert _fit(costs) == "juan.sanchez@consultoriaaltair.es"


def test_a_blurred_row_printing_the_joined_form_keeps_it():
    # The dotted form 4.1 behind the joined one, as on the blurred row of p333/85 (real OCR),
    # which prints "msuzuki@"; its costs shifted under the per-letter gate so that only
    # DOT_LOST decides ("suzuki@" fits inside: no rival).
    forms = [
        "m-suzuki@hashimotoseisakusho.co.jp",
        "m.suzuki@hashimotoseisakusho.co.jp",
        "msuzuki@hashimotoseisakusho.co.jp",
        "suzuki@hashimotoseisakusho.co.jp",
    ]
    shortfalls = np.array([14.43, 12.07, 8.0, 13.32])
    assert separator_fit(forms, shortfalls, 8.0) is None
