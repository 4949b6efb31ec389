"""D&B's no-match (HTTP 404 with its error body, whatever the code), a connection dropped mid-body,
token expiry, and calls counted as D&B bills them; what a company is asked with (its country from
any language, a domain-only company by ``url`` alone)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
import responses

from contactkit.http import RetryingSession
from contactkit.model import Address, Drop, Organization, OrganizationObservation, RecordError
from contactkit.plugin import OrganizationRecord
from contactkit.secrets import SecretRef
from contactkit_plugins.dnb_lookup import enricher as en
from contactkit_plugins.dnb_lookup.client import DnbClient

from . import fixtures as fx
from .conftest import calls_to, record, token_ok

NO_MATCH = "No Match found for the given input criteria"


def _query(call) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(call.request.url).query).items()}


# -- no match ------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["20505", "20502", "10001", None])
def test_404_from_cleanse_match_is_no_match_whatever_the_code(api, make_enricher, code):
    token_ok(api)
    body = fx.error(code, NO_MATCH) if code else {"error": {"errorMessage": NO_MATCH}}
    api.add(responses.GET, fx.MATCH_URL, status=404, json=body)
    first = make_enricher()

    (drop,) = first.enrich([record()])
    second = make_enricher()
    again = list(second.enrich([record()]))

    assert isinstance(drop, Drop) and drop.reason == en.REASON_NO_MATCH
    assert [d.reason for d in again] == [en.REASON_NO_MATCH]
    assert calls_to(api, fx.MATCH_URL) == 1  # cached: never paid twice
    assert (first.calls, second.calls) == (1, 0)  # D&B searched: the inquiry is billed once


def test_a_404_page_that_is_not_dnb_is_a_failure_not_a_no_match(api, make_enricher):
    """A wrong base_url or a proxy answers 404 too: caching that as "no match" would hide
    every company from D&B for a year."""
    token_ok(api)
    api.add(responses.GET, fx.MATCH_URL, status=404, body="<html>Not Found</html>")

    (error,) = make_enricher().enrich([record()])
    list(make_enricher().enrich([record()]))

    assert isinstance(error, RecordError) and "HTTP 404" in error.reason
    assert calls_to(api, fx.MATCH_URL) == 2  # not cached: asked again next run


def test_data_404_for_a_duns_is_a_failure(api, make_enricher):
    token_ok(api)
    not_found = fx.error("10001", "DUNS not found")
    api.add(responses.GET, fx.data_url(fx.SUB_DUNS), status=404, json=not_found)
    enricher = make_enricher()

    (error,) = enricher.enrich([record(duns=fx.SUB_DUNS)])

    assert isinstance(error, RecordError) and "DUNS not found" in error.reason
    assert enricher.calls == 0


# -- faults and billing --------------------------------------------------------------------------


def test_connection_dropped_mid_body_is_retried(api, make_enricher, sleeps):
    token_ok(api)
    drop = requests.exceptions.ChunkedEncodingError("Connection broken: IncompleteRead(10 bytes)")
    api.add(responses.GET, fx.MATCH_URL, body=drop)
    api.add(responses.GET, fx.MATCH_URL, json=fx.match(fx.candidate()))
    api.add(responses.GET, fx.data_url(fx.SUB_DUNS), body=drop)
    api.add(responses.GET, fx.data_url(fx.SUB_DUNS), json=fx.data_blocks())
    enricher = make_enricher()

    items = list(enricher.enrich([record()]))

    assert isinstance(items[0], OrganizationObservation)
    assert len(sleeps) == 2
    assert enricher.calls == 2  # what D&B answered; the broken transfers are not billed


class _DroppingDirectPlus(BaseHTTPRequestHandler):
    """A real socket: the first cleanseMatch answer promises more bytes than it sends."""

    protocol_version = "HTTP/1.1"
    answered = 0

    def _send(self, body: bytes, length: int | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(length or len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._send(fx.json_bytes(fx.token("tok")))

    def do_GET(self) -> None:
        if self.path.startswith("/v1/match/"):
            body = fx.json_bytes(fx.match(fx.candidate()))
            type(self).answered += 1
            if type(self).answered == 1:
                self._send(body[:40], length=len(body))  # then hang up mid-body
                self.close_connection = True
                return
            self._send(body)
        else:
            self._send(fx.json_bytes(fx.data_blocks()))

    def log_message(self, *args: object) -> None:
        pass


def test_mid_body_drop_over_a_real_socket(creds, make_enricher, sleeps):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _DroppingDirectPlus)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        enricher = make_enricher(base_url=f"http://127.0.0.1:{server.server_address[1]}")
        items = list(enricher.enrich([record()]))
    finally:
        server.shutdown()
        server.server_close()
    assert isinstance(items[0], OrganizationObservation), items
    assert _DroppingDirectPlus.answered == 2 and len(sleeps) == 1
    assert enricher.calls == 2


def test_billable_calls_under_faults_equal_the_dry_run_figure(api, make_enricher, notes):
    """401 (token expired), 429 with Retry-After and 503 are not billed; a dry run over the same
    companies predicts the identity-resolution figure the real run reports."""
    records = [record("Gorman Manufacturing", key="a"), record("Acme", key="b")]
    dry = make_enricher(dry_run=True)
    list(dry.enrich(records))

    api.add(responses.POST, fx.TOKEN_URL, json=fx.token("old"))
    api.add(responses.POST, fx.TOKEN_URL, json=fx.token("new"))
    expired = fx.error("00040", "Your access token has expired.")
    api.add(responses.GET, fx.MATCH_URL, status=401, json=expired)
    api.add(responses.GET, fx.MATCH_URL, status=429, headers={"Retry-After": "2"}, json={})
    api.add(responses.GET, fx.MATCH_URL, json=fx.match(fx.candidate()))
    api.add(responses.GET, fx.MATCH_URL, status=503, json=fx.error("00002", "Request timeout"))
    api.add(responses.GET, fx.MATCH_URL, status=404, json=fx.error("20505", NO_MATCH))
    api.add(responses.GET, fx.data_url(fx.SUB_DUNS), json=fx.data_blocks())
    real = make_enricher()
    list(real.enrich(records))

    assert dry.planned["match"] == real.client.calls["match"] == 2
    assert real.calls == 3  # two answered inquiries (one no match) and one data call
    assert real.client.attempts["match"] == 3  # the 401 was sent, and not billed
    assert notes[0].startswith("dry run: 2 billable D&B calls (2 identity resolution")
    assert notes[1].startswith("3 billable D&B calls (2 identity resolution, 1 data blocks)")
    assert "1 not billed" in notes[1]


def test_token_is_renewed_before_it_expires(creds):
    now = [0.0]
    session = RetryingSession(max_retries=0)
    key, secret = SecretRef(env="DNB_TEST_KEY"), SecretRef(env="DNB_TEST_SECRET")
    client = DnbClient(session, fx.BASE, key, secret, clock=lambda: now[0])
    with responses.RequestsMock() as api:
        api.add(responses.POST, fx.TOKEN_URL, json=fx.token("t1", expires_in=3600))
        api.add(responses.POST, fx.TOKEN_URL, json=fx.token("t2", expires_in=3600))
        api.add(responses.GET, fx.data_url(fx.SUB_DUNS), json=fx.data_blocks())
        client.data_blocks(fx.SUB_DUNS, ["companyinfo_L2_v1"])
        now[0] = 3400.0  # within the five-minute margin before the hour ends: renew first
        client.data_blocks(fx.SUB_DUNS, ["companyinfo_L2_v1"])
        auths = [
            c.request.headers.get("Authorization") for c in api.calls if c.request.method == "GET"
        ]
    assert auths == ["Bearer t1", "Bearer t2"]
    assert client.calls == {"token": 2, "data": 2}


# -- what is asked -------------------------------------------------------------------------------


def _org_record(org: Organization, key: str, hint: str | None = "US") -> OrganizationRecord:
    return OrganizationRecord(id=key, key=key, organization=org, contact_count=2, country_hint=hint)


def test_country_from_a_name_in_any_language_and_from_the_organization(api, make_enricher):
    token_ok(api)
    api.add(responses.GET, fx.MATCH_URL, status=404, json=fx.error("20505", NO_MATCH))
    records = [
        _org_record(Organization(name="Muster AG", address=Address(country="Schweiz")), "a"),
        _org_record(Organization(name="Beispiel GmbH", country="DE"), "b"),
        _org_record(Organization(name="Plain Inc"), "c", hint=None),
    ]

    list(make_enricher().enrich(records))

    countries = [
        _query(c)["countryISOAlpha2Code"] for c in api.calls if "cleanseMatch" in c.request.url
    ]
    assert countries == ["CH", "DE", "US"]  # the last: the config's default region


def test_domain_only_company_is_asked_by_url_alone(api, make_enricher):
    token_ok(api)
    api.add(responses.GET, fx.MATCH_URL, json=fx.match(fx.candidate()))
    api.add(responses.GET, fx.data_url(fx.SUB_DUNS), json=fx.data_blocks())
    org = Organization(name="gormanmfg.com", domains=["gormanmfg.com"], country="US")

    items = list(make_enricher().enrich([_org_record(org, "domain:gormanmfg.com")]))

    (match_call,) = [c for c in api.calls if "cleanseMatch" in c.request.url]
    assert _query(match_call) == {"url": "gormanmfg.com"}
    assert isinstance(items[0], OrganizationObservation)
