"""OData ``$batch`` for the Dataverse Web API: many requests in one call, answers in order.

Format: OData 4.0 section 11.7 (multipart/mixed), as Dataverse documents it. Requests are sent
outside change sets, each processed on its own, and with ``Prefer: odata.continue-on-error`` so
one refused record does not stop the rest. Dataverse takes at most 1,000 requests per batch.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

MAX_REQUESTS = 1000
"""Dataverse's limit of requests in one $batch."""


@dataclass
class Operation:
    method: str
    url: str
    """Absolute URL of the resource."""
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: Any

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def error(self) -> str:
        """Dataverse's one-line error: ``{"error": {"code", "message"}}``."""
        err = self.body.get("error") if isinstance(self.body, dict) else None
        if isinstance(err, dict):
            text = " ".join(str(err.get("message", "")).split())[:300]
            return f"HTTP {self.status}: {text}" if text else f"HTTP {self.status}"
        return f"HTTP {self.status}"

    def entity_id(self) -> str | None:
        """The record's GUID from ``OData-EntityId`` (``.../contacts(<guid>)``)."""
        ref = self.headers.get("odata-entityid") or self.headers.get("location") or ""
        match = re.search(r"\(([0-9a-fA-F-]{36})\)\s*$", ref)
        return match.group(1).lower() if match else None


def encode(operations: list[Operation]) -> tuple[str, bytes]:
    """(Content-Type, body) of a $batch request holding ``operations``."""
    boundary = f"batch_{uuid.uuid4()}"
    lines: list[str] = []
    for op in operations:
        lines += [
            f"--{boundary}",
            "Content-Type: application/http",
            "Content-Transfer-Encoding: binary",
            "",
            f"{op.method} {op.url} HTTP/1.1",
        ]
        headers = dict(op.headers)
        if op.body is not None:
            headers.setdefault("Content-Type", "application/json; type=entry")
        lines += [f"{k}: {v}" for k, v in headers.items()]
        lines.append("")
        lines.append(json.dumps(op.body, ensure_ascii=False) if op.body is not None else "")
    lines.append(f"--{boundary}--")
    lines.append("")
    return f"multipart/mixed; boundary={boundary}", "\r\n".join(lines).encode("utf-8")


def decode(content_type: str, content: bytes) -> list[Answer]:
    """The answers of a $batch response, in the order of the requests."""
    match = re.search(r'boundary="?([^";]+)"?', content_type or "")
    if not match:
        raise ValueError("a $batch answer without a multipart boundary")
    text = content.decode("utf-8", "replace")
    answers = []
    for part in text.split(f"--{match.group(1)}")[1:]:
        if part.startswith("--"):
            break
        answer = _answer(part)
        if answer is not None:
            answers.append(answer)
    return answers


def _answer(part: str) -> Answer | None:
    lines = part.replace("\r\n", "\n").split("\n")
    start = next((i for i, line in enumerate(lines) if line.startswith("HTTP/1.1 ")), None)
    if start is None:
        return None
    status = int(lines[start].split()[1])
    headers: dict[str, str] = {}
    i = start + 1
    while i < len(lines) and lines[i].strip():
        name, _, value = lines[i].partition(":")
        headers[name.strip().lower()] = value.strip()
        i += 1
    raw = "\n".join(lines[i + 1 :]).strip()
    try:
        body = json.loads(raw) if raw else None
    except ValueError:
        body = raw
    return Answer(status, headers, body)
