"""A global customer base through the whole pipeline (source -> merge -> D&B -> merge, real SQLite
store): companies in fifteen countries, US namesakes of foreign companies, domain-only companies,
companies D&B does not know, and faults (429 with Retry-After, token expiry, a mid-body drop)."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
import responses

from contactkit import pipeline as pipeline_module
from contactkit.http import RetryingSession
from contactkit.pipeline import Pipeline

from . import fixtures as fx
from . import universe as uv
from .conftest import pipeline_config

SETTINGS = {"key": {"env": "DNB_TEST_KEY"}, "secret": {"env": "DNB_TEST_SECRET"}}


class StandIn:
    """The universe behind ``responses``, with faults at fixed places in the call sequence."""

    def __init__(self, universe: uv.Universe, faults: bool) -> None:
        self.universe = universe
        self.faults = faults
        self.requests = 0
        self.billable: dict[str, int] = {"match": 0, "data": 0}
        self.tokens_issued = 0

    def __call__(self, request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
        self.requests += 1
        url = urlsplit(request.url)
        if request.method == "POST":
            self.tokens_issued += 1
        if self.faults and request.method == "GET":
            if self.requests % 11 == 0:
                return (
                    429,
                    {"Retry-After": "3"},
                    fx.json_bytes(fx.error("00045", "Too Many Requests")).decode(),
                )
            if self.requests == 30 and self.tokens_issued == 1:
                return (
                    401,
                    {},
                    fx.json_bytes(fx.error("00040", "Your access token has expired.")).decode(),
                )
            if self.requests % 17 == 0:
                raise requests.exceptions.ChunkedEncodingError("Connection broken: IncompleteRead")
        status, body = uv.answer(self.universe, request.method, url.path, url.query)
        kind = "match" if "cleanseMatch" in url.path else "data"
        if request.method == "GET" and (status == 200 or (kind == "match" and status == 404)):
            self.billable[kind] += 1
        return status, {"Content-Type": "application/json"}, fx.json_bytes(body).decode()


def _run(tmp_path: Path, universe: uv.Universe, api: responses.RequestsMock):
    uv.CrmContacts.universe = universe
    config, registry = pipeline_config(tmp_path, uv.CrmContacts, region="US")
    pipeline = Pipeline(config, registry=registry)
    try:
        report = pipeline.run()
        organizations = {row.key: row.payload for row in pipeline.store.organizations().values()}
    finally:
        pipeline.close()
    return report, organizations


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waits: list[float] = []
    session = functools.partial(RetryingSession, sleep=waits.append)
    monkeypatch.setattr(pipeline_module, "RetryingSession", session)
    return waits


@pytest.mark.parametrize("faults", [False, True])
def test_global_customer_base(api, creds, tmp_path: Path, no_sleep, faults):
    universe = uv.build(seed=1)
    stand_in = StandIn(universe, faults)
    api.add_callback(responses.POST, fx.TOKEN_URL, callback=stand_in)
    api.add_callback(responses.GET, fx.MATCH_URL, callback=stand_in)
    data_urls = re.compile(re.escape(fx.BASE) + r"/v1/data/duns/\d+")
    api.add_callback(responses.GET, data_urls, callback=stand_in)

    report, organizations = _run(tmp_path, universe, api)

    got = uv.figures(universe, organizations)
    assert got["countries"] >= 10
    assert got["share right"] >= 0.98, got
    assert got["wrong DUNS"] == 0, got
    assert got["share links"] >= 0.95, got
    assert stand_in.billable["match"] == len(universe.crm)  # one inquiry per distinct company
    note = report.notes["dnb_lookup"][0]
    assert note.startswith(
        f"{sum(stand_in.billable.values())} billable D&B calls "
        f"({stand_in.billable['match']} identity resolution, {stand_in.billable['data']} data"
    ), note
    if faults:
        assert 3.0 in no_sleep  # Retry-After honoured
    before = stand_in.requests

    again, _ = _run(tmp_path, universe, api)

    assert stand_in.requests == before  # re-run: no call at all, not even a token
    assert again.notes["dnb_lookup"][0].startswith("0 billable D&B calls")
