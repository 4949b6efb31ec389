import requests
import responses

from contactkit.http import RetryingSession, retry_after_seconds


@responses.activate
def test_429_waits_retry_after_then_succeeds() -> None:
    url = "https://api.example.test/x"
    responses.get(url, status=429, headers={"Retry-After": "7"})
    responses.get(url, status=503)
    responses.get(url, json={"ok": True})
    waits: list[float] = []
    session = RetryingSession(sleep=waits.append, backoff=0.1)
    assert session.get(url).json() == {"ok": True}
    assert waits[0] == 7.0  # the server's word, not our backoff
    assert 0.2 <= waits[1] < 0.25  # second attempt: 0.1 * 2**1, plus up to 25 % jitter
    assert session.retries == 2


@responses.activate
def test_gives_up_after_max_retries_and_returns_the_last_answer() -> None:
    url = "https://api.example.test/y"
    responses.get(url, status=500)
    session = RetryingSession(sleep=lambda s: None, max_retries=2)
    assert session.get(url).status_code == 500
    assert len(responses.calls) == 3


@responses.activate
def test_connection_errors_are_retried() -> None:
    url = "https://api.example.test/z"
    responses.get(url, body=requests.ConnectionError("reset"))
    responses.get(url, json={})
    session = RetryingSession(sleep=lambda s: None)
    assert session.get(url).status_code == 200


def test_retry_after_http_date() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("Thu, 01 Jan 2026 12:00:30 GMT", now=now) == 30.0
    assert retry_after_seconds("garbage") is None


def test_tls_by_default() -> None:
    import pytest

    from contactkit.http import check_tls

    assert check_tls("https://api.example.com/") == "https://api.example.com"
    assert check_tls("http://127.0.0.1:8080") == "http://127.0.0.1:8080"
    assert check_tls("http://crm.internal", allow_plain_http=True) == "http://crm.internal"
    with pytest.raises(ValueError, match="https"):
        check_tls("http://crm.internal")
    with pytest.raises(ValueError, match="https"):
        check_tls("http://localhost:5232", loopback_ok=False)
    with pytest.raises(ValueError, match="http"):
        check_tls("ftp://x")


@responses.activate
def test_connection_dropped_mid_body_is_retried():
    url = "https://api.example.test/x"
    broken = requests.exceptions.ChunkedEncodingError("Connection broken: IncompleteRead")
    responses.get(url, body=broken)
    responses.get(url, json={"ok": True})
    sleeps: list[float] = []
    session = RetryingSession(sleep=sleeps.append)

    assert session.get(url).json() == {"ok": True}
    assert len(sleeps) == 1 and session.retries == 1
