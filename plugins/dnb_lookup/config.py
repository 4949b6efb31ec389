"""Settings of the ``dnb_lookup`` enricher, as written under ``[[enrichers]]`` in the config."""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator

from contactkit.http import check_tls
from contactkit.plugin import PluginConfig
from contactkit.secrets import SecretRef

DEFAULT_BASE_URL = "https://plus.dnb.com"
DEFAULT_BLOCK_IDS = ["companyinfo_L2_v1", "hierarchyconnections_L1_v1"]


class DnbConfig(PluginConfig):
    """What to call, how far to trust a match, and how long an answer stays good."""

    key: SecretRef = Field(description="The Direct+ consumer key, by reference (env or file).")
    secret: SecretRef = Field(description="The Direct+ consumer secret, by reference.")
    base_url: str = Field(
        default=DEFAULT_BASE_URL,
        description="Direct+ root; point it at a staging or stand-in server for tests.",
    )
    token_path: str = Field(
        default="/v2/token",
        description="'/v2/token' (JSON body) or '/v3/token' (form body).",
    )
    auto_accept: int = Field(
        default=8, ge=1, le=10, description="Confidence code at or above which a match is taken."
    )
    review_min: int = Field(
        default=5,
        ge=1,
        le=10,
        description="Lowest confidence code sent to review; below it there is no match.",
    )
    review_options: int = Field(
        default=3, ge=1, le=10, description="At most this many candidates in one review item."
    )
    block_ids: list[str] = Field(default_factory=lambda: list(DEFAULT_BLOCK_IDS))
    cache_ttl_days: float = Field(
        default=365,
        gt=0,
        description="How long a paid answer (match or data blocks) is reused before asking again.",
    )
    reverify: bool = Field(
        default=False,
        description="Look up again the companies last verified more than stale_after_days ago.",
    )
    stale_after_days: float = Field(default=90, gt=0)
    min_contacts: int = Field(
        default=1, ge=0, description="Skip companies with fewer contacts: lookups cost money."
    )
    allow_plain_http: bool = Field(
        default=False,
        description="Allow an http:// base_url that is not on this machine (never in production).",
    )

    @field_validator("base_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @model_validator(mode="after")
    def _check(self) -> DnbConfig:
        if self.review_min > self.auto_accept:
            raise ValueError("review_min must not be above auto_accept")
        try:
            check_tls(self.base_url, allow_plain_http=self.allow_plain_http)
        except ValueError as exc:
            raise ValueError(f"base_url {exc}") from None
        return self
