"""``contactkit review`` in the terminal: the review queue as prompts.

What each answer means lives in ``contactkit.review``, shared with the desk (``contactkit
serve``); this module only asks and shows.
"""

from __future__ import annotations

from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from contactkit.cli_context import Job, console, pass_job
from contactkit.model import ReviewItem
from contactkit.review import (
    EDITABLE,
    CorrectionError,
    choose,
    confirm_fields,
    corrected_contact,
    resolve_item,
    resolve_match,
    shown,
)
from contactkit.store import Store


@click.command("review")
@pass_job
def review_command(job: Job) -> None:
    """Confirm or correct what the machine was unsure of (cards, company and person matches)."""
    from contactkit.runs import waiting_reviews

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


def review_loop(store: Store, console: Console) -> int:
    """Cards and company candidates, one by one (the command says first what waits)."""
    items = store.open_reviews()
    done = 0
    for index, (review_id, item) in enumerate(items, 1):
        console.rule(f"{index}/{len(items)} {item.title}")
        if item.kind == "fields":
            outcome = _review_fields(item, console)
        else:
            outcome = _review_choice(item, console)
        if outcome is None:
            console.print("stopped; the rest stays in the queue")
            break
        status, observations = outcome
        resolve_item(store, review_id, status, observations)
        done += 1
    return done


def _review_fields(item: ReviewItem, console: Console) -> tuple[str, list[Any]] | None:
    assert item.observation is not None
    obs = item.observation
    table = Table(show_header=True)
    for column in ("field", "value", "confidence", ""):
        table.add_column(column)
    for field in EDITABLE:
        value = shown(obs.contact, field)
        mark = "[yellow]check[/yellow]" if field in item.uncertain else ""
        confidence = f"{obs.confidence.get(field, 1.0):.2f}" if value else "-"
        table.add_row(field, value, confidence, mark)
    console.print(table)
    # Why each field is marked, where the source said (``ReviewItem.reasons``): below the
    # table, so a narrow terminal still shows the values whole.
    for field in EDITABLE:
        if field in item.uncertain and item.reasons.get(field):
            console.print(f"  {field}: {escape(item.reasons[field])}", highlight=False)
    if item.file:
        console.print(f"image: {item.file}", highlight=False, soft_wrap=True)
    choices = ["a", "c", "r", "q"] + (["o"] if item.file else [])
    while True:
        answer = click.prompt(
            "[a]ccept, [c]orrect or add a field, [r]eject, [q]uit"
            + (", [o]pen the image" if item.file else ""),
            type=click.Choice(choices),
            default="a",
        )
        if answer != "o":
            break
        if click.launch(item.file) != 0:  # the desktop's viewer; a bare terminal has none
            console.print(f"no viewer here: open {item.file} yourself", highlight=False)
    if answer == "q":
        return None
    if answer == "r":
        return "rejected", []
    corrections: dict[str, str] = {}
    if answer == "c":
        fields = [f for f in EDITABLE if f in item.uncertain]
        while True:
            for field in fields:
                corrections[field] = _ask_field(obs.contact, field, console)
            # a field the machine missed, or another it got wrong: name it, Enter when done
            more = click.prompt(
                f"another field to correct or add ({', '.join(EDITABLE)}; Enter: done)",
                default="",
                show_default=False,
            ).strip()
            if not more:
                break
            fields = [more] if more in EDITABLE else []
            if not fields:
                console.print(f"[red]{more}: not a field[/red]", highlight=False)
    return confirm_fields(item, corrections)


def _ask_field(contact: Any, field: str, console: Console) -> str:
    """One field, asked again until it holds: a typo never loses what was typed before."""
    while True:
        text = click.prompt(field, default=shown(contact, field), show_default=True)
        try:
            corrected_contact(contact, {field: text})
        except CorrectionError as exc:
            console.print(f"[red]{exc}[/red]: type it again", highlight=False)
            continue
        return text


def _review_choice(item: ReviewItem, console: Console) -> tuple[str, list[Any]] | None:
    # our side first, then each column in the order the options give it
    rows = [item.reference, *(option.columns for option in item.options)]
    columns = list(dict.fromkeys(c for row in rows for c in row))
    table = Table(show_header=True)
    table.add_column("#")
    table.add_column("candidate")
    for column in columns:
        table.add_column(column, overflow="fold")
    if item.reference:
        table.add_row("", "[bold]ours[/bold]", *(item.reference.get(c, "") for c in columns))
    for i, option in enumerate(item.options, 1):
        table.add_row(str(i), option.label, *(option.columns.get(c, "") for c in columns))
    console.print(table)
    choices = [str(i) for i in range(1, len(item.options) + 1)] + ["n", "q"]
    answer = click.prompt("pick a number, [n]one of these, [q]uit", type=click.Choice(choices))
    if answer == "q":
        return None
    return choose(item, None if answer == "n" else int(answer) - 1)


def match_review_loop(store: Store, console: Console) -> int:
    """Pairs the matcher was unsure of, side by side: same person, or different people?"""
    from contactkit.match_actions import observation_columns

    items = store.open_match_reviews()
    done = 0
    for index, item in enumerate(items, 1):
        console.rule(f"match {index}/{len(items)}: score {item['score']:g}")
        left, right = observation_columns(store, item["a"]), observation_columns(store, item["b"])
        table = Table(show_header=True)
        table.add_column("")
        table.add_column("A", overflow="fold")
        table.add_column("B", overflow="fold")
        for column in left:
            table.add_row(column, left.get(column, ""), right.get(column, ""))
        console.print(table)
        for reason in item["reasons"]:
            console.print(f"  {reason}", highlight=False)
        answer = click.prompt(
            "[s]ame person, [d]ifferent people, s[k]ip, [q]uit",
            type=click.Choice(["s", "d", "k", "q"]),
            default="k",
        )
        if answer == "q":
            console.print("stopped; the rest stays in the queue")
            break
        if answer == "k":
            continue
        resolve_match(store, item["id"], same=answer == "s")
        done += 1
    return done
