"""The master at scale: import, merge, re-run with nothing new, one new card; one-card files.

    python bench/scale_bench.py [--sizes 10000 100000] [--files 1000 2000 4000] [--pg]
                                [--blind SEED] [--alongside]

Each figure runs in a fresh child process (so peak memory is that step's own) on a fresh store:
SQLite in a temporary folder, or with ``--pg`` a throwaway PostgreSQL server started as the
tests start one. Per size, what the user pays:

* import: ``Pipeline.ingest`` of a source yielding the generated observations (the pipeline's
  write path: batches, transactions, checkpoints), then the merge the run ends with;
* re-run: the same run again with nothing new (read, deduplicate, merge);
* one card: one new observation into the full store, until its golden record is written;
* baseline: a bare scan of the stored observations (reading what must be read anyway).

Printed: seconds, CPU per observation (of this process: with ``--pg`` the server's own work is
in the seconds, not the CPU), peak memory of the import (max RSS of the child), growth from one
size to the next in seconds and in CPU (10x the input: close to 10 is linear), and the load.
``--files`` imports N one-card vCard files through the ``vcard`` source and prints time and
bytes written (``wchar``; with ``--pg`` the WAL the server wrote), whose growth should follow N.
Data: the merge bench's generator (90 names among all people: every name is common), or with
``--blind SEED`` the blind matching set (``bench/blind/matching_gen.py``: eight locales, most full
names rare, four sources with their corruptions), generated beforehand and cut to each size.
``--alongside`` (two sizes): the smaller size is imported again and again while the larger one
runs, each on a fresh store, and the growth is taken against the median of those: CPU time on a
shared machine inflates with its load (the same work measured 245 and 343 µs per observation at
load 1 and 4.7), and a baseline run at the same time as the large import pays the same load.
Runs against any checkout: a store without the incremental master is merged with the full
rebuild, as ``contactkit run`` did before.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _wchar() -> int:
    with open("/proc/self/io") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("wchar"))


def _written(pipeline: Any) -> int:
    """Bytes written so far: by this process (SQLite: the file, its WAL, the checkpoint copies),
    or on PostgreSQL the server's WAL (every change it makes durable, full pages included)."""
    engine = pipeline.store.engine
    if engine.dialect.name != "postgresql":
        return _wchar()
    with engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT pg_current_wal_insert_lsn() - '0/0'").scalar())


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _pipeline(url: str, sources: list[dict[str, Any]], registry: Any) -> Any:
    from contactkit.config import config_from_dict
    from contactkit.pipeline import Pipeline

    config = config_from_dict(
        {"region": "DE", "store": {"url": url}, "sources": sources, "sinks": []}
    )
    return Pipeline(config, registry=registry)


def _run(pipeline: Any) -> float:
    """One `contactkit run` without sinks: ingest every source, then merge."""
    start = time.perf_counter()
    pipeline.run()
    return time.perf_counter() - start


class _GeneratedSource:
    """A source yielding the merge bench's observations, a checkpoint every 500 (as files do)."""

    name = "generated"

    def __init__(self, config: Any, context: Any, instance: str | None = None) -> None:
        self.config = config
        self.instance = instance or self.name

    @classmethod
    def make(cls, items: Callable[[], Iterator[Any]], count: int) -> type:
        """A source of ``count`` items, made one at a time as a real source reads them."""
        from contactkit.model import Checkpoint
        from contactkit.plugin import PluginConfig, Source

        class Generated(Source):
            name = "generated"
            Config = PluginConfig

            def read(self, state: dict[str, Any]) -> Iterator[Any]:
                start = state.get("position", 0)  # resumes: a re-run reads nothing new
                if start < count:
                    for i, item in enumerate(islice(items(), start, None), start + 1):
                        yield item
                        if i % 500 == 0:
                            yield Checkpoint(state={"position": i})
                yield Checkpoint(state={"position": count})

        return Generated


def _blind_observations(path: Path, size: int) -> Iterator[Any]:
    """The first ``size`` observations of a blind file, as its sources would hand them over."""
    from matching_data import parse_seen, valid_contact

    from contactkit.model import Observation

    with path.open(encoding="utf-8") as fh:
        for line in islice(fh, size):
            x = json.loads(line)
            yield Observation(
                source=x["source"],
                source_key=str(x["key"]),
                seen_at=parse_seen(x.get("seen")),
                contact=valid_contact(x),
                confidence=x.get("confidence") or {},
            )


BLIND_CACHE = Path(tempfile.gettempdir()) / "contactkit-bench"
"""Generated blind files are kept here between runs (a million observations take minutes)."""


