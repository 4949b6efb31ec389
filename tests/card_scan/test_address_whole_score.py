"""bench/card_scan_keys.py: the address read whole beside the looser every-part-printed score."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from contactkit.model import Contact

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
from card_scan_keys import address_key, address_whole, truth_keys

SANDTORKAI = "Am Sandtorkai 159b, 70325 Stuttgart, Deutschland"


def _read(street: str | None, postcode: str | None, city: str | None) -> Contact:
    return Contact.model_validate(
        {"addresses": [{"street": street, "postal_code": postcode, "city": city}]}
    )


def _loose(contact: Contact, printed: str) -> bool:
    want = truth_keys({"address": printed})["address"]
    return address_key(contact, want) == want


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        (("Am Sandtorkai 159b", "70325", "Stuttgart"), SANDTORKAI),
        (
            ("2053 5th Ave, Suite 1700", "78772", "Austin"),
            "2053 5th Ave, Suite 1700, Austin, TX 78772",
        ),
        (
            ("Calle Colón, 97, 1ª", "46040", "Valencia"),
            "Calle Colón, 97, 1ª, 46040 Valencia, España",
        ),
        (("86 High Street", "EC2S 6ND", "London"), "86 High Street, London, EC2S 6ND"),
        (("Via Garibaldi 119", "40123", "Bologna (BO)"), "Via Garibaldi 119, 40123 Bologna (BO)"),
    ],
)
def test_whole_address_counts_whole(read: tuple[str, str, str], printed: str) -> None:
    assert address_whole(_read(*read), printed)
    assert _loose(_read(*read), printed)


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        # Only the town (or postcode and town) read: right for the loose score, not whole.
        ((None, None, "Rotterdam"), "Herengracht 110, 3006 TD Rotterdam, Nederland"),
        ((None, "3006 TD", "Rotterdam"), "Herengracht 110, 3006 TD Rotterdam, Nederland"),
        # The suite or the floor dropped from the street: a printed digit left unread.
        (("2053 5th Ave", "78772", "Austin"), "2053 5th Ave, Suite 1700, Austin, TX 78772"),
        (("Calle Colón, 97", "46040", "Valencia"), "Calle Colón, 97, 1ª, 46040 Valencia"),
        # A word of the street dropped: the street no longer opens the address.
        (("Sandtorkai 159b", "70325", "Stuttgart"), SANDTORKAI),
    ],
)
def test_partial_address_is_not_whole(read: tuple, printed: str) -> None:
    assert _loose(_read(*read), printed)
    assert not address_whole(_read(*read), printed)


@pytest.mark.parametrize(
    "read",
    [
        ("Am Sandtorkal 159d", "70325", "Stuttgart"),  # a stored wrong street (session 35)
        ("Am Sandtorkai 159b", "70352", "Stuttgart"),  # the postcode's digits swapped
        ("Am Sandtorkai 159b", "70325", "Stuttgert"),
    ],
)
def test_a_wrong_part_is_wrong_for_both(read: tuple[str, str, str]) -> None:
    assert not _loose(_read(*read), SANDTORKAI)
    assert not address_whole(_read(*read), SANDTORKAI)


def test_nothing_printed_is_whole_only_when_nothing_is_read() -> None:
    assert address_whole(Contact(), "")
    assert not address_whole(_read(None, None, "Berlin"), "")
    assert not address_whole(Contact(), SANDTORKAI)
