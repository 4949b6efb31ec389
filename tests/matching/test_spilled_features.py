"""Features written to disk and read back are the features derived (the streamed rebuild's
``SpilledFeatures``): every slot equal, every score equal."""

from __future__ import annotations

import itertools
import marshal
from typing import Any

import pytest

from contactkit.matching.features import (
    NO_MAP,
    NO_NAME,
    NONE,
    Features,
    features,
    packed,
    read_names,
    specify,
    unpacked,
)
from contactkit.matching.scoring import score
from contactkit.spills import SpilledFeatures

PAYLOADS: list[dict[str, Any]] = [
    {},
    {"name": {"full": "Sales Team"}, "emails": ["vertrieb@krause.de"]},
    {
        "name": {"given": "José", "family": "García López", "suffix": "Jr."},
        "emails": ["jose.garcia+crm@acme.es", "info@acme.es"],
        "phones": [
            {"e164": "+34912345678;ext=12", "kind": "work"},
            {"e164": "+34612345678", "kind": "cell"},
            {"text": "O30 1234 5678", "kind": "fax"},
        ],
        "title": "Director Comercial",
        "organization": {"name": "Acme Ibérica S.L.", "domain": "acme.es"},
        "addresses": [{"street": "Calle Mayor 5"}],
    },
    {
        "name": {"given": "Ewa", "family": "van der Berg"},
        "emails": ["ewa@gmail.com"],
        "phones": [{"text": "+49 (0)30 l234 5678"}],
        "organization": {"name": "Berg GmbH & Co. KG"},
    },
]


def _round_trip(f: Features) -> Features:
    return unpacked(marshal.loads(marshal.dumps(packed(f))), read_names())


def _slots(f: Features) -> dict[str, Any]:
    return {slot: getattr(f, slot) for slot in Features.__slots__}


@pytest.mark.parametrize("payload", PAYLOADS)
def test_features_read_back_equal_the_derived_ones_in_every_slot(payload: dict[str, Any]) -> None:
    f = features(payload, {"emails": 0.6}, "src\x1fkey")
    specify(f, {"12345678"}, {"ewa@gmail.com"}, (2, 40, 3, 10_000))
    assert _slots(_round_trip(f)) == _slots(f)


def test_empty_values_come_back_as_the_shared_empties() -> None:
    back = _round_trip(features({}, None, "k"))
    assert back.name is NO_NAME
    assert back.tails is NO_MAP and back.phone_bases is NO_MAP
    assert back.personal is NONE and back.mobiles is NONE


def test_pairs_score_the_same_on_features_read_back() -> None:
    derived = [features(p, None, f"s\x1f{n}") for n, p in enumerate(PAYLOADS)]
    for a, b in itertools.combinations(range(len(derived)), 2):
        assert score(_round_trip(derived[a]), _round_trip(derived[b])) == score(
            derived[a], derived[b]
        )


def test_spill_returns_what_was_put_and_names_what_was_not() -> None:
    spill = SpilledFeatures(top=10)
    derived = {n: features(p, None, f"s\x1f{n}") for n, p in enumerate(PAYLOADS, start=3)}
    spill.put(derived)
    spill.put({3: features(PAYLOADS[2], None, "another")})  # a node is written once
    found, missing = spill.get([0, 3, 4, 5, 6, 10])
    spill.close()
    assert missing == [0, 10]
    assert {n: _slots(f) for n, f in found.items()} == {n: _slots(f) for n, f in derived.items()}
