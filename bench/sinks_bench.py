"""Sinks benchmark: API calls per 1,000 contacts (HubSpot, Salesforce) and CardDAV throughput.

    python bench/sinks_bench.py [--contacts 1000] [--cards 300]

* HubSpot and Salesforce run against in-memory fakes of their APIs (the documented shapes) and
  count the calls; the floor is what their batch limits allow at best (100 per HubSpot batch,
  200 per Salesforce collection). A re-run with nothing changed must make zero calls.
* CardDAV pushes vCards into a real Radicale on loopback and compares records per second with a
  bare ``requests`` PUT loop of the same cards to the same server, in the same run: a ratio, since
  absolute times on a shared machine mean little.
"""

from __future__ import annotations

import argparse
import math
import os
import time

import requests
import responses

from contactkit.model import Organization
from contactkit.plugin import PushItem, standalone_context
from contactkit.testing import records
from contactkit.testing.dav_servers import RadicaleServer
from contactkit.testing.fakes.hubspot import FakeHubSpot
from contactkit.testing.fakes.salesforce import FakeSalesforce
from contactkit_plugins.carddav.sink import CardDAVSink
from contactkit_plugins.carddav.vcards import vcard_from_record
from contactkit_plugins.hubspot.sink import HubSpotSink
from contactkit_plugins.salesforce.sink import SalesforceSink

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

    print(f"API calls for {count} contacts at {companies} companies (lower is better)")
    print(f"{'sink':<11}{'first push':>11}{'floor':>7}{'ratio':>7}{'re-run':>8}{'10% changed':>13}")
    for name, (first, again, tenth), floor in (
        ("hubspot", hs, hs_floor),
        ("salesforce", sf, sf_floor),
    ):
        print(f"{name:<11}{first:>11}{floor:>7}{first / floor:>7.2f}{again:>8}{tenth:>13}")
    per_k = 1000 / count
    print(f"per 1,000 contacts: hubspot {hs[0] * per_k:.0f} calls, salesforce {sf[0] * per_k:.0f}")
    assert hs[1] == 0 and sf[1] == 0, "a re-run with no change must make no call"


def bench_carddav(cards: int, chunk: int = 25) -> None:
    """Interleave chunks of the baseline and the sink so server drift hits both alike."""
    recs = records.people(cards)
    texts = {r.id: vcard_from_record(r) for r in recs}
    with RadicaleServer() as server:
        os.environ["CK_BENCH_DAV"] = server.password
        bare_url, sink_url = server.new_addressbook(), server.new_addressbook()
        session = requests.Session()  # baseline: bare PUTs on one keep-alive session
        session.auth = server.auth
        config = CardDAVSink.Config(
            url=sink_url,
            username=server.username,
            password={"env": "CK_BENCH_DAV"},
            allow_plain_http=True,
        )
        sink = CardDAVSink(config, standalone_context())
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

    print(f"\nCardDAV into Radicale, {cards} cards, interleaved by {chunk} (higher is better)")
    print(f"bare requests PUT loop : {cards / bare:8.1f} cards/s")
    print(
        f"CardDAVSink            : {cards / ours:8.1f} cards/s  (ratio {bare / ours:.2f} of bare)"
    )
    print(f"CardDAVSink re-run     : {cards / rerun:8.0f} cards/s  (nothing changed, no request)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=1000)
    parser.add_argument("--cards", type=int, default=300)
    args = parser.parse_args()
    bench_calls(args.contacts)
    bench_carddav(args.cards)


if __name__ == "__main__":
    main()
