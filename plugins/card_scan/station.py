"""The watch-folder protocol of a scanning station: claim, process, then done/ or failed/.

Layout under the watched folder ``DIR``::

    DIR/                      scanners drop files here
    DIR/processing/<station>/ files this station has claimed (atomic rename: one owner each)
    DIR/done/                 read and stored
    DIR/failed/               unreadable, with ``<name>.reason.txt`` beside each

A file is in exactly one of these places at any time, and only ever moves by ``os.rename`` within
one file system, so it is never lost. A file is moved to done/ only after the host has stored its
card (the source resumes past the card's ``Checkpoint``); a station stopped mid-card leaves the
file in processing/<station>/, and the next start of that station takes it up again. The source
key is the content hash, so a card read twice is stored once.
"""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

PROCESSING, DONE, FAILED = "processing", "done", "failed"
# Names scanners and browsers write while a file is still arriving.
PARTIAL_SUFFIXES = (".part", ".partial", ".tmp", ".crdownload", ".download", ".filepart")


def default_station() -> str:
    return socket.gethostname().split(".")[0] or "station"


class Station:
    def __init__(self, root: Path, station: str | None = None, settle_seconds: float = 2.0) -> None:
        self.root = root
        self.name = station or default_station()
        self.claimed_dir = root / PROCESSING / self.name
        self.done_dir = root / DONE
        self.failed_dir = root / FAILED
        self.settle_seconds = settle_seconds

    def prepare(self) -> None:
        for folder in (self.claimed_dir, self.done_dir, self.failed_dir):
            folder.mkdir(parents=True, exist_ok=True)

    def leftovers(self) -> list[Path]:
        """Files this station claimed in an earlier run that was stopped before finishing."""
        return sorted(p for p in self.claimed_dir.iterdir() if p.is_file())

    def pending(self) -> list[Path]:
        """Files waiting in the inbox that look complete (not hidden, partial, or still growing)."""
        if not self.root.is_dir():
            return []
        now = time.time()
        out = []
        for path in sorted(self.root.iterdir()):
            name = path.name
            if name.startswith(".") or name.lower().endswith(PARTIAL_SUFFIXES):
                continue
            try:
                stat = path.stat()
            except FileNotFoundError:
                continue  # another station claimed it meanwhile
            if not path.is_file():
                continue
            # An empty file may be one a scanner has just opened: give it the settle time
            # twice over; still empty then, it is claimed and fails with its reason.
            wait = self.settle_seconds * (2 if stat.st_size == 0 else 1)
            if now - stat.st_mtime < wait:
                continue  # still being written, probably
            out.append(path)
        return out

    def claim(self, path: Path) -> Path | None:
        """Move ``path`` into this station's processing folder; None if another got it first."""
        target = _free_name(self.claimed_dir, path.name)
        try:
            os.rename(path, target)
        except FileNotFoundError:
            return None
        return target

    def finish(self, claimed: Path, key: str | None) -> Path:
        return _move(claimed, self.done_dir, key)

    def fail(self, claimed: Path, reason: str, key: str | None) -> Path:
        target = _move(claimed, self.failed_dir, key)
        # The reason is written after the move: a crash in between leaves the file in failed/
        # without a reason, never a reason without its file.
        reason_file = target.with_name(target.name + ".reason.txt")
        tmp = reason_file.with_name("." + reason_file.name + ".tmp")
        tmp.write_text(reason.strip().splitlines()[0] + "\n", encoding="utf-8")
        os.replace(tmp, reason_file)
        return target


def _free_name(folder: Path, name: str, key: str | None = None) -> Path:
    target = folder / name
    if not target.exists():
        return target
    stem, suffix = os.path.splitext(name)
    tag = key[:12] if key else str(time.time_ns())
    target = folder / f"{stem}-{tag}{suffix}"
    counter = 1
    while target.exists() and not key:
        target = folder / f"{stem}-{tag}-{counter}{suffix}"
        counter += 1
    return target


def _move(path: Path, folder: Path, key: str | None) -> Path:
    # Same name and same content hash: the existing file is byte-identical, so replacing it
    # loses nothing; a different file of the same name gets its hash in the name.
    target = _free_name(folder, path.name, key)
    os.replace(path, target)
    return target
