"""Never paying twice (cache, in-run memo, dry run, re-verify) and surviving faults (429, 5xx,
timeouts, 401, error bodies), through the enricher and the host's RetryingSession."""

from __future__ import annotations

import pytest
import requests
import responses

from contactkit.model import Drop, OrganizationObservation, RecordError
from contactkit.secrets import SecretRef
from contactkit_plugins.dnb_lookup import enricher as en
from contactkit_plugins.dnb_lookup.client import DnbApiError, DnbClient

from . import fixtures as fx
from .conftest import SECRET, calls_to, record, token_ok

DAY = 86400.0


def _happy(api: responses.RequestsMock) -> None:
    token_ok(api)
    api.add(responses.GET, fx.MATCH_URL, json=fx.match(fx.candidate(confidence=9)))
    api.add(responses.GET, fx.data_url(fx.SUB_DUNS), json=fx.data_blocks())


# -- never pay twice -------------------------------------------------------------------------------


def test_rerun_with_nothing_new_makes_zero_calls(api, make_enricher, notes):
    _happy(api)
    first = list(make_enricher().enrich([record()]))
    assert len(api.calls) == 3  # token, match, data

    second_run = make_enricher()
    second = list(second_run.enrich([record()]))

    assert len(api.calls) == 3 and second_run.calls == 0
    assert notes == [
        "2 billable D&B calls (1 identity resolution, 1 data blocks); 1 token, 0 not billed "
        "(401 or failed)",
        "0 billable D&B calls (0 identity resolution, 0 data blocks); 0 token, 0 not billed "
        "(401 or failed)",
    ]
    assert [o.content_hash() for o in second] == [o.content_hash() for o in first]


def test_one_call_per_distinct_company_per_run(api, make_enricher):
    _happy(api)
    # Two spellings of one company, a third record that already knows the DUNS, and a repeat.
    records = [
        record("Gorman Manufacturing Inc.", key="name:a"),
        record("GORMAN MANUFACTURING", key="name:b"),
        record("Gorman", key="name:c", duns=fx.SUB_DUNS),
        record("Gorman Manufacturing Inc.", key="name:d"),
    ]
    enricher = make_enricher()

    items = list(enricher.enrich(records))

    assert calls_to(api, fx.MATCH_URL) == 1
    assert calls_to(api, fx.data_url(fx.SUB_DUNS)) == 1
    assert calls_to(api, fx.TOKEN_URL) == 1  # the token is reused
    mains = [i for i in items if not i.organization_key.startswith("duns:")]
    assert [m.organization_key for m in mains] == ["name:a", "name:b", "name:c", "name:d"]
    members = [i.organization_key for i in items if i.organization_key.startswith("duns:")]
    assert sorted(members) == sorted({f"duns:{fx.PARENT_DUNS}", f"duns:{fx.GLOBAL_DUNS}"})


@pytest.mark.parametrize("answer", ["match", "no match"])
def test_cache_time_to_live(api, make_enricher, cache, answer):
    if answer == "match":
        _happy(api)
    else:  # D&B's no-match: HTTP 404 with its error body, an answer cached like any other
        token_ok(api)
        no_match = fx.error("20505", "No Match found for the given input criteria")
        api.add(responses.GET, fx.MATCH_URL, status=404, json=no_match)
    list(make_enricher(cache_ttl_days=30).enrich([record()]))

    cache.now += 29 * DAY
    list(make_enricher(cache_ttl_days=30).enrich([record()]))
    assert calls_to(api, fx.MATCH_URL) == 1

    cache.now += 2 * DAY
    list(make_enricher(cache_ttl_days=30).enrich([record()]))
    assert calls_to(api, fx.MATCH_URL) == 2
    assert calls_to(api, fx.data_url(fx.SUB_DUNS)) == (2 if answer == "match" else 0)


def test_dry_run_counts_calls_and_calls_nothing(api, make_enricher, notes):
    records = [
        record("Gorman Manufacturing", key="a"),
        record("Gorman Manufacturing", key="b"),  # the same company: counted once
        record("Acme", key="c"),
        record("Known", key="d", duns="123456789"),
    ]
    dry = make_enricher(dry_run=True)

    items = list(dry.enrich(records))

    assert len(api.calls) == 0
    assert all(isinstance(i, Drop) and i.reason == en.REASON_DRY_CALL for i in items)
    assert dry.planned_calls == 3 and dry.calls == 0
    assert notes == [
        "dry run: 3 billable D&B calls (2 identity resolution, 1 data blocks), "
        "and up to 2 data blocks for the new matches"
    ]


