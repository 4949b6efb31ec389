"""The master on a real SQLite store: one person from four sources, explained, split, pinned,
reviewed, and queued for re-verification; through the CLI as a person uses it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from contactkit import master
from contactkit.cli import cli
from contactkit.model import Employee, Interaction
from contactkit.records import find_golden, golden_records
from contactkit.store import Store

from .conftest import NOW, observe


def four_sources(store: Store) -> None:
    """Bob Miller, as a mailbox, an old vCard, a scanned card and a CRM export see him."""
    observe(
        store,
        "mail",
        "m1",
        {
            "name": {"full": "Bob Miller"},
            "emails": ["bob.miller@acme.com"],
            "phones": [{"text": "+49 171 5551234", "kind": "cell"}],
        },
        days_ago=5,
    )
    observe(
        store,
        "vcard",
        "v1",
        {
            "name": {"full": "Robert Müller"},
            "emails": ["bobby.m@gmail.com"],
            "phones": [{"text": "0171 5551234", "kind": "cell"}],
        },
        days_ago=700,
    )
    observe(
        store,
        "card_scan",
        "c1",
        {
            "name": {"full": "Robert Mi1ler"},
            "emails": ["robert.mi1ler@acme.com"],
            "title": "Head of Purchasing",
            "organization": {"name": "Acme GmbH"},
        },
        days_ago=60,
        confidence={"name": 0.7, "emails": 0.7},
    )
    observe(
        store,
        "crm",
        "r1",
        {
            "name": {"given": "Miller", "family": "Robert"},
            "emails": ["robert.miller@acme.com", "bob.miller@acme.com"],
        },
        days_ago=30,
    )
    # someone else entirely who shares the company
    observe(store, "mail", "m2", {"name": {"full": "Eva Klein"}, "emails": ["eva@acme.com"]})


def run(db: Path, tmp_path: Path, *args: str, input: str | None = None):
    result = CliRunner().invoke(
        cli,
        ["-c", str(tmp_path / "none.toml"), "--db", str(db), *args],
        input=input,
        catch_exceptions=False,
    )
    return result


def test_one_person_from_four_sources_and_why(store, config, db_path, tmp_path) -> None:
    four_sources(store)
    stats = master.rebuild(store, config, now=NOW)
    assert stats.golden == 2
    bob = find_golden(store, "bob.miller@acme.com")
    assert bob is not None
    assert set(bob.contact.emails) == {
        "bob.miller@acme.com",
        "bobby.m@gmail.com",
        "robert.mi1ler@acme.com",
        "robert.miller@acme.com",
    }
    # the default ranking trusts the scanned card's title over nothing else saying one
    assert bob.contact.title == "Head of Purchasing"

    shown = run(db_path, tmp_path, "show", bob.id).output
    assert "Merged because" in shown
    # vcard is the most trusted source ranked; the OCR'd "Robert Mi1ler" is too unsure anyway
    assert bob.contact.name.full == "Robert Müller"
    for evidence in ("mobile (+491715551234)", "swapped", "email slip", "email (bob.miller@"):
        assert evidence in shown, shown
    for member in ("mail:m1", "vcard:v1", "card_scan:c1", "crm:r1"):
        assert member in shown


def test_unmerge_splits_and_is_remembered(store, config, db_path, tmp_path) -> None:
    four_sources(store)
    master.rebuild(store, config, now=NOW)
    bob = find_golden(store, "bob.miller@acme.com")
    result = run(db_path, tmp_path, "unmerge", bob.id, "vcard:v1")
    assert result.exit_code == 0, result.output
    assert "vcard:v1 apart from" in result.output
    vcard = find_golden(store, "bobby.m@gmail.com")
    assert vcard is not None and vcard.id != bob.id
    # the larger part keeps the id sinks know
    assert find_golden(store, "bob.miller@acme.com").id == bob.id
    # a later run with the same evidence does not join them again
    observe(
        store,
        "vcard",
        "v1",
        {
            "name": {"full": "Robert Müller"},
            "emails": ["bobby.m@gmail.com", "bob.miller@acme.com"],
        },
        days_ago=1,
    )
    stats = master.rebuild(store, config, now=NOW)
    assert stats.blocked >= 1
    assert (
        find_golden(store, "bobby.m@gmail.com").id
        != find_golden(store, "robert.miller@acme.com").id
    )


def test_unmerge_rejects_an_observation_of_someone_else(store, config, db_path, tmp_path) -> None:
    four_sources(store)
    master.rebuild(store, config, now=NOW)
    result = run(db_path, tmp_path, "unmerge", "bob.miller@acme.com", "mail:m2")
    assert result.exit_code == 2
    assert "mail:m2 is not an observation of" in result.output


def test_pin_wins_over_every_source_until_cleared(store, config, db_path, tmp_path) -> None:
    four_sources(store)
    master.rebuild(store, config, now=NOW)
    result = run(db_path, tmp_path, "pin", "bob.miller@acme.com", "title", "Chief Buyer")
    assert result.exit_code == 0, result.output
    bob = find_golden(store, "bob.miller@acme.com")
    assert bob.contact.title == "Chief Buyer"
    assert bob.provenance["title"][0].source == "pinned"
    run(db_path, tmp_path, "pin", bob.id, "emails", "Robert.Miller@ACME.com")
    assert find_golden(store, bob.id).contact.emails[0] == "robert.miller@acme.com"
    # a new observation does not move a pinned value
    observe(
        store,
        "crm",
        "r1",
        {"name": {"full": "Bob Miller"}, "title": "Buyer", "emails": ["bob.miller@acme.com"]},
    )
    master.rebuild(store, config, now=NOW)
    assert find_golden(store, bob.id).contact.title == "Chief Buyer"
    run(db_path, tmp_path, "pin", bob.id, "title", "--clear")
    assert find_golden(store, bob.id).contact.title != "Chief Buyer"
    bad = run(db_path, tmp_path, "pin", bob.id, "shoe_size", "44")
    assert bad.exit_code == 2 and "cannot pin 'shoe_size'" in bad.output
    typo = run(db_path, tmp_path, "pin", bob.id, "emails", "robert.miller@@acme.com")
    assert typo.exit_code == 2 and "emails: invalid email" in typo.output, typo.output
    assert find_golden(store, bob.id).contact.emails[0] == "robert.miller@acme.com"


@pytest.mark.parametrize(("answer", "together"), [("s", True), ("d", False)])
def test_review_decides_a_doubtful_pair(store, config, db_path, tmp_path, answer, together):
    # same name and company, nothing else: the matcher asks
    observe(store, "mail", "t1", {"name": {"full": "Tom Weber"}, "emails": ["tom.weber@acme.com"]})
    observe(store, "crm", "t2", {"name": {"full": "Tom Weber"}, "emails": ["tw@acme.com"]})
    stats = master.rebuild(store, config, now=NOW)
    assert stats.golden == 2 and stats.review_pairs == 1
    (pending,) = store.open_match_reviews()
    assert "same name (Tom Weber) (+3)" in pending["reasons"]

    result = run(db_path, tmp_path, "review", input=f"{answer}\n")
    assert result.exit_code == 0, result.output
    assert "tom.weber@acme.com" in result.output and "tw@acme.com" in result.output
    records = list(golden_records(store))
    assert (len(records) == 1) is together
    assert store.open_match_reviews() == []
    # decided once: the next rebuild asks nothing
    assert master.rebuild(store, config, now=NOW).review_pairs == 0


def test_report_lists_the_reverification_queue(store, config, db_path, tmp_path) -> None:
    # two stale contacts and a bounced one; the one an employee knows well comes first
    observe(
        store,
        "vcard",
        "a",
        {"name": {"full": "Ann Old"}, "emails": ["ann@oldco.com"]},
        days_ago=800,
    )
    observe(
        store,
        "vcard",
        "b",
        {"name": {"full": "Ben Old"}, "emails": ["ben@oldco.com"]},
        days_ago=900,
    )
    observe(store, "mail", "c", {"name": {"full": "Cy New"}, "emails": ["cy@newco.com"]})
    items = [Employee(email="me@us.com", name="Me")]
    for i in range(6):
        at = NOW - timedelta(days=900 - i * 30)
        items.append(
            Interaction(
                employee_email="me@us.com",
                contact_email="ann@oldco.com",
                message_id=f"<s{i}>",
                role="sent",
                at=at,
            )
        )
        items.append(
            Interaction(
                employee_email="me@us.com",
                contact_email="ann@oldco.com",
                message_id=f"<r{i}>",
                role="received",
                at=at,
            )
        )
    store.write_batch(run_id=None, source="mail", source_type="mail", items=items, state=None)
    master.rebuild(store, config, now=NOW)
    result = run(db_path, tmp_path, "bounced", "cy@newco.com")
    assert result.exit_code == 0, result.output

    report = run(db_path, tmp_path, "report").output
    assert "Re-verification queue (3" in report
    cy, ann, ben = (report.index(n) for n in ("Cy New", "Ann Old", "Ben Old"))
    # priority (1 - validity) x (1 + 2 x strength): stale but well known 0.54 x 2.1, then the
    # bounce nobody here knows 1.0 x 1, then stale and unknown 0.6 x 1
    assert ann < cy < ben, report
    assert "bounced:" in report and "cy@newco.com" in report


def test_forgetting_a_person_erases_what_matching_kept(store, config) -> None:
    four_sources(store)
    master.rebuild(store, config, now=NOW)
    bob = find_golden(store, "bob.miller@acme.com")
    store.set_pin(bob.id, "title", "Chief Buyer")
    store.add_bounce("bob.miller@acme.com", NOW, "test")
    store.add_match_decisions("apart", [("vcard\x1fv1", "mail\x1fm1")], "unmerge")
    keys = ["mail\x1fm1", "vcard\x1fv1", "card_scan\x1fc1", "crm\x1fr1"]
    store.forget_matching(bob.id, keys, bob.contact.emails)
    assert store.match_decisions() == (set(), set())
    assert store.pins() == {}
    assert store.bounces() == {}
    assert bob.id not in store.golden_meta()
    assert not [r for r in store.open_match_reviews() if r["a"] in keys or r["b"] in keys]


def test_the_config_tables_drive_a_rebuild(store, tmp_path, db_path) -> None:
    from contactkit.config import config_from_dict

    observe(
        store,
        "crm",
        "1",
        {"name": {"full": "Ann Lee"}, "emails": ["ann@x.com"], "title": "CFO"},
        days_ago=300,
    )
    observe(
        store, "mail", "2", {"name": {"full": "Ann Lee"}, "emails": ["ann@x.com"], "title": "CEO"}
    )
    raw = {"store": {"url": f"sqlite:///{db_path}"}, "survivorship": {"source_ranking": ["crm"]}}
    config = config_from_dict(raw, base_dir=tmp_path)
    master.rebuild(store, config, now=NOW)
    assert find_golden(store, "ann@x.com").contact.title == "CFO"  # trusted source first

    raw["survivorship"]["rules"] = {"title": ["recency", "source"]}
    master.rebuild(store, config_from_dict(raw, base_dir=tmp_path), now=NOW)
    assert find_golden(store, "ann@x.com").contact.title == "CEO"  # the field's own rule

    # a stricter merge threshold turns the same evidence (email, name, company: 9) into a review
    raw["matching"] = {"merge_above": 10, "review_above": 4}
    stats = master.rebuild(store, config_from_dict(raw, base_dir=tmp_path), now=NOW)
    assert stats.golden == 2 and stats.review_pairs == 1
