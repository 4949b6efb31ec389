"""``contactkit review``: uncertain fields and candidate choices, confirmed by a person."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from contactkit import master
from contactkit.cli import cli
from contactkit.model import (
    Contact,
    Observation,
    Organization,
    OrganizationObservation,
    ReviewItem,
    ReviewOption,
)
from contactkit.records import find_golden
from contactkit.store import Store
from contactkit.testing.records import doubtful_card


@pytest.fixture
def store_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path / "contactkit.db"


def test_correcting_a_card_stores_a_confident_observation(store_path: Path) -> None:
    store = Store(f"sqlite:///{store_path}")
    store.write_batch(
        run_id=None,
        source="card_scan",
        source_type="card_scan",
        items=[doubtful_card()],
        state=None,
    )
    answers = "c\njana.nowak@optics.example\nSales Manager\n\n"
    result = CliRunner().invoke(cli, ["--db", str(store_path), "review"], input=answers)
    assert result.exit_code == 0, result.output
    assert "1 reviewed" in result.output
    assert store.open_reviews() == []
    record = find_golden(store, "jana.nowak@optics.example")
    assert record is not None and record.contact.title == "Sales Manager"
    assert record.provenance["title"][0].source == "review"
    assert record.provenance["title"][0].confidence == 1.0


def test_quitting_leaves_the_item_in_the_queue(store_path: Path) -> None:
    store = Store(f"sqlite:///{store_path}")
    store.write_batch(
        run_id=None,
        source="card_scan",
        source_type="card_scan",
        items=[doubtful_card()],
        state=None,
    )
    result = CliRunner().invoke(cli, ["--db", str(store_path), "review"], input="q\n")
    assert result.exit_code == 0
    assert len(store.open_reviews()) == 1


def test_choosing_a_company_candidate(store_path: Path) -> None:
    store = Store(f"sqlite:///{store_path}")
    contact = Observation(
        source="vcard", source_key="1", contact=Contact(emails=["kai@acme.example"])
    )
    options = [
        ReviewOption(
            label=f"{name} ({duns})",
            columns={"DUNS": duns, "confidence": "6"},
            organization_observation=OrganizationObservation(
                source="dnb_lookup",
                source_key=duns,
                organization_key="domain:acme.example",
                organization=Organization(name=name, duns=duns),
            ),
        )
        for name, duns in (("ACME Inc", "111111111"), ("Acme Holdings", "222222222"))
    ]
    item = ReviewItem(
        kind="choice", source="dnb_lookup", source_key="acme", title="acme.example", options=options
    )
    store.write_batch(run_id=None, source="x", source_type="x", items=[contact, item], state=None)
    master.rebuild(store, [])
    result = CliRunner().invoke(cli, ["--db", str(store_path), "review"], input="2\n")
    assert result.exit_code == 0, result.output
    record = find_golden(store, "kai@acme.example")
    assert record.organization is not None and record.organization.duns == "222222222"


def test_a_malformed_correction_is_asked_again_and_a_missed_field_can_be_added(
    store_path: Path,
) -> None:
    store = Store(f"sqlite:///{store_path}")
    store.write_batch(
        run_id=None,
        source="card_scan",
        source_type="card_scan",
        items=[doubtful_card()],
        state=None,
    )
    answers = (
        "c\n"
        "jana.nowak@@optics\n"  # malformed: asked again, nothing lost
        "jana.nowak@optics.example\n"
        "Sales Manager\n"
        "phones\n"  # the machine missed her mobile
        "+48 601 555 123 (cell)\n"
        "\n"
    )
    result = CliRunner().invoke(cli, ["--db", str(store_path), "review"], input=answers)
    assert result.exit_code == 0, result.output
    assert "emails:" in result.output and "type it again" in result.output
    record = find_golden(store, "jana.nowak@optics.example")
    assert record is not None and record.contact.title == "Sales Manager"
    assert [(p.e164, p.kind.value) for p in record.contact.phones] == [("+48601555123", "cell")]
