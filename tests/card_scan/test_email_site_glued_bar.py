"""The site printed after the address on one row, the bar between them read as a letter
("croux@garcia-world.comIwww.garcia-world.com", the second blind generator's photo seed 1 card
27): the address ends at its ending, whether read whole or mended from a lone reading."""

from __future__ import annotations

import pytest

from contactkit_plugins.card_scan.email_mend import mended_address
from contactkit_plugins.card_scan.email_patterns import site_cut_off


@pytest.mark.parametrize(
    ("read", "address"),
    [
        ("a@garcia-world.comIwww.garcia-world.com", "a@garcia-world.com"),
        ("a@zenax.comwww.zenax.com", "a@zenax.com"),
        ("a@acme.co.ukiwww.acme.co.uk", "a@acme.co.uk"),
        ("a@x.de|www.x.de", "a@x.de"),
        ("a@acme.nl1www.acme.nl", "a@acme.nl"),
        ("a@acme.com", "a@acme.com"),
        ("a@wwwdesign.com", "a@wwwdesign.com"),
        # an ending's own last letter is no bar (review rev64)
        ("a@army.milwww.army.mil", "a@army.mil"),
        ("a@xunta.galwww.xunta.gal", "a@xunta.gal"),
    ],
)
def test_the_site_after_the_address_is_cut_off(read: str, address: str):
    assert site_cut_off(read) == address


def test_a_lone_reading_mended_ends_at_its_ending():
    mended = mended_address(
        "croux @garcia-world.comIwww.garcia-world.com",
        "Celine Roux",
        ["garcia-world.com"],
        "Garcia & Bertrand Finance S.",
    )
    assert mended == "croux@garcia-world.com"
