"""A family name printed with ß read with a small b or f ("Silke Weib" for Weiß): doubted on a
German-speaking card, not changed; names of their own with a b there (Straub, Grob) stay."""

from __future__ import annotations

import pytest
from printed import titled_card

from contactkit_plugins.card_scan.calibration import REVIEW_BELOW
from contactkit_plugins.card_scan.name_checks import u_misread


def _card(name: str) -> tuple[str | None, str, float]:
    parsed = titled_card(name, "Key Account Manager", "Koch GmbH", "+49 30 4726093",
                         "silkew@koch.de", "DE")  # fmt: skip
    return parsed.contact.name.full, parsed.evidence["name"], parsed.confidence["name"]


def test_an_eszett_read_b_in_a_family_name_the_address_gives_the_initial_of_is_doubted():
    # Photo seed 340 card 79: "Silke Weib" beside silkew@, accepted at email+initial/mid.
    full, level, conf = _card("Silke Weib")
    assert (full, level) == ("Silke Weib", "email+initial/lo")
    assert conf < REVIEW_BELOW


@pytest.mark.parametrize("family", ["Straub", "Grob", "Webb", "Weiss"])
def test_names_of_their_own_with_a_b_are_not_doubted_for_it(family):
    assert not u_misread(family, {"DE"})


def test_an_eszett_slip_is_asked_only_on_a_german_speaking_card():
    assert u_misread("Weif", {"AT"})
    assert not u_misread("Weib", {"US"})
