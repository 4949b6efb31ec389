"""email_harvest: business contacts and who-knows-whom from the company's mailboxes.

IMAP (TLS by default) or exported mbox / Maildir / .eml files; see docs/email_harvest.md.
"""

from __future__ import annotations

from typing import Any

import click

from contactkit import hookimpl

from .source import EmailHarvestSource

__all__ = ["EmailHarvestSource"]


@hookimpl
def contactkit_register_sources() -> list[type]:
    return [EmailHarvestSource]


@hookimpl
def contactkit_register_commands(cli: click.Group) -> None:
    @cli.command("harvest")
    @click.option(
        "--offline",
        "offline_root",
        type=click.Path(exists=True, file_okay=False),
        help="A folder of exported mailboxes, one entry per employee address.",
    )
    @click.option("--host", help="IMAP server (TLS on port 993 unless --starttls).")
    @click.option("--port", type=int)
    @click.option("--starttls", is_flag=True, help="Connect in clear, then STARTTLS.")
    @click.option(
        "--ca-file",
        type=click.Path(exists=True, dir_okay=False),
        help="Trust this CA (a company or self-signed certificate).",
    )
    @click.option("--max-connections", type=int, help="Connections at once to the server.")
    @click.option(
        "--auth",
        type=click.Choice(["password", "xoauth2", "master", "sasl_plain_authzid"]),
        default="password",
        show_default=True,
    )
    @click.option("--user", "username", help="Login (or admin/master user).")
    @click.option("--password-env", help="Environment variable holding the password.")
    @click.option("--token-env", help="Environment variable holding the XOAUTH2 token.")
    @click.option("--mailbox", "mailboxes", multiple=True, help="Mailbox to harvest (repeatable).")
    @click.option(
        "--directory",
        type=click.Path(exists=True, dir_okay=False),
        help="Employee directory CSV: email, name, employee_id.",
    )
    @click.option("--company-domain", "company_domains", multiple=True)
    @click.option("--blocklist", multiple=True, help="Address or @domain never made a contact.")
    @click.pass_context
    def harvest(ctx: click.Context, **kw: Any) -> None:  # fmt: skip
        """Harvest business contacts from mailboxes (IMAP or exported files)."""
        from contactkit.cli import run_one_source

        run_one_source(ctx, "email_harvest", harvest_options(**kw))


def harvest_options(**kw: Any) -> dict[str, Any]:
    """The source's config from the command's options (secrets only by reference)."""
    options: dict[str, Any] = {}
    if kw.get("offline_root"):
        options["offline_root"] = kw["offline_root"]
    if kw.get("host"):
        imap: dict[str, Any] = {"host": kw["host"], "auth": kw.get("auth") or "password"}
        if kw.get("port"):
            imap["port"] = kw["port"]
        if kw.get("starttls"):
            imap["security"] = "starttls"
        if kw.get("ca_file"):
            imap["ca_file"] = kw["ca_file"]
        if kw.get("max_connections"):
            imap["max_connections"] = kw["max_connections"]
        if kw.get("username"):
            imap["username"] = kw["username"]
        if kw.get("password_env"):
            imap["password"] = {"env": kw["password_env"]}
        if kw.get("token_env"):
            imap["token"] = {"env": kw["token_env"]}
        options["imap"] = imap
    for key in ("mailboxes", "company_domains", "blocklist"):
        if kw.get(key):
            options[key] = list(kw[key])
    if kw.get("directory"):
        options["directory"] = kw["directory"]
    return options
