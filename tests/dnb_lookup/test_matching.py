"""Identity resolution, the threshold bands and the family tree, against a mocked Direct+."""

from __future__ import annotations

import base64
import json
from urllib.parse import parse_qs, urlsplit

import pytest
import responses
from pydantic import ValidationError

from contactkit.model import Drop, OrganizationObservation, RecordError, ReviewItem
from contactkit_plugins.dnb_lookup import enricher as en
from contactkit_plugins.dnb_lookup.config import DnbConfig

from . import fixtures as fx
from .conftest import KEY, SECRET, calls_to, record, token_ok


def _query(call) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(call.request.url).query).items()}


def test_auto_accept_yields_company_and_family_tree(api, make_enricher):
    token_ok(api)
    api.add(responses.GET, fx.MATCH_URL, json=fx.match(fx.candidate(confidence=9)))
    api.add(responses.GET, fx.data_url(fx.SUB_DUNS), json=fx.data_blocks())
    enricher = make_enricher()

    items = list(enricher.enrich([record()]))

    assert all(isinstance(i, OrganizationObservation) for i in items), items
    main, *members = items
    assert main.organization_key == "domain:gormanmfg.com"
    assert main.source == "dnb_lookup"
    assert main.match_grade == "AAZZZFAZZZZ"
    assert main.confidence == {"duns": 0.9}
    org = main.organization
    assert org.duns == fx.SUB_DUNS
    assert org.name == "GORMAN MANUFACTURING COMPANY, INC."
    assert org.legal_name == "GORMAN MANUFACTURING COMPANY, INCORPORATED"
    assert org.trade_names == ["GORMAN PRINTING"]
    assert org.domains == ["gormanmfg.com"]
    assert org.phone == "+1 6505550000"
    assert org.address.street == "492 KOLLER ST" and org.address.country == "US"
    assert org.employee_count == 125  # the consolidated figure, not the first listed
    assert org.revenue.value == 19945238 and org.revenue.currency == "USD"
    assert org.operating_status == "Active"
    assert [c.code for c in org.industry_codes] == ["323111", "2752"]
    assert org.industry_codes[0].scheme.startswith("North American Industry")
    assert org.parent_duns == fx.PARENT_DUNS
    assert org.domestic_ultimate_duns == fx.PARENT_DUNS
    assert org.global_ultimate_duns == fx.GLOBAL_DUNS
    assert org.headquarters_duns is None
    assert org.family_roles == ["Subsidiary"]

    by_key = {m.organization_key: m for m in members}
    assert set(by_key) == {f"duns:{fx.PARENT_DUNS}", f"duns:{fx.GLOBAL_DUNS}"}
    parent = by_key[f"duns:{fx.PARENT_DUNS}"].organization
    assert parent.name == "GORMAN AMERICA INC." and parent.duns == fx.PARENT_DUNS
    assert parent.family_roles == ["Parent", "Domestic Ultimate"]
    assert parent.domestic_ultimate_duns == fx.PARENT_DUNS
    assert parent.global_ultimate_duns == fx.GLOBAL_DUNS
    top = by_key[f"duns:{fx.GLOBAL_DUNS}"].organization
    assert top.name == "GORMAN HOLDING AG" and top.address.country == "DE"
    assert top.family_roles == ["Global Ultimate"]
    assert top.global_ultimate_duns == fx.GLOBAL_DUNS
    assert enricher.calls == 2


def test_requests_use_documented_shapes(api, make_enricher):
    token_ok(api)
    api.add(responses.GET, fx.MATCH_URL, json=fx.match(fx.candidate()))
    api.add(responses.GET, fx.data_url(fx.SUB_DUNS), json=fx.data_blocks())

    list(make_enricher().enrich([record()]))

    token_call, match_call, data_call = api.calls
    expected = base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
    assert token_call.request.headers["Authorization"] == f"Basic {expected}"
    assert json.loads(token_call.request.body) == {"grant_type": "client_credentials"}
    assert match_call.request.headers["Authorization"] == "Bearer tok-1"
    assert _query(match_call) == {
        "name": "Gorman Manufacturing",
        "countryISOAlpha2Code": "US",
        "streetAddressLine1": "492 Koller St",
        "addressLocality": "San Francisco",
        "postalCode": "94110",
        "telephoneNumber": "6505550000",
        "url": "gormanmfg.com",
    }
    assert _query(data_call) == {"blockIDs": "companyinfo_L2_v1,hierarchyconnections_L1_v1"}
    assert data_call.request.headers["Authorization"] == "Bearer tok-1"


