"""The collector's pacing during a bulk run: cycles still collected, everything restored."""

from __future__ import annotations

import gc
import threading
import weakref

from contactkit import gc_pacing
from contactkit.gc_pacing import paced_gc


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_pacing_is_restored_and_nests() -> None:
    before = gc.get_threshold()
    old = Node()  # lives before the run: frozen meanwhile, handed back after
    with paced_gc():
        assert gc.get_threshold()[0] == max(gc_pacing.YOUNG, before[0])
        assert gc.get_freeze_count() > 0
        with paced_gc():  # a second run at once (the desk): one pacing
            assert gc.get_threshold()[0] == max(gc_pacing.YOUNG, before[0])
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
    gone = weakref.ref(old)
    del old
    gc.collect()
    assert gone() is None


def test_cyclic_garbage_is_still_collected_while_paced() -> None:
    with paced_gc():
        refs = []
        for _ in range(3 * gc_pacing.YOUNG):
            node = Node()
            refs.append(weakref.ref(node))
            del node
        # no explicit collect: the paced young collections found the cycles
        assert sum(r() is None for r in refs) >= gc_pacing.YOUNG


def test_pacing_survives_an_error_and_threads() -> None:
    before = gc.get_threshold()
    errors: list[BaseException] = []

    def run() -> None:
        try:
            with paced_gc():
                raise ValueError("a source failed")
        except ValueError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(errors) == 4
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
