"""Harvest throughput vs a bare imapclient header FETCH of the same mailboxes, same server, run.

    python bench/email_harvest_bench.py [--messages 5000] [--mailboxes 3] [--big 50000]

Starts a throwaway Dovecot (as the tests do), writes Maildir files directly (fast), then times:

- the baseline: one connection per mailbox, UID batches of 1000, ``BODY.PEEK[HEADER.FIELDS]`` of
  the same fields, nothing parsed;
- the harvest source alone (headers, filters, gate, interactions; no signatures, which the
  baseline has no counterpart for), with 1 and 4 connections;
- the harvest into the store as a user runs it (``contactkit harvest``: 4 connections,
  signatures on, every item written to a fresh SQLite store, then the merge).

Best of ``--repeat`` runs each, interleaved, because the machine is shared. Prints messages per
second and the ratio to the baseline.
"""

from __future__ import annotations

import argparse
import os
import shutil
import ssl
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "email_harvest"))

import imapclient  # noqa: E402
import mailgen  # noqa: E402
from dovecot_server import MASTER_PASSWORD, MASTER_USER, DovecotServer  # noqa: E402

from contactkit.config import config_from_dict  # noqa: E402
from contactkit.pipeline import Pipeline  # noqa: E402
from contactkit.plugin import Settings  # noqa: E402
from contactkit.testing import standalone_context  # noqa: E402
from contactkit_plugins.email_harvest import EmailHarvestSource, headers  # noqa: E402
from contactkit_plugins.email_harvest.imap_access import HEADER_ITEM  # noqa: E402


def baseline(server: DovecotServer, mailboxes: list[str]) -> int:
    """A bare header FETCH of every message: what the network and the server cost."""
    context = ssl.create_default_context(cafile=str(server.cert))
    count = 0
    for mailbox in mailboxes:
        client = imapclient.IMAPClient(
            server.host, port=server.imaps_port, ssl=True, ssl_context=context
        )
        client.login(f"{mailbox}*{MASTER_USER}", MASTER_PASSWORD)
        for folder in ("INBOX", "Sent"):
            client.select_folder(folder, readonly=True)
            uids = client.search()
            for i in range(0, len(uids), 1000):
                count += len(client.fetch(uids[i : i + 1000], [HEADER_ITEM, b"INTERNALDATE"]))
        client.logout()
    return count


def _imap(server: DovecotServer, connections: int) -> dict:
    return {
        "host": server.host,
        "port": server.imaps_port,
        "ca_file": str(server.cert),
        "auth": "master",
        "username": MASTER_USER,
        "password": {"env": "CK_BENCH_MASTER_PASSWORD"},
        "max_connections": connections,
    }


def harvest(server: DovecotServer, mailboxes: list[str], connections: int) -> int:
    config = EmailHarvestSource.Config.model_validate(
        {
            "imap": _imap(server, connections),
            "mailboxes": mailboxes,
            "signatures": False,
        }
    )
    # a cold start each time: the address caches must not carry over from the last repeat
    headers.clean_address.cache_clear()
    headers._parse_addresses.cache_clear()
    context = standalone_context(Settings(company_domains=[mailgen.COMPANY]))
    source = EmailHarvestSource(config, context)
    for _ in source.read({}):
        pass
    return source.harvest.counts["messages"]


def harvest_into_store(server: DovecotServer, mailboxes: list[str], workdir: Path) -> int:
    """What ``contactkit harvest`` costs: the source with signatures, the store, the merge."""
    store = Path(tempfile.mkdtemp(dir=workdir)) / "contactkit.db"  # a first run, every time
    config = config_from_dict(
        {
            "store": {"url": f"sqlite:///{store}"},
            "company": {"domains": [mailgen.COMPANY]},
            "sources": [
                {
                    "type": "email_harvest",
                    "imap": _imap(server, 4),
                    "mailboxes": mailboxes,
                }
            ],
        }
    )
    headers.clean_address.cache_clear()
    headers._parse_addresses.cache_clear()
    pipeline = Pipeline(config)
    try:
        report = pipeline.run()
    finally:
        pipeline.close()
    shutil.rmtree(store.parent, ignore_errors=True)
    tally = report.sources["email_harvest"]
    assert tally.aborted is None, tally.aborted
    return sum(len(v) for m in mailboxes for v in _placed(server, m).values())


