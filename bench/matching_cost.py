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
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from matching_eval import _seen, blind_file, own_file, prf, valid_contact  # noqa: E402

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
                    seen_at=_seen(x.get("seen")),
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
    from matching_eval import read_lines
    from splink_run import splink_clusters

    cpu = time.process_time()
    lines = read_lines(path)
    result = splink_clusters(lines, workdir)
    total_cpu = time.process_time() - cpu
    # splink_clusters times import and match by the wall clock; CPU is taken over the whole
    result["import_cpu"] = total_cpu * result["import_s"] / (result["import_s"] + result["match_s"])
    result["match_cpu"] = total_cpu - result["import_cpu"]
    result["import_wall"], result["match_wall"] = result["import_s"], result["match_s"]
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


def in_subprocess(system: str, path: Path, pythonpath: Path | None = None) -> dict[str, Any]:
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(pythonpath), env.get("PYTHONPATH", "")])
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        cmd = [sys.executable, __file__, "--worker", system, str(path), str(out)]
        subprocess.run(cmd, check=True, env=env)
        return json.loads(out.read_text())


def _worker(system: str, path: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        run = run_contactkit if system == "contactkit" else run_splink
        result = run(path, Path(tmp))
    out.write_text(json.dumps(result))


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    data = parser.add_mutually_exclusive_group()
    data.add_argument("--blind", type=int, help="Blind generator seed.")
    data.add_argument("--own", type=int, help="The tests' generator seed.")
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "ck-eval")
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
        _worker(args.worker[0], Path(args.worker[1]), Path(args.worker[2]))
        return
    args.cache.mkdir(parents=True, exist_ok=True)
    if args.own is not None:
        path, label = own_file(args.own, args.people, args.cache), f"own seed {args.own}"
    else:
        seed = 1 if args.blind is None else args.blind
        path, label = blind_file(seed, args.people, args.cache), f"blind seed {seed}"
    rows = sum(1 for _ in path.open(encoding="utf-8"))
    load = os.getloadavg()
    print(f"{label}: {args.people:,} people, {rows:,} observations; load {load[0]:.1f}")

    results: dict[str, dict[str, Any]] = {}
    for ref in args.baseline:
        tree = baseline_tree(ref, args.cache / "baselines")
        results[f"ck {ref}"] = in_subprocess("contactkit", path, tree)
    if not args.no_current:
        results["contactkit"] = in_subprocess("contactkit", path)
    if args.splink:
        results["splink"] = in_subprocess("splink", path)
    load = os.getloadavg()

    print(
        f"\n{'system':<14} {'P':>6} {'R':>6} {'F1':>6} {'import':>7} {'match':>7} {'total':>7}"
        f" {'wall s':>7} {'peak MB':>8} {'pairs':>9}"
    )
    print(f"{'':<14} {'':>6} {'':>6} {'':>6} {'CPU seconds per 1,000 observations':>23}")
    for system, res in results.items():
        p, r, f1 = prf(res["truth"], res["cluster"])
        n = res["observations"] / 1000
        res["cpu_per_1k"] = (res["import_cpu"] + res["match_cpu"]) / n
        wall = res["import_wall"] + res["match_wall"]
        print(
            f"{system:<14} {p:>6.4f} {r:>6.4f} {f1:>6.4f} {res['import_cpu'] / n:>7.3f} "
            f"{res['match_cpu'] / n:>7.3f} {res['cpu_per_1k']:>7.3f} {wall:>7.1f} "
            f"{res['peak_mb']:>8.0f} {res['pairs_scored']:>9,}"
        )
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
    if args.json:
        summary = {
            system: {
                k: v for k, v in res.items() if k not in ("keys", "truth", "cluster", "content")
            }
            for system, res in results.items()
        }
        args.json.write_text(json.dumps({"data": label, "rows": rows, **summary}, indent=2))


if __name__ == "__main__":
    main()
