"""Account ownership across a corporate family, the company view of ``show`` and the ownership
section of ``report``, over a real SQLite store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from contactkit import master
from contactkit.cli import cli
from contactkit.company import company_view
from contactkit.model import (
    Address,
    Contact,
    Employee,
    Interaction,
    Observation,
    Organization,
    OrganizationObservation,
    OrgRef,
)
from contactkit.ownership import families
from contactkit.store import Store

NOW = datetime(2026, 11, 1, tzinfo=UTC)
US, DE, UK, ACME = "111111111", "222222222", "333333333", "444444444"
US_PARENT = "555555555"  # the US holding: in the family tree, no contact of ours works there


def _contact(key: str, domain: str, country: str) -> Observation:
    return Observation(
        source="crm",
        source_key=key,
        contact=Contact(
            name={"full": key.title()},
            emails=[f"{key}@{domain}"],
            organization=OrgRef(name=domain.split(".")[0].title(), domain=domain),
            addresses=[Address(city="X", country=country)],
        ),
    )


def _dnb(domain: str, duns: str, name: str, **links: str) -> OrganizationObservation:
    roles = ["Global Ultimate"] if links.get("global_ultimate_duns") == duns else ["Subsidiary"]
    return OrganizationObservation(
        source="dnb_lookup",
        source_key=f"domain:{domain}",
        organization_key=f"domain:{domain}",
        organization=Organization(name=name, duns=duns, family_roles=roles, **links),
    )


def _mail(employee: str, contact: str, count: int) -> list[Interaction]:
    """``count`` exchanges each way over the last months: a real relationship."""
    out = []
    for i in range(count):
        at = NOW - timedelta(days=20 * i + 1)
        for role in ("sent", "received"):
            out.append(
                Interaction(
                    employee_email=f"{employee}@northwind.example",
                    contact_email=contact,
                    message_id=f"<{employee}-{contact}-{i}-{role}>",
                    role=role,
                    at=at,
                )
            )
    return out


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(f"sqlite:///{tmp_path / 'ck.db'}")
    items: list = [
        Employee(email="ida@northwind.example", name="Ida Berg"),
        Employee(email="max@northwind.example", name="Max Roth"),
        _contact("ann", "gorman-us.com", "United States"),
        _contact("bob", "gorman-us.com", "USA"),
        _contact("dora", "gorman.de", "Deutschland"),
        _contact("ulla", "gorman.co.uk", "UK"),
        _contact("zed", "acme.example", "France"),
        # D&B: US and UK subsidiaries under the German global ultimate
        _dnb("gorman-us.com", US, "GORMAN US INC", parent_duns=US_PARENT, global_ultimate_duns=DE),
        _dnb("gorman.co.uk", UK, "GORMAN UK LTD", parent_duns=DE, global_ultimate_duns=DE),
        _dnb("gorman.de", DE, "GORMAN HOLDING AG", global_ultimate_duns=DE),
        _dnb("acme.example", ACME, "ACME SA"),
    ]
    items += _mail("ida", "ann@gorman-us.com", 6) + _mail("ida", "bob@gorman-us.com", 4)
    items += _mail("max", "dora@gorman.de", 5) + _mail("ida", "dora@gorman.de", 1)
    items += _mail("max", "ulla@gorman.co.uk", 3)
    items += _mail("max", "zed@acme.example", 2)
    store.write_batch(run_id=None, source="crm", source_type="crm", items=items, state=None)
    master.rebuild(store, ["crm", "dnb_lookup"], now=NOW)
    yield store
    store.close()


def test_family_rollup_suggests_one_owner_with_evidence(store: Store):
    by_root = {f.root_duns: f for f in families(store)}

    gorman = by_root[DE]
    assert sorted(gorman.companies.values()) == [
        "GORMAN HOLDING AG",
        "GORMAN UK LTD",
        "GORMAN US INC",
    ]
    claims = {gorman.companies[oid]: email for oid, email in gorman.claims.items()}
    assert claims == {
        "GORMAN US INC": "ida@northwind.example",
        "GORMAN HOLDING AG": "max@northwind.example",
        "GORMAN UK LTD": "max@northwind.example",
    }
    assert gorman.contested
    owner = gorman.owner
    assert owner.employee_email == "ida@northwind.example"  # two strong contacts beat one each
    assert owner.contacts == 3 and len(owner.companies) == 2
    assert [t.employee_email for t in gorman.tallies] == [
        "ida@northwind.example",
        "max@northwind.example",
    ]
    assert "strength" in owner.evidence() and "3 contacts at 2 companies" in owner.evidence()
    acme = by_root[ACME]
    assert not acme.contested and acme.owner.employee_email == "max@northwind.example"


def test_company_view_by_id_duns_and_domain(store: Store):
    by_domain = company_view(store, "gorman-us.com")
    by_duns = company_view(store, "111-111-111")
    assert by_domain is not None and by_duns is not None
    assert by_domain.organization_id == by_duns.organization_id
    assert company_view(store, by_domain.organization_id).key == "domain:gorman-us.com"
    assert company_view(store, "nobody.example") is None

    org = by_domain.organization
    assert org.country == "US" and by_domain.provenance["country"][0]["source"] == "contacts"
    assert by_domain.provenance["duns"][0]["source"] == "dnb_lookup"
    assert by_domain.provenance["family_roles"][0]["source"] == "dnb_lookup"
    roles = {r.role: (r.duns, r.contacts) for r in by_domain.relatives}
    assert roles == {"parent": (US_PARENT, 0), "global ultimate": (DE, 1)}
    assert by_domain.members_known == {"GORMAN HOLDING AG": 1, "GORMAN UK LTD": 1}
    assert [c["email"] for c in by_domain.contacts] == ["ann@gorman-us.com", "bob@gorman-us.com"]
    assert by_domain.known_by[0].employee_email == "ida@northwind.example"


def test_show_company_and_report_ownership_on_the_command_line(store: Store, tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'ck.db'}"
    runner = CliRunner()

    shown = runner.invoke(cli, ["--db", url, "show", "gorman.de"], catch_exceptions=False)
    report = runner.invoke(cli, ["--db", url, "report"], catch_exceptions=False)

    assert shown.exit_code == 0, shown.output
    assert "GORMAN HOLDING AG" in shown.output and "DE (Germany)" in shown.output
    assert "Knows it best: max@northwind.example" in shown.output
    assert "Suggested owner of the family" in shown.output
    assert report.exit_code == 0, report.output
    assert "1 families claimed by different employees" in report.output


def test_ownership_section_lists_claims_and_the_suggested_owner(store: Store):
    from rich.console import Console

    from contactkit.commands.report import print_ownership

    console = Console(width=300, record=True)
    print_ownership(console, families(store))
    text = console.export_text()

    (row,) = [line for line in text.splitlines() if "GORMAN HOLDING AG" in line and DE in line]
    assert "GORMAN US INC: ida@northwind.example" in row
    assert "GORMAN UK LTD: max@northwind.example" in row
    assert "ACME" not in text  # one employee claims it: no conflict to settle
