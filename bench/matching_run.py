"""Each system on an observations file, for matching_eval.py: contactkit through the real store and
master (``master.rebuild``), Splink (DuckDB, EM-trained) on the same rows; each in a process of
its own, so its peak memory is its own.

    python bench/matching_run.py --worker contactkit|splink OBSERVATIONS.jsonl RESULT.json
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from matching_data import parse_seen, read_lines, valid_contact

# A system's run: (observations file, a scratch folder) -> its result, JSON-ready
Run = Callable[[Path, Path], dict[str, Any]]

# -- contactkit: through the real store and master --------------------------------------------


def run_contactkit(path: Path, workdir: Path) -> dict[str, Any]:
    from contactkit import master
    from contactkit.model import Observation
    from contactkit.store import Store

    lines = read_lines(path)
    truth_of = {(x["source"], str(x["key"])): x["truth"] for x in lines}
    started = time.perf_counter()
    by_source: dict[str, list[Observation]] = defaultdict(list)
    bad = 0
    for x in lines:
        try:
            contact = valid_contact(x)
            obs = Observation(
                source=x["source"],
                source_key=str(x["key"]),
                seen_at=parse_seen(x.get("seen")),
                contact=contact,
                confidence=x.get("confidence") or {},
            )
        except ValueError as exc:
            bad += 1
            print(f"bad record {x['source']}:{x['key']}: {str(exc).splitlines()[0]}")
            continue
        by_source[x["source"]].append(obs)
    store = Store(f"sqlite:///{workdir / 'eval.db'}")
    for source, items in sorted(by_source.items()):
        for start in range(0, len(items), 5000):
            store.write_batch(
                run_id=None,
                source=source,
                source_type=source,
                items=items[start : start + 5000],
                state=None,
            )
    imported = time.perf_counter() - started
    started = time.perf_counter()
    stats = master.rebuild(store, sorted(by_source))
    matched = time.perf_counter() - started

    key_of = {
        r.id: (r.source, r.source_key)
        for r in (o for o in store.contact_observations())  # ids of the stored observations
    }
    cluster_of: dict[tuple[str, str], str] = {}
    for gid, row in store.golden_rows().items():
        for obs_id in row.members:
            cluster_of[key_of[obs_id]] = gid
    reviews = [(r["a"], r["b"]) for r in store.open_match_reviews()]
    evidence = {gid: m["evidence"] for gid, m in store.golden_meta().items()}
    store.close()
    keys = sorted(cluster_of)
    return {
        "keys": [list(k) for k in keys],
        "truth": [truth_of[k] for k in keys],
        "cluster": [cluster_of[k] for k in keys],
        "reviews": [[a.split("\x1f", 1), b.split("\x1f", 1)] for a, b in reviews],
        "evidence": [link for links in evidence.values() for link in links],
        "bad": bad,
        "import_s": imported,
        "match_s": matched,
        "observations": stats.observations,
        "pairs_scored": stats.pairs_scored,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


# -- Splink (DuckDB): EM-trained Fellegi-Sunter on the same rows -------------------------------


def run_splink(path: Path, workdir: Path) -> dict[str, Any]:
    from splink_run import splink_clusters

    return splink_clusters(read_lines(path), workdir)


# -- each in its own process ------------------------------------------------------------------


def in_subprocess(
    system: str, path: Path, script: str = __file__, pythonpath: Path | None = None
) -> dict[str, Any]:
    """``system`` on the file in a process of its own (its own memory): ``script --worker SYSTEM
    PATH OUT``, its result read back; ``pythonpath`` first on its path where given (the source
    of an earlier contactkit, for matching_cost.py)."""
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(pythonpath), env.get("PYTHONPATH", "")])
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        cmd = [sys.executable, str(script), "--worker", system, str(path), str(out)]
        subprocess.run(cmd, check=True, env=env)
        return json.loads(out.read_text())


def worker(runs: dict[str, Run], system: str, path: Path, out: Path) -> None:
    """The process ``in_subprocess`` starts: one system's run, its result written as JSON."""
    with tempfile.TemporaryDirectory() as tmp:
        result = runs[system](path, Path(tmp))
    out.write_text(json.dumps(result))


if __name__ == "__main__":
    # the worker in_subprocess starts by default: --worker SYSTEM PATH OUT
    system, path, out = sys.argv[2:5]
    worker({"contactkit": run_contactkit, "splink": run_splink}, system, Path(path), Path(out))
