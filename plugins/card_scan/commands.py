"""``contactkit scan``: a batch of card images, or a scanning station watching a folder."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import click

from contactkit.cli_context import run_one_source

from .station import Station


def add_scan_command(cli: click.Group) -> None:
    @cli.command("scan")
    @click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
    @click.option(
        "--watch",
        type=click.Path(file_okay=False, path_type=Path),
        help="Station mode: read files as they arrive in this folder (done/, failed/ beside).",
    )
    @click.option("--station", help="This station's name under processing/ (default: host name).")
    @click.option("--lang", "languages", multiple=True, help="Tesseract language; repeatable.")
    @click.option("--workers", type=int, help="Cards read in parallel (default: one per core).")
    @click.option("--region", help="Phone region to assume, e.g. DE (default: from the card).")
    @click.option("--review-below", type=float, help="Fields under this confidence go to review.")
    @click.option("--duplex", is_flag=True, help="Multi-page files alternate front and back.")
    @click.option("--rescan", is_flag=True, help="Read again cards read in earlier runs.")
    @click.option(
        "--poll", type=float, default=2.0, show_default=True, help="Seconds between looks."
    )
    @click.option("--once", is_flag=True, help="With --watch: one pass over the folder, then exit.")
    @click.pass_context
    def scan(
        ctx: click.Context,
        paths: tuple[Path, ...],
        watch: Path | None,
        station: str | None,
        languages: tuple[str, ...],
        workers: int | None,
        region: str | None,
        review_below: float | None,
        duplex: bool,
        rescan: bool,
        poll: float,
        once: bool,
    ) -> None:
        """Scan business cards (PNG, JPEG, TIFF, PDF) into contacts.

        Uncertain fields go to 'contactkit review' instead of straight into the contacts.
        """
        if bool(paths) == bool(watch):
            raise click.UsageError("give card files or folders, or --watch DIR (not both)")
        options: dict[str, Any] = {"duplex": duplex, "rescan": rescan}
        for key, value in (
            ("languages", list(languages) or None),
            ("workers", workers),
            ("region", region),
            ("review_below", review_below),
            ("station", station),
        ):
            if value is not None:
                options[key] = value
        if not watch:
            run_one_source(ctx, "card_scan", {**options, "paths": [str(p) for p in paths]})
            return
        _watch_folder(ctx, watch, station, list(languages), options, poll, once)


def _watch_folder(
    ctx: click.Context,
    watch: Path,
    station: str | None,
    languages: list[str],
    options: dict[str, Any],
    poll: float,
    once: bool,
) -> None:
    """Station mode: read the cards that arrive in ``watch`` until stopped (or one pass)."""
    from .ocr import OcrUnavailable, check_available  # the engines load with a card, not the CLI

    try:  # a station without Tesseract would fail every poll: say so once and stop
        check_available(languages or ["eng"])
    except OcrUnavailable as exc:
        raise click.ClickException(str(exc)) from None
    watch = watch.resolve()
    watch.mkdir(parents=True, exist_ok=True)
    inbox = Station(watch, station)
    inbox.prepare()
    click.echo(f"watching {watch} (station {inbox.name}); Ctrl-C to stop", err=True)
    try:
        first = True
        while True:
            # The first pass always runs: it takes up what a stopped run left behind.
            if first or inbox.pending():
                run_one_source(ctx, "card_scan", {**options, "watch": str(watch)})
                first = False
            if once:
                return
            time.sleep(poll)
    except KeyboardInterrupt:
        click.echo("stopped; unfinished cards are taken up at the next start", err=True)