def blind_data(seed: int, size: int) -> Path:
    """A blind file of at least ``size`` observations (2.64 a person on seed 5)."""
    from matching_data import blind_file

    BLIND_CACHE.mkdir(exist_ok=True)
    path = blind_file(seed, int(size * 0.38), BLIND_CACHE)
    with path.open(encoding="utf-8") as fh:
        lines = sum(1 for _ in fh)
    if lines < size:
        raise SystemExit(f"{path}: {lines} observations, fewer than {size}")
    return path


def child_size(size: int, url: str, data: Path | None = None) -> dict[str, Any]:
    from merge_bench import iter_observations

    from contactkit.model import Contact, Observation, Phone
    from contactkit.plugins import build_registry
    from contactkit.store import Store

    registry = build_registry()
    if data is None:
        items: Callable[[], Iterator[Any]] = lambda: iter_observations(size)  # noqa: E731
    else:
        items = lambda: _blind_observations(data, size)  # noqa: E731
    registry.sources["generated"] = _GeneratedSource.make(items, size)
    out: dict[str, Any] = {"size": size}

    cpu = _cpu()
    pipeline = _pipeline(url, [{"type": "generated"}], registry)
    out["import_s"] = _run(pipeline)
    out["import_cpu_ms_per_obs"] = (_cpu() - cpu) * 1000 / size
    out["import_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["golden"] = pipeline.report.merge.get("golden records")
    pipeline.close()

    pipeline = _pipeline(url, [{"type": "generated"}], registry)
    cpu = _cpu()
    out["rerun_s"] = _run(pipeline)
    out["rerun_cpu_s"] = _cpu() - cpu
    pipeline.close()

    card = Observation(
        source="desk",
        source_key="card-new",
        contact=Contact(
            name={"given": "Zelda", "family": "Quartermain"},
            emails=["zelda.q@new.example"],
            phones=[Phone(text="+4940999999", e164="+4940999999")],
        ),
    )
    registry.sources["generated"] = _GeneratedSource.make(lambda: iter([card]), 1)
    pipeline = _pipeline(url, [{"type": "generated", "name": "desk"}], registry)
    cpu = _cpu()
    out["one_card_s"] = _run(pipeline)
    out["one_card_cpu_s"] = _cpu() - cpu
    pipeline.close()

    store = Store(url)
    start = time.perf_counter()
    scanned = sum(1 for _ in store.contact_observations())
    out["scan_s"] = time.perf_counter() - start
    out["stored"] = scanned  # a blind record with nothing valid left is refused, one line each
    found = store.goldens_with_emails(["zelda.q@new.example"])
    assert len(found.get("zelda.q@new.example", [])) == 1, "the new card has its golden record"
    store.close()
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def child_files(count: int, url: str, folder: Path) -> dict[str, Any]:
    from contactkit.plugins import build_registry

    for i in range(count):
        (folder / f"card{i:06d}.vcf").write_text(
            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
            f"FN:Person {i}\r\nN:{i};Person;;;\r\nEMAIL:person{i}@files.example\r\n"
            "END:VCARD\r\n"
        )
    pipeline = _pipeline(url, [{"type": "vcard", "paths": [str(folder)]}], build_registry())
    written = _written(pipeline)
    start = time.perf_counter()
    pipeline.ingest(*pipeline.config.plugin_configs(pipeline.registry)[0][0])
    seconds = time.perf_counter() - start
    written = _written(pipeline) - written
    pipeline.close()
    return {"files": count, "seconds": seconds, "mb_written": written / 1e6}


def _child(args: list[str]) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, *args], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


class _Backend:
    """A fresh database per figure: a SQLite file, or a database on a throwaway PostgreSQL."""

    def __init__(self, pg: bool) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="ck-scale-"))
        self.server: Any = None
        self.url = ""
        self.n = 0
        if pg:
            from contactkit.testing.postgres import pg_bin, postgres_server

            bindir = pg_bin()
            if bindir is None:
                raise SystemExit("--pg needs the Debian package postgresql")
            self.server = postgres_server(bindir)
            self.url = self.server.__enter__()

    def fresh(self) -> str:
        self.n += 1
        if self.server is None:
            return f"sqlite:///{self.root / f'store{self.n}.db'}"
        from contactkit.testing.postgres import create_database

        return create_database(self.url, f"bench{self.n}")

    def close(self) -> None:
        if self.server is not None:
            self.server.__exit__(None, None, None)
        shutil.rmtree(self.root, ignore_errors=True)


