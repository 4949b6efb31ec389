"""``contactkit report``: what the store holds, how recent runs went, the retention rule, the
re-verification queue and contested account ownership; ``--errors`` and ``--html`` variants."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from contactkit.cli_context import Job, UserError, console, pass_job

if TYPE_CHECKING:
    from contactkit.ownership import Family

MAX_FAMILIES = 20
"""The most contested families the ownership section lists."""


@click.command("report")
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
def report_command(
    job: Job, queue_limit: int, errors_of: str | None, html_path: Path | None
) -> None:
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
    from contactkit.ownership import families

    print_ownership(console, families(store))


def print_ownership(console: Console, families: list[Family], limit: int = MAX_FAMILIES) -> None:
    """Families whose companies are claimed by different employees, with one suggested owner."""
    contested = [f for f in families if f.contested]
    if not contested:
        console.print(
            f"Account ownership: {len(families)} families, none claimed by different employees"
        )
        return
    table = Table(
        title=f"Account ownership: {len(contested)} families claimed by different employees",
        title_justify="left",
    )
    for column in ("family", "DUNS", "claims (company: employee)", "suggested owner", "evidence"):
        table.add_column(column, overflow="fold")
    for family in contested[:limit]:
        claims = "; ".join(
            f"{family.companies[oid]}: {email}" for oid, email in sorted(family.claims.items())
        )
        owner = family.owner
        table.add_row(
            family.root_name,
            family.root_duns or "",
            claims,
            owner.employee_email if owner else "",
            owner.evidence() if owner else "",
        )
    console.print(table)
    if len(contested) > limit:
        console.print(f"... and {len(contested) - limit} more")


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
    from contactkit.match_actions import reverification_queue

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
