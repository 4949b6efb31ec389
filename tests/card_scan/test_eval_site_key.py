"""bench/card_scan_keys.py: a site read is scored against the printed one by registrable domain."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from contactkit.model import Contact

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
from card_scan_keys import contact_keys, truth_keys


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("aquila.it", "www.aquila.it"),  # the host is itself a public suffix (a province of Italy)
        ("http://www.atlas.at/", "atlas.at"),
        ("example.co.uk", "https://shop.example.co.uk/contact"),
    ],
)
def test_a_site_read_right_scores_right(printed: str, read: str) -> None:
    contact = Contact.model_validate({"urls": [{"url": read}]})
    assert contact_keys(contact)["url"] == truth_keys({"url": printed})["url"] != ""


def test_another_site_scores_wrong() -> None:
    contact = Contact.model_validate({"urls": [{"url": "www.aquila.com"}]})
    assert contact_keys(contact)["url"] != truth_keys({"url": "aquila.it"})["url"]


def test_no_site_printed_keys_empty() -> None:
    assert truth_keys({"url": ""})["url"] == ""
