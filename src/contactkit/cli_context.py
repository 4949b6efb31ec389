"""What every ``contactkit`` command shares: the job (config, store, verbosity), the consoles,
the one-line user error, progress bars and the exit codes.

Commands live in ``contactkit.cli`` (the core ones) and ``contactkit.commands`` (one module per
command); both import from here, so neither imports the other.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from contactkit.config import Config, config_from_dict, load_config
from contactkit.redact import scrub

EXIT_OK, EXIT_FAILED_RECORDS, EXIT_USAGE, EXIT_ABORTED = 0, 1, 2, 3

console = Console()
err_console = Console(stderr=True)


class UserError(click.ClickException):
    """A one-line error for the user; exit code 2."""

    exit_code = EXIT_USAGE

    def show(self, file: Any = None) -> None:
        err_console.print(
            f"[red]error:[/red] {escape(scrub(self.message))}", highlight=False, soft_wrap=True
        )


@contextmanager
def _progress(label: str, total: int | None = None) -> Iterator[Any]:
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        disable=not err_console.is_terminal,
    ) as progress:
        task = progress.add_task(label, total=total)

        class _Bar:
            def advance(self, amount: int = 1) -> None:
                progress.advance(task, amount)

            def set_total(self, new_total: int | None) -> None:
                progress.update(task, total=new_total)

        yield _Bar()


class Job:
    """What the root options say: which config, which store, how loud."""

    def __init__(self, config_path: Path, db: str | None, debug: bool) -> None:
        self.config_path = config_path
        self.db = db
        self.debug = debug
        self.exit_code = EXIT_OK
        """The worst outcome of the runs a command made; the process exits with it."""

    def config(self, required: bool = True) -> Config:
        if self.config_path.exists() or required:
            config = load_config(self.config_path)
        else:
            config = config_from_dict({}, base_dir=Path.cwd())
        if self.db:
            config.store.url = (
                self.db if "://" in self.db else f"sqlite:///{Path(self.db).resolve()}"
            )
        return config

    def pipeline(self, config: Config, dry_run: bool = False):
        from contactkit.pipeline import open_pipeline

        return open_pipeline(config, dry_run=dry_run, **self.pipeline_options())

    def pipeline_options(self) -> dict[str, Any]:
        """How a pipeline talks to this terminal: progress bars and log lines."""
        return {"progress": _progress, "log": lambda line: console.print(line, highlight=False)}


pass_job = click.make_pass_decorator(Job)
