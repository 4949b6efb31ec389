"""``contactkit serve``: the desk, a small web application over the same store and plugins."""

from __future__ import annotations

from pathlib import Path

import click

from contactkit.cli_context import Job, UserError, console, pass_job


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8470, show_default=True, type=int)
@click.option(
    "--token-file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="A file holding the sign-in token (or set CONTACTKIT_DESK_TOKEN); needed off loopback.",
)
@pass_job
def serve_command(job: Job, host: str, port: int, token_file: Path | None) -> None:
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
