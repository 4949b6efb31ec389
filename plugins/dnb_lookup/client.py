"""A small Direct+ client: the access token, identity resolution and data blocks.

Retries of 429 (honouring ``Retry-After``), 5xx, timeouts and connections dropped mid-body are the
host session's job (``contactkit.http.RetryingSession``); this client only adds what is D&B's own:
the bearer token, refreshed once on a 401, D&B's error bodies turned into one-line reasons, no
match recognised as an answer, and the calls counted as D&B bills them.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import requests

from contactkit.secrets import SecretError, SecretRef

# D&B answers a cleanseMatch that finds nothing with HTTP 404 and its error body ("No Match found
# for the given input criteria"); the code varies with the kind of inquiry, so the status decides.
NO_MATCH_STATUS = 404
# A token is renewed this long before D&B says it expires, so no call races the expiry.
TOKEN_MARGIN_SECONDS = 300.0
DEFAULT_TOKEN_LIFETIME = 86400.0


class DnbApiError(Exception):
    """A call that failed; ``str()`` is one line and never holds a secret."""

    def __init__(
        self,
        reason: str,
        *,
        status: int | None = None,
        code: str | None = None,
        dnb_error: bool = False,
    ) -> None:
        super().__init__(reason)
        self.status = status
        self.code = code
        self.dnb_error = dnb_error
        """The body was D&B's own ``{"error": {...}}``, not a proxy's or a wrong URL's page."""

    @property
    def is_no_match(self) -> bool:
        """D&B's no-match: a 404 with D&B's error body, whatever its error code."""
        return self.status == NO_MATCH_STATUS and self.dnb_error


