"""The suppression list as keyed hashes: who was forgotten, without keeping who they were.

A forgotten person's emails and phones are kept only as HMAC-SHA256 digests under a random key
held in the store (``store_meta``), so the list can answer "was this address forgotten?" for a
value a source reads, and nothing else: the store file alone does not give the values back, and
digests from two stores cannot be joined.
"""

from __future__ import annotations

import hashlib
import hmac
import re

from sqlalchemy import Connection, select, update

from contactkit.normalize import NormalizationError, normalize_email
from contactkit.store import schema as t


def normalised(value: str) -> str:
    """One form per email or phone, so ``Jane@X.org`` and ``jane@x.org`` hash alike."""
    value = value.strip()
    if "@" in value:
        try:
            return "email:" + normalize_email(value)
        except NormalizationError:
            return "email:" + value.lower()
    digits = re.sub(r"[^\d]", "", value)
    return "phone:+" + digits if value.startswith("+") else "phone:" + digits


def digest(key: str, value: str) -> str:
    return hmac.new(bytes.fromhex(key), normalised(value).encode(), hashlib.sha256).hexdigest()


def hash_clear_suppressions(conn: Connection, key: str) -> int:
    """Upgrade a store that kept suppressed values in clear: replace each by its digest."""
    rows = list(conn.execute(select(t.suppressions.c.value)))
    for (value,) in rows:
        conn.execute(
            update(t.suppressions)
            .where(t.suppressions.c.value == value)
            .values(value=digest(key, value))
        )
    return len(rows)
