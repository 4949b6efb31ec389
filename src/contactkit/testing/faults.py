"""Fault injection: run a ``contactkit`` command and kill it, with no cleanup, at a chosen point.

The command runs in a forked child. The child counts the SQL statements it sends and dies with
``os._exit`` just before the ``kill_at``-th one, as ``kill -9`` would leave it: no ``finally``, no
rollback but the database's own, no lock released but by the OS. A statement is a fine-grained
clock over everything a run does to the store (ingest batches, checkpoints, the merge, each push),
so seeded random kill points cover all of it reproducibly.

With ``now``, the child's clock (``contactkit.model.utcnow``) reads that instant throughout: what
a run derives from the time (a record's validity, a relationship's strength, when a value was
last confirmed) is then the same in two runs however long apart they ran.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

KILLED = 137
"""The exit status of a killed child (as a shell shows ``kill -9``)."""


@dataclass(frozen=True)
class Outcome:
    exit_code: int
    statements: int
    """SQL statements the command sent (before dying, when killed)."""

    @property
    def killed(self) -> bool:
        return self.exit_code == KILLED


def warm_up() -> None:
    """Load in this process what every command loads (plugins, country names), once: forked
    children inherit it, so each run costs its own work only."""
    from contactkit import geo
    from contactkit.cli import _attach_plugin_commands

    _attach_plugin_commands()
    geo._names_all_languages()


def run_cli(
    args: Sequence[str], cwd: Path, kill_at: int | None = None, now: datetime | None = None
) -> Outcome:
    """``contactkit ARGS`` in ``cwd``; with ``kill_at``, killed before that statement; with
    ``now`` (aware), run with the clock stopped at that instant."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        code = 70
        try:
            if now is not None:
                _stop_clock(now)
            code = _child(list(args), cwd, kill_at, write_end)
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        reported = pipe.read().decode() or "0"
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    statements = kill_at - 1 if code == KILLED and kill_at else int(reported)
    return Outcome(code, statements)


def _stop_clock(at: datetime) -> None:
    """Every ``utcnow()`` in this process returns ``at``, however the caller imported it (by
    name, or as a model field's default factory): the function reads the ``datetime`` of its
    own module, replaced here."""
    from contactkit.model import base

    class Stopped(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> datetime:  # type: ignore[override]
            return at.astimezone(tz) if tz is not None else at.replace(tzinfo=None)

    base.datetime = Stopped  # type: ignore[misc]


def _child(args: list[str], cwd: Path, kill_at: int | None, report_fd: int) -> int:
    import sys

    from sqlalchemy import Engine, event

    from contactkit.cli import _attach_plugin_commands, cli

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (the child exits right after)
    os.chdir(cwd)
    count = 0

    def before_statement(*_: Any, **__: Any) -> None:
        nonlocal count
        count += 1
        if kill_at is not None and count >= kill_at:
            os._exit(KILLED)

    event.listen(Engine, "before_cursor_execute", before_statement)
    _attach_plugin_commands()
    try:
        cli.main(args=args, prog_name="contactkit", standalone_mode=True)
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    os.write(report_fd, str(count).encode())
    return code