def test_dry_run_after_a_real_run_plans_nothing(api, make_enricher):
    _happy(api)
    list(make_enricher().enrich([record()]))
    before = len(api.calls)

    dry = make_enricher(dry_run=True)
    items = list(dry.enrich([record()]))

    assert len(api.calls) == before and dry.planned_calls == 0
    assert [i.reason for i in items] == [en.REASON_DRY_CACHED]


def test_stale_records_are_reverified_on_request(api, make_enricher, cache):
    _happy(api)
    list(make_enricher().enrich([record()]))
    known = record(duns=fx.SUB_DUNS)  # as the store holds it after the first run
    cache.now += 100 * DAY

    list(make_enricher().enrich([known]))
    assert calls_to(api, fx.data_url(fx.SUB_DUNS)) == 1  # not asked: the cache is still good

    list(make_enricher(reverify=True, stale_after_days=120).enrich([known]))
    assert calls_to(api, fx.data_url(fx.SUB_DUNS)) == 1  # not stale yet

    items = list(make_enricher(reverify=True, stale_after_days=90).enrich([known]))
    assert calls_to(api, fx.data_url(fx.SUB_DUNS)) == 2
    assert items[0].organization.duns == fx.SUB_DUNS

    list(make_enricher(reverify=True, stale_after_days=90).enrich([known]))
    assert calls_to(api, fx.data_url(fx.SUB_DUNS)) == 2  # verified again just now


# -- faults ----------------------------------------------------------------------------------------


def test_429_with_retry_after_then_200(api, make_enricher, sleeps):
    token_ok(api)
    api.add(
        responses.GET,
        fx.MATCH_URL,
        status=429,
        headers={"Retry-After": "7"},
        json=fx.error("00047", "You have exceeded the rate limit"),
    )
    api.add(responses.GET, fx.MATCH_URL, json=fx.match(fx.candidate()))
    api.add(responses.GET, fx.data_url(fx.SUB_DUNS), json=fx.data_blocks())
    enricher = make_enricher()

    items = list(enricher.enrich([record()]))

    assert isinstance(items[0], OrganizationObservation)
    assert sleeps == [7.0]
    assert calls_to(api, fx.MATCH_URL) == 2 and enricher.calls == 2  # a retry is one call


def test_5xx_and_timeout_are_retried_with_backoff(api, make_enricher, sleeps):
    token_ok(api)
    api.add(responses.GET, fx.MATCH_URL, status=503, json=fx.error("00001", "Service busy"))
    api.add(responses.GET, fx.MATCH_URL, body=requests.Timeout("read timed out"))
    api.add(responses.GET, fx.MATCH_URL, json=fx.match(fx.candidate()))
    api.add(responses.GET, fx.data_url(fx.SUB_DUNS), json=fx.data_blocks())

    items = list(make_enricher().enrich([record()]))

    assert isinstance(items[0], OrganizationObservation)
    assert len(sleeps) == 2 and 0.25 <= sleeps[0] < sleeps[1]  # exponential backoff


def test_expired_token_401_is_renewed_once(api, make_enricher):
    api.add(responses.POST, fx.TOKEN_URL, json=fx.token("old"))
    api.add(responses.POST, fx.TOKEN_URL, json=fx.token("new"))
    api.add(
        responses.GET,
        fx.MATCH_URL,
        status=401,
        json=fx.error("00040", "Your access token has expired."),
    )
    api.add(responses.GET, fx.MATCH_URL, json=fx.match(fx.candidate()))
    api.add(responses.GET, fx.data_url(fx.SUB_DUNS), json=fx.data_blocks())

    items = list(make_enricher().enrich([record()]))

    assert isinstance(items[0], OrganizationObservation)
    auths = [c.request.headers.get("Authorization") for c in api.calls if c.request.method == "GET"]
    assert auths == ["Bearer old", "Bearer new", "Bearer new"]
    assert calls_to(api, fx.TOKEN_URL) == 2


def test_a_second_401_is_a_record_error_not_a_loop(api, make_enricher):
    token_ok(api)
    api.add(responses.GET, fx.MATCH_URL, status=401, json=fx.error("00041", "Not authorized"))

    (error,) = make_enricher().enrich([record()])

    assert isinstance(error, RecordError)
    assert error.reason == "D&B match: HTTP 401 00041: Not authorized"
    assert calls_to(api, fx.MATCH_URL) == 2 and calls_to(api, fx.TOKEN_URL) == 2


