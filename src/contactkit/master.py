"""The master: match observations into people, and derive each person's golden record.

Matching (``contactkit.matching``): blocking keys pick candidate pairs (never all pairs), each
pair is scored on name, email, phone and company with readable evidence, and pairs above
``[matching] merge_above`` join (strongest first, never against a person's "apart" decision);
pairs in the band below go to ``contactkit review``.

Survivorship (``contactkit.matching.survivorship``): per field, by the rules table in
``[survivorship]``: pinned value, source trust, recency, confidence, agreement. Every golden value
keeps the sources that gave it, and every record the evidence that joined it
(``contactkit show``) and when each value was last confirmed (``contactkit report``).

docs/matching.md is the user guide.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict
from datetime import datetime
from typing import Any

from contactkit.derivation import (  # noqa: F401  (the master's names, as before)
    NEAR_PER_RECORD,
    Derived,
    Inputs,
    MasterSettings,
    MergeStats,
    Near,
    OrgMember,
    Ranking,
    _evidence,
    _source_ref,
    assign_ids,
    change_mark,
    derive_golden,
    derive_relationships,
    golden_id_for,
    latest_per_record,
    near_entries,
    node_row,
    observation_key,
    org_id_for,
    review_pairs,
    show_key,
    specific_values,
)
from contactkit.gc_pacing import paused_gc
from contactkit.matching import faults
from contactkit.matching.blocking import block_keys
from contactkit.matching.clustering import Resolution, Thresholds, resolve
from contactkit.matching.features import features
from contactkit.model import utcnow
from contactkit.organization_derivation import (  # noqa: F401  (the master's names, as before)
    ORG_MULTI,
    ORG_SCALARS,
    _add_common_contact_points,
    derive_organizations,
)
from contactkit.relationships import relationships_of
from contactkit.store import Store, StoredObservation
from contactkit.store.match_index import INDEX_FORMAT
from contactkit.streamed_rebuild import rebuild_streamed


def match(
    observations: list[StoredObservation],
    thresholds: Thresholds | None = None,
    apart: set[tuple[str, str]] | None = None,
    together: set[tuple[str, str]] | None = None,
) -> Resolution:
    """Group observations into people (indexes into ``observations``)."""
    with paused_gc():
        keys = [observation_key(o) for o in observations]
        people = [features(o.payload, o.confidence) for o in observations]
        return resolve(people, keys, apart, together, thresholds)


def _add_near(
    evidence: dict[int, list],
    resolution: Resolution,
    observations: list[StoredObservation],
    gid_of_root: dict[int, str],
) -> None:
    """Per cluster root, its closest candidates left apart (``show``), with their record ids."""
    root_of = {m: min(members) for members in resolution.clusters for m in members}
    near: dict[int, list[Near]] = defaultdict(list)
    for link in resolution.near:
        for here, there in ((link.a, link.b), (link.b, link.a)):
            near[root_of[here]].append(
                Near(
                    observations[here],
                    observations[there],
                    link.score,
                    link.reasons,
                    gid_of_root[root_of[there]],
                )
            )
    for root, links in near.items():
        evidence[root].extend(near_entries(links))


STREAM_FROM = 20_000
"""Observations from which a rebuild streams the store in blocks instead of holding it."""


def rebuild(
    store: Store,
    source_ranking: list[str] | Any,
    now: datetime | None = None,
    *,
    streamed: bool | None = None,
) -> MergeStats:
    """Re-derive golden records, organizations and relationships from all observations.

    ``source_ranking`` is the ``[survivorship] source_ranking`` list (defaults for the rest), or
    the whole ``Config`` (or ``MasterSettings``) for the matching, survivorship and decay tables.
    It also writes the incremental master's index, so the next merge can be incremental.

    A store of ``STREAM_FROM`` observations or more is rebuilt in blocks
    (``contactkit.streamed_rebuild``: memory stays flat as the store grows); ``streamed`` forces
    either way. Both give the same records.
    """
    now = now or utcnow()
    settings = MasterSettings.from_config(source_ranking)
    if streamed is None:
        streamed = store.observation_extent()[1] >= STREAM_FROM
    store.save_master_state({"mark": None, "index": None})  # killed midway: rebuilt next time
    with faults.collecting() as failed:
        if streamed:
            stats = rebuild_streamed(store, settings, now)
        else:
            stats = rebuild_in_memory(store, settings, now)
    if failed.count:
        # kept with the merge's result, so a run that changes nothing reports them again
        stats.not_compared, stats.faults = failed.count, failed.lines
        store.save_master_state({"stats": asdict(stats)})
    return stats


def rebuild_in_memory(store: Store, settings: MasterSettings, now: datetime) -> MergeStats:
    """The rebuild holding every observation and its features at once (small stores)."""
    mark = change_mark(store, settings)  # before reading: what is written meanwhile counts as new
    extent = store.observation_extent()
    events_upto, _ = store.master_events_since(0)
    interactions_upto = store.interaction_extent()
    observations = latest_per_record(store.contact_observations())
    apart, together = store.match_decisions()
    with paused_gc():
        keys = [observation_key(o) for o in observations]
        people = [features(o.payload, o.confidence, observation_key(o)) for o in observations]
        values = [specific_values(f) for f in people]  # before specificity sets what is shared
        resolution = resolve(people, keys, apart, together, settings.thresholds)
    clusters = [[observations[i] for i in sorted(c)] for c in resolution.clusters]
    evidence = _evidence(resolution, observations)
    previous = store.golden_index()
    ids = assign_ids(clusters, previous)
    roots = [min(c) for c in resolution.clusters]
    _add_near(evidence, resolution, observations, dict(zip(roots, ids, strict=True)))

    stats = MergeStats(observations=len(observations), golden=len(clusters))
    stats.merged = len(observations) - len(clusters)
    stats.blocked = resolution.blocked
    stats.pairs_scored = resolution.pairs_scored
    derived = derive_golden(
        clusters,
        ids,
        [evidence.get(root, []) for root in roots],
        previous,
        Inputs(store.pins(), store.bounces(), store.last_heard_from(), store.departures()),
        settings,
        now,
        stats,
    )
    kept = set(ids)
    deletes = [gid for gid in previous if gid not in kept]
    stats.retired = len(deletes)

    organizations = derive_organizations(
        derived.org_members,
        store.organization_observations(),
        Ranking(settings.rules),
        now,
        settings.default_country,
    )
    relationships = relationships_of(store, derived.email_owner, now)
    stats.organizations = len(organizations)
    stats.relationships = len(relationships)
    store.apply_golden(derived.upserts, deletes, organizations, relationships)
    store.replace_golden_meta(derived.meta)
    reviews = review_pairs(resolution.reviews, keys, apart)
    store.sync_match_reviews(reviews)
    stats.review_pairs = len(reviews)
    golden_of = {o.id: gid for gid, members in zip(ids, clusters, strict=True) for o in members}
    store.replace_match_index(
        (node_row(o, f, golden_of[o.id]) for o, f in zip(observations, people, strict=True)),
        (
            {"key": key, "obs_id": o.id}
            for o, f in zip(observations, people, strict=True)
            for key in sorted(set(block_keys(f)))
        ),
        (
            {"value": value, "obs_id": o.id}
            for o, held in zip(observations, values, strict=True)
            for value in held
        ),
        derived.emails,
    )
    store.save_master_state(
        {
            "mark": mark,
            "stats": asdict(stats),
            "index": {
                "observations": extent,
                "events": events_upto,
                "interactions": interactions_upto,
                "nodes": len(observations),
                "settings": settings.fingerprint(),
                "names": INDEX_FORMAT,
            },
        }
    )
    return stats
