"""Where a harvest into the store spends its time, part by part, on SQLite or PostgreSQL.

    python bench/harvest_phases.py [--messages 5000] [--mailboxes 4] [--connections 4]
                                   [--repeat 3] [--pg]

The same mailboxes and the same run as ``bench/email_harvest_bench.py`` (a real Dovecot, a
fresh store per run, ``Pipeline.run`` as ``contactkit run`` calls it), with each part's wall
time and CPU time measured where it runs: the store's writes on the writer thread, the harvest
logic and the filters on the reading thread, the header FETCH and its parsing on the IMAP
workers. Parts that run beside each other overlap in wall time; "not overlapped" is what the
reading thread waited for. The bare imapclient FETCH of the same mailboxes is timed beside it.
Prints the median of ``--repeat`` runs per part.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import inspect
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import email_harvest_bench as bench  # noqa: E402

from contactkit import incremental, master, pipeline, write_behind  # noqa: E402
from contactkit.store import Store  # noqa: E402
from contactkit_plugins.email_harvest import engine, imap_reader, source  # noqa: E402

Tally = dict[str, list[float]]  # part -> [wall, thread CPU, calls]

PARTS: list[tuple[str, Any, str]] = [
    ("setup: open the store, create tables", pipeline.Pipeline, "__init__"),
    ("run bookkeeping (start, lock, finish)", pipeline.Pipeline, "recorded_run"),
    ("ingest (all of the reading)", pipeline.Pipeline, "ingest"),
    ("  IMAP workers: FETCH + parse (per worker)", imap_reader.ImapHarvesting, "_harvest_mailbox"),
    ("  harvest logic per message (reader)", engine.Harvest, "message"),
    ("  admit: counts, filters (reader)", pipeline.Pipeline, "_admit"),
    ("  end of reading: who qualified", engine.Harvest, "finish"),
    ("  contacts + signatures", source.EmailHarvestSource, "_observations"),
    ("  store writes (writer thread)", Store, "write_batch"),
    ("  reader waits for the writer (submit)", write_behind.BatchWriter, "submit"),
    ("  last write, not overlapped", write_behind.BatchWriter, "__exit__"),
    ("  fold staged observations", Store, "fold_incoming"),
    ("merge (all of it)", incremental, "merge"),
    ("  interactions read (every one)", Store, "interaction_rows"),
    ("  relationships from every interaction", master, "derive_relationships"),
    ("  relationships from the store's counts", master, "relationships_of"),
    ("  golden + orgs + relationships written", Store, "apply_golden"),
    ("  golden meta written", Store, "replace_golden_meta"),
    ("  match index written", Store, "replace_match_index"),
    ("  master state written", Store, "save_master_state"),
]


GC = "cyclic garbage collector (stops every thread)"


def _add(tally: Tally, name: str, wall: float, cpu: float) -> None:
    row = tally.setdefault(name, [0.0, 0.0, 0])
    row[0] += wall
    row[1] += cpu
    row[2] += 1


def _timed(name: str, fn: Callable, tally: Tally) -> Callable:
    """``fn`` timed into ``tally[name]``; a generator is timed only while it runs itself, a
    context manager from entering to leaving."""

    def add(wall: float, cpu: float) -> None:
        _add(tally, name, wall, cpu)

    if inspect.isgeneratorfunction(fn):

        @functools.wraps(fn)
        def gen(*args: Any, **kwargs: Any) -> Iterator:
            inner = fn(*args, **kwargs)
            wall = cpu = 0.0
            try:
                while True:
                    w, c = time.perf_counter(), time.thread_time()
                    try:
                        item = next(inner)
                    except StopIteration:
                        return
                    finally:
                        wall += time.perf_counter() - w
                        cpu += time.thread_time() - c
                    yield item
            finally:
                add(wall, cpu)

        return gen

    @functools.wraps(fn)
    def call(*args: Any, **kwargs: Any) -> Any:
        w, c = time.perf_counter(), time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            add(time.perf_counter() - w, time.thread_time() - c)

    if name.startswith("run bookkeeping"):  # a context manager: its body is the whole run

        @contextlib.contextmanager
        def managed(*args: Any, **kwargs: Any) -> Iterator:
            w, c = time.perf_counter(), time.thread_time()
            with fn(*args, **kwargs) as value:
                add(time.perf_counter() - w, time.thread_time() - c)
                yield value
                w, c = time.perf_counter(), time.thread_time()
            add(time.perf_counter() - w, time.thread_time() - c)

        return managed
    return call


@contextlib.contextmanager
def instrumented(tally: Tally) -> Iterator[None]:
    parts = [p for p in PARTS if hasattr(p[1], p[2])]  # the code before a change lacks some
    originals = [(owner, attr, getattr(owner, attr)) for _, owner, attr in parts]
    for name, owner, attr in parts:
        setattr(owner, attr, _timed(name, getattr(owner, attr), tally))
    started = [0.0]

    def collector(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            started[0] = time.thread_time()
        else:
            _add(tally, GC, time.thread_time() - started[0], time.thread_time() - started[0])

    gc.callbacks.append(collector)
    try:
        yield
    finally:
        gc.callbacks.remove(collector)
        for owner, attr, fn in originals:
            setattr(owner, attr, fn)


def one_run(server: Any, boxes: list[str], root: Path, connections: int) -> tuple[Tally, float]:
    tally: Tally = {}
    bench._make_databases(1)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    with instrumented(tally):
        bench.harvest_into_store(server, boxes, root, connections)
    tally["whole run (process CPU, all threads)"] = [
        time.perf_counter() - wall0,
        time.process_time() - cpu0,
        1,
    ]
    base0 = time.perf_counter()
    bench.baseline(server, boxes, connections)
    return tally, time.perf_counter() - base0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--mailboxes", type=int, default=4)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pg", action="store_true")
    args = parser.parse_args()
    pg: Any = contextlib.nullcontext()
    if args.pg:
        from contactkit.testing.postgres import pg_bin, postgres_server

        pg = postgres_server(pg_bin())
    with pg as url:
        if url:
            bench.PG_SERVER.append(url)
        _main(args)


def _main(args: argparse.Namespace) -> None:
    os.environ["CK_BENCH_MASTER_PASSWORD"] = bench.MASTER_PASSWORD
    root = Path(tempfile.mkdtemp(prefix="ck-phases-"))
    boxes = [f"user{i}@{bench.mailgen.COMPANY}" for i in range(args.mailboxes)]
    server = bench.DovecotServer(root, {b: "x" for b in boxes})
    try:
        for i, box in enumerate(boxes):
            bench.mailgen.write_maildir(
                server.maildir(box), bench.mailgen.bulk_mailbox(box, args.messages, seed=i)
            )
        server.start()
        server.fix_owner()
        bench.baseline(server, boxes)  # Dovecot's indexes
        runs: dict[str, list[list[float]]] = defaultdict(list)
        bases: list[float] = []
        for _ in range(args.repeat):
            tally, base = one_run(server, boxes, root, args.connections)
            bases.append(base)
            for name, row in tally.items():
                runs[name].append(row)
        kind = "PostgreSQL" if bench.PG_SERVER else "SQLite"
        whole = statistics.median(r[0] for r in runs["whole run (process CPU, all threads)"])
        base = statistics.median(bases)
        print(f"{kind}, {args.mailboxes} x {args.messages} messages, {args.connections} conn, "
              f"median of {args.repeat}; load {bench._load()}")  # fmt: skip
        print(f"bare imapclient FETCH: {base:.2f} s wall; harvest into the store {whole:.2f} s: "
              f"ratio {base / whole:.2f}")  # fmt: skip
        print(f"{'part':<46}{'wall s':>8}{'CPU s':>8}{'calls':>8}")
        names = [n for n, _, _ in PARTS] + [GC, "whole run (process CPU, all threads)"]
        for name in names:
            if name in runs:
                rows = runs[name]
                wall = statistics.median(r[0] for r in rows)
                cpu = statistics.median(r[1] for r in rows)
                print(f"{name:<46}{wall:>8.3f}{cpu:>8.3f}{int(rows[0][2]):>8}")
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