def test_v3_token_takes_a_form_body(api, make_enricher):
    api.add(
        responses.POST,
        f"{fx.BASE}/v3/token",
        json={"access_token": "tok-3", "expires_in": 86400, "token_type": "Bearer"},
    )
    api.add(responses.GET, fx.MATCH_URL, json=fx.match())

    list(make_enricher(token_path="/v3/token").enrich([record()]))

    assert api.calls[0].request.body == "grant_type=client_credentials"
    assert api.calls[1].request.headers["Authorization"] == "Bearer tok-3"


def test_review_band_yields_a_choice_and_buys_no_data(api, make_enricher):
    token_ok(api)
    api.add(
        responses.GET,
        fx.MATCH_URL,
        json=fx.match(
            fx.candidate(confidence=6, grade="AFZZZFAZZZZ"),
            fx.candidate(duns="111222333", name="GORMAN MFG WEST", confidence=5, sequence=2),
            fx.candidate(duns="999888777", name="GORMAN BAKERY", confidence=3, sequence=3),
        ),
    )

    items = list(make_enricher().enrich([record()]))

    (review,) = items
    assert isinstance(review, ReviewItem) and review.kind == "choice"
    assert review.source_key == "domain:gormanmfg.com"
    labels = [o.label for o in review.options]
    assert len(labels) == 3 and labels[-1] == "None of these"  # confidence 3 left out
    first, second, _none = review.options
    assert first.columns["D-U-N-S"] == fx.SUB_DUNS and first.columns["Confidence"] == "6"
    assert first.columns["Match grade"] == "AFZZZFAZZZZ"
    assert first.columns["Address"] == "492 KOLLER ST, 94110, SAN FRANCISCO"
    assert first.columns["Country"] == "US"
    assert set(first.columns) == set(second.columns)  # side by side: the same rows
    obs = first.organization_observation
    assert obs.organization_key == "domain:gormanmfg.com"
    assert obs.organization.duns == fx.SUB_DUNS and obs.match_grade == "AFZZZFAZZZZ"
    assert second.organization_observation.organization.duns == "111222333"
    assert _none.organization_observation is None
    assert calls_to(api, fx.data_url(fx.SUB_DUNS)) == 0


@pytest.mark.parametrize(
    ("confidence", "auto_accept", "review_min", "expected"),
    [
        (8, 8, 5, OrganizationObservation),  # at the default auto-accept: taken
        (7, 8, 5, ReviewItem),
        (5, 8, 5, ReviewItem),  # at the bottom of the band: still reviewed
        (4, 8, 5, Drop),
        (6, 6, 4, OrganizationObservation),  # thresholds are configurable
        (3, 6, 4, Drop),
    ],
)
def test_threshold_bands(api, make_enricher, confidence, auto_accept, review_min, expected):
    token_ok(api)
    api.add(responses.GET, fx.MATCH_URL, json=fx.match(fx.candidate(confidence=confidence)))
    api.add(responses.GET, fx.data_url(fx.SUB_DUNS), json=fx.data_blocks())
    enricher = make_enricher(auto_accept=auto_accept, review_min=review_min)

    first = next(iter(enricher.enrich([record()])))

    assert isinstance(first, expected)
    if expected is Drop:
        assert first.reason == en.REASON_BELOW


def test_no_candidates_is_a_drop_and_is_cached(api, make_enricher):
    token_ok(api)
    api.add(responses.GET, fx.MATCH_URL, json=fx.match())

    (drop,) = make_enricher().enrich([record()])
    again = list(make_enricher().enrich([record()]))

    assert isinstance(drop, Drop) and drop.reason == en.REASON_NO_MATCH
    assert [d.reason for d in again] == [en.REASON_NO_MATCH]
    assert calls_to(api, fx.MATCH_URL) == 1  # "no match" is an answer: not paid for twice


def test_no_match_error_body_counts_as_no_match(api, make_enricher):
    token_ok(api)
    api.add(
        responses.GET,
        fx.MATCH_URL,
        status=404,
        json=fx.error("20502", "No Match found for the given input criteria"),
    )

    (drop,) = make_enricher().enrich([record()])

    assert isinstance(drop, Drop) and drop.reason == en.REASON_NO_MATCH


