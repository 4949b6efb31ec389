"""Normalization of the values contacts are matched on: emails, phones, names, companies, domains.

Each function is pure and cheap; the model validators call them on the way in so that every
stored value is already in its canonical form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib.resources import files

import phonenumbers
import tldextract
from cleanco import basename as _strip_legal_suffix
from email_validator import EmailNotValidError, validate_email
from nameparser import HumanName

# Offline: the public-suffix snapshot bundled with tldextract, never a download.
_TLD = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def _data_lines(name: str) -> list[str]:
    text = (files("contactkit") / "data" / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


FREEMAIL_DOMAINS = frozenset(_data_lines("freemail_domains.txt"))
# Local parts that name a role, a team or a machine (info, vertrieb, noreply*), not a person.
ROLE_LOCAL_PARTS = tuple(_data_lines("role_local_parts.txt"))


class NormalizationError(ValueError):
    """A value that cannot be normalized; the message is one line naming the value."""


def normalize_email(value: str) -> str:
    """Lower-case, IDNA-encoded, syntax-checked address (no DNS look-up)."""
    text = value.strip().strip("<>").strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    try:
        checked = validate_email(text, check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError as exc:
        raise NormalizationError(f"invalid email {value!r}: {exc}") from None
    local, _, domain = checked.normalized.rpartition("@")
    return f"{local.lower()}@{domain.encode('idna').decode('ascii').lower()}"


def email_domain(email: str) -> str:
    return email.rpartition("@")[2]


@lru_cache(maxsize=65536)
def registrable_domain(host_or_url_or_email: str) -> str | None:
    """``mail.sales.example.co.uk`` → ``example.co.uk``; works on URLs and emails too."""
    text = host_or_url_or_email.strip().lower()
    if "@" in text and "/" not in text:
        text = email_domain(text)
    parts = _TLD(text)
    if parts.top_domain_under_public_suffix:
        return parts.top_domain_under_public_suffix
    # Not under a known public suffix (e.g. the reserved .example, .test, a private TLD):
    # the last two labels are the best guess at the organization's domain.
    labels = [label for label in f"{parts.subdomain}.{parts.domain}".split(".") if label]
    return ".".join(labels[-2:]) if len(labels) >= 2 else None


def public_suffix(host: str) -> str | None:
    """``co.jp`` for ``www.acme.co.jp``; None when the host ends in no known public suffix."""
    parts = _TLD(host.strip().lower())
    return parts.suffix or None


def is_within(domain: str, domains: Iterable[str]) -> bool:
    """``domain`` is one of ``domains`` or a subdomain of one (``eu.acme.com`` in ``acme.com``)."""
    domain = domain.lower()
    return any(domain == d.lower() or domain.endswith("." + d.lower()) for d in domains)


def is_freemail(domain: str | None) -> bool:
    return bool(domain) and domain in FREEMAIL_DOMAINS


def is_role_local(local: str) -> bool:
    """``info``, ``sales+x``, ``noreply-billing``: a role's address, not a person's."""
    local = local.lower().split("+", 1)[0]
    return any(
        local.startswith(role[:-1]) if role.endswith("*") else local == role
        for role in ROLE_LOCAL_PARTS
    )


def parse_phone(text: str, region: str | None) -> str | None:
    """E.164 form of ``text``, or None when it is not a valid number for ``region``."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        # "0031 70 ..." is international everywhere but in the few regions (US: 011) whose
        # own prefix differs: an address book keeps it as its owner dialled it abroad.
        digits = text.strip()
        if not digits.startswith("00"):
            return None
        try:
            number = phonenumbers.parse("+" + digits[2:], None)
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_valid_number(number):
            return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if number.extension:
        e164 += f";ext={number.extension}"
    return e164


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def is_cjk(text: str | None) -> bool:
    """Chinese, Japanese or Korean script: names are written family name first."""
    return bool(text and _CJK.search(text))


def join_name(
    prefix: str | None,
    given: str | None,
    middle: str | None,
    family: str | None,
    suffix: str | None,
) -> str:
    """A display name from its parts, in the order the name's own script writes it."""
    if is_cjk(given) or is_cjk(family):
        parts = (family, given)
    else:
        parts = (prefix, given, middle, family, suffix)
    return " ".join(p for p in parts if p)


def split_name(full: str) -> dict[str, str]:
    """Split a display name into prefix, given, middle, family and suffix."""
    text = " ".join(full.replace('"', " ").split())
    if is_cjk(text):
        # 高橋 太郎: family name first; without a space the split is unknown, so keep it whole
        family, _, given = text.partition(" ")
        return {"prefix": "", "given": given, "middle": "", "family": family, "suffix": ""}
    if "," in text and text.count(",") == 1 and not _has_suffix_after_comma(text):
        family, given = (part.strip() for part in text.split(","))
        text = f"{given} {family}"
    name = HumanName(text)
    return {
        "prefix": name.title,
        "given": name.first,
        "middle": name.middle,
        "family": name.last,
        "suffix": name.suffix,
    }


def _has_suffix_after_comma(text: str) -> bool:
    tail = text.split(",", 1)[1].strip().lower().rstrip(".")
    return tail in {"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "mba"}


def fold(text: str) -> str:
    """Lower-case ASCII fold: ``Müller`` → ``muller``; for keys, never for display."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii")
    return _NOT_ALNUM_RE.sub(" ", ascii_text.lower()).strip()


_NOT_ALNUM_RE = re.compile(r"[^a-z0-9]+")  # compiled once: card_scan folds ~1,000 words a card


def name_key(given: str | None, family: str | None) -> str | None:
    """A key for exact name matching: folded given and family, order-insensitive."""
    parts = sorted(p for p in (fold(given or ""), fold(family or "")) if p)
    return " ".join(parts) or None


def company_key(name: str | None) -> str | None:
    """Compare company names without legal suffixes: ``ACME Widgets GmbH`` → ``acme widgets``."""
    if not name or not name.strip():
        return None
    stripped = _strip_legal_suffix(name.strip()) or name
    return fold(stripped) or None
