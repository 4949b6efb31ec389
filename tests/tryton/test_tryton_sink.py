"""Tryton specifics on a real server: the relations, employees, deltas, adoption, forget."""

from __future__ import annotations

from contactkit.model import Address, Phone, PhoneKind, Relationship, SinkStatus
from contactkit.plugin import ForgetItem, PushItem
from contactkit.testing import contract_context, records
from contactkit_plugins.tryton.sink import TrytonSink


def person(n: int, **kwargs):
    """A sample person with a company of their own, so tests on the shared server don't meet."""
    company = records.COMPANY.model_copy(
        update={"name": f"Engines {n}", "domains": [f"engines-{n}.com"]}
    )
    rec = records.person(n, company=company, domain=f"engines-{n}.com", **kwargs)
    rec.contact.addresses = [
        Address(street="12 St James's Square", city="London", postal_code="SW1Y 4LB")
    ]
    second = Relationship(
        employee_email="alan.turing@contactkit-tests.com",
        employee_name="Alan Turing",
        sent=1,
        received=1,
    )
    rec.relationships.append(second)
    return rec


def test_a_contact_with_its_company_parent_and_the_employees_who_know_them(
    tryton_config, tryton_reader
):
    rec = records.with_parent(person(3001), parent_id="org-holding-3001")
    sink = TrytonSink(tryton_config, contract_context())
    result = sink.write([PushItem(rec)])[0]
    assert result.status == SinkStatus.CREATED, result.reason
    party = tryton_reader.party(int(result.external_id))
    assert party["name"] == "Ada Lovelace"
    assert ("email", rec.contact.emails[0]) in party["mechanisms"]
    assert ("phone", "+12025553001") in party["mechanisms"]
    assert party["titles"] == ["Chief Engineer"]
    address = tryton_reader.find(
        "party.address", [["party", "=", party["id"]]], ["street", "city", "postal_code"]
    )
    assert [(a["street"], a["city"]) for a in address] == [("12 St James's Square", "London")]
    [company] = tryton_reader.related(party["id"], "works at")
    assert company["name"] == "Engines 3001"
    assert ("website", "engines-3001.com") in company["mechanisms"]
    [parent] = tryton_reader.related(company["id"], "subsidiary of")
    assert parent["name"] == "Engines Holding plc"
    knowers = tryton_reader.related(party["id"], "knows", incoming=True)
    assert sorted(k["name"] for k in knowers) == ["Alan Turing", "Grace Hopper"]
    [owner] = tryton_reader.related(party["id"], "contact owner of", incoming=True)
    assert owner["name"] == "Grace Hopper"
    employees = tryton_reader.find(
        "company.employee", [["party", "in", [k["id"] for k in knowers]]], ["company"]
    )
    assert len(employees) == 2
    [ours] = tryton_reader.find(
        "company.company", [["id", "=", employees[0]["company"]]], ["rec_name"]
    )
    assert ours["rec_name"] == "Contactkit Tests Ltd"


def test_repush_costs_no_call_and_an_update_keeps_what_was_added_in_tryton(
    tryton_config, tryton_reader
):
    rec = person(3002)
    context = contract_context()
    sink = TrytonSink(tryton_config, context)
    party_id = int(sink.write([PushItem(rec)])[0].external_id)
    # someone adds a second number in Tryton
    tryton_reader.call(
        "party.contact_mechanism",
        "create",
        [{"party": party_id, "type": "phone", "value": "+442079460000"}],
    )
    calls = sink.rpc.calls
    again = sink.write([PushItem(rec, external_id=str(party_id), previous=rec)])[0]
    assert again.status == SinkStatus.UNCHANGED and sink.rpc.calls == calls

    new = records.changed(
        rec, title="Countess", phones=[Phone(text="+1 202 555 7777", kind=PhoneKind.CELL)]
    )
    result = TrytonSink(tryton_config, contract_context()).write(
        [PushItem(new, external_id=str(party_id), previous=rec)]
    )[0]
    assert (result.status, result.external_id) == (SinkStatus.UPDATED, str(party_id))
    party = tryton_reader.party(party_id)
    assert party["titles"] == ["Countess"]
    phones = {(t, v) for t, v in party["mechanisms"] if t != "email"}
    assert phones == {("mobile", "+12025557777"), ("phone", "+442079460000")}


def test_a_push_whose_answer_was_lost_finds_the_party_again(tryton_config, tryton_reader):
    rec = person(3003)
    first = TrytonSink(tryton_config, contract_context()).write([PushItem(rec)])[0]
    again = TrytonSink(tryton_config, contract_context()).write([PushItem(rec)])[0]
    assert (again.status, again.external_id) == (SinkStatus.CREATED, first.external_id)
    found = tryton_reader.find(
        "party.identifier", [["code", "=", f"contactkit:{rec.id}"]], ["party"]
    )
    assert len(found) == 1
    assert len(tryton_reader.related(int(first.external_id), "works at")) == 1


def test_moving_to_another_company_moves_the_relation(tryton_config, tryton_reader):
    rec = person(3004)
    sink = TrytonSink(tryton_config, contract_context())
    party_id = sink.write([PushItem(rec)])[0].external_id
    moved = person(3005)
    moved = moved.model_copy(update={"id": rec.id, "contact": rec.contact}, deep=True)
    result = sink.write([PushItem(moved, external_id=party_id, previous=rec)])[0]
    assert result.status == SinkStatus.UPDATED, result.reason
    assert [c["name"] for c in tryton_reader.related(int(party_id), "works at")] == ["Engines 3005"]


def test_a_party_deleted_in_tryton_is_not_recreated(tryton_config, tryton_reader):
    rec = person(3006)
    sink = TrytonSink(tryton_config, contract_context())
    party_id = sink.write([PushItem(rec)])[0].external_id
    tryton_reader.call("party.party", "delete", [int(party_id)])
    result = sink.write(
        [PushItem(records.changed(rec, title="X"), external_id=party_id, previous=rec)]
    )[0]
    assert result.status == SinkStatus.FAILED
    assert result.reason == "party was deleted in Tryton; not re-created"
    assert not tryton_reader.find(
        "party.identifier", [["code", "=", f"contactkit:{rec.id}"]], ["party"]
    )


def test_forget_deletes_the_party_and_its_relations(tryton_config, tryton_reader):
    rec = person(3007)
    sink = TrytonSink(tryton_config, contract_context())
    party_id = int(sink.write([PushItem(rec)])[0].external_id)
    answer = sink.forget([ForgetItem(record_id=rec.id, external_id=str(party_id))])[0]
    assert answer.status == SinkStatus.DELETED
    assert tryton_reader.party(party_id) is None
    assert not tryton_reader.find(
        "party.relation.all", ["OR", [["from_", "=", party_id]], [["to", "=", party_id]]], ["id"]
    )


def test_a_batch_of_100_new_contacts_costs_a_handful_of_calls(tryton_config):
    recs = [person(n) for n in range(3100, 3200)]
    sink = TrytonSink(tryton_config, contract_context())
    results = sink.write([PushItem(r) for r in recs])
    assert {r.status for r in results} == {SinkStatus.CREATED}
    # login, find, create companies+employees, company, employees, titles, contacts, relations
    assert sink.rpc.calls <= 16, sink.rpc.calls