def test_known_duns_skips_identity_resolution(api, make_enricher):
    token_ok(api)
    api.add(responses.GET, fx.data_url(fx.SUB_DUNS), json=fx.data_blocks())

    items = list(make_enricher().enrich([record(duns=fx.SUB_DUNS)]))

    assert items[0].organization.duns == fx.SUB_DUNS
    assert items[0].match_grade is None and items[0].confidence == {}
    assert calls_to(api, fx.MATCH_URL) == 0


def test_record_without_name_or_contacts_is_dropped_without_a_call(api, make_enricher):
    nameless = record(name=" ")
    lonely = record(key="duns:315369934", contacts=0)

    items = list(make_enricher().enrich([nameless, lonely]))

    assert [i.reason for i in items] == [en.REASON_NO_NAME, en.REASON_FEW_CONTACTS]
    assert len(api.calls) == 0


def test_country_falls_back_to_hint_then_default_region(api, make_enricher):
    token_ok(api)
    api.add(responses.GET, fx.MATCH_URL, json=fx.match())
    with_hint = record(key="a", country="de")
    no_hint = record(name="Other Co", key="b", country=None)

    list(make_enricher().enrich([with_hint, no_hint]))

    matches = [c for c in api.calls if "cleanseMatch" in c.request.url]
    countries = [_query(c)["countryISOAlpha2Code"] for c in matches]
    assert countries == ["DE", "US"]


def test_config_refuses_plain_http_off_this_machine_and_inline_secrets():
    refs = {"key": {"env": "K"}, "secret": {"env": "S"}}
    with pytest.raises(ValidationError, match="https"):
        DnbConfig.model_validate({**refs, "base_url": "http://dnb.example.com"})
    assert DnbConfig.model_validate({**refs, "base_url": "http://127.0.0.1:8080/"}).base_url == (
        "http://127.0.0.1:8080"
    )
    with pytest.raises(ValidationError, match="by reference"):
        DnbConfig.model_validate({"key": "inline-key", "secret": {"env": "S"}})
    with pytest.raises(ValidationError, match="review_min"):
        DnbConfig.model_validate({**refs, "auto_accept": 5, "review_min": 7})


def test_registered_as_enricher_through_entry_point():
    from contactkit.plugins import build_registry

    registry = build_registry()

    assert "dnb_lookup" not in registry.failures
    assert registry.enrichers["dnb_lookup"].__name__ == "DnbLookup"


def test_errors_are_record_errors_for_the_company(api, make_enricher):
    token_ok(api)
    api.add(
        responses.GET,
        fx.MATCH_URL,
        status=400,
        json=fx.error(
            "10001",
            "Invalid request",
            parameter="countryISOAlpha2Code",
            description="Invalid country code",
        ),
    )

    (error,) = make_enricher().enrich([record()])

    assert isinstance(error, RecordError)
    assert error.record_key == "domain:gormanmfg.com"
    assert error.reason == (
        "D&B match: HTTP 400 10001: Invalid request (countryISOAlpha2Code: Invalid country code)"
    )
    assert "\n" not in error.reason and SECRET not in error.reason


def test_review_shows_our_side_beside_candidates_best_first(api, make_enricher):
    token_ok(api)
    # D&B's display order is not the confidence order here: the review must reorder them
    west = fx.candidate(duns="111222333", name="GORMAN MFG WEST", confidence=5, sequence=1)
    gorman = fx.candidate(confidence=7, sequence=2)
    printing = fx.candidate(duns="444555666", name="GORMAN PRINT", confidence=7, sequence=3)
    api.add(responses.GET, fx.MATCH_URL, json=fx.match(west, gorman, printing))
    ours = record()
    ours = type(ours)(
        **{
            **ours.__dict__,
            "contacts": ("Jane Roe <jane@gormanmfg.com>", "Al Poe <al@gormanmfg.com>"),
        }
    )

    (review,) = make_enricher().enrich([ours])

    duns = [o.columns["D-U-N-S"] for o in review.options[:-1]]
    assert duns == [fx.SUB_DUNS, "444555666", "111222333"]  # 7, 7 (in D&B's order), 5
    assert review.options[0].columns["Website"] == "gormanmfg.com"
    assert review.reference == {
        "D-U-N-S": "",
        "Name": "Gorman Manufacturing",
        "Address": "492 Koller St, 94110, San Francisco",
        "Country": "US",
        "Website": "gormanmfg.com",
        "Contacts": "Jane Roe <jane@gormanmfg.com>, Al Poe <al@gormanmfg.com> (+1 more)",
    }
    assert "gormanmfg.com, US" in review.title
