"""Paged search over golden records: the words of a query against the desk's search index.

Search by name, email, company or title (case-insensitive words, all of them), or by a phone
number typed any way (``+1 425 555 0142``, ``(425) 555-0142``): a query that parses as a phone
for the config's region is looked up by its E.164 form. Only the page shown is read from the
store.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from contactkit.desk.snapshot import SearchIndex
from contactkit.normalize import parse_phone
from contactkit.store import Store
from contactkit.store import schema as t


@dataclass
class Row:
    id: str
    name: str
    email: str
    phone: str
    title: str
    company: str


@dataclass
class Page:
    rows: list[Row]
    total: int
    page: int
    size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))


def phone_needle(text: str, region: str | None) -> str | None:
    """The E.164 form of a query that is a phone number, typed any way."""
    digits = sum(ch.isdigit() for ch in text)
    if digits < 6 or any(ch.isalpha() for ch in text):
        return None
    return parse_phone(text, region)


def search(
    store: Store, index: SearchIndex, text: str, region: str | None, page: int = 1, size: int = 50
) -> Page:
    """One page of the golden records a query finds (all of them, for no query)."""
    text = text.strip()
    page = max(page, 1)
    e164 = phone_needle(text, region) if text else None
    words = [e164.lower()] if e164 else text.lower().split()
    found = index.find(words)
    wanted = found[(page - 1) * size : page * size]
    query = select(t.golden.c.id, t.golden.c.payload).where(t.golden.c.id.in_(wanted))
    with store.engine.connect() as conn:
        rows = dict(conn.execute(query).all())
    return Page([_row(gid, rows[gid]) for gid in wanted if gid in rows], len(found), page, size)


def _row(gid: str, data: Any) -> Row:
    payload = json.loads(data) if isinstance(data, str) else data
    phones = payload.get("phones") or []
    organization = payload.get("organization") or {}
    return Row(
        id=gid,
        name=(payload.get("name") or {}).get("full") or "",
        email=(payload.get("emails") or [""])[0],
        phone=(phones[0].get("e164") or phones[0].get("text") or "") if phones else "",
        title=payload.get("title") or "",
        company=organization.get("name") or organization.get("domain") or "",
    )
