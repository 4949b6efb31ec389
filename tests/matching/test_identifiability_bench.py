"""The identifiability bench counts pairs by grouping; those counts must be every pair's."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import matching_identifiability as mi  # noqa: E402
import pair_evidence as pe  # noqa: E402


@pytest.fixture(scope="module")
def lines(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    out = tmp_path_factory.mktemp("blind")
    gen = ROOT / "bench" / "blind" / "matching_gen.py"
    cmd = [sys.executable, str(gen), "--seed", "1", "--people", "150", "--out", str(out)]
    subprocess.run(cmd, check=True, capture_output=True)
    with (out / "observations.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.mark.parametrize("cap", [500, 3])
def test_grouped_counts_are_every_pairs(lines: list[dict], cap: int) -> None:
    ev = pe.Evidence(lines, shared=5, cap=cap)
    counts = pe.count_classes(ev)
    every: dict = defaultdict(lambda: [0, 0])
    for i, j in combinations(range(len(lines)), 2):
        label = ev.label(i, j) or (ev.weak_set(i, j), pe.CONTEXT)
        every[label][ev.truth[i] != ev.truth[j]] += 1
    assert {c: tf for c, tf in counts.classes.items() if any(tf)} == every
    assert sum(map(sum, every.values())) == len(lines) * (len(lines) - 1) // 2
    assert len(counts.true_label) == sum(t for t, _ in every.values())


def test_oracle_takes_classes_by_precision_and_the_last_in_part() -> None:
    classes = {"a": [98, 0], "b": [10, 10], "c": [50, 1]}
    recall, chosen, part = mi.oracle(classes, total_true=200)
    # a and c: 148 true, 1 false (P 0.993); then the part x of b keeping P at 0.98:
    # (148 + 10x) / (149 + 20x) = 0.98  ->  x = (0.98 * 149 - 148) / (10 - 0.98 * 20)
    x = (0.98 * 149 - 148) / (10 - 0.98 * 20)
    assert chosen == {"a", "c"} and part == "b"
    assert recall == pytest.approx((148 + 10 * x) / 200)


def test_precision_at_the_target_recall() -> None:
    classes = {"a": [98, 0], "b": [10, 10], "c": [50, 1]}
    # recall 0.95 of 160 true pairs is 152: a and c (148 true, 1 false), then 4 of b's 10 true
    # with as many false
    assert mi.precision_at(classes, total_true=160) == pytest.approx(152 / 157)
    assert mi.precision_at(classes, total_true=200) == 0.0  # b's 10 do not reach 190
