"""HubSpot specifics: request shapes, call counts, owners, deltas, errors."""

from __future__ import annotations

import json

import pytest
import requests
from pydantic import ValidationError

from contactkit.model import Organization, SinkStatus
from contactkit.plugin import ForgetItem, PushItem
from contactkit.testing import contract_context, records
from contactkit_plugins.hubspot.sink import HubSpotSink


def calls(hubspot, fragment: str = "") -> list:
    return [c for c in hubspot.mock.calls if fragment in c.request.url]


def test_a_batch_of_100_costs_one_call_per_object_type_and_a_rerun_costs_none(
    hubspot, hubspot_config
):
    sink = HubSpotSink(hubspot_config, contract_context())
    recs = records.people(100)
    results = sink.write([PushItem(r) for r in recs])
    assert {r.status for r in results} == {SinkStatus.CREATED}
    urls = [c.request.url.split("?")[0].removeprefix(hubspot.base_url) for c in hubspot.mock.calls]
    assert urls == [
        "/crm/v3/owners/",
        "/crm/v3/properties/companies/contactkit_org_id",  # 404: not there yet
        "/crm/v3/properties/companies",  # created, with unique values
        "/crm/v3/objects/companies/batch/upsert",
        "/crm/v3/objects/contacts/batch/upsert",
        "/crm/v4/associations/contacts/companies/batch/associate/default",
    ]
    created = json.loads(calls(hubspot, "/crm/v3/properties/companies")[1].request.body)
    assert created["name"] == "contactkit_org_id" and created["hasUniqueValue"] is True
    assert (created["type"], created["fieldType"]) == ("string", "text")
    upsert = json.loads(calls(hubspot, "contacts/batch/upsert")[0].request.body)
    first = upsert["inputs"][0]
    assert first["idProperty"] == "email" and first["id"] == recs[0].contact.emails[0]
    assert first["properties"]["firstname"] == "Ada"
    assert first["properties"]["hubspot_owner_id"] == "502"
    assert first["properties"]["phone"] == "+12025550001"
    company = json.loads(calls(hubspot, "companies/batch/upsert")[0].request.body)
    assert company["inputs"] == [
        {
            "idProperty": "contactkit_org_id",
            "id": "org-analytical-engines.com",
            "properties": {
                "name": "Analytical Engines",
                "domain": "analytical-engines.com",
                "contactkit_org_id": "org-analytical-engines.com",
            },
        }
    ]
    assert len(hubspot.associations) == 100

    before = len(hubspot.mock.calls)
    by_id = {r.record_id: r.external_id for r in results}
    again = sink.write([PushItem(r, external_id=by_id[r.id], previous=r) for r in recs])
    assert {r.status for r in again} == {SinkStatus.UNCHANGED}
    assert len(hubspot.mock.calls) == before


def test_update_sends_only_the_changed_property(hubspot, hubspot_config):
    sink = HubSpotSink(hubspot_config, contract_context())
    rec = records.person(1)
    ext = sink.write([PushItem(rec)])[0].external_id
    new = records.changed(rec, title="CTO", phones=[])
    result = sink.write([PushItem(new, external_id=ext, previous=rec)])[0]
    assert result.status == SinkStatus.UPDATED and result.external_id == ext
    body = json.loads(calls(hubspot, "contacts/batch/update")[-1].request.body)
    assert body == {"inputs": [{"id": ext, "properties": {"jobtitle": "CTO", "phone": ""}}]}
    assert "phone" not in hubspot.contacts[ext]
    assert not calls(hubspot, "companies/batch/upsert")[1:], "company unchanged: not re-sent"


def test_moving_to_another_company_links_the_new_one(hubspot, hubspot_config):
    sink = HubSpotSink(hubspot_config, contract_context())
    rec = records.person(1)
    ext = sink.write([PushItem(rec)])[0].external_id
    moved = rec.model_copy(
        update={"organization": Organization(name="Babbage & Co", domains=["babbage-co.com"])}
    )
    assert sink.write([PushItem(moved, external_id=ext, previous=rec)])[0].status == "updated"
    names = {hubspot.companies[co]["name"] for cid, co in hubspot.associations if cid == ext}
    assert "Babbage & Co" in names


def test_owner_mapping_from_config_needs_no_lookup(hubspot, monkeypatch):
    config = HubSpotSink.Config(
        token={"env": "CK_TEST_HUBSPOT_TOKEN"}, owners={records.OWNER.email.upper(): "777"}
    )
    sink = HubSpotSink(config, contract_context())
    sink.write([PushItem(records.person(1))])
    assert not calls(hubspot, "/owners")
    assert next(iter(hubspot.contacts.values()))["hubspot_owner_id"] == "777"