def test_bad_credentials_fail_every_company_with_one_token_call(api, make_enricher):
    api.add(
        responses.POST,
        fx.TOKEN_URL,
        status=401,
        json=fx.error("00004", "Invalid credentials"),
    )

    items = list(make_enricher().enrich([record(key="a"), record("Acme", key="b")]))

    assert [type(i) for i in items] == [RecordError, RecordError]
    assert items[0].reason == "D&B token: HTTP 401 00004: Invalid credentials"
    assert calls_to(api, fx.TOKEN_URL) == 1
    assert all(SECRET not in i.reason for i in items)


def test_missing_secret_is_one_line_naming_the_reference(api, make_enricher, monkeypatch):
    monkeypatch.delenv("DNB_TEST_SECRET")

    (error,) = make_enricher().enrich([record()])

    assert error.reason == "D&B credentials: secret not set: environment variable DNB_TEST_SECRET"
    assert len(api.calls) == 0


def test_failed_company_is_retried_next_run_never_cached(api, make_enricher):
    token_ok(api)
    api.add(responses.GET, fx.MATCH_URL, json=fx.match(fx.candidate()))
    api.add(
        responses.GET,
        fx.data_url(fx.SUB_DUNS),
        status=500,
        json=fx.error("00000", "Internal error"),
    )
    failing = make_enricher()
    failing.client.session.max_retries = 0

    (error,) = failing.enrich([record(key="a")])
    assert isinstance(error, RecordError)
    assert error.reason == "D&B data: HTTP 500 00000: Internal error"

    api.replace(responses.GET, fx.data_url(fx.SUB_DUNS), json=fx.data_blocks())
    items = list(make_enricher().enrich([record(key="a")]))

    assert isinstance(items[0], OrganizationObservation)
    assert calls_to(api, fx.MATCH_URL) == 1  # the match was an answer, cached
    assert calls_to(api, fx.data_url(fx.SUB_DUNS)) == 2  # the failure was not


def test_failure_is_not_repeated_within_a_run(api, make_enricher):
    token_ok(api)
    api.add(
        responses.GET,
        fx.MATCH_URL,
        status=400,
        json=fx.error("10001", "Invalid request"),
    )

    items = list(make_enricher().enrich([record(key="a"), record(key="b")]))

    assert [type(i) for i in items] == [RecordError, RecordError]
    assert calls_to(api, fx.MATCH_URL) == 1


# -- the client's token ----------------------------------------------------------------------------


def test_token_is_cached_until_shortly_before_it_expires(api, creds):
    now = [0.0]
    api.add(responses.POST, fx.TOKEN_URL, json=fx.token("t1", expires_in=3600))
    api.add(responses.POST, fx.TOKEN_URL, json=fx.token("t2", expires_in=3600))
    api.add(responses.GET, fx.MATCH_URL, json=fx.match())
    client = DnbClient(
        requests.Session(),
        fx.BASE,
        SecretRef(env="DNB_TEST_KEY"),
        SecretRef(env="DNB_TEST_SECRET"),
        clock=lambda: now[0],
    )

    client.cleanse_match({"name": "x", "countryISOAlpha2Code": "US"})
    now[0] = 3600 - 301  # just inside the safety margin (5 minutes)
    client.cleanse_match({"name": "x", "countryISOAlpha2Code": "US"})
    now[0] = 3600 - 299
    client.cleanse_match({"name": "x", "countryISOAlpha2Code": "US"})

    gets = [c.request.headers["Authorization"] for c in api.calls if c.request.method == "GET"]
    assert gets == ["Bearer t1", "Bearer t1", "Bearer t2"]
    assert client.calls == {"token": 2, "match": 3}


def test_unreachable_is_a_one_line_error(creds):
    client = DnbClient(
        requests.Session(),
        "http://127.0.0.1:9",  # discard port: nothing listens
        SecretRef(env="DNB_TEST_KEY"),
        SecretRef(env="DNB_TEST_SECRET"),
    )
    with pytest.raises(DnbApiError, match=r"^D&B token: unreachable \(ConnectionError\)$"):
        client.data_blocks(fx.SUB_DUNS, ["companyinfo_L2_v1"])


def test_match_grade_is_kept_once_the_store_knows_the_duns(api, make_enricher):
    _happy(api)
    (first, *_) = make_enricher().enrich([record()])

    (again, *_) = make_enricher().enrich([record(duns=fx.SUB_DUNS)])
    (other, *_) = make_enricher().enrich([record(key="other", duns=fx.SUB_DUNS)])

    assert again.match_grade == first.match_grade == "AAZZZFAZZZZ"
    assert again.content_hash() == first.content_hash()
    assert other.match_grade is None  # known by DUNS from elsewhere: no match quality to keep
    assert len(api.calls) == 3
