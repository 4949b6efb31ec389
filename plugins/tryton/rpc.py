"""Tryton's JSON-RPC over the host's retrying session: login once, then model calls.

``POST <url>/<database>/rpc/`` with ``{"method": "model.party.party.create", "params": [...]}``;
the session from ``common.db.login`` goes in ``Authorization: Session base64(user:id:token)``.
Tryton answers errors as ``{"error": [type, [message, description, ...]]}`` in an HTTP 200.
"""

from __future__ import annotations

import base64
import itertools
import json
from typing import Any

import requests

from contactkit_plugins.tryton.config import TrytonConfig


class TrytonError(RuntimeError):
    """A one-line reason from Tryton (a refused record, a failed login, no connection)."""


class TrytonRPC:
    def __init__(self, config: TrytonConfig, session: requests.Session) -> None:
        self.config = config
        self.session = session
        self.endpoint = f"{config.url}/{config.database}/rpc/"
        self._auth: str | None = None
        self._ids = itertools.count(1)
        self.calls = 0

    def _post(self, method: str, params: list[Any], auth: str | None) -> requests.Response:
        headers = {"Content-Type": "application/json"}
        if auth:
            headers["Authorization"] = auth
        body = json.dumps({"id": next(self._ids), "method": method, "params": params})
        self.calls += 1
        try:
            return self.session.post(
                self.endpoint, data=body.encode(), headers=headers, verify=self.config.verify_tls
            )
        except requests.RequestException as exc:
            raise TrytonError(f"could not reach Tryton: {type(exc).__name__}") from None

    def _login(self) -> str:
        params = [
            self.config.username,
            {"password": self.config.password.reveal()},
            self.config.language,
        ]
        response = self._post("common.db.login", params, None)
        if response.status_code in (401, 403):
            raise TrytonError(f"Tryton refused the login of {self.config.username}")
        result = _result(response, "common.db.login")
        user_id, token = result[0], result[1]
        raw = f"{self.config.username}:{user_id}:{token}".encode()
        return "Session " + base64.b64encode(raw).decode()

    def call(self, method: str, *params: Any, context: dict[str, Any] | None = None) -> Any:
        """``model.<model>.<method>`` with ``params`` and the context; the result."""
        if self._auth is None:
            self._auth = self._login()
        response = self._post(method, [*params, context or {}], self._auth)
        if response.status_code == 401:  # the session expired: log in again, once
            self._auth = self._login()
            response = self._post(method, [*params, context or {}], self._auth)
        return _result(response, method)

    def model(self, name: str, method: str, *params: Any) -> Any:
        return self.call(f"model.{name}.{method}", *params)


def _result(response: requests.Response, method: str) -> Any:
    if response.status_code != 200:
        raise TrytonError(f"{method}: HTTP {response.status_code}")
    try:
        data = response.json()
    except ValueError:
        raise TrytonError(f"{method}: not a JSON-RPC answer") from None
    if data.get("error"):
        raise TrytonError(_error_text(data["error"]))
    return data.get("result")


def _error_text(error: Any) -> str:
    """``[type, [message, description, ...]]`` or ``[type, text]`` as one line."""
    if isinstance(error, list) and len(error) > 1:
        detail = error[1]
        if isinstance(detail, list):
            parts = [str(p) for p in detail[:2] if p]
            text = " ".join(parts) or str(error[0])
        else:
            text = f"{error[0]}: {detail}" if detail else str(error[0])
    else:
        text = str(error)
    return " ".join(text.split())[:300]