def test_owners_are_paged(hubspot, hubspot_config):
    hubspot.owners = [
        {"id": str(i), "email": f"user{i}@contactkit-tests.com"} for i in range(150)
    ] + [{"id": "999", "email": records.OWNER.email}]
    sink = HubSpotSink(hubspot_config, contract_context())
    sink.write([PushItem(records.person(1))])
    assert len(calls(hubspot, "/owners")) == 2
    assert next(iter(hubspot.contacts.values()))["hubspot_owner_id"] == "999"


def test_contact_without_email_fails_alone(hubspot, hubspot_config):
    sink = HubSpotSink(hubspot_config, contract_context())
    results = {
        r.record_id: r
        for r in sink.write([PushItem(records.without_email(1)), PushItem(records.person(2))])
    }
    assert results["ck-test-00001"].status == SinkStatus.FAILED
    assert "no email" in results["ck-test-00001"].reason
    assert results["ck-test-00002"].status == SinkStatus.CREATED


def test_a_refusal_no_record_caused_fails_every_record_without_splitting(hubspot, hubspot_config):
    hubspot.queue(
        "/crm/v3/objects/contacts/batch/upsert",
        403,
        {
            "status": "error",
            "message": "This app hasn't been granted all required scopes to make this call.",
            "category": "MISSING_SCOPES",
        },
    )
    sink = HubSpotSink(hubspot_config, contract_context())
    results = sink.write([PushItem(r) for r in records.people(2)])
    assert [r.status for r in results] == [SinkStatus.FAILED] * 2
    assert all(r.reason.startswith("HTTP 403: This app hasn't been granted") for r in results)
    assert len(calls(hubspot, "contacts/batch/upsert")) == 1


def test_wrong_token_fails_without_leaking_it(hubspot, monkeypatch):
    monkeypatch.setenv("CK_BAD", "pat-wrong-secret-value")
    sink = HubSpotSink(HubSpotSink.Config(token={"env": "CK_BAD"}), contract_context())
    results = sink.write([PushItem(records.person(1))])
    assert results[0].status == SinkStatus.FAILED and "401" in results[0].reason
    assert "pat-wrong-secret-value" not in results[0].reason


def test_real_429_is_retried_after_the_advertised_wait(hubspot, hubspot_config):
    hubspot.queue(
        "/crm/v3/objects/contacts/batch/upsert",
        429,
        {
            "status": "error",
            "message": "You have reached your secondly limit.",
            "errorType": "RATE_LIMIT",
            "policyName": "SECONDLY",
        },
        headers={"Retry-After": "2"},
    )
    context = contract_context()
    results = HubSpotSink(hubspot_config, context).write([PushItem(records.person(1))])
    assert results[0].status == SinkStatus.CREATED
    assert context.http.sleeps == [2.0]


def test_forget_uses_gdpr_delete(hubspot, hubspot_config):
    sink = HubSpotSink(hubspot_config, contract_context())
    ext = sink.write([PushItem(records.person(1))])[0].external_id
    result = sink.forget([ForgetItem(record_id="ck-test-00001", external_id=ext)])[0]
    assert result.status == SinkStatus.DELETED
    assert json.loads(calls(hubspot, "gdpr-delete")[0].request.body) == {"objectId": ext}
    assert ext not in hubspot.contacts


def test_config_refuses_plain_http_and_inline_tokens():
    with pytest.raises(ValidationError, match="https"):
        HubSpotSink.Config(token={"env": "X"}, base_url="http://api.hubapi.com")
    with pytest.raises(ValidationError, match="by reference"):
        HubSpotSink.Config(token="pat-na1-secret")


def test_unreachable_api_fails_the_batch_instead_of_aborting_the_push(hubspot, hubspot_config):
    context = contract_context()
    for _ in range(context.http.max_retries + 1):
        hubspot.queue(
            "/crm/v3/objects/companies/batch/upsert", 0, requests.ConnectionError("refused")
        )
    results = HubSpotSink(hubspot_config, context).write([PushItem(r) for r in records.people(2)])
    assert [r.status for r in results] == [SinkStatus.FAILED] * 2
    assert results[0].reason == "could not reach HubSpot: ConnectionError"
    assert len(context.http.sleeps) == context.http.max_retries  # the host retried first


