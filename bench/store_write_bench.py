"""The store's write path alone: one harvest's batches replayed into fresh SQLite and PostgreSQL
stores, with what each costs the client, the server and the wire.

    python bench/store_write_bench.py [--messages 5000] [--mailboxes 4] [--repeat 3]

Harvests ``--mailboxes`` x ``--messages`` generated mails from a throwaway Dovecot into a SQLite
store once, keeping every batch the store was handed (items and checkpoint, as the write-behind
thread hands them), then writes those same batches into a fresh store of each kind,
``--repeat`` times, interleaved. Per store: wall time, this process's CPU, the server's CPU
(PostgreSQL: the backend's, from /proc), and per 1,000 messages the statements and round trips
(PostgreSQL: from libpq's protocol trace; a round trip is the client waiting for the server
after sending) and transactions. Best of the repeats for times, the load alongside.

What a harvest pays on top of this (reading, the merge) is in ``email_harvest_bench.py``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import email_harvest_bench as harvest_bench  # noqa: E402
from sqlalchemy import event  # noqa: E402

from contactkit.pipeline import Pipeline  # noqa: E402
from contactkit.store import Store  # noqa: E402


def capture(messages: int, mailboxes: int) -> list[dict[str, Any]]:
    """The batches one harvest into a SQLite store writes (each with its checkpoint)."""
    mailgen, server_cls = harvest_bench.mailgen, harvest_bench.DovecotServer
    os.environ["CK_BENCH_MASTER_PASSWORD"] = harvest_bench.MASTER_PASSWORD
    root = Path(tempfile.mkdtemp(prefix="ck-writes-"))
    boxes = [f"user{i}@{mailgen.COMPANY}" for i in range(mailboxes)]
    server = server_cls(root, {b: "x" for b in boxes})
    batches: list[dict[str, Any]] = []
    flush = Pipeline._flush

    def keep(self: Pipeline, section: Any, batch: Any, tally: Any, *, stage: bool = False) -> None:
        state = batch.state and {k: _copy(v) for k, v in batch.state.items()}
        batches.append({"source": section.instance, "source_type": section.type,
                        "items": list(batch.items), "state": state, "delta": batch.delta,
                        "stage": stage})  # fmt: skip
        flush(self, section, batch, tally, stage=stage)

    Pipeline._flush = keep  # type: ignore[method-assign]
    try:
        for i, box in enumerate(boxes):
            mailgen.write_maildir(server.maildir(box), mailgen.bulk_mailbox(box, messages, seed=i))
        server.start()
        server.fix_owner()
        harvest_bench.harvest_into_store(server, boxes, root, 1)
    finally:
        Pipeline._flush = flush  # type: ignore[method-assign]
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
    return batches


def _copy(value: Any) -> Any:
    return dict(value) if isinstance(value, dict) else value


def _backend_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Wire:
    """libpq's trace of one connection: messages by type, and round trips."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.handle = path.open("w")

    def counts(self) -> tuple[Counter[str], int]:
        self.handle.close()
        sent: Counter[str] = Counter()
        trips, last = 0, "B"
        for line in self.path.read_text().splitlines():
            parts = line.split("\t")
            if len(parts) < 4:
                continue
            side, kind = parts[1], parts[3].split(" ")[0]
            if side == "F":
                sent[kind] += 1
            elif last == "F":
                trips += 1  # the server answers after the client sent
            last = side
        return sent, trips


def replay(batches: list[dict[str, Any]], url: str, wire_dir: Path | None) -> dict[str, Any]:
    """Write the batches into the store at ``url`` (fresh), as the write-behind thread does.
    With ``wire_dir``, count what goes over the wire (PostgreSQL: libpq's trace, which slows
    the writes: such a run is for the counts, not the times) or the statements SQLite runs."""
    store = Store(url)
    executed = Counter()
    if wire_dir is not None and store.engine.dialect.name == "sqlite":
        # every statement the driver is handed (an executemany once), SQLAlchemy's and ours
        event.listen(store.engine, "before_cursor_execute", lambda *a: executed.update([1]))
    try:
        run_id = store.start_run()
        with store.engine.connect() as conn:  # the pool's one connection: the writes reuse it
            raw = conn.connection.driver_connection
            pid = raw.info.backend_pid if store.engine.dialect.name == "postgresql" else None
            wire = None
            if pid is not None and wire_dir is not None:
                wire = Wire(wire_dir / f"{pid}.trace")
                raw.pgconn.trace(wire.handle.fileno())
        server = _backend_cpu(pid) if pid else 0.0
        start, cpu = time.perf_counter(), time.process_time()
        for batch in batches:
            store.write_batch(run_id=run_id, **batch)
        store.fold_incoming()
        out = {
            "wall": time.perf_counter() - start,
            "cpu": time.process_time() - cpu,
            "server": _backend_cpu(pid) - server if pid else 0.0,
        }
        if wire is not None:
            raw.pgconn.untrace()
            sent, out["trips"] = wire.counts()
            out["statements"] = sent["Query"] + sent["Execute"]
        elif wire_dir is not None:
            out["statements"], out["trips"] = sum(executed.values()), 0
        return out
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5000, help="per mailbox")
    parser.add_argument("--mailboxes", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from contactkit.testing.postgres import create_database, pg_bin, postgres_server

    bindir = pg_bin()
    if bindir is None:
        raise SystemExit("needs the Debian package postgresql")
    load = " ".join(f"{v:.1f}" for v in os.getloadavg())
    print(f"load {load}: harvesting {args.mailboxes} x {args.messages} messages once")
    batches = capture(args.messages, args.mailboxes)
    messages = args.mailboxes * args.messages
    kinds = Counter(type(item).__name__ for b in batches for item in b["items"])
    print(f"{len(batches)} batches ({sum(b['state'] is not None for b in batches)} with a "
          f"checkpoint): " + ", ".join(f"{n} {k}" for k, n in kinds.most_common()))  # fmt: skip
    work = Path(tempfile.mkdtemp(prefix="ck-writes-"))
    results: dict[str, list[dict[str, Any]]] = {"SQLite": [], "PostgreSQL": []}
    counted: dict[str, dict[str, Any]] = {}
    try:
        with postgres_server(bindir) as server_url:

            def fresh(kind: str) -> str:
                if kind == "PostgreSQL":
                    return create_database(server_url, f"writes{time.time_ns()}")
                return f"sqlite:///{Path(tempfile.mkdtemp(dir=work)) / 'contactkit.db'}"

            for _ in range(args.repeat):
                for kind, runs in results.items():
                    runs.append(replay(batches, fresh(kind), None))
            for kind in results:
                counted[kind] = replay(batches, fresh(kind), work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    per = 1000 / messages
    print(f"{'store':>10}{'wall s':>9}{'our CPU s':>11}{'server CPU s':>14}"
          f"{'statements/1k msgs':>20}{'round trips/1k msgs':>21}")  # fmt: skip
    for kind, runs in results.items():
        wire = counted[kind]
        print(f"{kind:>10}{min(r['wall'] for r in runs):>9.3f}{min(r['cpu'] for r in runs):>11.3f}"
              f"{min(r['server'] for r in runs):>14.3f}{wire['statements'] * per:>20.1f}"
              f"{wire['trips'] * per:>21.1f}")  # fmt: skip
    print(
        f"load {' '.join(f'{v:.1f}' for v in os.getloadavg())}; times: best of {args.repeat}; "
        "statements: PostgreSQL, the queries and executes the client sent (a COPY is one, an "
        "executemany one per row); SQLite, those the driver was handed (an executemany once)"
    )


if __name__ == "__main__":
    main()
