"""What matching compares, precomputed once per observation from its stored payload (a dict).

Plain slotted objects, no pydantic: at a million observations the feature pass is most of the
fixed cost, so it touches each value once and caches the expensive normalizations.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from contactkit import normalize
from contactkit.matching.text import email_local_skeleton, fold, given_keys, skeleton

_ROLE_LOCALS_TEXT = """
info sales office contact admin support hello team mail service kontakt billing hr jobs
marketing press noreply no-reply webmaster postmaster
"""
ROLE_LOCALS = frozenset(_ROLE_LOCALS_TEXT.split())
_DIGITS = re.compile(r"\D+")


class Features:
    """One observation's matching view. Empty strings mean "not known"."""

    __slots__ = (
        "company",
        "domains",
        "email_locals",
        "emails",
        "family",
        "full",
        "given",
        "given_key",
        "given_keys",
        "initial",
        "name_count",
        "org_domain",
        "phone_bases",
        "phones",
        "tails",
        "unsure_email",
    )

    def __init__(self) -> None:
        self.given = ""
        self.family = ""
        self.initial = ""
        self.full = ""
        self.given_key = ""
        self.given_keys: frozenset[str] = frozenset()
        self.emails: tuple[str, ...] = ()
        self.email_locals: tuple[tuple[str, str], ...] = ()
        self.domains: frozenset[str] = frozenset()
        self.phones: frozenset[str] = frozenset()
        self.phone_bases: dict[str, str] = {}
        self.tails: dict[str, str] = {}
        """Last eight digits of each phone -> its extension ('' for none)."""
        self.company = ""
        self.org_domain = ""
        self.unsure_email = False
        self.name_count = 0
        """How many observations in this run carry this full name (set by ``resolve``)."""

    @property
    def has_name(self) -> bool:
        return bool(self.family or self.given)

    @property
    def name_key(self) -> str:
        return f"{self.given_key}|{self.family}" if self.given_key and self.family else ""


@lru_cache(maxsize=100_000)
def _company_key(name: str) -> str:
    return normalize.company_key(name) or ""


def _split_name(name: dict[str, Any]) -> tuple[str, str]:
    given, family = name.get("given") or "", name.get("family") or ""
    if not (given or family) and name.get("full"):
        parts = normalize.split_name(name["full"])
        given, family = parts.get("given") or "", parts.get("family") or ""
    return given, family


UNSURE_BELOW = 0.95  # per-field confidence under this: an OCR'd or guessed value, slips expected


def features(payload: dict[str, Any], confidence: dict[str, float] | None = None) -> Features:
    """The matching view of one stored contact payload (and its per-field confidence)."""
    f = Features()
    f.unsure_email = bool(confidence) and confidence.get("emails", 1.0) < UNSURE_BELOW
    given, family = _split_name(payload.get("name") or {})
    given_tokens = fold(given).split()
    family_tokens = fold(family).split()
    if given_tokens:
        f.given = skeleton(given_tokens[0])
        f.initial = f.given[:1]
        if len(f.given) > 1:
            f.given_keys = given_keys(f.given)
            f.given_key = min(f.given_keys)  # a nickname group sorts first: Bob and Robert meet
    if family_tokens:
        f.family = skeleton("".join(family_tokens))
    f.full = f"{f.given} {f.family}".strip()

    emails = tuple(payload.get("emails") or ())
    f.emails = emails
    locals_: list[tuple[str, str]] = []
    domains = set()
    for email in emails:
        local, _, domain = email.rpartition("@")
        domains.add(domain)
        if local not in ROLE_LOCALS:
            locals_.append((email_local_skeleton(local), domain))
    f.email_locals = tuple(locals_)
    f.domains = frozenset(domains)

    phones, bases, tails = set(), {}, {}
    for phone in payload.get("phones") or ():
        e164 = phone.get("e164")
        if e164:
            base, _, ext = e164.partition(";ext=")
            phones.add(e164)
            bases[base] = ext
            digits = base[1:]
        else:
            text = (phone.get("text") or "").lower()
            base, _, ext = text.replace("ext", "x").partition("x")
            digits, ext = _DIGITS.sub("", base), _DIGITS.sub("", ext)
        if len(digits) >= 8:
            # the tail is a switchboard's when any sighting of it carries an extension
            tails[digits[-8:]] = tails.get(digits[-8:]) or ext
    f.phones, f.phone_bases, f.tails = frozenset(phones), bases, tails

    org = payload.get("organization") or {}
    if org.get("name"):
        f.company = _company_key(org["name"])
    domain = org.get("domain") or ""
    if domain and not normalize.is_freemail(domain):
        f.org_domain = domain
    return f