def test_custom_id_property_upserts_by_contactkit_id_even_without_email(hubspot):
    config = HubSpotSink.Config(
        token={"env": "CK_TEST_HUBSPOT_TOKEN"}, contact_id_property="contactkit_id"
    )
    sink = HubSpotSink(config, contract_context())
    rec = records.without_email(7)
    result = sink.write([PushItem(rec)])[0]
    assert result.status == SinkStatus.CREATED, result
    body = json.loads(calls(hubspot, "contacts/batch/upsert")[0].request.body)
    assert body["inputs"][0]["idProperty"] == "contactkit_id"
    assert body["inputs"][0]["id"] == rec.id
    assert hubspot.contacts[result.external_id]["contactkit_id"] == rec.id


def test_companies_are_never_upserted_by_domain(hubspot):
    with pytest.raises(ValidationError, match="not unique"):
        HubSpotSink.Config(token={"env": "CK_TEST_HUBSPOT_TOKEN"}, company_id_property="domain")


def test_an_existing_unique_property_is_used_and_checked_once_per_portal(hubspot, hubspot_config):
    hubspot.properties["companies"]["contactkit_org_id"] = True
    context = contract_context()
    HubSpotSink(hubspot_config, context).write([PushItem(records.person(1))])
    HubSpotSink(hubspot_config, context).write([PushItem(records.person(2))])  # same cache
    assert len(calls(hubspot, "/crm/v3/properties/")) == 1
    assert len(hubspot.companies) == 1


def test_a_non_unique_company_property_fails_with_a_clear_reason(hubspot):
    hubspot.properties["companies"]["acme_org_key"] = False
    config = HubSpotSink.Config(
        token={"env": "CK_TEST_HUBSPOT_TOKEN"}, company_id_property="acme_org_key"
    )
    result = HubSpotSink(config, contract_context()).write([PushItem(records.person(1))])[0]
    assert result.status == SinkStatus.FAILED
    assert "acme_org_key does not hold unique values" in result.reason
    assert not calls(hubspot, "companies/batch/upsert")


def test_a_batch_refused_whole_is_split_until_the_bad_record_stands_alone(hubspot, hubspot_config):
    recs = records.people(8)
    bad = recs[5].contact.emails[0]
    hubspot.reject_batch.add(bad)  # HubSpot refuses any batch holding it, as a whole
    sink = HubSpotSink(hubspot_config, contract_context())
    results = {r.record_id: r for r in sink.write([PushItem(r) for r in recs])}
    assert results[recs[5].id].status == SinkStatus.FAILED
    assert "Property values were not valid" in results[recs[5].id].reason
    assert all(results[r.id].status == SinkStatus.CREATED for r in recs if r is not recs[5])
    sizes = [
        len(json.loads(c.request.body)["inputs"]) for c in calls(hubspot, "contacts/batch/upsert")
    ]
    assert sizes == [8, 4, 4, 2, 1, 1, 2], sizes  # halves until the bad one stands alone
    assert len(hubspot.contacts) == 7


def test_a_company_is_linked_to_its_parent_company(hubspot, hubspot_config):
    sink = HubSpotSink(hubspot_config, contract_context())
    recs = [records.with_parent(r) for r in records.people(3)]
    results = sink.write([PushItem(r) for r in recs])
    assert {r.status for r in results} == {SinkStatus.CREATED}
    by_key = {p["contactkit_org_id"]: cid for cid, p in hubspot.companies.items()}
    assert set(by_key) == {"org-analytical-engines.com", "org-engines-holding"}
    parent = hubspot.parent_of(by_key["org-analytical-engines.com"])
    assert parent is not None and parent["name"] == "Engines Holding plc"
    body = json.loads(calls(hubspot, "companies/companies/batch/create")[0].request.body)
    assert body["inputs"] == [
        {
            "from": {"id": by_key["org-analytical-engines.com"]},
            "to": {"id": by_key["org-engines-holding"]},
            "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 14}],
        }
    ]
    before = len(hubspot.mock.calls)
    ids = {r.record_id: r.external_id for r in results}
    again = sink.write([PushItem(r, external_id=ids[r.id], previous=r) for r in recs])
    assert {r.status for r in again} == {SinkStatus.UNCHANGED}
    assert len(hubspot.mock.calls) == before


def test_a_company_shared_by_several_batches_is_upserted_once_per_run(hubspot, hubspot_config):
    sink = HubSpotSink(hubspot_config, contract_context())
    recs = records.people(250)  # three batches, one company
    for start in range(0, 250, 100):
        sink.write([PushItem(r) for r in recs[start : start + 100]])
    assert len(calls(hubspot, "companies/batch/upsert")) == 1
    assert len(calls(hubspot, "contacts/batch/upsert")) == 3
    assert len(hubspot.associations) == 250
