"""The ``contactkit`` command line.

Exit codes: 0 done; 1 done, but some records failed (see the report); 2 bad usage or config;
3 a step aborted (a source, enricher or sink could not run at all).
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

import click
from rich.logging import RichHandler
from rich.markup import escape
from rich.table import Table

from contactkit import __version__
from contactkit.cli_context import (  # noqa: F401 (re-exported for plugins' commands)
    EXIT_ABORTED,
    EXIT_FAILED_RECORDS,
    EXIT_OK,
    EXIT_USAGE,
    Job,
    UserError,
    _progress,
    console,
    err_console,
    pass_job,
)
from contactkit.commands.check import check_command
from contactkit.commands.export_person import export_person_command
from contactkit.config import (
    DEFAULT_CONFIG_NAME,
    ConfigError,
)
from contactkit.plugins import registry
from contactkit.redact import format_exception, install_logging_filter, scrub
from contactkit.report import RunReport
from contactkit.secrets import SecretError
from contactkit.store import StoreError
from contactkit.store.integrity import explain_later


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


@click.group(cls=_Group)
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


@cli.result_callback()
@click.pass_context
def _exit_with_worst_outcome(ctx: click.Context, *_: Any, **__: Any) -> None:
    job = ctx.find_object(Job)
    if job is not None and job.exit_code:
        sys.exit(job.exit_code)


@cli.command()
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@pass_job
def init(job: Job, force: bool) -> None:
    """Write a commented starter contactkit.toml."""
    from contactkit.starter import STARTER_ADDRESSBOOKS, STARTER_CONFIG

    if job.config_path.exists() and not force:
        raise UserError(f"{job.config_path} exists (use --force to overwrite)")
    job.config_path.write_text(STARTER_CONFIG, encoding="utf-8")
    # the starter's source reads this folder: with it there, the first run succeeds as is
    books = job.config_path.parent / STARTER_ADDRESSBOOKS
    books.mkdir(parents=True, exist_ok=True)
    console.print(
        f"wrote {job.config_path} and {books}/: put .vcf or .csv address books there, "
        "edit the config, then run 'contactkit run'",
        highlight=False,
    )


@cli.command()
def plugins() -> None:
    """List installed plugins, what each provides, and any that failed to load."""
    reg = registry()
    table = Table(title="Plugins", title_justify="left")
    for column in ("plugin", "version", "sources", "sinks", "enrichers"):
        table.add_column(column)
    for info in reg.plugins:
        table.add_row(
            info.name,
            info.version or "",
            ", ".join(info.sources),
            ", ".join(info.sinks),
            ", ".join(info.enrichers),
        )
    console.print(table)
    for name, reason in sorted(reg.failures.items()):
        console.print(f"[red]failed[/red] {name}: {reason}", highlight=False)


@cli.command()
@click.option("--dry-run", is_flag=True, help="Read and merge, but only show what sinks would get.")
@pass_job
def run(job: Job, dry_run: bool) -> None:
    """Run the whole flow from the config: sources, merge, enrichers, sinks."""
    config = job.config()
    with job.pipeline(config, dry_run=dry_run) as pipeline:
        report = pipeline.run()
    finish(report)


@cli.command()
@click.option("--dry-run", is_flag=True, help="Show what would be sent, send nothing.")
@pass_job
def push(job: Job, dry_run: bool) -> None:
    """Send changed golden records to the configured sinks."""
    config = job.config()
    _, _, sinks = config.plugin_configs(registry())
    with job.pipeline(config, dry_run=dry_run) as pipeline, pipeline.recorded_run():
        for section, options in sinks:
            pipeline.push(section, options)
    finish(pipeline.report)


@cli.command()
@click.option("--dry-run", is_flag=True, help="Count the calls a run would make, make none.")
@pass_job
def enrich(job: Job, dry_run: bool) -> None:
    """Run the configured enrichers over the organizations in the store."""
    config = job.config()
    _, enrichers, _ = config.plugin_configs(registry())
    with job.pipeline(config, dry_run=dry_run) as pipeline, pipeline.recorded_run():
        for section, options in enrichers:
            pipeline.enrich(section, options)
        pipeline.merge()
    finish(pipeline.report)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per golden record.")
@click.option("--limit", type=int, default=None, help="Show at most this many.")
@pass_job
def contacts(job: Job, as_json: bool, limit: int | None) -> None:
    """List golden records."""
    from contactkit.records import golden_records
    from contactkit.store import Store

    store = Store(job.config(required=False).store.url, create=False)  # read-only
    records = golden_records(store)
    if as_json:
        for i, record in enumerate(records):
            if limit is not None and i >= limit:
                break
            payload = record.model_dump(mode="json", exclude_none=True)
            click.echo(json.dumps(payload, ensure_ascii=False, sort_keys=True))
        return
    table = Table(title="Contacts", title_justify="left")
    table.add_column("id", no_wrap=True)
    for column in ("name", "email", "phone", "title", "company", "owner", "sources"):
        table.add_column(column, overflow="fold")
    for i, record in enumerate(records):
        if limit is not None and i >= limit:
            break
        c = record.contact
        sources = sorted({ref.source for refs in record.provenance.values() for ref in refs})
        company = (record.organization.name if record.organization else None) or (
            c.organization.name if c.organization else ""
        )
        table.add_row(
            record.id,
            c.name.full or "",
            c.emails[0] if c.emails else "",
            (c.phones[0].e164 or c.phones[0].text) if c.phones else "",
            c.title or "",
            company or "",
            record.owner.email if record.owner else "",
            ", ".join(sources),
        )
    console.print(table)


@cli.command()
@click.argument("ref")
@pass_job
def show(job: Job, ref: str) -> None:
    """Show one golden record (by id, email or phone) with every value's source and time,
    or one company (by organization id, DUNS or domain) with its family and who knows it."""
    from contactkit.records import find_golden, provenance_value
    from contactkit.store import Store

    store = Store(job.config(required=False).store.url, create=False)  # read-only
    if _show_company(store, ref):
        return
    record = find_golden(store, ref)
    if record is None:
        raise UserError(f"no contact {ref!r}")
    table = Table(title=f"{record.id}: {record.contact.display_name}", title_justify="left")
    for column in ("field", "value", "from", "seen", "confidence"):
        table.add_column(column, overflow="fold")
    contact = record.contact.model_dump(mode="json", exclude_defaults=True)
    for field, refs in sorted(record.provenance.items()):
        base = field.split("[", 1)[0]
        value = provenance_value(contact, field)
        for i, src in enumerate(refs):
            table.add_row(
                base if i == 0 else "",
                value if i == 0 else "",
                f"{src.source} ({src.source_key})",
                src.seen_at.strftime("%Y-%m-%d %H:%M"),
                f"{src.confidence:.2f}",
            )
    console.print(table)
    if record.organization:
        org = record.organization
        console.print(
            f"Company: {org.name or ''}"
            + (f" · legal name {org.legal_name}" if org.legal_name else "")
            + (f" · DUNS {org.duns}" if org.duns else "")
            + "".join(f" · {role} {o.name or o.duns}" for role, o in record.family.items()),
            highlight=False,
        )
    for rel in record.relationships:
        console.print(
            f"Known by {rel.employee_email}: strength {rel.strength:.2f} "
            f"(sent {rel.sent}, received {rel.received}, cc {rel.cc_only}, replies {rel.replies})",
            highlight=False,
        )
    if record.owner:
        console.print(f"Owner: {record.owner.email}", highlight=False)
    _show_members(record)
    _show_matching(store, record.id)


def _show_company(store: Any, ref: str) -> bool:
    """The company view, when ``ref`` names an organization; False when it names none."""
    from contactkit.company import company_view
    from contactkit.company_cli import print_company

    view = company_view(store, ref)
    if view is None:
        return False
    print_company(console, view)
    return True


def _show_matching(store: Any, golden_id: str) -> None:
    """Which evidence joined which observations, the near candidates, how fresh the record is."""
    meta = store.golden_meta(golden_id).get(golden_id)
    if meta is None:
        return
    joins = [link for link in meta["evidence"] if not link.get("near")]
    near = [link for link in meta["evidence"] if link.get("near")]
    if joins:
        table = Table(title="Merged because", title_justify="left")
        for column in ("observation", "joined", "score", "evidence"):
            table.add_column(column, overflow="fold")
        for link in joins:
            table.add_row(link["a"], link["b"], f"{link['score']:g}", "; ".join(link["reasons"]))
        console.print(table)
    if near:
        table = Table(title="Near candidates (left apart)", title_justify="left")
        for column in ("record", "observation", "theirs", "score", "evidence"):
            table.add_column(column, overflow="fold")
        for link in near:
            table.add_row(
                link["near"], link["a"], link["b"], f"{link['score']:g}", "; ".join(link["reasons"])
            )
        console.print(table)
    confirmed = meta["confirmed_at"].strftime("%Y-%m-%d") if meta["confirmed_at"] else "never"
    console.print(
        f"Last confirmed {confirmed}; still right with probability {meta['validity']:.2f}",
        highlight=False,
    )
    for flag in meta["flags"]:
        console.print(f"[yellow]re-verify[/yellow] {flag}", highlight=False)


def _show_members(record: Any) -> None:
    """Every observation the record was built from, values won or not."""
    table = Table(title=f"Members ({len(record.members)})", title_justify="left")
    for column in ("source", "key", "seen"):
        table.add_column(column, overflow="fold")
    for member in record.members:
        table.add_row(member.source, member.key, member.seen.strftime("%Y-%m-%d %H:%M"))
    console.print(table)


@cli.command()
@click.option(
    "--queue",
    "queue_limit",
    type=int,
    default=20,
    show_default=True,
    help="Rows of the re-verification queue to show.",
)
@click.option(
    "--errors",
    "errors_of",
    is_flag=False,
    flag_value="latest",
    default=None,
    metavar="[RUN]",
    help="List every failed record of a run (default: the latest with failures).",
)
@click.option(
    "--html",
    "html_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the report with its charts as one self-contained HTML file.",
)
@pass_job
def report(job: Job, queue_limit: int, errors_of: str | None, html_path: Path | None) -> None:
    """A summary of the store: counts, runs, and the re-verification queue."""
    from contactkit.runs import recent_runs, waiting_reviews
    from contactkit.store import Store

    config = job.config(required=False)
    store = Store(config.store.url, create=False)  # read-only
    if errors_of is not None:
        _report_errors(store, errors_of)
        return
    if html_path is not None:
        from contactkit.desk.reporting import write_html

        write_html(store, html_path)
        console.print(f"wrote {html_path}", highlight=False)
        return
    table = Table(title="Store", title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    waiting = waiting_reviews(store)
    for label, count in store.counts().items():
        if label == "open reviews":
            table.add_row("card reviews waiting", str(waiting.cards))
            table.add_row("match reviews waiting", str(waiting.matches))
            continue
        table.add_row(label, str(count))
    console.print(table)
    runs = Table(title="Recent runs", title_justify="left")
    for column in ("run", "started", "status", "errors"):
        runs.add_column(column)
    for row in recent_runs(store):
        summary = row["summary"] or {}
        runs.add_row(
            str(row["id"]),
            row["started_at"].strftime("%Y-%m-%d %H:%M:%S"),
            row["status"],
            str(len(summary.get("errors", []))),
        )
    console.print(runs)
    if waiting.total:
        console.print(f"Review: {waiting.describe()} ('contactkit review')", highlight=False)
    _report_retention(store, config, queue_limit)
    _report_queue(store, queue_limit)
    _report_ownership(store)


def _report_ownership(store: Any) -> None:
    from contactkit.company_cli import print_ownership
    from contactkit.ownership import families

    print_ownership(console, families(store))


def _report_retention(store: Any, config: Any, limit: int) -> None:
    """The retention rule, and who is due under it."""
    from contactkit import retention

    console.print(retention.describe(config), highlight=False)
    if config.retention.months is None:
        return
    due = retention.due(store, config.retention.months)
    if not due:
        console.print("  none due")
        return
    table = Table(title=f"Due under the retention rule ({len(due)})", title_justify="left")
    for column in ("id", "name", "last sign of life"):
        table.add_column(column, overflow="fold")
    for entry in due[:limit]:
        last = entry.last_sign_of_life
        table.add_row(entry.golden_id, entry.name, last.strftime("%Y-%m-%d") if last else "never")
    console.print(table)


def _report_errors(store: Any, which: str) -> None:
    """``report --errors [RUN]``: every failed record with its source, key and reason."""
    from contactkit.runs import run_errors, run_exists

    run_id: int | None = None
    if which != "latest":
        if not which.isdigit() or not run_exists(store, int(which)):
            raise UserError(f"no run {which!r} (see 'contactkit report' for the runs)")
        run_id = int(which)
    run_id, rows = run_errors(store, run_id)
    if not rows:
        console.print(f"Run {run_id}: no failed records" if run_id else "No run has failed records")
        return
    table = Table(title=f"Run {run_id}: {len(rows)} failed record(s)", title_justify="left")
    for column in ("source", "record", "reason"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(escape(row.step), escape(row.record_key), escape(row.reason))
    console.print(table)


def _report_queue(store: Any, limit: int) -> None:
    from contactkit.matching.actions import reverification_queue

    entries = reverification_queue(store)
    if not entries:
        console.print("Re-verification queue: empty (nothing stale, bounced or changed jobs)")
        return
    table = Table(
        title=f"Re-verification queue ({len(entries)}, most urgent first)", title_justify="left"
    )
    for column in ("id", "name", "last confirmed", "validity", "strength", "why"):
        table.add_column(column, overflow="fold")
    for entry in entries[:limit]:
        table.add_row(
            entry.golden_id,
            entry.name,
            entry.confirmed_at.strftime("%Y-%m-%d") if entry.confirmed_at else "never",
            f"{entry.validity:.2f}",
            f"{entry.strength:.2f}",
            "; ".join(entry.flags),
        )
    console.print(table)
    if len(entries) > limit:
        console.print(f"... and {len(entries) - limit} more (--queue N shows more)")


@cli.command()
@click.argument("ref")
@click.argument("observations", nargs=-1)
@click.option("--undo", is_flag=True, help="Take back the unmerges of REF's observations.")
@pass_job
def unmerge(job: Job, ref: str, observations: tuple[str, ...], undo: bool) -> None:
    """Split a golden record; its parts are never joined again (until ``unmerge --undo``).

    Name the observations to split off as SOURCE:KEY (``contactkit show`` lists them); with none,
    every observation becomes its own record.
    """
    from contactkit import master
    from contactkit.matching.actions import ActionError, undo_unmerge
    from contactkit.matching.actions import unmerge as split
    from contactkit.store import Store

    config = job.config(required=False)
    store = Store(config.store.url)
    if undo:
        try:
            golden_id, dropped = undo_unmerge(store, ref)
        except ActionError as exc:
            raise UserError(str(exc)) from None
        master.rebuild(store, config)
        console.print(
            f"{golden_id}: {dropped} unmerge decision(s) taken back; matching decides again",
            highlight=False,
        )
        return
    try:
        result = split(store, ref, list(observations))
    except ActionError as exc:
        raise UserError(str(exc)) from None
    master.rebuild(store, config)
    parts = ", ".join(result.moved)
    if result.kept:
        parts += f" apart from {', '.join(result.kept)}"
    console.print(f"split {result.golden_id}: {parts}", highlight=False)


@cli.command("merge")
@click.argument("ref")
@click.argument("other")
@pass_job
def merge_records(job: Job, ref: str, other: str) -> None:
    """Join two golden records (by id, email or phone) for good; ``unmerge`` splits them again."""
    from contactkit import master
    from contactkit.matching.actions import ActionError, merge
    from contactkit.records import find_golden
    from contactkit.store import Store

    config = job.config(required=False)
    store = Store(config.store.url)
    try:
        result = merge(store, ref, other)
    except ActionError as exc:
        raise UserError(str(exc)) from None
    master.rebuild(store, config)
    joined = find_golden(store, result.golden_id) or find_golden(store, result.other_id)
    into = joined.id if joined else result.golden_id
    console.print(f"merged {result.golden_id} and {result.other_id} into {into}", highlight=False)


@cli.command()
@click.argument("ref")
@click.argument("field")
@click.argument("value", required=False)
@click.option("--clear", is_flag=True, help="Remove the pin; survivorship decides again.")
@pass_job
def pin(job: Job, ref: str, field: str, value: str | None, clear: bool) -> None:
    """Pin a field's value on a golden record (emails, phones: the primary one)."""
    from contactkit import master
    from contactkit.matching.actions import ActionError
    from contactkit.matching.actions import pin as set_pin
    from contactkit.store import Store

    if value is None and not clear:
        raise UserError("give a VALUE to pin, or --clear")
    config = job.config(required=False)
    store = Store(config.store.url)
    try:
        golden_id = set_pin(store, ref, field, None if clear else value, config.region)
    except ActionError as exc:
        raise UserError(str(exc)) from None
    master.rebuild(store, config)
    what = "unpinned" if clear else f"pinned to {value!r}"
    console.print(f"{golden_id}: {field} {what}", highlight=False)


