"""Offline mailboxes: the same harvest from mbox files, Maildir folders and folders of .eml files.

A rollout can run from exports. Each mailbox splits into units (one mbox file, one Maildir
folder, one folder of .eml files) that are read in a stable order, so a checkpoint's position
("the first N messages of this unit are done") means the same thing on the next run.
"""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .imap_fetch import SENT_NAMES, SKIP_NAMES


@dataclass(frozen=True)
class Unit:
    """One folder of messages: kind is 'mbox', 'maildir' or 'eml'."""

    kind: str
    path: Path
    owner: str | None

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.path}"

    @property
    def is_sent(self) -> bool:
        """The owner's Sent folder (its From addresses are the owner's)."""
        return _leaf(self.path) in SENT_NAMES

    def fingerprint(self) -> str:
        """Changes whenever the unit's content may have changed."""
        if self.kind == "mbox":
            st = self.path.stat()
            return f"{st.st_size}:{st.st_mtime_ns}"
        files = list(self._files())
        newest = max((f.stat().st_mtime_ns for f in files), default=0)
        return f"{len(files)}:{newest}"

    def size(self) -> int:
        return self.path.stat().st_size if self.kind == "mbox" else 0

    def appended_since(self, old_size: int) -> bool:
        """An mbox that grew at its end only: a new message starts where the old file ended."""
        if self.kind != "mbox" or old_size <= 0 or self.size() <= old_size:
            return False
        with self.path.open("rb") as fh:
            fh.seek(old_size)
            head = fh.read(6)
        return head.startswith(b"From ") or head.startswith(b"\nFrom ")

    def _files(self) -> Iterator[Path]:
        if self.kind == "maildir":
            for sub in ("cur", "new"):
                folder = self.path / sub
                if folder.is_dir():
                    yield from (p for p in folder.iterdir() if p.is_file() and p.name[0] != ".")
        elif self.kind == "eml":
            yield from (p for p in self.path.iterdir() if p.suffix.lower() == ".eml")

    def keys(self) -> list[str]:
        """Message keys in a stable order."""
        if self.kind == "mbox":
            return [str(k) for k in _mbox(self.path).iterkeys()]  # iterating yields messages
        return sorted(str(p.relative_to(self.path)) for p in self._files())

    def read(self, key: str) -> bytes:
        if self.kind == "mbox":
            return _mbox(self.path).get_bytes(int(key))
        return (self.path / key).read_bytes()


_MBOX_CACHE: dict[Path, tuple[tuple[int, int], mailbox.mbox]] = {}


def _mbox(path: Path) -> mailbox.mbox:
    # mailbox.mbox scans the file once for its table of contents: keep it while the file is
    # unchanged (size and mtime), reopen it when it changed
    st = path.stat()
    stamp = (st.st_size, st.st_mtime_ns)
    hit = _MBOX_CACHE.get(path)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    if hit is not None:
        hit[1].close()
    box = mailbox.mbox(path, create=False)
    _MBOX_CACHE[path] = (stamp, box)
    return box


def forget_cache() -> None:
    for _, box in _MBOX_CACHE.values():
        box.close()
    _MBOX_CACHE.clear()


def split_message(data: bytes) -> tuple[bytes, bytes]:
    """(header block, body) of a raw message."""
    for sep in (b"\r\n\r\n", b"\n\n"):
        head, found, body = data.partition(sep)
        if found:
            return head + b"\n", body
    return data, b""


def owner_from_name(path: Path) -> str | None:
    name = path.name
    for suffix in (".mbox", ".maildir"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name.lower() if "@" in name else None


def units(path: Path, owner: str | None, extra_skip: list[str]) -> list[Unit]:
    """Every readable folder under ``path`` (not Junk, Trash, Drafts), INBOX and Sent first."""
    skip = SKIP_NAMES | {s.lower() for s in extra_skip}
    found: list[Unit] = []
    _walk(path, owner, skip, found, top=True)
    return sorted(found, key=lambda u: (_rank(u.path), str(u.path)))


def _leaf(path: Path) -> str:
    return path.name.lower().lstrip(".").removesuffix(".mbox").rsplit(".", 1)[-1]


def _rank(path: Path) -> int:
    """Sent first (it tells the owner's aliases), then INBOX."""
    leaf = _leaf(path)
    return 0 if leaf in SENT_NAMES else 1 if leaf in ("inbox", "cur", "new") else 2


def _is_skipped(path: Path, skip: set[str], top: bool) -> bool:
    if top:
        return False
    leaf = path.name.lstrip(".").removesuffix(".mbox").lower()
    return leaf in skip or leaf.rsplit(".", 1)[-1] in skip


def _walk(path: Path, owner: str | None, skip: set[str], out: list[Unit], top: bool) -> None:
    if _is_skipped(path, skip, top):
        return
    if path.is_file():
        if _looks_like_mbox(path):
            out.append(Unit("mbox", path, owner))
        return
    if not path.is_dir():
        return
    if (path / "cur").is_dir() or (path / "new").is_dir():
        out.append(Unit("maildir", path, owner))
        # Maildir++ subfolders: .Sent, .Archive.2023 ...
        for sub in sorted(path.iterdir()):
            if sub.is_dir() and sub.name.startswith(".") and sub.name not in (".", ".."):
                _walk(sub, owner, skip, out, top=False)
        return
    if any(p.suffix.lower() == ".eml" for p in path.iterdir()):
        out.append(Unit("eml", path, owner))
    for sub in sorted(path.iterdir()):
        if sub.is_dir() or sub.suffix.lower() != ".eml":
            _walk(sub, owner, skip, out, top=False)


def _looks_like_mbox(path: Path) -> bool:
    if path.suffix.lower() == ".eml":
        return False
    try:
        with path.open("rb") as fh:
            return fh.read(5) == b"From "
    except OSError:
        return False
