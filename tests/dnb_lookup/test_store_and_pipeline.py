"""dnb_lookup over the real store: the cache in a SQLite file across runs, and a whole pipeline
run (source -> merge -> enrich -> merge) that links the company into its corporate family."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import responses

from contactkit.model import Checkpoint, Contact, Observation, OrgRef
from contactkit.pipeline import Pipeline
from contactkit.plugin import Source
from contactkit.plugins import Registry
from contactkit.records import golden_records
from contactkit.store import Store
from contactkit.testing import standalone_context
from contactkit_plugins.dnb_lookup import DnbLookup
from contactkit_plugins.dnb_lookup.config import DnbConfig

from . import fixtures as fx
from .conftest import calls_to, pipeline_config, record, token_ok

SETTINGS = {"key": {"env": "DNB_TEST_KEY"}, "secret": {"env": "DNB_TEST_SECRET"}}


def _happy(api: responses.RequestsMock) -> None:
    token_ok(api)
    api.add(responses.GET, fx.MATCH_URL, json=fx.match(fx.candidate(confidence=9)))
    api.add(responses.GET, fx.data_url(fx.SUB_DUNS), json=fx.data_blocks())


def test_store_cache_in_a_sqlite_file_survives_runs(api, creds, tmp_path: Path):
    _happy(api)
    url = f"sqlite:///{tmp_path / 'contactkit.db'}"
    config = DnbConfig.model_validate({**SETTINGS, "base_url": fx.BASE})

    def run() -> tuple[list[Any], DnbLookup]:
        store = Store(url)
        try:
            enricher = DnbLookup(config, standalone_context(cache=store.cache("dnb_lookup")))
            return list(enricher.enrich([record()])), enricher
        finally:
            store.close()

    first, _ = run()
    second, again = run()

    assert len(api.calls) == 3 and again.calls == 0
    assert [o.content_hash() for o in second] == [o.content_hash() for o in first]
    assert (tmp_path / "contactkit.db").stat().st_size > 0


class _OneContact(Source):
    """A source with one contact at Gorman, enough for the master to know the company."""

    name: ClassVar[str] = "one_contact"

    def read(self, state: dict[str, Any]) -> Iterator[Any]:
        if state.get("done"):
            return
        yield Observation(
            source=self.instance,
            source_key="jane",
            contact=Contact(
                name={"full": "Jane Roe"},
                emails=["jane.roe@gormanmfg.com"],
                organization=OrgRef(name="Gorman Manufacturing"),
            ),
        )
        yield Checkpoint(state={"done": True})


def _pipeline_config(tmp_path: Path) -> tuple[Any, Registry]:
    return pipeline_config(tmp_path, _OneContact)


def test_pipeline_links_the_company_into_its_family(api, creds, tmp_path: Path):
    _happy(api)
    config, registry = _pipeline_config(tmp_path)

    kept = []
    for _ in range(2):  # the second run has nothing new: no D&B call, no new observation
        pipeline = Pipeline(config, registry=registry)
        try:
            report = pipeline.run()
            organizations = {
                row.key: row.payload for row in pipeline.store.organizations().values()
            }
            (golden,) = list(golden_records(pipeline.store))
        finally:
            pipeline.close()
        assert report.status == "ok", report.summary()
        kept.append(report.enrichers["dnb_lookup"].kept)
        assert calls_to(api, fx.MATCH_URL) == 1 and calls_to(api, fx.data_url(fx.SUB_DUNS)) == 1

    assert kept == [3, 0]  # the company and two family members, then nothing
    company = organizations["domain:gormanmfg.com"]
    assert company["duns"] == fx.SUB_DUNS
    assert company["global_ultimate_duns"] == fx.GLOBAL_DUNS
    assert organizations[f"duns:{fx.PARENT_DUNS}"]["name"] == "GORMAN AMERICA INC."
    assert organizations[f"duns:{fx.GLOBAL_DUNS}"]["name"] == "GORMAN HOLDING AG"
    assert golden.organization.duns == fx.SUB_DUNS
    assert golden.family["parent"].name == "GORMAN AMERICA INC."
    assert golden.family["global_ultimate"].name == "GORMAN HOLDING AG"
    # what a CRM sink needs to build the account tree: the family as contactkit org ids
    store = Store(config.store.url)
    ids = {row.key: row.id for row in store.organizations().values()}
    store.close()
    assert golden.family_ids == {
        "parent": ids[f"duns:{fx.PARENT_DUNS}"],
        "domestic_ultimate": ids[f"duns:{fx.PARENT_DUNS}"],
        "global_ultimate": ids[f"duns:{fx.GLOBAL_DUNS}"],
    }
    assert organizations[f"duns:{fx.GLOBAL_DUNS}"]["country"] == "DE"  # D&B says where
    assert company["country"] == "US" and company["country_confidence"] == 1.0


def test_review_choice_gets_its_data_on_the_next_run(api, creds, tmp_path: Path):
    token_ok(api)
    api.add(responses.GET, fx.MATCH_URL, json=fx.match(fx.candidate(confidence=6)))
    api.add(responses.GET, fx.data_url(fx.SUB_DUNS), json=fx.data_blocks())
    config, registry = _pipeline_config(tmp_path)

    def run() -> dict[str, Any]:
        pipeline = Pipeline(config, registry=registry)
        try:
            assert pipeline.run().status == "ok"
            return {row.key: row.payload for row in pipeline.store.organizations().values()}
        finally:
            pipeline.close()

    run()
    run()  # still pending: the review is not asked twice, D&B is not called again
    store = Store(config.store.url)
    try:
        ((review_id, review),) = store.open_reviews()
        chosen = review.options[0]
        assert chosen.columns["D-U-N-S"] == fx.SUB_DUNS
        store.resolve_review(review_id, "accepted", [chosen.organization_observation])
    finally:
        store.close()
    assert calls_to(api, fx.MATCH_URL) == 1 and calls_to(api, fx.data_url(fx.SUB_DUNS)) == 0

    organizations = run()

    assert calls_to(api, fx.MATCH_URL) == 1 and calls_to(api, fx.data_url(fx.SUB_DUNS)) == 1
    company = organizations["domain:gormanmfg.com"]
    assert company["duns"] == fx.SUB_DUNS and company["parent_duns"] == fx.PARENT_DUNS
    assert organizations[f"duns:{fx.GLOBAL_DUNS}"]["name"] == "GORMAN HOLDING AG"