@cli.command()
@click.argument("emails", nargs=-1, required=True)
@click.option("--at", "when", help="When it bounced (ISO date); default now.")
@pass_job
def bounced(job: Job, emails: tuple[str, ...], when: str | None) -> None:
    """Record that emails bounced: their records join the re-verification queue."""
    from datetime import UTC, datetime

    from contactkit import master
    from contactkit.model import utcnow
    from contactkit.normalize import NormalizationError, normalize_email
    from contactkit.store import Store

    try:
        at = datetime.fromisoformat(when) if when else utcnow()
    except ValueError:
        raise UserError(f"--at {when!r}: not an ISO date such as 2026-03-01") from None
    at = at if at.tzinfo else at.replace(tzinfo=UTC)
    config = job.config(required=False)
    store = Store(config.store.url)
    for email in emails:
        try:
            store.add_bounce(normalize_email(email), at, "cli")
        except NormalizationError as exc:
            raise UserError(str(exc)) from None
    master.rebuild(store, config)
    console.print(f"{len(emails)} bounce(s) recorded")


@cli.command()
@click.argument("ref")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_job
def forget(job: Job, ref: str, yes: bool) -> None:
    """Erase a person everywhere (by email) and keep them out of later runs."""
    from contactkit.forget import forget_person
    from contactkit.store import Store

    config = job.config(required=False)
    store = Store(config.store.url)
    if not yes and not click.confirm(f"Erase {ref} and everything known about them?"):
        raise UserError("nothing erased")
    from contactkit.runs import RunLock

    # a run in progress read the forget list when it started: it would write them back
    with RunLock(store):
        erased = forget_person(store, ref, config)
    console.print(
        f"erased {erased.golden_id or ref}: {erased.observations} observations, "
        f"{len(erased.values)} emails and phones suppressed; the next push removes them from sinks",
        highlight=False,
    )


