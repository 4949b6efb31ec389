"""Sinks benchmark: API calls per 1,000 contacts, and throughput into real servers.

    python bench/sinks_bench.py [--contacts 1000] [--cards 300] [--parties 300]

* HubSpot, Salesforce and Dynamics 365 run against in-memory fakes of their APIs (the documented
  shapes) and count the calls; the floor is what their documented batch limits allow at best
  (100 inputs per HubSpot batch, 200 records per Salesforce collection, 1,000 requests per
  Dataverse $batch). A re-run with nothing changed must make zero calls.
* CardDAV pushes vCards into a real Radicale and a real Xandikos on loopback and compares records
  per second with a bare ``requests`` PUT loop of the same cards to the same server, in the same
  run: a ratio, since absolute times on a shared machine mean little.
* Tryton: the sink into a real trytond (SQLite, JSON-RPC on loopback) against a bare client loop
  creating one party per call on the same server, in the same run; the sink also writes the
  companies, employees, job titles and relations, which the bare loop does not.
"""

from __future__ import annotations

import argparse
import base64
import json
import math
import os
import shutil
import tempfile
import time

import requests
import responses

from contactkit.model import Organization
from contactkit.plugin import PushItem
from contactkit.store.store import Store
from contactkit.testing import records, standalone_context
from contactkit.testing.dav_servers import SERVERS
from contactkit.testing.fakes.dynamics import FakeDynamics
from contactkit.testing.fakes.hubspot import FakeHubSpot
from contactkit.testing.fakes.salesforce import FakeSalesforce
from contactkit.testing.tryton import TrytonServer
from contactkit_plugins.carddav.sink import CardDAVSink
from contactkit_plugins.carddav.vcards import vcard_from_record
from contactkit_plugins.dynamics365.sink import DynamicsSink
from contactkit_plugins.hubspot.sink import HubSpotSink
from contactkit_plugins.salesforce.sink import SalesforceSink
from contactkit_plugins.tryton.sink import TrytonSink

COMPANIES = 200


def sample(count: int) -> list:
    """``count`` contacts spread over COMPANIES companies, all owned by one employee."""
    out = []
    for n in range(1, count + 1):
        c = n % COMPANIES
        org = Organization(name=f"Company {c}", domains=[f"company-{c}-bench.com"])
        out.append(records.person(n, company=org, domain=f"company-{c}-bench.com"))
    return out


def push_all(sink, items) -> list:
    results = []
    for start in range(0, len(items), sink.batch_size):
        results += sink.write(items[start : start + sink.batch_size])
    return results


