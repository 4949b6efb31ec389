"""``contactkit review``: a person confirms or corrects what the machine was unsure of.

Two kinds of items: uncertain fields of one observation (a scanned card), shown with the
uncertain ones marked, to accept or correct; and a choice between candidates (a company match),
shown side by side. What the person confirms is stored as an observation with full confidence,
from the source ``review``, which survivorship trusts first.
"""

from __future__ import annotations

from typing import Any

import click
from rich.console import Console
from rich.table import Table

from contactkit.model import Contact, Observation, ReviewItem, utcnow
from contactkit.store import Store

EDITABLE = ("name", "emails", "phones", "title", "organization", "urls")


def review_loop(store: Store, console: Console) -> int:
    items = store.open_reviews()
    if not items:
        console.print("nothing to review")
        return 0
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
        store.resolve_review(review_id, status, observations)
        done += 1
    return done


def _shown(contact: Contact, field: str) -> str:
    value = getattr(contact, field)
    if field == "name":
        return value.full or ""
    if field == "organization":
        return (value.name or value.domain or "") if value else ""
    if field == "phones":
        return ", ".join(f"{p.text} ({p.kind.value})" for p in value)
    if field == "urls":
        return ", ".join(u.url for u in value)
    if isinstance(value, list):
        return ", ".join(value)
    return value or ""


def _review_fields(item: ReviewItem, console: Console) -> tuple[str, list[Any]] | None:
    assert item.observation is not None
    obs = item.observation
    table = Table(show_header=True)
    for column in ("field", "value", "confidence", ""):
        table.add_column(column)
    for field in EDITABLE:
        mark = "[yellow]check[/yellow]" if field in item.uncertain else ""
        confidence = obs.confidence.get(field, 1.0)
        table.add_row(field, _shown(obs.contact, field), f"{confidence:.2f}", mark)
    console.print(table)
    answer = click.prompt(
        "[a]ccept, [c]orrect, [r]eject, [q]uit",
        type=click.Choice(["a", "c", "r", "q"]),
        default="a",
    )
    if answer == "q":
        return None
    if answer == "r":
        return "rejected", []
    data = obs.contact.model_dump(mode="json")
    status = "accepted"
    if answer == "c":
        status = "corrected"
        for field in item.uncertain or EDITABLE:
            if field not in EDITABLE:
                continue
            current = _shown(obs.contact, field)
            new = click.prompt(f"{field}", default=current, show_default=True)
            if new != current:
                data[field] = _parse_field(field, new)
    contact = Contact.model_validate(data)
    confirmed = Observation(
        source="review",
        source_key=f"{obs.source}:{obs.source_key}",
        seen_at=utcnow(),
        contact=contact,
        confidence={},
    )
    return status, [confirmed]


def _parse_field(field: str, text: str) -> Any:
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if field == "name":
        return {"full": text.strip()}
    if field == "organization":
        return {"name": text.strip()} if text.strip() else None
    if field == "phones":
        return [{"text": p.split(" (")[0], "kind": _kind(p)} for p in parts]
    if field == "urls":
        return [{"url": p} for p in parts]
    if field == "emails":
        return parts
    return text.strip() or None


def _kind(text: str) -> str:
    if "(" in text:
        kind = text.rsplit("(", 1)[1].rstrip(")").strip()
        if kind in {"work", "cell", "fax", "home", "other"}:
            return kind
    return "work"


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
    if answer == "n":
        return "rejected", []
    option = item.options[int(answer) - 1]
    observations: list[Any] = []
    if option.organization_observation is not None:
        observations.append(
            option.organization_observation.model_copy(
                update={"source": "review", "confidence": {}, "seen_at": utcnow()}
            )
        )
    if option.observation is not None:
        observations.append(option.observation.model_copy(update={"source": "review"}))
    return "accepted", observations


def match_review_loop(store: Store, console: Console) -> int:
    """Pairs the matcher was unsure of, side by side: same person, or different people?"""
    from contactkit.matching.actions import observation_columns

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
        store.resolve_match_review(item["id"], same=answer == "s")
        done += 1
    return done
