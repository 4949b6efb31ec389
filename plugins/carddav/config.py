"""Connection settings shared by the CardDAV sink and source."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from pydantic import Field, field_validator, model_validator

from contactkit.http import check_tls
from contactkit.plugin import PluginConfig
from contactkit.secrets import SecretRef


class CardDAVConfig(PluginConfig):
    """Where the address book is and how to log in.

    ``url`` is the address book collection itself (e.g.
    ``https://dav.example.com/remote.php/dav/addressbooks/users/alice/contacts/``).
    """

    url: str = Field(description="The address book collection URL; https unless allow_plain_http.")
    username: str | None = None
    password: SecretRef | None = Field(default=None, description="By reference: { env = ... }.")
    allow_plain_http: bool = Field(
        default=False, description="Permit http:// (only for a server on loopback or in tests)."
    )
    verify_tls: bool | Path = Field(
        default=True, description="False to skip certificate checks, or a CA bundle path."
    )

    @field_validator("url")
    @classmethod
    def _collection_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError("an http(s) URL of the address book collection")
        return value if value.endswith("/") else value + "/"

    @model_validator(mode="after")
    def _tls_by_default(self) -> CardDAVConfig:
        try:
            # even on loopback: plain http sends the password in clear
            check_tls(self.url, allow_plain_http=self.allow_plain_http, loopback_ok=False)
        except ValueError as exc:
            raise ValueError(f"plain http:// sends the password in clear: url {exc}") from None
        if (self.username is None) != (self.password is None):
            raise ValueError("give both username and password, or neither")
        return self