def _data(blind: int | None, size: int) -> list[str]:
    return [] if blind is None else ["--data", str(blind_data(blind, size))]


def _cpu_of(r: dict[str, Any]) -> float:
    return r["import_cpu_ms_per_obs"] * r["size"]


def _alongside(
    small: int, large: int, backend: _Backend, blind: int | None
) -> list[dict[str, Any]]:
    """Runs of ``small`` one after another while ``large`` runs; the large one's result last."""
    cmd = [sys.executable, __file__, "--child-size", str(large), "--url", backend.fresh()]
    big = subprocess.Popen([*cmd, *_data(blind, large)], stdout=subprocess.PIPE, text=True)
    runs = []
    while big.poll() is None:
        r = _child(["--child-size", str(small), "--url", backend.fresh(), *_data(blind, small)])
        r["load"] = os.getloadavg()[0]
        if big.poll() is None or not runs:  # only those that ran wholly alongside count
            runs.append(r)
    out, _ = big.communicate()
    if big.returncode:
        raise SystemExit(f"the {large} run failed ({big.returncode})")
    last = json.loads(out.strip().splitlines()[-1])
    last["load"] = os.getloadavg()[0]
    return [*runs, last]


def _row(row: str, r: dict[str, Any], previous: dict[str, Any] | None) -> str:
    growth = f"{r['import_s'] / previous['import_s']:.1f}x" if previous else ""
    cpu_growth = f"{_cpu_of(r) / _cpu_of(previous):.1f}x" if previous else ""
    return row.format(r["size"], r["golden"], f"{r['import_s']:.1f}",
                      f"{r['import_cpu_ms_per_obs']:.3f}",
                      f"{r['rerun_s']:.2f} ({r['rerun_cpu_s']:.2f})",
                      f"{r['one_card_s']:.2f} ({r['one_card_cpu_s']:.2f})",
                      f"{r['scan_s']:.2f}", f"{r['import_peak_mb']:.0f}", growth, cpu_growth,
                      f"{r.get('load', os.getloadavg()[0]):.1f}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--files", type=int, nargs="*", default=[1000, 2000, 4000])
    parser.add_argument("--pg", action="store_true", help="on a throwaway PostgreSQL server")
    parser.add_argument("--blind", type=int, metavar="SEED", help="the blind matching set")
    parser.add_argument(
        "--alongside", action="store_true", help="the smaller size repeated during the larger"
    )
    parser.add_argument("--data", help=argparse.SUPPRESS)
    parser.add_argument("--child-size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--child-files", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_size:
        data = Path(args.data) if args.data else None
        print(json.dumps(child_size(args.child_size, args.url, data)))
        return
    if args.child_files:
        folder = Path(tempfile.mkdtemp(prefix="ck-cards-"))
        try:
            print(json.dumps(child_files(args.child_files, args.url, folder)))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return

    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    backend = _Backend(args.pg)
    try:
        row = "{:>9} {:>8} {:>9} {:>10} {:>13} {:>13} {:>8} {:>8} {:>8} {:>8} {:>6}"
        print(row.format("obs", "golden", "import s", "cpu ms/obs", "rerun s (cpu)",
                         "1 card s (cpu)", "scan s", "peak MB", "growth", "cpu grw",
                         "load"))  # fmt: skip
        previous = None
        if args.alongside:
            if len(args.sizes) != 2:
                raise SystemExit("--alongside takes two sizes")
            small, large = sorted(args.sizes)
            runs = _alongside(small, large, backend, args.blind)
            for r in runs[:-1]:
                print(_row(row, r, None), flush=True)
            median = sorted(runs[:-1], key=_cpu_of)[len(runs[:-1]) // 2]
            print(f"{'median':>9} of {len(runs) - 1} runs of {small} alongside: "
                  f"{median['import_cpu_ms_per_obs']:.3f} ms/obs")  # fmt: skip
            print(_row(row, runs[-1], median), flush=True)
        else:
            for size in args.sizes:
                r = _child(
                    ["--child-size", str(size), "--url", backend.fresh(), *_data(args.blind, size)]
                )
                print(_row(row, r, previous), flush=True)
                previous = r
        if args.files:
            written = "MB of WAL" if args.pg else "MB written"
            print(f"{'files':>9} {'seconds':>8} {written:>11}")
            for count in args.files:
                r = _child(["--child-files", str(count), "--url", backend.fresh()])
                print(f"{count:>9} {r['seconds']:>8.2f} {r['mb_written']:>11.1f}")
        print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    finally:
        backend.close()


if __name__ == "__main__":
    main()
