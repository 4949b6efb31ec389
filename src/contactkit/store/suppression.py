"""The suppression list as keyed hashes: who was forgotten, without keeping who they were.

A forgotten person's emails and phones are kept only as HMAC-SHA256 digests under a random key
held in the store (``store_meta``), so the list can answer "was this address forgotten?" for a
value a source reads, and nothing else: the store file alone does not give the values back, and
digests from two stores cannot be joined.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import re
from typing import Any

from sqlalchemy import Connection, select, update

from contactkit.store import schema as t


def normalised(value: str) -> str:
    """One form per email or phone, so ``Jane@X.org`` and ``jane@x.org`` hash alike.

    Cheap on purpose (no syntax check): every string in a checkpoint is tested against the list.
    """
    value = value.strip().strip("<>").strip()
    if "@" in value:
        if value.lower().startswith("mailto:"):
            value = value[7:]
        local, _, domain = value.rpartition("@")
        with contextlib.suppress(UnicodeError):
            domain = domain.encode("idna").decode("ascii")
        return f"email:{local.lower()}@{domain.lower()}"
    digits = re.sub(r"[^\d]", "", value)
    return "phone:+" + digits if value.startswith("+") else "phone:" + digits


_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_LOCAL_SEPARATORS = re.compile(r"[.+_-]")


class Forgotten:
    """Finds forgotten people's emails and phones in text, knowing only their digests.

    An address may sit inside a longer string: a Message-ID such as
    ``<m00002.jane.doe@contoso.example>`` names its sender. So each email-like token is tried
    whole and with its local part cut at each separator.
    """

    def __init__(self, key: str, digests: set[str]) -> None:
        self.key = key
        self.digests = digests

    def __bool__(self) -> bool:
        return bool(self.digests)

    def is_forgotten(self, value: str) -> bool:
        return bool(self.digests) and digest(self.key, value) in self.digests

    def find(self, text: str) -> list[str]:
        """The forgotten values inside ``text`` (as they are written there)."""
        if not self.digests or len(text) > 2000:
            return []
        if "@" in text:
            found = []
            for match in _EMAIL.finditer(text):
                token = match.group(0)
                local, _, domain = token.rpartition("@")
                cuts = [0] + [m.end() for m in _LOCAL_SEPARATORS.finditer(local)]
                for cut in cuts:
                    candidate = f"{local[cut:]}@{domain}"
                    if local[cut:] and self.is_forgotten(candidate):
                        found.append(candidate)
                        break
            return found
        stripped = text.strip()
        if stripped.startswith("+") and sum(c.isdigit() for c in stripped) >= 6:
            return [text] if self.is_forgotten(stripped) else []
        return []

    def mask(self, value: str) -> str:
        """What a forgotten value becomes where a string must stay (an id that embeds it)."""
        return "forgotten-" + digest(self.key, value)[:12]

    def is_exactly(self, text: str) -> bool:
        """``text`` is a forgotten value itself (not a string that holds one)."""
        hits = self.find(text)
        return any(h.strip().lower() == text.strip().lower() for h in hits)

    def scrub_checkpoint(self, state: dict[str, Any], *, delta: bool) -> dict[str, Any]:
        """A checkpoint (whole or a delta) without the forgotten.

        In a delta an entry that is left out stays as stored, so a forgotten correspondent's
        entry becomes None there, which removes it.
        """
        out: dict[str, Any] = {}
        for section, value in state.items():
            if isinstance(value, dict):
                entries: dict[str, Any] = {}
                for key, entry in value.items():
                    if isinstance(key, str) and self.is_exactly(key):
                        if delta:
                            entries[key] = None
                        continue
                    entries[self.scrub(key)[0]] = self.scrub(entry)[0]
                out[section] = entries
            else:
                out[section] = self.scrub(value)[0]
        return out

    def scrub(self, value: Any) -> tuple[Any, bool]:
        """A JSON value (a checkpoint) without the forgotten; and whether it changed.

        Sources key their per-correspondent state by address (email_harvest's gate: pending,
        touched, qualified, signature memory): an entry whose key is a forgotten value goes
        whole, with the names, phones and titles under it, and so does a list element that is
        one. A longer string that holds one (an id) keeps its place with the value masked.
        """
        if isinstance(value, str):
            found = self.find(value)
            if not found:
                return value, False
            for item in found:
                value = value.replace(item, self.mask(item))
            return value, True
        if isinstance(value, dict):
            out: dict[str, Any] = {}
            changed = False
            for key, item in value.items():
                if isinstance(key, str) and self.is_exactly(key):
                    changed = True
                    continue
                new_key, key_changed = self.scrub(key) if isinstance(key, str) else (key, False)
                new, inner = self.scrub(item)
                out[new_key] = new
                changed = changed or inner or key_changed
            return (out, True) if changed else (value, False)
        if isinstance(value, list):
            # a list of addresses (a set kept as a list) loses them; longer strings are masked
            kept = [v for v in value if not (isinstance(v, str) and self.is_exactly(v))]
            pairs = [self.scrub(item) for item in kept]
            if len(kept) < len(value) or any(changed for _, changed in pairs):
                return [new for new, _ in pairs], True
            return value, False
        return value, False


def digest(key: str, value: str) -> str:
    return hmac.new(bytes.fromhex(key), normalised(value).encode(), hashlib.sha256).hexdigest()


def private_id(key: str, value: str) -> str:
    """A message or thread id as a keyed digest: equal ids stay equal, and no id names anyone."""
    if value.startswith("id:"):
        return value  # already keyed
    mac = hmac.new(bytes.fromhex(key), b"id\x1f" + value.encode(), hashlib.sha256)
    return "id:" + mac.hexdigest()[:40]


class IdKeyer:
    """``private_id`` for one store, fast: the key is prepared once and each id is remembered
    (a thread's id comes back with every message in it, a message's with every recipient)."""

    REMEMBERED = 100_000

    def __init__(self, key: str) -> None:
        self._mac = hmac.new(bytes.fromhex(key), digestmod=hashlib.sha256)
        self._known: dict[str, str] = {}

    def __call__(self, value: str) -> str:
        known = self._known.get(value)
        if known is None:
            if value.startswith("id:"):
                return value  # already keyed
            mac = self._mac.copy()
            mac.update(b"id\x1f" + value.encode())
            known = "id:" + mac.hexdigest()[:40]
            if len(self._known) >= self.REMEMBERED:
                self._known.clear()
            self._known[value] = known
        return known


def hash_clear_ids(conn: Connection, key: str) -> None:
    """Upgrade a store that kept message and thread ids in clear."""
    rows = list(conn.execute(select(t.interactions.c.id, t.interactions.c.message_id,
                                    t.interactions.c.thread_id)))  # fmt: skip
    for row in rows:
        conn.execute(
            update(t.interactions)
            .where(t.interactions.c.id == row.id)
            .values(
                message_id=private_id(key, row.message_id),
                thread_id=private_id(key, row.thread_id) if row.thread_id else None,
            )
        )


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
