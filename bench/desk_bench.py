"""Desk page loads on a store of 100,000 golden records (target: each under 200 ms).

Builds a SQLite store with N golden records (default 100,000) written straight into its golden
table, with organizations and relationships, then times each page through the desk's WSGI app
(Flask's test client: routing, the store queries, templates, no network) and, as the baseline
in the same run, the bare SQL query for one page of 50 records. Prints the median of 5 loads
per page in ms and its ratio to the baseline.

Run: ``python bench/desk_bench.py [N]``.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select

from contactkit.config import config_from_dict
from contactkit.desk import DeskSettings, create_app
from contactkit.model import utcnow
from contactkit.store import Store
from contactkit.store import schema as t

GIVEN = ["Anna", "Björn", "Chloé", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas"]
FAMILY = ["Meyer", "Öztürk", "García", "Smith", "Kowalski", "Rossi", "Dubois", "Tanaka", "Silva"]


def build(db: Path, n: int) -> None:
    store = Store(f"sqlite:///{db}")
    rng = random.Random(7)
    now = utcnow()
    orgs = [
        {"id": f"org_{i:06d}", "key": f"domain:company{i}.example",
         "payload": {"name": f"Company {i} GmbH", "domains": [f"company{i}.example"]},
         "provenance": {}, "updated_at": now}
        for i in range(n // 20)
    ]  # fmt: skip
    golden, rels = [], []
    for i in range(n):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        org = orgs[i % len(orgs)]
        org_name, org_domain = org["payload"]["name"], org["payload"]["domains"][0]
        payload = {
            "name": {"full": f"{given} {family} {i}", "given": given, "family": f"{family} {i}"},
            "emails": [f"{given.lower()}.{i}@{org_domain}"],
            "phones": [{"text": f"+1 202 555 {i % 10000:04d}", "e164": f"+1202555{i % 10000:04d}",
                        "kind": "work"}],
            "title": "Buyer",
            "organization": {"name": org_name, "domain": org_domain},
        }  # fmt: skip
        source = {"source": "vcard", "source_key": f"k{i}", "seen_at": now.isoformat()}
        golden.append(
            {
                "id": f"ck_{i:016x}",
                "payload": payload,
                "provenance": {f: [source] for f in payload},
                "organization_id": org["id"],
                "members": [i + 1],
                "content_hash": f"{i:032x}",
                "updated_at": now,
            }
        )
        if i % 3 == 0:
            rels.append(
                {"golden_id": f"ck_{i:016x}", "employee_email": f"staff{i % 40}@ourco.example",
                 "sent": 3, "received": 4, "cc_only": 0, "replies": 2, "threads": 2,
                 "first_seen": now, "last_seen": now, "strength": rng.random()}
            )  # fmt: skip
    with store.engine.begin() as conn:
        conn.execute(insert(t.organizations), orgs)
        for start in range(0, n, 10_000):
            conn.execute(insert(t.golden), golden[start : start + 10_000])
        rel_columns = set(t.relationships.c.keys())
        conn.execute(
            insert(t.relationships),
            [{k: v for k, v in r.items() if k in rel_columns} for r in rels],
        )
    store.close()


def median_ms(fn, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "desk.db"
        start = time.perf_counter()
        build(db, n)
        print(f"store: {n:,} golden records built in {time.perf_counter() - start:.1f} s")
        config = config_from_dict({"store": {"url": f"sqlite:///{db}"}}, base_dir=Path(tmp))
        app = create_app(DeskSettings(config=config, upload_dir=Path(tmp) / "uploads"))
        client = app.test_client()
        store = Store(f"sqlite:///{db}", create=False)

        def bare() -> None:
            with store.engine.connect() as conn:
                conn.execute(select(t.golden).order_by(t.golden.c.id).limit(50)).all()

        pages = {
            "contacts, page 1": "/",
            "contacts, page 1000": "/?page=1000",
            "search by name": "/?q=elena%20garc%C3%ADa%2042",
            "search by email": "/?q=anna.77%40company77.example",
            "search by phone typed with spaces": "/?q=%2B1%20202%20555%200042",
            "one record": f"/contacts/ck_{n // 2:016x}",
            "review": "/review",
            "scan": "/scan",
            "report": "/report",
        }
        start = time.perf_counter()
        for url in pages.values():  # warm: templates compiled, store opened, index and report
            assert client.get(url).status_code == 200, url
        print(
            f"first load of every page (search index, report): {time.perf_counter() - start:.1f} s"
        )
        base = median_ms(bare)
        print(f"{'page':<36} {'median ms':>10} {'x bare query':>13}")
        print(f"{'bare SQL: one page of 50 records':<36} {base:10.1f} {1.0:13.1f}")
        for label, url in pages.items():
            ms = median_ms(lambda url=url: client.get(url))
            flag = "" if ms < 200 else "  over 200 ms"
            print(f"{label:<36} {ms:10.1f} {ms / base:13.1f}{flag}")
        store.close()


if __name__ == "__main__":
    main()