def _placed(server: DovecotServer, mailbox: str) -> dict[str, list[Path]]:
    """The messages on disk per folder (what the baseline and the harvest both read)."""
    root = server.maildir(mailbox)
    return {
        folder: [p for sub in ("cur", "new") for p in (path / sub).glob("*")]
        for folder, path in (("INBOX", root), ("Sent", root / ".Sent"))
    }


def interleaved(fns: list, repeat: int) -> list[tuple[float, int]]:
    """Best time of each function, runs interleaved so that load on the machine hits all alike."""
    times: list[list[float]] = [[] for _ in fns]
    counts = [0] * len(fns)
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            start = time.perf_counter()
            counts[i] = fn()
            times[i].append(time.perf_counter() - start)
    return [(min(t), n) for t, n in zip(times, counts, strict=True)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5000, help="per mailbox")
    parser.add_argument("--mailboxes", type=int, default=3)
    parser.add_argument("--big", type=int, default=50_000, help="0 to skip the big mailbox")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    os.environ["CK_BENCH_MASTER_PASSWORD"] = MASTER_PASSWORD

    root = Path(tempfile.mkdtemp(prefix="ck-bench-"))
    boxes = [f"user{i}@{mailgen.COMPANY}" for i in range(args.mailboxes)]
    big = f"big@{mailgen.COMPANY}"
    server = DovecotServer(root, {b: "x" for b in [*boxes, big]})
    try:
        print(
            f"writing {args.mailboxes} x {args.messages} messages"
            + (f" and {args.big}" if args.big else "")
        )
        for i, box in enumerate(boxes):
            mailgen.write_maildir(
                server.maildir(box), mailgen.bulk_mailbox(box, args.messages, seed=i)
            )
        if args.big:
            mailgen.write_maildir(server.maildir(big), mailgen.bulk_mailbox(big, args.big, seed=99))
        server.start()
        server.fix_owner()
        baseline(server, boxes + ([big] if args.big else []))  # warm-up: Dovecot builds its indexes

        rows = []
        for label, mailboxes in [("mailboxes", boxes), ("50k mailbox", [big] if args.big else [])]:
            if not mailboxes:
                continue
            (base_t, base_n), (one_t, one_n), (par_t, par_n), (store_t, store_n) = interleaved(
                [
                    lambda m=mailboxes: baseline(server, m),
                    lambda m=mailboxes: harvest(server, m, 1),
                    lambda m=mailboxes: harvest(server, m, 4),
                    lambda m=mailboxes: harvest_into_store(server, m, root),
                ],
                args.repeat,
            )
            assert base_n == one_n == par_n == store_n, (base_n, one_n, par_n, store_n)
            rows.append(
                (label, base_n, base_n / base_t, one_n / one_t, par_n / par_t, store_n / store_t)
            )

        print(f"{'':14}{'messages':>10}{'bare FETCH/s':>14}{'harvest/s':>11}{'ratio':>7}"
              f"{'x4/s':>8}{'ratio':>7}{'x4→store/s':>12}{'ratio':>7}")  # fmt: skip
        for label, n, base, one, par, into in rows:
            figures = (
                f"{base:>14.0f}{one:>11.0f}{one / base:>7.2f}{par:>8.0f}{par / base:>7.2f}"
                f"{into:>12.0f}{into / base:>7.2f}"
            )
            print(f"{label:14}{n:>10}{figures}")
        print(
            "ratio = x / bare header FETCH; harvest = the source alone, x4 = 4 connections;\n"
            "x4→store = contactkit harvest as a user runs it (signatures, store writes, merge)"
        )
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
