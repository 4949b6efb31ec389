"""The ``contactkit`` command line: the root group, its options, and the commands it registers.

The commands live in ``contactkit.commands`` (one module per concern) and in plugins
(``contactkit_register_commands``); what they share (the job, consoles, exit codes,
``run_one_source``) is in ``contactkit.cli_context``.

Exit codes: 0 done; 1 done, but some records failed (see the report); 2 bad usage or config;
3 a step aborted (a source, enricher or sink could not run at all).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import click
from rich.logging import RichHandler
from rich.markup import escape

from contactkit import __version__
from contactkit.cli_context import (  # noqa: F401 (re-exported: plugins' commands import them here)
    EXIT_ABORTED,
    EXIT_FAILED_RECORDS,
    EXIT_OK,
    EXIT_USAGE,
    Job,
    UserError,
    _progress,
    console,
    err_console,
    exit_code_for,
    finish,
    pass_job,
    run_one_source,
)
from contactkit.commands.check import check_command
from contactkit.commands.contacts import contacts_command
from contactkit.commands.corrections import (
    bounced_command,
    merge_command,
    pin_command,
    unmerge_command,
)
from contactkit.commands.export_person import export_person_command
from contactkit.commands.flow import enrich_command, push_command, run_command
from contactkit.commands.forget import forget_command
from contactkit.commands.init import init_command
from contactkit.commands.new_plugin import new_plugin_command
from contactkit.commands.plugins import plugins_command
from contactkit.commands.rebuild import rebuild_command
from contactkit.commands.report import report_command
from contactkit.commands.review import review_command
from contactkit.commands.serve import serve_command
from contactkit.commands.show import show_command
from contactkit.config import DEFAULT_CONFIG_NAME, ConfigError
from contactkit.plugins import registry
from contactkit.redact import format_exception, install_logging_filter, scrub
from contactkit.secrets import SecretError
from contactkit.store import StoreError
from contactkit.store.integrity import explain_later

COMMANDS: list[click.Command] = [
    init_command,
    check_command,
    plugins_command,
    run_command,
    enrich_command,
    push_command,
    contacts_command,
    show_command,
    report_command,
    review_command,
    unmerge_command,
    merge_command,
    pin_command,
    bounced_command,
    rebuild_command,
    forget_command,
    export_person_command,
    serve_command,
    new_plugin_command,
]
"""The host's own commands; plugins add theirs through ``contactkit_register_commands``."""


class _Group(click.Group):
    """Turns known errors into one line; ``--debug`` shows the traceback instead."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (ConfigError, SecretError, StoreError) as exc:
            _debug_traceback(ctx, exc)
            raise UserError(str(exc)) from None
        except KeyboardInterrupt:
            err_console.print("interrupted: the next run resumes from the last checkpoint")
            sys.exit(130)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:  # a bug or an unforeseen fault: one line, secrets scrubbed
            _debug_traceback(ctx, exc)
            explained = explain_later(exc)
            if explained:
                raise UserError(explained) from None
            err_console.print(
                f"[red]error:[/red] {escape(scrub(_first_line(exc)))} "
                "(run again with --debug for the traceback)",
                highlight=False,
            )
            sys.exit(EXIT_ABORTED)


def _debug_traceback(ctx: click.Context, exc: BaseException) -> None:
    """With ``--debug``, the traceback, scrubbed of every secret the run resolved."""
    job = ctx.find_object(Job)
    if job is not None and job.debug:
        err_console.print(escape(format_exception(exc)), highlight=False)


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__


@click.group(cls=_Group, commands=COMMANDS)
@click.version_option(__version__, prog_name="contactkit")
@click.option(
    "-c",
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=DEFAULT_CONFIG_NAME,
    show_default=True,
    envvar="CONTACTKIT_CONFIG",
    help="The TOML config file.",
)
@click.option(
    "--db", help="Store URL or SQLite file; overrides [store] url.", envvar="CONTACTKIT_DB"
)
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.pass_context
def cli(ctx: click.Context, config_path: Path, db: str | None, debug: bool) -> None:
    """Populate a CRM with clean contacts and keep them alive."""
    ctx.obj = Job(config_path, db, debug)
    handler = RichHandler(console=err_console, show_path=False, show_time=False)
    install_logging_filter(handler)
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(message)s",
        handlers=[handler],
        force=True,
    )


@cli.result_callback()
@click.pass_context
def _exit_with_worst_outcome(ctx: click.Context, *_: Any, **__: Any) -> None:
    job = ctx.find_object(Job)
    if job is not None and job.exit_code:
        sys.exit(job.exit_code)


def _attach_plugin_commands() -> None:
    """Let every plugin add its commands (``contactkit_register_commands``)."""
    registry().manager.hook.contactkit_register_commands(cli=cli)


def main() -> None:
    _attach_plugin_commands()
    cli()


if __name__ == "__main__":
    main()
