"""What every model class shares: strict parsing, the time, a stable hash, one-line errors."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


def utcnow() -> datetime:
    return datetime.now(UTC)


class StrictModel(BaseModel):
    """Unknown fields are an error; values are checked once, on the way in."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)


def stable_hash(payload: Any) -> str:
    data = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(data.encode()).hexdigest()[:32]


def describe_error(exc: BaseException) -> str:
    """One line for a bad record: pydantic's first error with its field, or the message."""
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        message = err["msg"].removeprefix("Value error, ")
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        return f"{where}: {message}{more}" if where else message + more
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
