"""Corrections by hand to the golden records: ``unmerge``, ``merge``, ``pin`` and ``bounced``.

Each records a decision the matcher must respect from now on, then re-derives the records.
"""

from __future__ import annotations

import click

from contactkit.cli_context import Job, UserError, console, pass_job


@click.command("unmerge")
@click.argument("ref")
@click.argument("observations", nargs=-1)
@click.option("--undo", is_flag=True, help="Take back the unmerges of REF's observations.")
@pass_job
def unmerge_command(job: Job, ref: str, observations: tuple[str, ...], undo: bool) -> None:
    """Split a golden record; its parts are never joined again (until ``unmerge --undo``).

    Name the observations to split off as SOURCE:KEY (``contactkit show`` lists them); with none,
    every observation becomes its own record.
    """
    from contactkit import master
    from contactkit.match_actions import ActionError, undo_unmerge
    from contactkit.match_actions import unmerge as split
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


@click.command("merge")
@click.argument("ref")
@click.argument("other")
@pass_job
def merge_command(job: Job, ref: str, other: str) -> None:
    """Join two golden records (by id, email or phone) for good; ``unmerge`` splits them again."""
    from contactkit import master
    from contactkit.match_actions import ActionError, merge
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


@click.command("pin")
@click.argument("ref")
@click.argument("field")
@click.argument("value", required=False)
@click.option("--clear", is_flag=True, help="Remove the pin; survivorship decides again.")
@pass_job
def pin_command(job: Job, ref: str, field: str, value: str | None, clear: bool) -> None:
    """Pin a field's value on a golden record (emails, phones: the primary one)."""
    from contactkit import master
    from contactkit.match_actions import ActionError
    from contactkit.match_actions import pin as set_pin
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


@click.command("bounced")
@click.argument("emails", nargs=-1, required=True)
@click.option("--at", "when", help="When it bounced (ISO date); default now.")
@pass_job
def bounced_command(job: Job, emails: tuple[str, ...], when: str | None) -> None:
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