@cli.command()
@pass_job
def rebuild(job: Job) -> None:
    """Re-derive every golden record from all observations (a repair; runs merge incrementally)."""
    from contactkit import master
    from contactkit.store import Store

    config = job.config(required=False)
    store = Store(config.store.url)
    with _progress("rebuilding golden records") as bar:
        stats = master.rebuild(store, config)
        bar.advance()
    console.print(
        f"{stats.observations} observations, {stats.golden} golden records "
        f"({stats.created} created, {stats.updated} updated, {stats.retired} retired)",
        highlight=False,
    )


@cli.command()
@pass_job
def review(job: Job) -> None:
    """Confirm or correct what the machine was unsure of (cards, company and person matches)."""
    from contactkit.review_cli import match_review_loop, review_loop
    from contactkit.runs import waiting_reviews
    from contactkit.store import Store

    config = job.config(required=False)
    store = Store(config.store.url)
    waiting = waiting_reviews(store)
    if not waiting.total:
        console.print("nothing to review")
        return
    console.print(waiting.describe(), highlight=False)
    done = review_loop(store, console)
    done += match_review_loop(store, console)
    if done:
        from contactkit import master

        master.rebuild(store, config)
        console.print(f"{done} reviewed; golden records updated")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8470, show_default=True, type=int)
