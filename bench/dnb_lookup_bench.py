"""dnb_lookup benchmark: what it costs in D&B calls, and what it adds per lookup.

1. Calls per 1,000 contacts' companies spread over N distinct companies (spelled in several ways):
   the floor is N lookups (one cleanseMatch and one data-blocks call each); a re-run's floor is 0.
2. Overhead per lookup: the enricher (token, cleanseMatch, data blocks, mapping, observations,
   cache) against bare ``requests`` GETs of the same two URLs, both against the same stand-in
   server on 127.0.0.1 that answers in Direct+'s documented shapes. The ratio is printed.

Run: python bench/dnb_lookup_bench.py
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import requests

from contactkit.http import RetryingSession
from contactkit.model import Address, Organization
from contactkit.plugin import MemoryCache, OrganizationRecord, standalone_context
from contactkit_plugins.dnb_lookup import DnbLookup
from contactkit_plugins.dnb_lookup.config import DnbConfig

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from dnb_lookup import fixtures as fx


def _duns_for(name: str) -> str:
    """A stable fake DUNS per company, whatever the spelling (folded like the match key)."""
    base = name.lower().replace(",", "").replace(" inc.", "").replace(" inc", "").strip()
    return str(int(hashlib.sha256(base.encode()).hexdigest(), 16) % 10**9).zfill(9)


class _DirectPlus(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as D&B serves it
    # Headers and body in one segment, sent at once: else delayed ACKs add ~40 ms per answer.
    wbufsize = 1 << 16
    disable_nagle_algorithm = True

    def _send(self, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._send(fx.token("bench-token"))

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/v1/match/cleanseMatch":
            name = parse_qs(url.query).get("name", ["?"])[0]
            self._send(fx.match(fx.candidate(duns=_duns_for(name), name=name.upper())))
        else:
            duns = url.path.rsplit("/", 1)[-1]
            self._send(fx.data_blocks(duns))

    def log_message(self, *args: object) -> None:
        pass


def _records(contacts: int, companies: int) -> list[OrganizationRecord]:
    spellings = ("{} Inc.", "{}", "{} INC", "{}, Inc.")
    out = []
    for i in range(contacts):
        company = i % companies
        name = spellings[(i // companies) % len(spellings)].format(f"Company {company}")
        out.append(
            OrganizationRecord(
                id=f"o{i}",
                key=f"name:{i}",
                organization=Organization(
                    name=name, address=Address(street=f"{company} Main St", postal_code="94110")
                ),
                contact_count=1,
                country_hint="US",
            )
        )
    return out


def _enricher(base_url: str, cache: MemoryCache) -> DnbLookup:
    config = DnbConfig.model_validate(
        {
            "key": {"env": "DNB_BENCH_KEY"},
            "secret": {"env": "DNB_BENCH_SECRET"},
            "base_url": base_url,
        }
    )
    return DnbLookup(config, standalone_context(cache=cache, http=RetryingSession()))


def calls_per_thousand(base_url: str) -> None:
    print("1. D&B calls for 1,000 contacts' companies (match + data blocks)")
    print(
        f"   {'companies':>9} {'lookups':>8} {'floor':>6} {'calls':>6} {'re-run':>7} {'floor':>6}"
    )
    for companies in (10, 100, 1000):
        cache = MemoryCache()
        first = _enricher(base_url, cache)
        list(first.enrich(_records(1000, companies)))
        second = _enricher(base_url, cache)
        list(second.enrich(_records(1000, companies)))
        lookups = first.client.calls["match"]
        print(
            f"   {companies:>9} {lookups:>8} {companies:>6} {first.calls:>6}"
            f" {second.calls:>7} {0:>6}"
        )


def overhead(base_url: str, lookups: int = 300, rounds: int = 5) -> None:
    print(f"2. Overhead per lookup ({lookups} distinct companies, best of {rounds})")
    records = _records(lookups, lookups)
    names = [r.organization.name for r in records]

    def bare() -> float:
        session = requests.Session()
        start = time.perf_counter()
        for name in names:
            session.get(
                f"{base_url}/v1/match/cleanseMatch",
                params={"name": name, "countryISOAlpha2Code": "US"},
                headers={"Authorization": "Bearer x"},
            ).json()
            session.get(
                f"{base_url}/v1/data/duns/{_duns_for(name)}",
                params={"blockIDs": "companyinfo_L2_v1,hierarchyconnections_L1_v1"},
                headers={"Authorization": "Bearer x"},
            ).json()
        return time.perf_counter() - start

    def enricher() -> float:
        dnb = _enricher(base_url, MemoryCache())
        start = time.perf_counter()
        items = list(dnb.enrich(records))
        elapsed = time.perf_counter() - start
        assert dnb.calls == 2 * lookups and len(items) >= lookups
        return elapsed

    # Interleaved rounds, best of each: the machine is shared, so noise hits both alike.
    bare_times, ours_times = [], []
    for _ in range(rounds):
        bare_times.append(bare())
        ours_times.append(enricher())
    bare_best, ours_best = min(bare_times), min(ours_times)
    print(f"   bare requests : {bare_best / lookups * 1000:7.3f} ms per lookup (2 GETs)")
    print(f"   dnb_lookup    : {ours_best / lookups * 1000:7.3f} ms per lookup")
    print(f"   ratio dnb_lookup / bare requests = {ours_best / bare_best:.2f}")


def _serve(ports: multiprocessing.Queue) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _DirectPlus)
    ports.put(server.server_address[1])
    server.serve_forever()


def main() -> None:
    os.environ.setdefault("DNB_BENCH_KEY", "bench-key")
    os.environ.setdefault("DNB_BENCH_SECRET", "bench-secret")
    # The stand-in server runs in its own process, so it does not share the client's GIL.
    ports: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=_serve, args=(ports,), daemon=True)
    server.start()
    try:
        base_url = f"http://127.0.0.1:{ports.get(timeout=30)}"
        calls_per_thousand(base_url)
        overhead(base_url)
    finally:
        server.terminate()
        server.join(timeout=10)


if __name__ == "__main__":
    main()
