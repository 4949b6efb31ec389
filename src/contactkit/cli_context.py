"""What every ``contactkit`` command shares: the job (config, store, verbosity), the consoles,
the one-line user error, progress bars, the exit codes, and running a source from a command.

Commands live in ``contactkit.commands`` (one module per concern) and in plugins
(``contactkit_register_commands``); ``contactkit.cli`` is the root group that registers them.
All of them import from here, so none imports another or the root.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from contactkit.config import Config, config_from_dict, load_config
from contactkit.redact import scrub
from contactkit.report import RunReport

if TYPE_CHECKING:  # the pipeline loads the store and matching (333 modules): only where run
    from contactkit.pipeline import Pipeline

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

    def pipeline(self, config: Config, dry_run: bool = False) -> AbstractContextManager[Pipeline]:
        from contactkit.pipeline import open_pipeline

        return open_pipeline(config, dry_run=dry_run, **self.pipeline_options())

    def pipeline_options(self) -> dict[str, Any]:
        """How a pipeline talks to this terminal: progress bars and log lines."""
        return {"progress": _progress, "log": lambda line: console.print(line, highlight=False)}


pass_job = click.make_pass_decorator(Job)


def exit_code_for(report: RunReport) -> int:
    if report.aborted:
        return EXIT_ABORTED
    return EXIT_FAILED_RECORDS if report.failed else EXIT_OK


def finish(report: RunReport) -> None:
    """Print the run report and exit with the code it deserves."""
    report.render(console)
    sys.exit(exit_code_for(report))


def run_one_source(
    ctx: click.Context, source_type: str, options: dict[str, Any], *, instance: str | None = None
) -> RunReport:
    """Ingest one source given on the command line, merge, and print the run report.

    For plugins' own commands (``contactkit import``, ``scan``, ``harvest``): the rest of the
    config (store, region, company) still comes from the config file when there is one.
    """
    from contactkit.pipeline import SourceOptionsError, run_source

    job = ctx.find_object(Job)
    assert job is not None
    config = job.config(required=False)
    try:
        report = run_source(
            config, source_type, options, instance=instance, **job.pipeline_options()
        )
    except SourceOptionsError as exc:
        raise UserError(str(exc)) from None
    report.render(console)
    # a watching station calls this again and again: the exit code waits for the command's end
    job.exit_code = max(job.exit_code, exit_code_for(report))
    return report
