"""Plain union-find for the benches: clusters from pairs, no cluster check."""

from __future__ import annotations

from collections.abc import Iterable


def components(size: int, edges: Iterable[tuple[int, int]]) -> list[int]:
    """Each of ``size`` items' cluster (its smallest member) once every edge (a, b) joins."""
    parent = list(range(size))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return [find(i) for i in range(size)]
