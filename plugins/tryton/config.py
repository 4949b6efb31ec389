"""Tryton sink settings: the server, the database, a login (password by reference)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator

from contactkit.crm import CrmConfig
from contactkit.http import check_tls
from contactkit.secrets import SecretRef


class TrytonConfig(CrmConfig):
    """A Tryton server with the ``party``, ``company`` and ``party_relationship`` modules."""

    url: str = Field(
        description="The server, e.g. https://erp.example.com (http on loopback only)."
    )
    database: str = Field(description="The Tryton database name.")
    username: str = Field(description="A Tryton user allowed to edit parties and employees.")
    password: SecretRef = Field(description="By reference: { env = ... }.")
    verify_tls: bool | Path = Field(
        default=True, description="False to skip certificate checks, or a CA bundle path."
    )
    company: str | None = Field(
        default=None,
        description="Your company's name in Tryton (employees belong to it); default: the "
        "project's company_name.",
    )
    currency: str = Field(default="USD", description="Currency code if the company is created.")
    language: str = Field(default="en", description="The language of the login session.")

    @field_validator("url")
    @classmethod
    def _https(cls, value: str) -> str:
        return check_tls(value)