class DnbClient:
    """Calls Direct+ through the host's session; counts the calls it makes by kind."""

    def __init__(
        self,
        session: requests.Session,
        base_url: str,
        key: SecretRef,
        secret: SecretRef,
        *,
        token_path: str = "/v2/token",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.session = session
        self.base_url = base_url.rstrip("/")
        self._key = key
        self._secret = secret
        self.token_path = token_path
        self._clock = clock
        self._token: str | None = None
        self._token_expires = 0.0
        self._auth_failure: str | None = None
        self.calls: Counter[str] = Counter()
        """Calls as D&B bills them, by kind: 'match' and 'data' answered (a no-match included),
        'token' made. A retry of a 429, 5xx or dropped connection and a call refused with 401
        are not billed and not counted here."""
        self.attempts: Counter[str] = Counter()
        """Every request sent, by kind, 401s and failures included (retries inside the session
        count once)."""

    # -- the token ------------------------------------------------------------------------------

    def _access_token(self) -> str:
        if self._auth_failure:
            # Bad credentials stay bad for the run: one token call, not one per company.
            raise DnbApiError(self._auth_failure)
        if self._token and self._clock() < self._token_expires:
            return self._token
        try:
            auth = (self._key.reveal(), self._secret.reveal())
        except SecretError as exc:
            self._auth_failure = f"D&B credentials: {exc}"
            raise DnbApiError(self._auth_failure) from None
        url = self.base_url + self.token_path
        kwargs: dict[str, Any] = {"auth": auth, "headers": {"Accept": "application/json"}}
        if self.token_path.rstrip("/").endswith("/v3/token"):
            kwargs["data"] = {"grant_type": "client_credentials"}  # v3 takes a form body
        else:
            kwargs["json"] = {"grant_type": "client_credentials"}
        self.calls["token"] += 1
        self.attempts["token"] += 1
        try:
            response = self.session.post(url, **kwargs)
        except requests.RequestException as exc:
            raise DnbApiError(f"D&B token: unreachable ({type(exc).__name__})") from None
        if response.status_code != 200:
            reason = "D&B token: " + error_line(response)
            if response.status_code in (400, 401, 403):
                self._auth_failure = reason
            raise DnbApiError(reason, status=response.status_code)
        body = _json(response)
        token = body.get("access_token") if isinstance(body, dict) else None
        if not token:
            raise DnbApiError("D&B token: answer without access_token", status=200)
        # v2 says 'expiresIn', v3 'expires_in'; both in seconds.
        lifetime = body.get("expiresIn") or body.get("expires_in") or DEFAULT_TOKEN_LIFETIME
        try:
            lifetime = float(lifetime)
        except (TypeError, ValueError):
            lifetime = DEFAULT_TOKEN_LIFETIME
        margin = min(TOKEN_MARGIN_SECONDS, lifetime / 10)
        self._token = str(token)
        self._token_expires = self._clock() + lifetime - margin
        return self._token

    def _get(self, kind: str, path: str, params: dict[str, str]) -> dict[str, Any]:
        """GET with the bearer token; a 401 renews the token and tries once more."""
        url = self.base_url + path
        for attempt in (1, 2):
            headers = {
                "Authorization": f"Bearer {self._access_token()}",
                "Accept": "application/json",
            }
            self.attempts[kind] += 1
            try:
                response = self.session.get(url, params=params, headers=headers)
            except requests.RequestException as exc:
                raise DnbApiError(f"D&B {kind}: unreachable ({type(exc).__name__})") from None
            if response.status_code == 401 and attempt == 1:
                self._token = None  # expired or revoked (D&B error 00040): renew once
                continue
            body = _json(response)
            if response.status_code != 200:
                error = DnbApiError(
                    f"D&B {kind}: {error_line(response)}",
                    status=response.status_code,
                    code=_error_code(body),
                    dnb_error=_error_code(body) is not None or _is_error_body(body),
                )
                if kind == "match" and error.is_no_match:
                    self.calls[kind] += 1  # an answer: D&B searched, and bills the inquiry
                raise error
            if not isinstance(body, dict):
                raise DnbApiError(f"D&B {kind}: answer is not a JSON object", status=200)
            self.calls[kind] += 1
            return body
        raise AssertionError("unreachable")  # pragma: no cover

    # -- the calls ------------------------------------------------------------------------------

    def cleanse_match(self, params: dict[str, str]) -> list[dict[str, Any]]:
        """``GET /v1/match/cleanseMatch``: the candidates, best first; [] when D&B finds none."""
        try:
            body = self._get("match", "/v1/match/cleanseMatch", params)
        except DnbApiError as exc:
            if exc.is_no_match:
                return []
            raise
        candidates = body.get("matchCandidates") or []
        if not isinstance(candidates, list):
            raise DnbApiError("D&B match: matchCandidates is not a list", status=200)
        return [c for c in candidates if isinstance(c, dict)]

    def data_blocks(self, duns: str, block_ids: list[str]) -> dict[str, Any]:
        """``GET /v1/data/duns/{duns}?blockIDs=...``: the ``organization`` object."""
        body = self._get("data", f"/v1/data/duns/{duns}", {"blockIDs": ",".join(block_ids)})
        organization = body.get("organization")
        if not isinstance(organization, dict) or not organization:
            raise DnbApiError("D&B data: answer without organization", status=200)
        return organization


def _json(response: requests.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _is_error_body(body: Any) -> bool:
    return isinstance(body, dict) and isinstance(body.get("error"), dict)


def _error_code(body: Any) -> str | None:
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        code = body["error"].get("errorCode")
        return str(code) if code is not None else None
    return None


def error_line(response: requests.Response) -> str:
    """``HTTP 404 20502: No match found...`` from D&B's ``{"error": {...}}`` body, one line."""
    body = _json(response)
    parts = [f"HTTP {response.status_code}"]
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        error = body["error"]
        if error.get("errorCode"):
            parts.append(str(error["errorCode"]) + ":")
        if error.get("errorMessage"):
            parts.append(str(error["errorMessage"]))
        details = error.get("errorDetails")
        if isinstance(details, list) and details and isinstance(details[0], dict):
            first = details[0]
            detail = ": ".join(str(first[k]) for k in ("parameter", "description") if first.get(k))
            if detail:
                parts.append(f"({detail})")
    elif response.reason:
        parts.append(response.reason)
    line = " ".join(parts).rstrip(":")
    return " ".join(line.split())[:300]
