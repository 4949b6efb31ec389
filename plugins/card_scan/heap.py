"""Keep a freed photo's buffers for the next card instead of handing them back to the kernel.

A phone photo's arrays (the image, its grey and scaled copies, each tens of megabytes) are
larger than glibc's mmap threshold, so every one is mapped, faulted in page by page and unmapped
again: 39 blind-style photos spent 29.6 s of system CPU beside 45.8 s of user CPU. Raising the
threshold and the trim threshold to 64 and 256 MB took the system CPU to 4.4 s, for a peak
resident size of 1.20 GB instead of 0.89 GB (bench figures in docs/card_scan_log.md, session 19).
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache

# mallopt's parameter numbers (glibc malloc.h).
M_TRIM_THRESHOLD, M_TOP_PAD, M_MMAP_THRESHOLD = -1, -2, -3
SETTINGS = ((M_MMAP_THRESHOLD, 64 << 20), (M_TRIM_THRESHOLD, 256 << 20), (M_TOP_PAD, 64 << 20))


@cache
def keep_freed_buffers() -> bool:
    """Tune glibc's allocator once per process; False where there is no glibc (macOS, musl)."""
    try:
        mallopt = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    return all(mallopt(option, value) == 1 for option, value in SETTINGS)
