"""dnb_lookup benchmark: what it costs in D&B calls, and what it adds per lookup.

1. Calls per 1,000 contacts' companies spread over N distinct companies (spelled in several ways):
   the floor is N lookups (one cleanseMatch and one data-blocks call each); a re-run's floor is 0.
2. Overhead per lookup: the enricher (token, cleanseMatch, data blocks, mapping, observations,
   cache) against bare ``requests`` GETs of the same two URLs, both against the same stand-in
   server on 127.0.0.1 that answers in Direct+'s documented shapes. The ratio is printed.

3. A global customer base (``tests/dnb_lookup/universe.py``: companies in fifteen countries with
   family trees, US namesakes of foreign companies, domain-only and unknown companies) through the
   whole pipeline, store included, against a stand-in Direct+ on 127.0.0.1 that also answers 429
   with Retry-After and drops a connection mid-body now and then. Per seed: the share of
   high-confidence companies matched to the right DUNS, wrong DUNS, family links reached, match
   calls against distinct companies, and the calls a re-run makes. Seed 1 is the one the code
   was tuned on; the others were not looked at before measuring.

4. Blind: the organization country the master infers, on ``bench/blind/matching_gen.py`` (written
   without reading this code; its companies' countries are the truth). Seeds 2 and 3 were never
   used for tuning. Per seed: companies, countries right, and right among confidence >= 0.7.

Run: python bench/dnb_lookup_bench.py [--seeds 1,2,3] [--blind-seeds 2,3] [--only-universe]
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
from contactkit.plugin import OrganizationRecord
from contactkit.testing import MemoryCache, standalone_context
from contactkit_plugins.dnb_lookup import DnbLookup
from contactkit_plugins.dnb_lookup.config import DnbConfig

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from dnb_lookup import fixtures as fx
from dnb_lookup import universe as uv


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


class _UniverseDirectPlus(_DirectPlus):
    """The universe's answers, with a 429 (Retry-After: 1) every 23rd call and a connection
    dropped mid-body every 31st; ``GET /__stats`` tells what a D&B invoice would count."""

    universe: uv.Universe
    stats: dict[str, int]

    def _answer(self, method: str) -> None:
        url = urlsplit(self.path)
        if url.path == "/__stats":
            self._send(dict(self.stats))
            return
        self.stats["requests"] += 1
        n = self.stats["requests"]
        if method == "GET" and n % 23 == 0:
            self._send_status(429, {"Retry-After": "1"}, fx.error("00045", "Too Many Requests"))
            return
        status, body = uv.answer(self.universe, method, url.path, url.query)
        if method == "GET" and n % 31 == 0:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data[: len(data) // 3])  # and hang up
            self.close_connection = True
            return
        kind = "match" if "cleanseMatch" in url.path else "data"
        if method == "GET" and (status == 200 or (kind == "match" and status == 404)):
            self.stats[kind] += 1
        self._send_status(status, {}, body)

    def _send_status(self, status: int, headers: dict[str, str], body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        for name, value in {"Content-Type": "application/json", **headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._answer("POST")

    def do_GET(self) -> None:
        self._answer("GET")


def _serve(ports: multiprocessing.Queue, seed: int | None = None) -> None:
    handler = _DirectPlus
    if seed is not None:
        handler = type("Handler", (_UniverseDirectPlus,), {})
        handler.universe = uv.build(seed=seed)
        handler.stats = {"requests": 0, "match": 0, "data": 0}
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    ports.put(server.server_address[1])
    server.serve_forever()


def _start(seed: int | None = None) -> tuple[multiprocessing.Process, str]:
    # The stand-in server runs in its own process, so it does not share the client's GIL.
    ports: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=_serve, args=(ports, seed), daemon=True)
    server.start()
    return server, f"http://127.0.0.1:{ports.get(timeout=60)}"


def _pipeline_run(base_url: str, universe: uv.Universe, folder: Path) -> dict:
    from contactkit.config import config_from_dict
    from contactkit.pipeline import Pipeline
    from contactkit.plugins import Registry, new_manager

    uv.CrmContacts.universe = universe
    registry = Registry(
        manager=new_manager(),
        plugins=[],
        failures={},
        sources={"crm": uv.CrmContacts},
        sinks={},
        enrichers={"dnb_lookup": DnbLookup},
    )
    secrets = {"key": {"env": "DNB_BENCH_KEY"}, "secret": {"env": "DNB_BENCH_SECRET"}}
    config = config_from_dict(
        {
            "region": "US",
            "store": {"url": f"sqlite:///{folder / 'ck.db'}"},
            "sources": [{"type": "crm"}],
            "enrichers": [{"type": "dnb_lookup", **secrets, "base_url": base_url}],
        },
        base_dir=folder,
    )
    pipeline = Pipeline(config, registry=registry)
    try:
        pipeline.run()
        return {row.key: row.payload for row in pipeline.store.organizations().values()}
    finally:
        pipeline.close()


def global_customer_base(seeds: list[int]) -> None:
    import tempfile

    print("3. Global customer base through the whole pipeline (store included), with faults")
    header = ("seed", "countries", "high-conf", "right", "share", "wrong", "traps", "links")
    header += ("reached", "match calls", "companies", "re-run calls", "seconds")
    print("   " + " ".join(f"{h:>12}" for h in header))
    for seed in seeds:
        server, base_url = _start(seed)
        try:
            universe = uv.build(seed=seed)
            with tempfile.TemporaryDirectory() as folder:
                start = time.perf_counter()
                organizations = _pipeline_run(base_url, universe, Path(folder))
                elapsed = time.perf_counter() - start
                first = requests.get(f"{base_url}/__stats", timeout=10).json()
                _pipeline_run(base_url, universe, Path(folder))
                second = requests.get(f"{base_url}/__stats", timeout=10).json()
        finally:
            server.terminate()
            server.join(timeout=10)
        got = uv.figures(universe, organizations)
        row = (
            seed,
            got["countries"],
            got["high confidence"],
            got["matched right"],
            f"{got['share right']:.3f}",
            got["wrong DUNS"],
            got["traps"],
            got["family links"],
            f"{got['share links']:.3f}",
            first["match"],
            len(universe.crm),
            second["requests"] - first["requests"],
            f"{elapsed:.1f}",
        )
        print("   " + " ".join(f"{v!s:>12}" for v in row))


def blind_country(seeds: list[int], people: int = 2000) -> None:
    import tempfile

    from contactkit import master
    from contactkit.model import Contact, Observation
    from contactkit.store import Store

    sys.path.insert(0, str(Path(__file__).resolve().parent / "blind"))
    import matching_gen

    print(f"4. Organization country on the blind matching set ({people} people), whole rebuild")
    header = ("seed", "companies", "right", "share", "conf>=0.7", "right", "share", "no signal")
    print("   " + " ".join(f"{h:>10}" for h in header))
    for seed in seeds:
        world, records = matching_gen.generate(seed, people)
        truth = {
            f"domain:{domain}": company.country
            for company in world.all_companies
            for domain in (company.domain, company.alt_domain)
            if domain
        }
        items = []
        for record in records:
            contact = dict(record["contact"])
            for phone in contact.get("phones", []):
                phone.setdefault("region", record["region"])  # the writer's region, as README says
            try:
                parsed = Contact.model_validate(contact)
            except ValueError:
                continue  # an OCR-slipped email: the pipeline reports it, here it is skipped
            items.append(
                Observation(source=record["source"], source_key=record["key"], contact=parsed)
            )
        with tempfile.TemporaryDirectory() as folder:
            store = Store(f"sqlite:///{Path(folder) / 'ck.db'}")
            store.write_batch(
                run_id=None, source="blind", source_type="blind", items=items, state=None
            )
            settings = master.MasterSettings.from_config(["blind"])
            settings.default_country = "US"
            master.rebuild(store, settings)
            orgs = {row.key: row.payload for row in store.organizations().values()}
            store.close()
        known = [(key, orgs[key]) for key in truth if key in orgs]
        right = sum(p.get("country") == truth[k] for k, p in known)
        sure = [(k, p) for k, p in known if (p.get("country_confidence") or 0) >= 0.7]
        sure_right = sum(p.get("country") == truth[k] for k, p in sure)
        unsure = sum(1 for _, p in known if not p.get("country_confidence"))
        row = (seed, len(known), right, f"{right / len(known):.3f}", len(sure), sure_right)
        row += (f"{sure_right / len(sure):.3f}", unsure)
        print("   " + " ".join(f"{v!s:>10}" for v in row))


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--blind-seeds", default="2,3")
    parser.add_argument("--only-universe", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("DNB_BENCH_KEY", "bench-key")
    os.environ.setdefault("DNB_BENCH_SECRET", "bench-secret")
    if not args.only_universe:
        server, base_url = _start()
        try:
            calls_per_thousand(base_url)
            overhead(base_url)
        finally:
            server.terminate()
            server.join(timeout=10)
    global_customer_base([int(s) for s in args.seeds.split(",")])
    blind_country([int(s) for s in args.blind_seeds.split(",")])


if __name__ == "__main__":
    main()
