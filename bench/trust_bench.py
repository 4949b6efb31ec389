"""What trust costs: opening a store (integrity check, schema version) and forgetting a person.

    python bench/trust_bench.py [--sizes 10000 100000]

Per size, a SQLite store filled with that many contact observations and interactions (inserted
directly, as a long harvest leaves them), then, each measured in this process and printed as a
ratio to a baseline measured in the same run:

* open: ``Store(url)`` (quick_check, schema version, tables) vs a bare ``sqlite3`` connect that
  reads every observation's payload once (what listing or merging the store reads anyway);
* forget: ``forget_person`` of one person (erase, scrub checkpoints and caches, VACUUM, empty the
  WAL) vs a bare ``VACUUM`` of the same file (the compaction alone).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from contactkit.forget import forget_person  # noqa: E402
from contactkit.store import Store  # noqa: E402


def build(folder: Path, size: int) -> Path:
    db = folder / "store.db"
    Store(f"sqlite:///{db}").close()
    with sqlite3.connect(db) as conn:
        conn.executemany(
            "INSERT INTO observations (kind, source, source_type, source_key, seen_at, "
            "content_hash, payload, confidence) VALUES ('contact', 'mail', 'email_harvest', ?, "
            "'2026-01-01 00:00:00', ?, ?, '{}')",
            (
                (
                    f"p{i}@corp{i % 500}.example",
                    f"h{i}",
                    json.dumps(
                        {
                            "name": {"full": f"Person {i}"},
                            "emails": [f"p{i}@corp{i % 500}.example"],
                            "phones": [{"text": f"+1 206 555 {i % 10000:04d}"}],
                        }
                    ),
                )
                for i in range(size)
            ),
        )
        conn.executemany(
            "INSERT INTO interactions (employee_email, contact_email, message_id, role, at, "
            "thread_id, is_reply, source) VALUES ('alice@nw.example', ?, ?, 'received', "
            "'2026-01-01 00:00:00', ?, 0, 'mail')",
            ((f"p{i}@corp{i % 500}.example", f"id:{i}", f"id:t{i}") for i in range(size)),
        )
        conn.execute(
            "INSERT INTO golden (id, payload, provenance, members, content_hash, updated_at) "
            "VALUES ('ck_1', ?, '{}', '[1]', 'x', '2026-01-01 00:00:00')",
            (json.dumps({"emails": ["p0@corp0.example"]}),),
        )
    return db


def _bare_open(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("SELECT sum(length(payload)) FROM observations").fetchone()


def timed(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    heads = ("size", "open s", "bare s", "ratio", "forget s", "vacuum s", "ratio")
    print(" ".join(f"{h:>9}" for h in heads))
    for size in args.sizes:
        folder = Path(tempfile.mkdtemp(prefix="trust-bench-"))
        try:
            db = build(folder, size)
            url = f"sqlite:///{db}"

            opened = timed(lambda url=url: Store(url).close())
            bare = timed(lambda db=db: _bare_open(db))
            copy = folder / "copy.db"
            shutil.copy(db, copy)
            start = time.perf_counter()
            forget_person(Store(url), "p0@corp0.example")
            forget = time.perf_counter() - start
            start = time.perf_counter()
            with sqlite3.connect(copy, isolation_level=None) as conn:
                conn.execute("VACUUM")
            vacuum = time.perf_counter() - start
            figures = (opened, bare, opened / bare, forget, vacuum, forget / vacuum)
            print(f"{size:>9} " + " ".join(f"{f:>9.3f}" for f in figures))
        finally:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
