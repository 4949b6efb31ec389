"""HubSpot batch calls: at most 100 inputs each, and a refused batch split to find the culprit.

A 207 multi-status names the inputs that failed (``context.ids``), so only those fail. A batch
refused as a whole (400 and the like: one invalid value spoils all 100) is split in halves and
resent until the refused input stands alone: about ``2 log2(n)`` extra calls for one bad record,
instead of failing (and resending next run) every record of the batch.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import requests

API_BATCH = 100
"""HubSpot's limit of inputs per batch call."""

SPLIT_ON = frozenset({400, 409, 413, 422})
"""Whole-batch refusals that one input can cause. 401/403/404 concern every input alike, and
429/5xx are retried by the host's session."""

Call = Callable[..., requests.Response]
KeyOfInput = Callable[[dict[str, Any]], str]
KeyOfResult = Callable[[dict[str, Any]], str | None]


def one_line(text: str) -> str:
    return " ".join(str(text).split())[:300]


def message(response: requests.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        data = {}
    text = data.get("message") if isinstance(data, dict) else None
    return f"HTTP {response.status_code}" + (f": {one_line(text)}" if text else "")


def send(
    call: Call,
    path: str,
    inputs: list[dict[str, Any]],
    key_of_input: KeyOfInput,
    key_of_result: KeyOfResult,
) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """POST ``inputs`` to ``path`` in batches; (results by key, one-line error by key)."""
    found: dict[str, dict[str, Any]] = {}
    failed: dict[str, str] = {}
    for start in range(0, len(inputs), API_BATCH):
        _send_split(
            call,
            path,
            inputs[start : start + API_BATCH],
            key_of_input,
            key_of_result,
            found,
            failed,
        )
    return found, failed


def _send_split(
    call: Call,
    path: str,
    chunk: list[dict[str, Any]],
    key_of_input: KeyOfInput,
    key_of_result: KeyOfResult,
    found: dict[str, dict[str, Any]],
    failed: dict[str, str],
) -> None:
    response = call("POST", path, json={"inputs": chunk})
    if response.status_code in SPLIT_ON and len(chunk) > 1:
        middle = len(chunk) // 2
        for half in (chunk[:middle], chunk[middle:]):
            _send_split(call, path, half, key_of_input, key_of_result, found, failed)
        return
    results, errors = outcome(response, [key_of_input(i) for i in chunk], key_of_result)
    found.update(results)
    failed.update(errors)


def outcome(
    response: requests.Response, keys: list[str], key_of_result: Callable
) -> tuple[dict, dict]:
    """(results by key, error message by key) of one batch call; 207 is a partial success."""
    if response.status_code not in (200, 201, 207):
        return {}, {k: message(response) for k in keys}
    data = response.json()
    found = {}
    for result in data.get("results", []):
        key = key_of_result(result)
        if key:
            found[key] = result
    errors = errors_by_id(data)
    generic = next(iter(errors.values()), None) or (
        one_line(data["errors"][0].get("message", "")) if data.get("errors") else None
    )
    failed = {k: errors.get(k) or errors.get(k.lower()) or generic for k in keys if k not in found}
    return found, {k: v or "no result in HubSpot's answer" for k, v in failed.items()}


def errors_by_id(data: dict) -> dict[str, str]:
    """HubSpot batch errors name their inputs in ``context.ids`` (or ``context.id``)."""
    out = {}
    for error in data.get("errors", []):
        context = error.get("context") or {}
        ids = context.get("ids") or context.get("id") or []
        for key in ids if isinstance(ids, list) else [ids]:
            out[str(key)] = out[str(key).lower()] = one_line(
                f"{error.get('category', 'error')}: {error.get('message', '')}"
            )
    return out
