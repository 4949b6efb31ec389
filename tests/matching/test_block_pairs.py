"""Every block's candidate pairs at once (the streamed rebuild) are one block's at a time."""

from __future__ import annotations

import random

import numpy as np
import pytest

from contactkit.matching.blocking import block_pair_keys, block_pairs


def _blocks(seed: int) -> list[list[int]]:
    """Blocks of 1 to 30 distinct places out of 500, some bigger than ``max_block``."""
    rng = random.Random(seed)
    return [rng.sample(range(500), rng.choice([1, 2, 3, 5, 12, 13, 30])) for _ in range(200)]


@pytest.mark.parametrize(("max_block", "window"), [(12, 4), (3, 2), (2, 1), (30, 40)])
@pytest.mark.parametrize("seed", range(5))
def test_all_blocks_at_once_give_each_blocks_pairs(seed: int, max_block: int, window: int) -> None:
    blocks = _blocks(seed)
    expected = sorted(
        high << 32 | low
        for members in blocks
        if len(members) >= 2
        for low, high in block_pairs(members, max_block, window, int)
    )
    starts = np.cumsum([0] + [len(b) for b in blocks[:-1]])
    members = np.array([m for b in blocks for m in b], dtype=np.int32)
    got = block_pair_keys(members, starts, max_block, window)
    assert sorted(got.tolist()) == expected
    assert len(expected) > 300


def test_no_block_of_two_gives_no_pair() -> None:
    got = block_pair_keys(np.array([7, 3, 9], dtype=np.int32), np.array([0, 1, 2]), 12, 4)
    assert got.tolist() == []
