"""Secrets by reference: a config names where a secret is, never the secret itself.

In ``contactkit.toml``::

    password = { env = "IMAP_PASSWORD" }
    token = { file = "/run/secrets/dnb" }
    token = { command = "az account get-access-token --query accessToken -o tsv" }

The value is read only when a plugin calls ``reveal()``, and never printed: ``repr`` and ``str``
show where it comes from, not what it is.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

from contactkit.redact import remember


class SecretError(RuntimeError):
    """A secret could not be read; the message names the reference, never a value."""


class SecretRef(BaseModel):
    """Where a secret is: exactly one of ``env``, ``file`` or ``command``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    env: str | None = None
    file: Path | None = None
    command: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _refuse_inline(cls, data: Any) -> Any:
        if isinstance(data, str):
            raise ValueError(
                'secrets are given by reference, e.g. { env = "NAME" } or { file = "PATH" }, '
                "never inline"
            )
        return data

    @model_validator(mode="after")
    def _exactly_one(self) -> SecretRef:
        given = [k for k in ("env", "file", "command") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of env, file or command")
        return self

    def describe(self) -> str:
        if self.env is not None:
            return f"environment variable {self.env}"
        if self.file is not None:
            return f"file {self.file}"
        return "command (from config)"

    def reveal(self) -> str:
        """The secret's value; strip a trailing newline from files and commands.

        The value joins the redactor (``contactkit.redact``), so it is scrubbed from every
        message printed, logged or stored from now on.
        """
        value = self._read()
        remember(value)
        return value

    def _read(self) -> str:
        if self.env is not None:
            value = os.environ.get(self.env)
            if not value:
                raise SecretError(f"secret not set: {self.describe()}")
            return value
        if self.file is not None:
            try:
                return self.file.expanduser().read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise SecretError(f"cannot read secret {self.describe()}: {exc.strerror}") from None
        assert self.command is not None
        try:
            done = subprocess.run(
                shlex.split(self.command), capture_output=True, text=True, timeout=60, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise SecretError(f"secret command failed: {type(exc).__name__}") from None
        if done.returncode != 0 or not done.stdout.strip():
            # stderr may echo the secret, so it is not repeated here
            raise SecretError(f"secret command failed with exit code {done.returncode}")
        return done.stdout.strip()

    def __repr__(self) -> str:
        return f"SecretRef({self.describe()})"

    __str__ = __repr__
