"""The allocator setting that keeps a photo's freed buffers for the next card."""

from __future__ import annotations

import sys

import pytest

from contactkit_plugins.card_scan.heap import keep_freed_buffers


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mallopt is glibc's")
def test_glibc_accepts_the_thresholds_once_per_process():
    # Every mallopt call must succeed: a rejected value (above glibc's bound) would leave the
    # system-CPU cost of mapping each photo buffer anew (docs/card_scan_log.md, session 19).
    assert keep_freed_buffers() is True
    assert keep_freed_buffers.cache_info().currsize == 1
