"""bench/card_scan_keys.py: a phone is scored by the number it dials, its extension apart; a
letter folding drops (æ) is spelt out on both sides."""

from __future__ import annotations

import sys
from pathlib import Path

from contactkit.model import Contact

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
from card_scan_keys import contact_keys, truth_keys

TRUTH = {"phones": [{"e164": "+14128280964", "kind": "work"}]}


def _read(e164: str) -> Contact:
    return Contact.model_validate({"phones": [{"text": "x", "kind": "work", "e164": e164}]})


def test_a_number_read_with_its_extension_scores_as_the_number() -> None:
    read = contact_keys(_read("+14128280964;ext=128"))
    assert read["phones"] == truth_keys(TRUTH)["phones"] == frozenset({"+14128280964"})
    assert read["phone_kinds"] == truth_keys(TRUTH)["phone_kinds"]


def test_another_number_with_the_same_extension_scores_wrong() -> None:
    assert contact_keys(_read("+14128280965;ext=128"))["phones"] != truth_keys(TRUTH)["phones"]


def test_ae_printed_and_read_spelt_out_score_alike() -> None:
    printed = truth_keys({"name": "Kjetil Sæther", "company": "Sæther Logistikk AS"})
    read = Contact.model_validate(
        {"name": {"full": "Kjetil Saether"}, "organization": {"name": "Saether Logistikk AS"}}
    )
    assert contact_keys(read)["name"] == printed["name"] == "kjetilsaether"
    assert contact_keys(read)["company"] == printed["company"]