@click.option(
    "--token-file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="A file holding the sign-in token (or set CONTACTKIT_DESK_TOKEN); needed off loopback.",
)
@pass_job
def serve(job: Job, host: str, port: int, token_file: Path | None) -> None:
    """The desk in a browser: scan and review cards, find contacts, show the report."""
    import waitress

    from contactkit.desk import DeskSettings, create_app
    from contactkit.desk.app import warm
    from contactkit.desk.security import DeskError, resolve_token
    from contactkit.store import Store

    config = job.config(required=False)
    try:
        token = resolve_token(host, token_file)
    except DeskError as exc:
        raise UserError(str(exc)) from None
    Store(config.store.url).close()  # scanning writes: a new folder gets its store
    settings = DeskSettings(config=config, upload_dir=config.base_dir / "desk-uploads", token=token)
    app = create_app(settings)
    warm(app)
    shown = f"[{host}]" if ":" in host else host
    console.print(
        f"contactkit desk on http://{shown}:{port}/"
        + (" (sign in with the desk token)" if token else "")
        + "  Ctrl-C stops it",
        highlight=False,
    )
    waitress.serve(app, host=host, port=port, threads=4, ident="contactkit")


cli.add_command(export_person_command)
cli.add_command(check_command)


def _attach_plugin_commands() -> None:
    try:
        from contactkit.scaffold import new_plugin
    except ImportError:
        pass
    else:
        cli.add_command(new_plugin)
    registry().manager.hook.contactkit_register_commands(cli=cli)


def main() -> None:
    _attach_plugin_commands()
    cli()


if __name__ == "__main__":
    main()
