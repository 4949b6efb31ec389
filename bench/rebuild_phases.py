"""Where one import's CPU goes: each pass of the streamed rebuild timed on its own.

    python bench/rebuild_phases.py SIZE [--pg] [--blind SEED] [--json OUT]

Imports SIZE observations of the blind matching set (as ``scale_bench.py --blind`` does) into
a fresh store and prints the CPU time of this process inside each pass of the merge the run ends
with: the index, what is shared, candidate pairs, scoring, people, near candidates,
organizations. The passes nest (people holds resolve, derive and writes), so the rows do not
add up. Two checkouts run at once on the same machine (each from its own virtualenv) compare
code at the same load, which a timed run half an hour apart cannot (CPU time inflates with the
machine's load). A pass a checkout lacks is left out.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import scale_bench  # noqa: E402

PASSES = {
    "the whole merge": "contactkit.pipeline:Pipeline.merge",
    "index": "contactkit.streamed_scoring:BlockScoring.index_nodes",
    "what is shared": "contactkit.streamed_scoring:BlockScoring.decide_shared",
    "candidate pairs": "contactkit.streamed_scoring:BlockScoring.candidate_pairs",
    "scoring": "contactkit.streamed_scoring:BlockScoring.score_pairs",
    "people": "contactkit.streamed_rebuild:_Rebuild.people",
    "  resolve": "contactkit.streamed_rebuild:resolve",
    "  derive": "contactkit.derivation:derive_golden",
    "  write": "contactkit.store:Store.write_golden_batch",
    "near candidates": "contactkit.streamed_derived:NearCandidates.write",
    "organizations": "contactkit.streamed_derived:organizations",
}
spent: dict[str, float] = defaultdict(float)


def _timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - start

    return timed


def _wrap_passes() -> None:
    for name, where in PASSES.items():
        module_name, path = where.split(":")
        owner: Any = importlib.import_module(module_name)
        *parents, attribute = path.split(".")
        for parent in parents:
            owner = getattr(owner, parent, None)
        if owner is not None and hasattr(owner, attribute):
            setattr(owner, attribute, _timed(name, getattr(owner, attribute)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int)
    parser.add_argument("--pg", action="store_true", help="on a throwaway PostgreSQL server")
    parser.add_argument("--blind", type=int, default=5, metavar="SEED")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    _wrap_passes()
    from contactkit.plugins import build_registry

    data = scale_bench.blind_data(args.blind, args.size)
    backend = scale_bench._Backend(args.pg)
    try:
        registry = build_registry()
        registry.sources["generated"] = scale_bench._GeneratedSource.make(
            lambda: scale_bench._blind_observations(data, args.size), args.size
        )
        start = time.process_time()
        pipeline = scale_bench._pipeline(backend.fresh(), [{"type": "generated"}], registry)
        scale_bench._run(pipeline)
        total = time.process_time() - start
        merge = {k: v for k, v in pipeline.report.merge.items() if isinstance(v, int | float)}
        pipeline.close()
    finally:
        backend.close()
    print(f"{args.size} observations, {'PostgreSQL' if args.pg else 'SQLite'}, "
          f"load {os.getloadavg()[0]:.1f}: {merge.get('golden records')} golden records, "
          f"{merge.get('pairs to review')} pairs to review")  # fmt: skip
    print(f"{'pass':24} {'CPU s':>8} {'share':>6}")
    print(f"{'the whole import':24} {total:8.1f} {1:6.0%}")
    for name in PASSES:
        if name in spent:
            print(f"{name:24} {spent[name]:8.1f} {spent[name] / total:6.0%}")
    if args.json:
        figures = {"size": args.size, "total": total, "passes": dict(spent), "merge": merge}
        args.json.write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