def count_calls(make_sink, fake, recs) -> tuple[int, int, int]:
    """Calls for the first push, an unchanged re-run, and a re-run with 10 % changed."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        fake.install(mock)
        sink = make_sink()
        results = push_all(sink, [PushItem(r) for r in recs])
        assert all(r.status == "created" for r in results), results[:3]
        first = len(mock.calls)
        ids = {r.record_id: r.external_id for r in results}
        push_all(sink, [PushItem(r, external_id=ids[r.id], previous=r) for r in recs])
        unchanged = len(mock.calls) - first
        changed = [
            PushItem(records.changed(r, title="Changed"), external_id=ids[r.id], previous=r)
            if i % 10 == 0
            else PushItem(r, external_id=ids[r.id], previous=r)
            for i, r in enumerate(recs)
        ]
        push_all(sink, changed)
        tenth = len(mock.calls) - first - unchanged
    return first, unchanged, tenth


def bench_calls(count: int) -> None:
    recs = sample(count)
    companies = len({r.organization.domains[0] for r in recs})

    hubspot = FakeHubSpot()
    hubspot.owners = [{"id": "1", "email": records.OWNER.email}]
    os.environ["CK_BENCH_HS"] = hubspot.token
    hs_config = HubSpotSink.Config(token={"env": "CK_BENCH_HS"})
    hs = count_calls(lambda: HubSpotSink(hs_config, standalone_context()), hubspot, recs)
    # owners once + contacts, companies and associations at 100 per call
    hs_floor = 1 + math.ceil(count / 100) + math.ceil(companies / 100) + math.ceil(count / 100)

    salesforce = FakeSalesforce()
    salesforce.users = [{"Id": "005000000000001AAA", "Email": records.OWNER.email}]
    os.environ["CK_BENCH_SF"] = salesforce.token
    sf_config = SalesforceSink.Config(
        instance_url=salesforce.instance_url, access_token={"env": "CK_BENCH_SF"}
    )
    sf = count_calls(lambda: SalesforceSink(sf_config, standalone_context()), salesforce, recs)
    # one owner query + contacts and accounts at 200 per collection
    sf_floor = 1 + math.ceil(count / 200) + math.ceil(companies / 200)

    dynamics = FakeDynamics()
    dynamics.users = [
        {
            "systemuserid": "7d1b0e3a-5c2f-4e8b-9a61-0f2d3c4b5a60",
            "internalemailaddress": records.OWNER.email,
        }
    ]
    os.environ["CK_BENCH_DV"] = dynamics.token
    dv_config = DynamicsSink.Config(url=dynamics.url, access_token={"env": "CK_BENCH_DV"})
    dv = count_calls(lambda: DynamicsSink(dv_config, standalone_context()), dynamics, recs)
    # one owner query + every account and contact request at 1,000 per $batch
    dv_floor = 1 + math.ceil((count + companies) / 1000)

    print(f"API calls for {count} contacts at {companies} companies (lower is better)")
    print(f"{'sink':<12}{'first push':>11}{'floor':>7}{'ratio':>7}{'re-run':>8}{'10% changed':>13}")
    rows = (("hubspot", hs, hs_floor), ("salesforce", sf, sf_floor), ("dynamics365", dv, dv_floor))
    for name, (first, again, tenth), floor in rows:
        print(f"{name:<12}{first:>11}{floor:>7}{first / floor:>7.2f}{again:>8}{tenth:>13}")
    per_k = 1000 / count
    print(
        "per 1,000 contacts: "
        + ", ".join(f"{name} {calls[0] * per_k:.0f} calls" for name, calls, _f in rows)
    )
    print("(hubspot's first push includes 2 one-time calls: the unique company property is")
    print(" checked and created; later runs find it in the cache)")
    assert all(calls[1] == 0 for _n, calls, _f in rows), "a re-run with no change: no call"


def bench_carddav(cards: int, chunk: int = 25) -> None:
    for name, server_class in sorted(SERVERS.items()):
        with server_class() as server:
            bench_carddav_server(name, server, cards, chunk)


def bench_carddav_server(name: str, server, cards: int, chunk: int) -> None:
    """Interleave chunks of the baseline and the sink so server drift hits both alike."""
    recs = records.people(cards)
    texts = {r.id: vcard_from_record(r) for r in recs}
    os.environ["CK_BENCH_DAV"] = server.password
    bare_url, sink_url = server.new_addressbook(), server.new_addressbook()
    session = requests.Session()  # baseline: bare PUTs on one keep-alive session
    session.auth = server.auth
    login = (
        {"username": server.username, "password": {"env": "CK_BENCH_DAV"}} if server.auth else {}
    )
    config = CardDAVSink.Config(url=sink_url, **login, allow_plain_http=True)
    # the ETags go to a real store's cache (SQLite), as in `contactkit push`
    folder = tempfile.mkdtemp(prefix="ck-bench-")
    store = Store(f"sqlite:///{folder}/bench.db")
    sink = CardDAVSink(config, standalone_context(cache=store.cache("carddav")))
    bare = ours = 0.0
    results = []
    for start in range(0, cards, chunk):
        part = recs[start : start + chunk]
        t0 = time.perf_counter()
        for rec in part:
            r = session.put(
                f"{bare_url}{rec.id}.vcf",
                data=texts[rec.id].encode(),
                headers={"Content-Type": "text/vcard; charset=utf-8", "If-None-Match": "*"},
            )
            assert r.status_code == 201, r.status_code
        t1 = time.perf_counter()
        results += push_all(sink, [PushItem(r) for r in part])
        t2 = time.perf_counter()
        bare, ours = bare + (t1 - t0), ours + (t2 - t1)
    assert all(r.status == "created" for r in results)

    ids = {r.record_id: r.external_id for r in results}
    start_rerun = time.perf_counter()
    push_all(sink, [PushItem(r, external_id=ids[r.id], previous=r) for r in recs])
    rerun = time.perf_counter() - start_rerun

    print(f"\nCardDAV into {name}, {cards} cards, interleaved by {chunk} (higher is better)")
    print(f"bare requests PUT loop : {cards / bare:8.1f} cards/s")
    print("(the sink also remembers each card's ETag in the store, SQLite)")
    print(
        f"CardDAVSink            : {cards / ours:8.1f} cards/s  (ratio {bare / ours:.2f} of bare)"
    )
    print(f"CardDAVSink re-run     : {cards / rerun:8.0f} cards/s  (nothing changed, no request)")
    store.close()
    shutil.rmtree(folder, ignore_errors=True)


def bench_tryton(parties: int, chunk: int = 50) -> None:
    """The sink vs a bare JSON-RPC loop (one party.party.create per contact), interleaved."""
    sink_recs = sample(parties)
    bare_recs = [records.person(n, domain="bare-bench.com") for n in range(1, parties + 1)]
    with TrytonServer() as server:
        os.environ["CK_BENCH_TRYTON"] = server.password
        config = TrytonSink.Config(
            url=server.url,
            database=server.database,
            username=server.username,
            password={"env": "CK_BENCH_TRYTON"},
            company="Bench Ltd",
        )
        sink = TrytonSink(config, standalone_context())
        bare = BareTryton(server)
        bare_time = ours = 0.0
        results = []
        for start in range(0, parties, chunk):
            t0 = time.perf_counter()
            for rec in bare_recs[start : start + chunk]:
                bare.create(rec)
            t1 = time.perf_counter()
            results += push_all(sink, [PushItem(r) for r in sink_recs[start : start + chunk]])
            t2 = time.perf_counter()
            bare_time, ours = bare_time + (t1 - t0), ours + (t2 - t1)
        assert all(r.status == "created" for r in results), results[:3]
        first_calls = sink.rpc.calls
        ids = {r.record_id: r.external_id for r in results}
        push_all(sink, [PushItem(r, external_id=ids[r.id], previous=r) for r in sink_recs])
        rerun_calls = sink.rpc.calls - first_calls
    print(f"\nTryton (trytond on SQLite), {parties} contacts, interleaved by {chunk}")
    print(f"bare JSON-RPC loop (1 create/contact): {parties / bare_time:8.1f} contacts/s")
    print(
        f"TrytonSink (+companies, employees, relations): {parties / ours:8.1f} contacts/s  "
        f"(ratio {bare_time / ours:.2f} of bare)"
    )
    print(
        f"calls: sink {first_calls} ({first_calls * 1000 / parties:.0f} per 1,000) vs bare "
        f"{bare.calls}; re-run {rerun_calls}"
    )
    assert rerun_calls == 0, "a re-run with no change must make no call"


class BareTryton:
    """What a hand-written integration does: log in, then one create per contact."""

    def __init__(self, server: TrytonServer) -> None:
        self.endpoint = f"{server.url}/{server.database}/rpc/"
        self.session = requests.Session()
        self.session.headers["Content-Type"] = "application/json"
        self.calls = 0
        user, token = self._call(
            "common.db.login", [server.username, {"password": server.password}]
        )[:2]
        raw = f"{server.username}:{user}:{token}".encode()
        self.session.headers["Authorization"] = "Session " + base64.b64encode(raw).decode()

    def _call(self, method: str, params: list) -> list:
        self.calls += 1
        body = json.dumps({"id": self.calls, "method": method, "params": params})
        answer = self.session.post(self.endpoint, data=body.encode()).json()
        assert not answer.get("error"), answer["error"]
        return answer["result"]

    def create(self, rec) -> None:
        mechanisms = [{"type": "email", "value": e} for e in rec.contact.emails]
        mechanisms += [{"type": "phone", "value": p.e164} for p in rec.contact.phones]
        values = {"name": rec.contact.name.full, "contact_mechanisms": [["create", mechanisms]]}
        self._call("model.party.party.create", [[values], {}])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=1000)
    parser.add_argument("--cards", type=int, default=300)
    parser.add_argument("--parties", type=int, default=300)
    args = parser.parse_args()
    bench_calls(args.contacts)
    bench_carddav(args.cards)
    bench_tryton(args.parties)


if __name__ == "__main__":
    main()
