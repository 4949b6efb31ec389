"""What the streamed rebuild keeps on disk rather than in memory, read back by place.

A pass over the store holds one block of observations; what later passes need of the others
waits in a temporary file, which the page cache keeps near at hand while memory stays flat.
"""

from __future__ import annotations

import json
import marshal
import os
import tempfile
from array import array
from collections.abc import Iterable
from typing import Any

from contactkit.matching.features import Features, packed, read_names, unpacked


class Spilled:
    """JSON values on disk, read back by place. A rebuild's weak pairs' reasons name the values
    compared, so nearly each is unique, and only the few that become near candidates are ever
    read back; its review rows wait there until the records are written."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 (open for the rebuild: close())
        self._end = 0

    def append(self, value: Any) -> int:
        """Store one value; returns where it is."""
        at = self._end
        line = json.dumps(value).encode() + b"\n"  # escaped: a value's newline stays inside
        self._file.write(line)
        self._end += len(line)
        return at

    def read(self, places: Iterable[int]) -> dict[int, Any]:
        """The values stored at these places."""
        self._file.flush()
        out: dict[int, Any] = {}
        for at in sorted(set(places)):
            self._file.seek(at)
            out[at] = json.loads(self._file.readline())
        self._file.seek(self._end)
        return out

    def close(self) -> None:
        self._file.close()


class SpilledFeatures:
    """Matching features by node id, written once and read back in a few microseconds each.

    Deriving a node's features from its payload costs about ten times reading them back, and
    the rebuild needs most nodes' features more than once: as its block is scored, whenever a
    later block pairs with it (at 1M nodes, half again as many reads), and when its component
    is resolved."""

    def __init__(self, top: int) -> None:
        self._file = tempfile.TemporaryFile(buffering=0)  # noqa: SIM115 (close())
        self._at = array("q", [-1]) * (top + 1)
        self._size = array("l", [0]) * (top + 1)
        self._end = 0

    def put(self, features: dict[int, Features]) -> None:
        """Keep these nodes' features (a node is written once: later puts of it are ignored)."""
        out = bytearray()
        at, size = self._at, self._size
        for node, f in features.items():
            if at[node] < 0:
                blob = marshal.dumps(packed(f))
                at[node], size[node] = self._end + len(out), len(blob)
                out += blob
        os.pwrite(self._file.fileno(), out, self._end)
        self._end += len(out)

    def get(self, nodes: Iterable[int]) -> tuple[dict[int, Features], list[int]]:
        """The kept features of these nodes, and the nodes that have none kept."""
        found: dict[int, Features] = {}
        missing: list[int] = []
        at, size, fd = self._at, self._size, self._file.fileno()
        names = read_names()
        for node in nodes:
            if at[node] < 0:
                missing.append(node)
            else:
                found[node] = unpacked(marshal.loads(os.pread(fd, size[node], at[node])), names)
        return found, missing

    def close(self) -> None:
        self._file.close()
