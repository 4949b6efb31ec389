"""Salesforce specifics: request shapes, call counts, owners by SOQL, deltas, errors."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from contactkit.model import PersonName, SinkStatus
from contactkit.plugin import ForgetItem, PushItem
from contactkit.testing import contract_context, records
from contactkit_plugins.salesforce.sink import SalesforceSink, soql_quote

BASE = "/services/data/v60.0"


def paths(salesforce) -> list[str]:
    return [
        c.request.method + " " + c.request.path_url.split("?")[0] for c in salesforce.mock.calls
    ]


def test_200_records_cost_three_calls_and_a_rerun_none(salesforce, salesforce_config):
    sink = SalesforceSink(salesforce_config, contract_context())
    recs = records.people(200)
    results = sink.write([PushItem(r) for r in recs])
    assert {r.status for r in results} == {SinkStatus.CREATED}
    assert paths(salesforce) == [
        f"GET {BASE}/query",
        f"PATCH {BASE}/composite/sobjects/Account/ContactKit_Id__c",
        f"PATCH {BASE}/composite/sobjects/Contact/ContactKit_Id__c",
    ]
    body = json.loads(salesforce.mock.calls[2].request.body)
    assert body["allOrNone"] is False and len(body["records"]) == 200
    first = body["records"][0]
    assert first["attributes"] == {"type": "Contact"}
    assert first["ContactKit_Id__c"] == "ck-test-00001"
    assert first["LastName"] == "Lovelace" and first["Email"] == recs[0].contact.emails[0]
    assert first["OwnerId"] == "0055g00000AAAAAAA1"
    assert first["AccountId"].startswith("001")
    account = json.loads(salesforce.mock.calls[1].request.body)["records"]
    assert account == [
        {
            "attributes": {"type": "Account"},
            "ContactKit_Id__c": "org-analytical-engines.com",
            "Name": "Analytical Engines",
            "Website": "analytical-engines.com",
        }
    ]
    assert "Email IN ('grace.hopper@contactkit-tests.com')" in salesforce.queries[0]

    before = len(salesforce.mock.calls)
    ids = {r.record_id: r.external_id for r in results}
    again = sink.write([PushItem(r, external_id=ids[r.id], previous=r) for r in recs])
    assert {r.status for r in again} == {SinkStatus.UNCHANGED}
    assert len(salesforce.mock.calls) == before


def test_update_sends_only_changed_fields_and_clears_removed_ones(salesforce, salesforce_config):
    sink = SalesforceSink(salesforce_config, contract_context())
    rec = records.person(1)
    ext = sink.write([PushItem(rec)])[0].external_id
    new = records.changed(rec, title="CTO", phones=[])
    result = sink.write([PushItem(new, external_id=ext, previous=rec)])[0]
    assert (result.status, result.external_id) == (SinkStatus.UPDATED, ext)
    body = json.loads(salesforce.mock.calls[-1].request.body)
    assert body["records"] == [
        {
            "attributes": {"type": "Contact"},
            "ContactKit_Id__c": "ck-test-00001",
            "Title": "CTO",
            "Phone": None,
        }
    ]
    assert "Phone" not in salesforce.contact(ext)


def test_missing_last_name_is_a_per_record_failure(salesforce, salesforce_config):
    sink = SalesforceSink(salesforce_config, contract_context())
    nameless = records.without_email(5)
    nameless.contact.name = PersonName(given="Cher")  # no family name, no email to fall back on
    results = {
        r.record_id: r for r in sink.write([PushItem(nameless), PushItem(records.person(6))])
    }
    assert results[nameless.id].status == SinkStatus.FAILED
    assert "REQUIRED_FIELD_MISSING" in results[nameless.id].reason
    assert "(LastName)" in results[nameless.id].reason
    assert results["ck-test-00006"].status == SinkStatus.CREATED


def test_expired_session_fails_every_record_without_leaking_the_token(salesforce, monkeypatch):
    monkeypatch.setenv("CK_SF_BAD", "00Dwrong!secret")
    config = SalesforceSink.Config(
        instance_url=salesforce.instance_url, access_token={"env": "CK_SF_BAD"}
    )
    results = SalesforceSink(config, contract_context()).write(
        [PushItem(r) for r in records.people(2)]
    )
    assert [r.status for r in results] == [SinkStatus.FAILED] * 2
    assert "INVALID_SESSION_ID" in results[0].reason and "secret" not in results[0].reason


def test_503_then_success_is_retried_by_the_host(salesforce, salesforce_config):
    salesforce.queue(
        "PATCH",
        "/composite/sobjects/Contact/ContactKit_Id__c",
        503,
        [{"message": "Server unavailable", "errorCode": "SERVER_UNAVAILABLE"}],
    )
    context = contract_context()
    results = SalesforceSink(salesforce_config, context).write([PushItem(records.person(1))])
    assert results[0].status == SinkStatus.CREATED
    assert len(context.http.sleeps) == 1


def test_forget_deletes_in_one_call(salesforce, salesforce_config):
    sink = SalesforceSink(salesforce_config, contract_context())
    recs = records.people(3)
    results = sink.write([PushItem(r) for r in recs])
    gone = results[2].external_id
    salesforce.objects["Contact"].pop(gone)  # already deleted in Salesforce by someone
    before = len(salesforce.mock.calls)
    answers = sink.forget([ForgetItem(r.record_id, r.external_id) for r in results])
    assert [a.status for a in answers] == [SinkStatus.DELETED] * 3
    assert len(salesforce.mock.calls) == before + 1
    assert not salesforce.objects["Contact"]


def test_owner_emails_are_quoted_in_soql():
    assert soql_quote("o'brien@x.com") == "'o\\'brien@x.com'"


def test_config_is_strict():
    with pytest.raises(ValidationError, match="https"):
        SalesforceSink.Config(instance_url="http://x.my.salesforce.com", access_token={"env": "T"})
    with pytest.raises(ValidationError, match=r"v60\.0"):
        SalesforceSink.Config(
            instance_url="https://x.my.salesforce.com", access_token={"env": "T"}, api_version="60"
        )


def test_an_account_gets_its_parent_account(salesforce, salesforce_config):
    sink = SalesforceSink(salesforce_config, contract_context())
    recs = [records.with_parent(r) for r in records.people(2)]
    results = sink.write([PushItem(r) for r in recs])
    assert {r.status for r in results} == {SinkStatus.CREATED}
    accounts = salesforce.objects["Account"]
    by_key = {a["ContactKit_Id__c"]: (sf_id, a) for sf_id, a in accounts.items()}
    parent_id, parent = by_key["org-engines-holding"]
    _child_id, child = by_key["org-analytical-engines.com"]
    assert parent["Name"] == "Engines Holding plc" and child["ParentId"] == parent_id
    # parents first (one call), then the companies with ParentId, then the contacts
    assert [p for p in paths(salesforce) if "Account" in p] == [
        f"PATCH {BASE}/composite/sobjects/Account/ContactKit_Id__c"
    ] * 2
    before = len(salesforce.mock.calls)
    ids = {r.record_id: r.external_id for r in results}
    again = sink.write([PushItem(r, external_id=ids[r.id], previous=r) for r in recs])
    assert {r.status for r in again} == {SinkStatus.UNCHANGED}
    assert len(salesforce.mock.calls) == before


def test_an_account_shared_by_several_batches_is_upserted_once_per_run(
    salesforce, salesforce_config
):
    sink = SalesforceSink(salesforce_config, contract_context())
    recs = records.people(450)  # three batches, one company
    for start in range(0, 450, 200):
        sink.write([PushItem(r) for r in recs[start : start + 200]])
    assert [p for p in paths(salesforce) if "Account" in p] == [
        f"PATCH {BASE}/composite/sobjects/Account/ContactKit_Id__c"
    ]
    account = next(iter(salesforce.objects["Account"]))
    assert all(c["AccountId"] == account for c in salesforce.objects["Contact"].values())
