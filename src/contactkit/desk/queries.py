"""Paged search over golden records, done in the store so a page costs the same at 100k.

Search by name, email, company or title (case-insensitive substring of the stored record), or
by a phone number typed any way (``+1 425 555 0142``, ``(425) 555-0142``): a query that parses
as a phone for the config's region is looked up by its E.164 form.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, cast, func, or_, select

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


def search(store: Store, text: str, region: str | None, page: int = 1, size: int = 50) -> Page:
    text = text.strip()
    payload = cast(t.golden.c.payload, String)
    condition = None
    if text:
        e164 = phone_needle(text, region)
        if e164 is not None:
            condition = payload.contains(json.dumps(e164))
        else:
            # the payload is JSON: non-ASCII is stored escaped or not, depending on the dialect
            words = [w for w in text.lower().split() if w]
            parts = []
            for word in words:
                escaped = json.dumps(word)[1:-1]
                options = {word, escaped}
                parts.append(or_(*(func.lower(payload).contains(o) for o in options)))
            condition = parts[0] if len(parts) == 1 else _all(parts)
    query = select(t.golden.c.id, t.golden.c.payload).order_by(t.golden.c.id)
    count = select(func.count()).select_from(t.golden)
    if condition is not None:
        query, count = query.where(condition), count.where(condition)
    page = max(page, 1)
    with store.engine.connect() as conn:
        total = conn.scalar(count) or 0
        found = conn.execute(query.limit(size).offset((page - 1) * size)).all()
    return Page([_row(gid, data) for gid, data in found], total, page, size)


def _all(parts: list[Any]) -> Any:
    from sqlalchemy import and_

    return and_(*parts)


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
