"""The employee directory: who works here, under which addresses, and their IMAP login.

A CSV with a header row (``email,name,employee_id,aliases,login``; only ``email`` is required)
or, without one, ``email,name,employee_id`` by position. ``aliases`` lists the person's other
addresses (separated by ';', '|' or spaces), e.g. ``jjordan@corp.example`` or the address at a
group domain; they fold into one employee. ``login`` is the IMAP login when it is not the address.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from .headers import clean_address

_SPLIT = re.compile(r"[;|,\s]+")


@dataclass
class Directory:
    names: dict[str, str | None] = field(default_factory=dict)
    """canonical email -> name"""
    ids: dict[str, str] = field(default_factory=dict)
    logins: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    """alias -> canonical email"""
    errors: list[tuple[str, str]] = field(default_factory=list)
    """(record key, reason) of rows that could not be read"""


def read_directory(path: Path) -> Directory:
    """Read the directory; bad rows become errors, the others are kept."""
    out = Directory()
    try:
        rows = _rows(path)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        out.errors.append((str(path), f"cannot read directory: {exc}"))
        return out
    for line, row in rows:
        email = clean_address(row.get("email") or "")
        if not email:
            reason = f"invalid email {row.get('email')!r} in directory"
            out.errors.append((f"{path}:{line}", reason))
            continue
        out.names[email] = (row.get("name") or "").strip() or None
        if (row.get("employee_id") or "").strip():
            out.ids[email] = row["employee_id"].strip()
        if (row.get("login") or "").strip():
            out.logins[email] = row["login"].strip()
        for alias in _SPLIT.split(row.get("aliases") or ""):
            clean = clean_address(alias) if alias else None
            if clean and clean != email:
                out.aliases[clean] = email
            elif alias and not clean:
                reason = f"invalid alias {alias!r} of {email} in directory"
                out.errors.append((f"{path}:{line}", reason))
    return out


def _rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    if not rows:
        return []
    header = [h.strip().lower().replace(" ", "_") for h in rows[0]]
    if "email" in header:
        body, start = rows[1:], 2
    else:
        header, body, start = ["email", "name", "employee_id"], rows, 1
    return [
        (start + i, {k: (row[j] if j < len(row) else "") for j, k in enumerate(header)})
        for i, row in enumerate(body)
        if any(cell.strip() for cell in row)
    ]
