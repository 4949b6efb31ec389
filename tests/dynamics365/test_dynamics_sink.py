"""Dynamics 365 specifics: $batch shapes and limits, alternate keys, owners, parents, deletes."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from contactkit.model import SinkStatus
from contactkit.plugin import ForgetItem, PushItem
from contactkit.testing import contract_context, records
from contactkit_plugins.dynamics365 import odata_batch
from contactkit_plugins.dynamics365.sink import DynamicsSink

from .conftest import GRACE


def sent(dynamics) -> list[tuple[str, str, dict, object]]:
    """Every request inside every $batch call: (method, url, headers, body)."""
    from contactkit.testing.fakes.dynamics import parse_part

    out = []
    for call in dynamics.mock.calls:
        if not call.request.url.endswith("/$batch"):
            continue
        boundary = call.request.headers["Content-Type"].split("boundary=")[1]
        body = call.request.body.decode()
        for part in body.split(f"--{boundary}")[1:]:
            if not part.startswith("--"):
                out.append(parse_part(part))
    return out


def urls(dynamics) -> list[str]:
    return [c.request.method + " " + c.request.url.split("?")[0] for c in dynamics.mock.calls]


def test_1000_contacts_cost_two_batches_and_an_owner_query_and_a_rerun_none(
    dynamics, dynamics_config
):
    sink = DynamicsSink(dynamics_config, contract_context())
    recs = records.people(1000)
    results = sink.write([PushItem(r) for r in recs])
    assert {r.status for r in results} == {SinkStatus.CREATED}
    api = dynamics.api
    # 1 account + 1000 contacts = 1001 requests: two $batch calls at 1,000 requests each
    assert urls(dynamics) == [f"GET {api}/systemusers", f"POST {api}/$batch", f"POST {api}/$batch"]
    assert dynamics.batches == [1000, 1]
    batch_call = dynamics.mock.calls[1].request
    assert batch_call.headers["Prefer"] == "odata.continue-on-error"
    assert batch_call.headers["Content-Type"].startswith("multipart/mixed; boundary=batch_")
    assert batch_call.headers["OData-Version"] == "4.0"
    parts = sent(dynamics)
    method, url, _headers, account = parts[0]
    assert (method, url) == (
        "PATCH",
        f"{api}/accounts(ck_contactkitid='org-analytical-engines.com')",
    )
    assert account == {"name": "Analytical Engines", "websiteurl": "analytical-engines.com"}
    method, url, headers, contact = parts[1]
    assert (method, url) == ("PATCH", f"{api}/contacts(ck_contactkitid='ck-test-00001')")
    assert "if-match" not in headers  # an upsert: create, or adopt a record pushed before
    assert contact["lastname"] == "Lovelace" and contact["telephone1"] == "+12025550001"
    assert contact["ownerid@odata.bind"] == f"/systemusers({GRACE})"
    assert contact["parentcustomerid_account@odata.bind"] == (
        "/accounts(ck_contactkitid='org-analytical-engines.com')"
    )
    owner_query = dynamics.mock.calls[0].request.url
    assert "internalemailaddress" in owner_query and "isdisabled" in owner_query
    assert len(dynamics.contacts) == 1000 and len(dynamics.accounts) == 1
    assert all(c["_ownerid_value"] == GRACE for c in dynamics.contacts.values())

    before = len(dynamics.mock.calls)
    ids = {r.record_id: r.external_id for r in results}
    again = sink.write([PushItem(r, external_id=ids[r.id], previous=r) for r in recs])
    assert {r.status for r in again} == {SinkStatus.UNCHANGED}
    assert len(dynamics.mock.calls) == before


def test_update_sends_only_the_change_by_guid_and_never_recreates(dynamics, dynamics_config):
    sink = DynamicsSink(dynamics_config, contract_context())
    rec = records.person(1)
    guid = sink.write([PushItem(rec)])[0].external_id
    assert guid in dynamics.contacts
    new = records.changed(rec, title="CTO", phones=[])
    result = sink.write([PushItem(new, external_id=guid, previous=rec)])[0]
    assert (result.status, result.external_id) == (SinkStatus.UPDATED, guid)
    method, url, headers, body = sent(dynamics)[-1]
    assert (method, url, headers["if-match"]) == ("PATCH", f"{dynamics.api}/contacts({guid})", "*")
    assert body == {"jobtitle": "CTO", "telephone1": None}
    assert "telephone1" not in dynamics.contacts[guid]

    del dynamics.contacts[guid]  # someone deleted the contact in Dynamics
    newer = records.changed(new, title="CEO")
    gone = sink.write([PushItem(newer, external_id=guid, previous=new)])[0]
    assert gone.status == SinkStatus.FAILED
    assert gone.reason == "contact was deleted in Dynamics 365; not re-created"
    assert not dynamics.contacts


def test_parent_accounts_come_first_and_are_bound_by_alternate_key(dynamics, dynamics_config):
    sink = DynamicsSink(dynamics_config, contract_context())
    # a parent the store does not hold (no organization id): keyed by its DUNS number
    recs = [records.with_parent(r, parent_id=None) for r in records.people(2)]
    results = sink.write([PushItem(r) for r in recs])
    assert {r.status for r in results} == {SinkStatus.CREATED}
    parts = sent(dynamics)
    assert [p[1].rsplit("/", 1)[1] for p in parts[:2]] == [
        "accounts(ck_contactkitid='duns%3A804735132')",
        "accounts(ck_contactkitid='org-analytical-engines.com')",
    ]
    assert parts[1][3]["parentaccountid@odata.bind"] == (
        "/accounts(ck_contactkitid='duns%3A804735132')"
    )
    by_key = {a["ck_contactkitid"]: (guid, a) for guid, a in dynamics.accounts.items()}
    parent_guid, parent = by_key["duns:804735132"]
    assert parent["name"] == "Engines Holding plc"
    assert by_key["org-analytical-engines.com"][1]["_parentaccountid_value"] == parent_guid


def test_an_account_is_sent_once_per_run(dynamics, dynamics_config):
    sink = DynamicsSink(dynamics_config, contract_context())
    sink.write([PushItem(records.person(1))])
    sink.write([PushItem(records.person(2))])
    accounts = [p for p in sent(dynamics) if "/accounts(" in p[1]]
    assert len(accounts) == 1
    assert len({c["_parentcustomerid_account_value"] for c in dynamics.contacts.values()}) == 1


def test_owners_are_looked_up_once_per_email_per_run(dynamics, dynamics_config):
    sink = DynamicsSink(dynamics_config, contract_context())
    sink.write([PushItem(records.person(1))])
    sink.write([PushItem(records.person(2))])
    assert sum("/systemusers" in c.request.url for c in dynamics.mock.calls) == 1


def test_an_alternate_key_not_defined_in_dynamics_fails_with_its_message(dynamics):
    config = DynamicsSink.Config(
        url=dynamics.url,
        access_token={"env": "CK_TEST_DATAVERSE_TOKEN"},
        contact_key="new_contactkitid",
        link_accounts=False,
    )
    result = DynamicsSink(config, contract_context()).write([PushItem(records.person(1))])[0]
    assert result.status == SinkStatus.FAILED
    assert result.reason.startswith("HTTP 400: The key in the request URI is not valid")


def test_a_key_with_quotes_round_trips(dynamics, dynamics_config):
    rec = records.person(1)
    rec.organization_id = "org-o'neil & sons/uk"
    result = DynamicsSink(dynamics_config, contract_context()).write([PushItem(rec)])[0]
    assert result.status == SinkStatus.CREATED, result.reason
    assert [a["ck_contactkitid"] for a in dynamics.accounts.values()] == ["org-o'neil & sons/uk"]


def test_forget_deletes_in_one_batch_and_a_gone_contact_counts_as_deleted(
    dynamics, dynamics_config
):
    sink = DynamicsSink(dynamics_config, contract_context())
    results = sink.write([PushItem(r) for r in records.people(3)])
    items = [ForgetItem(record_id=r.record_id, external_id=r.external_id) for r in results]
    del dynamics.contacts[items[0].external_id]
    calls_before = len(dynamics.mock.calls)
    answers = sink.forget(items)
    assert [a.status for a in answers] == [SinkStatus.DELETED] * 3
    assert len(dynamics.mock.calls) == calls_before + 1 and not dynamics.contacts


def test_wrong_token_fails_without_leaking_it(dynamics, monkeypatch):
    monkeypatch.setenv("CK_BAD_DV", "eyJ-wrong-secret-token")
    config = DynamicsSink.Config(url=dynamics.url, access_token={"env": "CK_BAD_DV"})
    results = DynamicsSink(config, contract_context()).write([PushItem(records.person(1))])
    assert results[0].status == SinkStatus.FAILED and results[0].reason == "HTTP 401"
    assert "eyJ-wrong" not in results[0].reason


def test_config_refuses_plain_http_and_inline_tokens():
    with pytest.raises(ValidationError, match="https"):
        DynamicsSink.Config(url="http://contoso.crm.dynamics.com", access_token={"env": "X"})
    with pytest.raises(ValidationError, match="by reference"):
        DynamicsSink.Config(url="https://contoso.crm.dynamics.com", access_token="eyJsecret")


def test_batch_answers_are_read_in_order_with_errors():
    content = (
        b"--batchresponse_1\r\nContent-Type: application/http\r\n"
        b"Content-Transfer-Encoding: binary\r\n\r\n"
        b"HTTP/1.1 204 No Content\r\nOData-Version: 4.0\r\n"
        b"OData-EntityId: https://x.crm.dynamics.com/api/data/v9.2/contacts("
        b"00000000-0000-0000-0000-000000000001)\r\n\r\n\r\n"
        b"--batchresponse_1\r\nContent-Type: application/http\r\n"
        b"Content-Transfer-Encoding: binary\r\n\r\nHTTP/1.1 400 Bad Request\r\n"
        b"Content-Type: application/json; odata.metadata=minimal\r\nOData-Version: 4.0\r\n\r\n"
        b'{"error":{"code":"0x80040237","message":"Duplicate\\nrecord"}}\r\n'
        b"--batchresponse_1--\r\n"
    )
    first, second = odata_batch.decode("multipart/mixed; boundary=batchresponse_1", content)
    assert first.ok and first.entity_id() == "00000000-0000-0000-0000-000000000001"
    assert not second.ok and second.error() == "HTTP 400: Duplicate record"
