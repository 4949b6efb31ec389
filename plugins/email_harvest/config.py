"""The settings of the ``email_harvest`` source (``EmailHarvestSource.Config``)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from contactkit.plugin import PluginConfig
from contactkit.secrets import SecretRef


class ImapServer(PluginConfig):
    """How to reach and log in to the IMAP server."""

    host: str
    port: int | None = Field(default=None, description="Default: 993 for 'ssl', 143 otherwise.")
    security: Literal["ssl", "starttls", "plain"] = Field(
        default="ssl",
        description="'ssl' (IMAPS) or 'starttls'; 'plain' sends everything in clear text and "
        "needs allow_plaintext = true as well.",
    )
    allow_plaintext: bool = False
    ca_file: Path | None = Field(default=None, description="Trust this CA (e.g. self-signed).")
    verify_tls: bool = True
    auth: Literal["password", "xoauth2", "master", "sasl_plain_authzid"] = Field(
        default="password",
        description="password: each mailbox's own login; xoauth2: a bearer token; master: "
        "Dovecot's 'user*master' login; sasl_plain_authzid: SASL PLAIN with the mailbox as "
        "authorization identity and an admin's credentials.",
    )
    username: str | None = Field(
        default=None,
        description="Login name for auth=password (one mailbox), or the admin/master user for "
        "auth=master and sasl_plain_authzid; xoauth2 logs each mailbox in as itself.",
    )
    password: SecretRef | None = None
    token: SecretRef | None = Field(
        default=None,
        description="XOAUTH2 access token (env/command); a command may name {mailbox} to get "
        "one token per mailbox.",
    )
    master_separator: str = "*"
    login_template: str = Field(
        default="{address}",
        description="How a mailbox's address becomes its login name when the directory has no "
        "login column: {address}, {local}, {domain}, e.g. '{local}' or '{domain}\\{local}'.",
    )
    max_connections: int = Field(default=4, ge=1, description="Connections at once to this server.")
    timeout: float = Field(default=60.0, gt=0)
    retries: int = Field(default=3, ge=0, description="Reconnects after a dropped connection.")

    @model_validator(mode="after")
    def _check(self) -> ImapServer:
        try:
            self.login_template.format(address="a@b", local="a", domain="b")
        except (KeyError, IndexError, ValueError) as exc:
            raise ValueError(
                f"login_template {self.login_template!r}: unknown placeholder {exc}; "
                "use {address}, {local} or {domain}"
            ) from None
        if self.security == "plain" and not self.allow_plaintext:
            raise ValueError("security = 'plain' needs allow_plaintext = true (TLS is the default)")
        if self.auth == "xoauth2" and self.token is None:
            raise ValueError("auth = 'xoauth2' needs token = { env = ... } or { command = ... }")
        if self.auth != "xoauth2" and self.password is None:
            raise ValueError(f"auth = '{self.auth}' needs password = {{ env = ... }}")
        if self.auth in ("master", "sasl_plain_authzid") and not self.username:
            raise ValueError(f"auth = '{self.auth}' needs username (the admin or master user)")
        return self


class OfflineMailbox(PluginConfig):
    """An exported mailbox: an mbox file, a Maildir, or a folder of .eml files (or of those)."""

    path: Path
    owner: str | None = Field(
        default=None, description="The employee whose mailbox it is; default: the path's name."
    )


class HarvestConfig(PluginConfig):
    """Everything the harvest needs: where the mail is, whose it is, and what to keep."""

    # --- where the mail is
    imap: ImapServer | None = None
    mailboxes: list[str] = Field(default_factory=list, description="Mailbox addresses to harvest.")
    directory: Path | None = Field(
        default=None,
        description="Employee directory CSV: email, name, employee_id, aliases (separated by "
        "';' or spaces), login (the IMAP login when it is not the address).",
    )
    harvest_directory: bool = Field(
        default=True, description="Harvest every mailbox in the directory (IMAP)."
    )
    offline: list[OfflineMailbox] = Field(default_factory=list)
    offline_root: Path | None = Field(
        default=None,
        description="A folder with one entry per employee, named by their address (e.g. "
        "alice@corp.example/: a Maildir, a folder of mbox or .eml files; or a@corp.example.mbox).",
    )
    skip_folders: list[str] = Field(
        default_factory=list, description="More folder names to skip (beyond Junk/Trash/Drafts)."
    )

    # --- who is who
    company_domains: list[str] = Field(
        default_factory=list, description="Added to the top-level company domains."
    )
    colleagues_are_employees: bool = Field(
        default=True,
        description="A personal address at a company domain counts as an employee even when its "
        "mailbox is not harvested.",
    )
    blocklist: list[str] = Field(
        default_factory=list, description="Addresses and '@domain' entries never made contacts."
    )
    role_local_parts: list[str] = Field(
        default_factory=list, description="Added to the shipped list of role/no-reply local parts."
    )
    freemail: Literal["person", "drop"] = Field(
        default="person",
        description="'person': free-mail addresses may be contacts (no company); 'drop': never.",
    )
    drop_disposable: bool = True

    # --- relevance
    max_recipients: int = Field(
        default=15, ge=1, description="An employee's message qualifies its To/Cc only up to this."
    )
    reply_in_thread_qualifies: bool = Field(
        default=True, description="A sender qualifies when an employee wrote in the same thread."
    )
    max_pending_events: int = Field(default=20, ge=1, description="Kept per unanswered sender.")

    # --- pathological messages (dropped, counted by reason)
    max_header_bytes: int = Field(
        default=262_144, ge=4096, description="A message with a longer header is dropped."
    )
    max_message_recipients: int = Field(
        default=1000, ge=1, description="A message to more addresses is dropped."
    )

    # --- signatures and speed
    signatures: bool = True
    signature_messages: int = Field(default=3, ge=0, le=10)
    signature_bytes: int = Field(default=4096, ge=512, le=65536)
    batch_size: int = Field(default=1000, ge=10, le=10000)
    checkpoint_seconds: float = Field(
        default=1.0, ge=0, description="At most one checkpoint this often (0: after every batch)."
    )

    @model_validator(mode="after")
    def _check(self) -> HarvestConfig:
        if self.imap is None and not self.offline and self.offline_root is None:
            raise ValueError("give imap (a server) or offline / offline_root (exported mailboxes)")
        if self.imap is not None and not self.mailboxes and self.directory is None:
            raise ValueError("imap needs mailboxes (a list of addresses) or a directory file")
        return self
