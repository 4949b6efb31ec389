"""Harvest throughput vs a bare imapclient header FETCH of the same mailboxes, same server, run.

    python bench/email_harvest_bench.py [--messages 5000] [--mailboxes 4] [--big 50000]
                                        [--checkpoints 5000 20000 40000]

Starts a throwaway Dovecot (as the tests do), writes Maildir files directly (fast), then times,
with 1 and with 4 connections each (the baseline over as many connections as the harvest):

- the baseline: mailboxes shared out over N connections, UID batches of 1000, the same
  ``BODY.PEEK[HEADER.FIELDS]`` item and INTERNALDATE the harvest fetches, nothing parsed;
- the harvest source alone (headers, filters, gate, interactions; no signatures, which the
  baseline has no counterpart for);
- the harvest into the store as a user runs it (``contactkit harvest``: signatures on, every
  item and checkpoint written to a fresh SQLite store, or with ``--pg`` a fresh database on a
  throwaway PostgreSQL server, made empty before the clock starts, then the merge).

Best of ``--repeat`` runs each, interleaved, because the machine is shared. Prints messages per
second, the ratio to the baseline with as many connections, and the machine's load.

``--checkpoints``: mailboxes of these sizes (every message from someone new, so the harvest's
state grows with the mailbox) harvested into a store with a checkpoint after every batch; prints
the bytes of each checkpoint's state (what the store is handed and writes) beside the whole state
at the end: deltas stay flat while the state grows.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import ssl
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

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
from contactkit_plugins.email_harvest.imap_fetch import HEADER_ITEM  # noqa: E402

PG_SERVER: list[str] = []
"""With ``--pg``: the URL of the throwaway PostgreSQL server the stores go to."""
PG_DATABASES: list[str] = []
"""With ``--pg``: empty databases made ahead, one per harvest into the store (``CREATE
DATABASE`` is the administrator's, once; contactkit's first run then creates its tables)."""


def _make_databases(count: int) -> None:
    if PG_SERVER:
        from contactkit.testing.postgres import create_database

        for _ in range(count):
            PG_DATABASES.append(create_database(PG_SERVER[0], f"harvest{time.time_ns()}"))


def baseline(server: DovecotServer, mailboxes: list[str], connections: int = 1) -> int:
    """A bare header FETCH of every message over ``connections`` connections at once (one
    mailbox per connection at a time, as the harvest shares them out)."""
    context = ssl.create_default_context(cafile=str(server.cert))
    todo = list(mailboxes)
    lock = threading.Lock()
    counts: list[int] = []

    def worker() -> None:
        count = 0
        while True:
            with lock:
                if not todo:
                    break
                mailbox = todo.pop(0)
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
        with lock:
            counts.append(count)

    threads = [threading.Thread(target=worker) for _ in range(min(connections, len(mailboxes)))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts)


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


def harvest_into_store(
    server: DovecotServer,
    mailboxes: list[str],
    workdir: Path,
    connections: int = 4,
    **options: Any,
) -> int:
    """What ``contactkit harvest`` costs: the source with signatures, the store, the merge."""
    store = Path(tempfile.mkdtemp(dir=workdir)) / "contactkit.db"  # a first run, every time
    url = f"sqlite:///{store}"
    if PG_SERVER:  # a fresh database, made before the clock started (as an admin makes it once)
        url = PG_DATABASES.pop()
    source = {"type": "email_harvest", "imap": _imap(server, connections), "mailboxes": mailboxes}
    config = config_from_dict(
        {
            "store": {"url": url},
            "company": {"domains": [mailgen.COMPANY]},
            "sources": [{**source, **options}],
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
    return _placed_count(server, tuple(mailboxes))


_COUNTED: dict[tuple[str, ...], int] = {}


def _placed_count(server: DovecotServer, mailboxes: tuple[str, ...]) -> int:
    """Messages on disk in ``mailboxes``, counted once (listing the Maildirs is no part of the
    harvest, and took 2 % of the timed run)."""
    if mailboxes not in _COUNTED:
        _COUNTED[mailboxes] = sum(len(v) for m in mailboxes for v in _placed(server, m).values())
    return _COUNTED[mailboxes]


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


def growing_mailbox(owner: str, count: int) -> dict[str, list[bytes]]:
    """A mailbox whose harvest state grows with it: every message from someone new, a third of
    them answered (qualified contacts, threads), the rest waiting (pending senders)."""
    inbox, sent = [], []
    for i in range(count):
        other = f"p{i}.{i % 89}@c{i % 97}.example"
        at = mailgen.BASE + timedelta(minutes=3 * i)
        asked = f"q{i}@x.example"
        inbox.append(mailgen.Mail(other, [owner], f"Question {i}", "x", msgid=asked, at=at))
        if i % 3 == 0:
            later = at + timedelta(minutes=1)
            answer = mailgen.Mail(owner, [other], f"Re: Q{i}", "x", msgid=f"a{i}@nw.example",
                                  at=later, in_reply_to=asked, references=[asked])  # fmt: skip
            sent.append(answer)
    return {"INBOX": [m.render({}) for m in inbox], "Sent": [m.render({}) for m in sent]}


def checkpoint_sizes(server: DovecotServer, mailbox: str, workdir: Path) -> dict[str, Any]:
    """Bytes of each checkpoint's state as the store is handed it, by phase of one mailbox's
    harvest into a store (a checkpoint after every batch): reading, the end of the reading
    (who qualified this run), the contacts; and the whole state at the end."""
    from contactkit.store.state import StatePart
    from contactkit_plugins.email_harvest import engine, source

    phase = ["reading"]
    sizes: dict[str, list[int]] = {"reading": [], "finish": [], "contacts": []}
    live: list[Any] = []
    patched = [
        (StatePart, "save_state"),
        (source.EmailHarvestSource, "read"),
        (source.EmailHarvestSource, "_observations"),
        (engine.Harvest, "finish"),
    ]
    originals = [getattr(owner, name) for owner, name in patched]
    save, read, observations, finish = originals

    def save_state(self: Any, conn: Any, name: str, state: dict[str, Any], **kw: Any) -> None:
        sizes[phase[0]].append(len(json.dumps(state, default=str)))
        save(self, conn, name, state, **kw)

    def read_(self: Any, state: dict[str, Any]) -> Any:
        live.append(self)
        yield from read(self, state)

    def finish_(self: Any) -> Any:
        phase[0] = "finish"
        yield from finish(self)

    def observations_(self: Any) -> Any:
        phase[0] = "contacts"
        yield from observations(self)

    wrappers = [save_state, read_, observations_, finish_]
    for (owner, name), new in zip(patched, wrappers, strict=True):
        setattr(owner, name, new)
    try:
        _make_databases(1)
        harvest_into_store(server, [mailbox], workdir, 1, checkpoint_seconds=0)
    finally:
        for (owner, name), old in zip(patched, originals, strict=True):
            setattr(owner, name, old)
    return {**sizes, "whole": len(json.dumps(live[-1].state.whole(), default=str))}


def _load() -> str:
    return " ".join(f"{v:.1f}" for v in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5000, help="per mailbox")
    parser.add_argument("--mailboxes", type=int, default=4)
    parser.add_argument("--big", type=int, default=50_000, help="0 to skip the big mailbox")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--checkpoints", type=int, nargs="*", default=[], metavar="MESSAGES")
    parser.add_argument("--pg", action="store_true", help="stores on a throwaway PostgreSQL")
    args = parser.parse_args()
    pg = contextlib.nullcontext()
    if args.pg:
        from contactkit.testing.postgres import pg_bin, postgres_server

        bindir = pg_bin()
        if bindir is None:
            raise SystemExit("--pg needs the Debian package postgresql")
        pg = postgres_server(bindir)
    with pg as url:
        if url:
            PG_SERVER.append(url)
        _main(args)


def _main(args: argparse.Namespace) -> None:
    os.environ["CK_BENCH_MASTER_PASSWORD"] = MASTER_PASSWORD

    root = Path(tempfile.mkdtemp(prefix="ck-bench-"))
    boxes = [f"user{i}@{mailgen.COMPANY}" for i in range(args.mailboxes if args.messages else 0)]
    big = f"big@{mailgen.COMPANY}"
    sized = {f"ck{n}@{mailgen.COMPANY}": n for n in args.checkpoints}
    server = DovecotServer(root, {b: "x" for b in [*boxes, big, *sized]})
    try:
        print(f"load {_load()}: writing {len(boxes)} x {args.messages} messages"
              + (f" and {args.big}" if args.big else ""))  # fmt: skip
        for i, box in enumerate(boxes):
            mailgen.write_maildir(
                server.maildir(box), mailgen.bulk_mailbox(box, args.messages, seed=i)
            )
        if args.big:
            mailgen.write_maildir(server.maildir(big), mailgen.bulk_mailbox(big, args.big, seed=99))
        for box, n in sized.items():
            mailgen.write_maildir(server.maildir(box), growing_mailbox(box, n))
        server.start()
        server.fix_owner()
        baseline(server, [*boxes, *([big] if args.big else []), *sized])  # Dovecot's indexes

        if sized:
            print(f"load {_load()}: bytes of checkpoint state written, a checkpoint per batch")
            print(f"{'mailbox':>9}{'reading: count':>16}{'median':>9}{'max':>9}"
                  f"{'end of reading':>16}{'contacts: max':>15}{'whole state':>13}")  # fmt: skip
            for box, n in sized.items():
                got = checkpoint_sizes(server, box, root)
                reading = sorted(got["reading"])
                print(f"{n:>9}{len(reading):>16}{reading[len(reading) // 2]:>9}{reading[-1]:>9}"
                      f"{sum(got['finish']):>16}{max(got['contacts'], default=0):>15}"
                      f"{got['whole']:>13}")  # fmt: skip

        sets = [("mailboxes", boxes), ("big mailbox", [big] if args.big else [])]
        for label, mailboxes in sets:
            if not mailboxes:
                continue
            print(f"load {_load()}: {label}")
            for connections in (1, 4):
                _make_databases(args.repeat)
                (base_t, base_n), (src_t, src_n), (store_t, store_n) = interleaved(
                    [
                        lambda m=mailboxes, c=connections: baseline(server, m, c),
                        lambda m=mailboxes, c=connections: harvest(server, m, c),
                        lambda m=mailboxes, c=connections: harvest_into_store(server, m, root, c),
                    ],
                    args.repeat,
                )
                assert base_n == src_n == store_n, (base_n, src_n, store_n)
                base, src, into = base_n / base_t, src_n / src_t, store_n / store_t
                kind = "PostgreSQL" if PG_SERVER else "SQLite"
                print(f"  {connections} connection(s): {base_n} messages; bare FETCH {base:.0f}/s, "
                      f"source alone {src:.0f}/s = {src / base:.2f}, into the {kind} store "
                      f"{into:.0f}/s = {into / base:.2f}  (load {_load()})")  # fmt: skip
        print(
            "ratio = x / a bare imapclient header FETCH over as many connections in the same run;\n"
            "into the store = contactkit harvest as a user runs it (signatures, store, merge)"
        )
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
