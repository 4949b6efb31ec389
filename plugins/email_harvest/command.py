"""``contactkit harvest``: the email_harvest source from the command line.

The config file's ``[[sources]]`` entry of type ``email_harvest`` (or the one named with
``--source``) is the base, so that the command and ``contactkit run`` harvest the same way and
share one checkpoint; the command's options override it. Secrets only by reference.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from pydantic import ValidationError

from contactkit.model import describe_error

SOURCE_TYPE = "email_harvest"
_PATH_KEYS = ("directory", "offline_root")


def harvest_command(cli: click.Group) -> None:
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
        "--plaintext",
        is_flag=True,
        help="No TLS at all: only for a lab server (the password crosses the network in clear).",
    )
    @click.option(
        "--ca-file",
        type=click.Path(exists=True, dir_okay=False),
        help="Trust this CA (a company or self-signed certificate).",
    )
    @click.option("--max-connections", type=int, help="Connections at once to the server.")
    @click.option(
        "--auth",
        type=click.Choice(["password", "xoauth2", "master", "sasl_plain_authzid"]),
        help="How to log in (default: password).",
    )
    @click.option("--user", "username", help="Login (or admin/master user).")
    @click.option(
        "--login-template",
        help="A mailbox's login from its address: {address}, {local}, {domain} "
        "(e.g. '{local}' or '{domain}\\{local}'); a directory 'login' column wins.",
    )
    @click.option("--password-env", help="Environment variable holding the password.")
    @click.option("--token-env", help="Environment variable holding the XOAUTH2 token.")
    @click.option("--mailbox", "mailboxes", multiple=True, help="Mailbox to harvest (repeatable).")
    @click.option(
        "--directory",
        type=click.Path(exists=True, dir_okay=False),
        help="Employee directory CSV: email, name, employee_id, aliases, login.",
    )
    @click.option("--company-domain", "company_domains", multiple=True)
    @click.option("--blocklist", multiple=True, help="Address or @domain never made a contact.")
    @click.option(
        "--source",
        "source_name",
        help="Which [[sources]] entry of the config to start from (its name), when several.",
    )
    @click.pass_context
    def harvest(ctx: click.Context, source_name: str | None, **kw: Any) -> None:
        """Harvest business contacts from mailboxes (IMAP or exported files)."""
        from contactkit.cli_context import Job, UserError, run_one_source

        from .source import EmailHarvestSource

        job = ctx.find_object(Job)
        assert job is not None
        config = job.config(required=False)
        sections = [s for s in config.sources if s.type == SOURCE_TYPE]
        try:
            base, instance = _base(sections, source_name, config.base_dir)
            options = merge(base, harvest_options(**kw))
            EmailHarvestSource.Config.model_validate(options)
        except ValidationError as exc:
            raise UserError(f"{SOURCE_TYPE}: {describe_error(exc)}") from None
        except ValueError as exc:
            raise UserError(f"{SOURCE_TYPE}: {exc}") from None
        run_one_source(ctx, SOURCE_TYPE, options, instance=instance)


def _base(sections: list[Any], name: str | None, base_dir: Path) -> tuple[dict, str | None]:
    """The config's own settings for this source, paths anchored to the config's folder."""
    if name is not None:
        chosen = [s for s in sections if s.instance == name]
        if not chosen:
            known = ", ".join(s.instance for s in sections) or "none"
            raise ValueError(
                f"no source named {name!r} in the config (email_harvest ones: {known})"
            )
    elif len(sections) > 1:
        names = ", ".join(s.instance for s in sections)
        raise ValueError(f"the config has several email_harvest sources ({names}): pick --source")
    else:
        chosen = sections
    if not chosen:
        return {}, None
    options = chosen[0].options()
    for key in _PATH_KEYS:
        if isinstance(options.get(key), str):
            options[key] = str(_anchored(options[key], base_dir))
    imap = options.get("imap")
    if isinstance(imap, dict) and isinstance(imap.get("ca_file"), str):
        options["imap"] = {**imap, "ca_file": str(_anchored(imap["ca_file"], base_dir))}
    return options, chosen[0].name


def _anchored(value: str, base: Path) -> Path:
    path = Path(value).expanduser()
    return path if path.is_absolute() else base / path


def merge(base: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """The command's options over the config's: ``imap`` key by key, the rest whole."""
    out = {**base, **{k: v for k, v in given.items() if k != "imap"}}
    if "imap" in given:
        out["imap"] = {**(base.get("imap") or {}), **given["imap"]}
    return out


def harvest_options(**kw: Any) -> dict[str, Any]:
    """The source's settings from the command's options (only those given; secrets only by
    reference)."""
    options: dict[str, Any] = {}
    if kw.get("offline_root"):
        options["offline_root"] = kw["offline_root"]
    imap: dict[str, Any] = {}
    for key in ("host", "port", "ca_file", "max_connections", "auth", "username", "login_template"):
        if kw.get(key):
            imap[key] = kw[key]
    if kw.get("starttls") and kw.get("plaintext"):
        raise ValueError("--starttls and --plaintext exclude each other")
    if kw.get("starttls"):
        imap["security"] = "starttls"
    if kw.get("plaintext"):
        imap.update(security="plain", allow_plaintext=True)
    if kw.get("password_env"):
        imap["password"] = {"env": kw["password_env"]}
    if kw.get("token_env"):
        imap["token"] = {"env": kw["token_env"]}
    if imap:
        options["imap"] = imap
    for key in ("mailboxes", "company_domains", "blocklist"):
        if kw.get(key):
            options[key] = list(kw[key])
    if kw.get("directory"):
        options["directory"] = kw["directory"]
    return options
