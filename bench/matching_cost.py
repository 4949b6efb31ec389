"""What identity resolution costs end to end, next to Splink and to an earlier contactkit.

On one observations file (``--blind SEED`` or ``--own SEED``, as ``matching_eval.py`` makes
them), each system runs in its own process, one after the other, and is timed the way a user
pays for it:

- contactkit: every line read, validated into a ``Contact`` and written through the real store
  in batches (import), then ``master.rebuild`` matches and writes the golden records and the
  incremental index (match + write). The import streams: the process never holds all lines.
- ``--baseline REF``: the same worker on the contactkit source of a git ref (``git archive`` of
  its ``src/``, put first on ``PYTHONPATH``): the earlier code, same data, same run, same load.
  Its golden records are compared with the current code's: the number of observations whose
  record differs (0 means the same decisions), and both P / R / F1.
- ``--splink``: Splink (DuckDB backend, EM-trained) on the same rows (``splink_run.py``).

Printed per system: CPU seconds per 1,000 observations (import, match + write, total), wall
seconds, peak resident memory, and the ratios against Splink and the baseline. CPU time is the
figure that holds on a shared machine; DuckDB's CPU counts all its threads.

    python bench/matching_cost.py --blind 1 --people 10000 --baseline main --splink
    python bench/matching_cost.py --blind 2 --sizes 10000 100000 --splink   # and growth
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections import defaultdict
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from matching_data import data_arguments, data_file, parse_seen, valid_contact  # noqa: E402
from matching_pairs import prf  # noqa: E402
from matching_run import in_subprocess, worker  # noqa: E402

BATCH = 5000


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_contactkit(path: Path, workdir: Path) -> dict[str, Any]:
    import contactkit
    from contactkit import master
    from contactkit.model import Observation
    from contactkit.store import Store

    truth_of: dict[tuple[str, str], str] = {}
    sources: set[str] = set()
    store = Store(f"sqlite:///{workdir / 'cost.db'}")
    cpu, wall = time.process_time(), time.perf_counter()
    pending: dict[str, list[Observation]] = defaultdict(list)

    def flush(source: str) -> None:
        store.write_batch(
            run_id=None, source=source, source_type=source, items=pending.pop(source), state=None
        )

    bad = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            x = json.loads(line)
            try:
                obs = Observation(
                    source=x["source"],
                    source_key=str(x["key"]),
                    seen_at=parse_seen(x.get("seen")),
                    contact=valid_contact(x),
                    confidence=x.get("confidence") or {},
                )
            except ValueError:
                bad += 1
                continue
            truth_of[(obs.source, obs.source_key)] = x["truth"]
            sources.add(obs.source)
            pending[obs.source].append(obs)
            if len(pending[obs.source]) >= BATCH:
                flush(obs.source)
    for source in sorted(pending):
        flush(source)
    import_cpu, import_wall = time.process_time() - cpu, time.perf_counter() - wall
    import_peak = _peak_mb()

    cpu, wall = time.process_time(), time.perf_counter()
    stats = master.rebuild(store, sorted(sources))
    match_cpu, match_wall = time.process_time() - cpu, time.perf_counter() - wall
    peak = _peak_mb()

    # what the golden records say, read after the measured part
    key_of = {o.id: (o.source, o.source_key) for o in store.contact_observations()}
    rows = store.golden_rows()
    cluster_of = {key_of[obs_id]: gid for gid, row in rows.items() for obs_id in row.members}
    store.close()
    keys = sorted(cluster_of)
    return {
        "code": str(Path(contactkit.__file__).parent),
        "keys": [list(k) for k in keys],
        "truth": [truth_of[k] for k in keys],
        "cluster": [cluster_of[k] for k in keys],
        "content": [rows[cluster_of[k]].content_hash for k in keys],
        "bad": bad,
        "observations": stats.observations,
        "pairs_scored": stats.pairs_scored,
        "import_cpu": import_cpu,
        "import_wall": import_wall,
        "match_cpu": match_cpu,
        "match_wall": match_wall,
        "import_peak_mb": import_peak,
        "peak_mb": peak,
    }


def run_splink(path: Path, workdir: Path) -> dict[str, Any]:
    from matching_data import read_lines
    from splink_run import splink_clusters

    cpu, wall = time.process_time(), time.perf_counter()
    lines = read_lines(path)  # reading and parsing the file is import, as for contactkit
    read_cpu, read_wall = time.process_time() - cpu, time.perf_counter() - wall
    result = splink_clusters(lines, workdir)
    result["import_cpu"] += read_cpu
    result["import_wall"] = result["import_s"] + read_wall
    result["match_wall"] = result["match_s"]
    result["import_peak_mb"] = result["peak_mb"]
    return result


# -- the run ---------------------------------------------------------------------------------


def baseline_tree(ref: str, folder: Path) -> Path:
    """The ``src/`` of a git ref, unpacked: what the baseline worker imports contactkit from."""
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", ref],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    target = folder / f"src-{commit}"
    if not target.exists():
        target.mkdir(parents=True)
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", commit, "src"], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target / "src"


def differing(a: dict[str, Any], b: dict[str, Any]) -> tuple[int, int]:
    """Observations whose golden record differs between two runs: in its members, and in its
    members or content (the record's content hash)."""

    def records(res: dict[str, Any]) -> dict[tuple[str, str], tuple[frozenset, str]]:
        rows = zip(res["keys"], res["cluster"], res.get("content") or res["cluster"], strict=True)
        pairs = [(tuple(key), gid, content) for key, gid, content in rows]
        members: dict[str, set] = defaultdict(set)
        for key, gid, _ in pairs:
            members[gid].add(key)
        return {key: (frozenset(members[gid]), content) for key, gid, content in pairs}

    ra, rb = records(a), records(b)
    keys = ra.keys() | rb.keys()
    none = (frozenset(), "")
    by_members = sum(1 for k in keys if ra.get(k, none)[0] != rb.get(k, none)[0])
    return by_members, sum(1 for k in keys if ra.get(k) != rb.get(k))


def run_size(args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    """Every system on one data set (``args.people``), one after the other; prints the table."""
    path, label = data_file(args)
    rows = sum(1 for _ in path.open(encoding="utf-8"))
    load = os.getloadavg()
    print(f"{label}: {args.people:,} people, {rows:,} observations; load {load[0]:.1f}", flush=True)

    results: dict[str, dict[str, Any]] = {}
    for ref in args.baseline:
        tree = baseline_tree(ref, args.cache / "baselines")
        results[f"ck {ref}"] = in_subprocess("contactkit", path, __file__, tree)
    if not args.no_current:
        results["contactkit"] = in_subprocess("contactkit", path, __file__)
    if args.splink:
        results["splink"] = in_subprocess("splink", path, __file__)
    load = os.getloadavg()

    print(
        f"\n{'system':<14} {'P':>6} {'R':>6} {'F1':>6} {'import':>7} {'match':>7} {'total':>7}"
        f" {'wall s':>7} {'peak MB':>8} {'pairs':>9}"
    )
    print(f"{'':<14} {'':>6} {'':>6} {'':>6} {'CPU seconds per 1,000 observations':>23}")
    for system, res in results.items():
        res["p"], res["r"], res["f1"] = prf(res["truth"], res["cluster"])
        n = res["observations"] / 1000
        res["cpu_per_1k"] = (res["import_cpu"] + res["match_cpu"]) / n
        wall = res["import_wall"] + res["match_wall"]
        print(
            f"{system:<14} {res['p']:>6.4f} {res['r']:>6.4f} {res['f1']:>6.4f} "
            f"{res['import_cpu'] / n:>7.3f} {res['match_cpu'] / n:>7.3f} {res['cpu_per_1k']:>7.3f} "
            f"{wall:>7.1f} {res['peak_mb']:>8.0f} {res['pairs_scored']:>9,}"
        )
        if res.get("note"):
            print(f"{'':<14} {res['note']}")
    print(f"load at the end {load[0]:.1f}")
    ck = results.get("contactkit") or results[f"ck {args.baseline[-1]}"]
    for other in results:
        if results[other] is not ck:
            ratio = ck["cpu_per_1k"] / results[other]["cpu_per_1k"]
            mem = ck["peak_mb"] / results[other]["peak_mb"]
            print(f"contactkit / {other}: CPU {ratio:.2f}x, peak memory {mem:.2f}x")
    for ref in args.baseline if not args.no_current else ():
        base = results[f"ck {ref}"]
        members, content = differing(base, ck)
        print(
            f"observations whose golden record differs from {ref}'s ({base['code']}): "
            f"{members:,} in its members, {content:,} in its members or content"
        )
    return {
        system: {k: v for k, v in res.items() if k not in ("keys", "truth", "cluster", "content")}
        for system, res in results.items()
    } | {"data": {"label": label, "rows": rows, "people": args.people}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    data_arguments(parser)
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        help="Several numbers of people, smallest first (instead of --people): growth is printed.",
    )
    parser.add_argument(
        "--baseline",
        action="append",
        default=[],
        help="A git ref whose contactkit runs too (e.g. main); may be given several times.",
    )
    parser.add_argument("--splink", action="store_true", help="Also run Splink on the same data.")
    parser.add_argument(
        "--no-current", action="store_true", help="Leave out this tree's code (a long baseline)."
    )
    parser.add_argument("--json", type=Path, help="Write every system's figures here too.")
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        runs = {"contactkit": run_contactkit, "splink": run_splink}
        worker(runs, args.worker[0], Path(args.worker[1]), Path(args.worker[2]))
        return
    runs = []
    for people in args.sizes or [args.people]:
        args.people = people
        runs.append(run_size(args))
        print(flush=True)
        if args.json:  # after each size: a long run killed midway keeps what it measured
            args.json.write_text(json.dumps(runs, indent=2))
    for small, large in pairwise(runs):
        growth = large["data"]["rows"] / small["data"]["rows"]
        print(
            f"growth from {small['data']['people']:,} to {large['data']['people']:,} people "
            f"({growth:.2f}x the observations):"
        )
        for system in small:
            if system == "data" or system not in large:
                continue
            a, b = small[system], large[system]
            cpu = (b["import_cpu"] + b["match_cpu"]) / (a["import_cpu"] + a["match_cpu"])
            print(
                f"  {system:<12} CPU {cpu:.2f}x (per observation {cpu / growth:.2f}x), "
                f"peak memory {b['peak_mb'] / a['peak_mb']:.2f}x"
            )


if __name__ == "__main__":
    main()
