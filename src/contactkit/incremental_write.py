"""The incremental merge's second half: resolve the closure, derive and write what it changed.

Golden records of the closure's people, their meta and emails, the near candidates of the
records next to it, the organizations and relationships they touch, and the review pairs
naming them, in one transaction (``Store.apply_master_delta``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict
from datetime import datetime
from typing import Any

from contactkit import master
from contactkit.incremental_view import IndexView
from contactkit.incremental_view import closure as closure_of
from contactkit.master import MasterSettings, MergeStats, Near
from contactkit.matching.clustering import Resolution, resolve
from contactkit.matching.scoring import HARD_NO, strong_identifiers
from contactkit.relationships import relationships_of
from contactkit.store.base import json_value as _json
from contactkit.store.match_index import MasterDelta


def resolve_and_write(
    view: IndexView,
    closure: set[int],
    org_subjects: set[str],
    mail_emails: set[str],
    settings: MasterSettings,
    now: datetime,
    index_state: dict[str, Any],
) -> tuple[MergeStats, dict[str, Any]]:
    store, th = view.store, view.th
    apart, together = store.match_decisions()
    while True:
        ids = sorted(closure)
        local = {node: n for n, node in enumerate(ids)}
        observations = [view.obs[i] for i in ids]
        people = [view.feats[i] for i in ids]
        keys = [f.key for f in people]
        pairs: set[tuple[int, int]] = set()
        cross: list[tuple[int, int]] = []  # candidate pairs leaving the closure, (in, out)
        for i in ids:
            for j in view.candidates(i):
                if j in local:
                    pairs.add((local[i], local[j]) if i < j else (local[j], local[i]))
                elif view.scored(i, j):
                    cross.append((i, j))
        resolution: Resolution = resolve(people, keys, apart, together, th, pairs=pairs)
        clusters = [[observations[n] for n in sorted(c)] for c in resolution.clusters]
        old_goldens = {view.golden_of[i] for i in ids} | {
            row.golden_id for row in view.removed.values()
        }
        old_rows = store.golden_rows_for(g for g in old_goldens if g)
        previous = {gid: (row.content_hash, _json(row.members)) for gid, row in old_rows.items()}
        golden_ids = master.assign_ids(clusters, previous)
        # A new id is its anchor's hash, which another record may hold (its anchor moved away):
        # a full merge settles that by size order, so take that record's people in and redo.
        fresh = [g for g in golden_ids if g not in previous]
        clash = set(store.golden_rows_for(fresh)) if fresh else set()
        if not clash:
            break
        closure = closure_of(view, closure | set(store.nodes_of_goldens(clash)), set())

    roots = [min(c) for c in resolution.clusters]
    evidence = master._evidence(resolution, observations)
    gid_of = {ids[m]: gid for gid, c in zip(golden_ids, resolution.clusters, strict=True)
              for m in c}  # fmt: skip
    near: dict[int, list[Near]] = defaultdict(list)  # per local root
    root_of = {m: min(c) for c in resolution.clusters for m in c}
    for link in resolution.near:
        for here, there in ((link.a, link.b), (link.b, link.a)):
            near[root_of[here]].append(
                Near(observations[here], observations[there], link.score, link.reasons,
                     gid_of[ids[there]])
            )  # fmt: skip
    outside: dict[str, set[int]] = defaultdict(set)  # records next to the closure
    for i, j in cross:
        points, reasons = view.score(i, j)
        gid = view.golden_of[j] or ""
        near[root_of[local[i]]].append(Near(view.obs[i], view.obs[j], points, reasons, gid))
        outside[gid].add(j)
    for root, links in near.items():
        evidence[root].extend(master.near_entries(links))

    stats = MergeStats()
    stats.blocked, stats.pairs_scored = resolution.blocked, resolution.pairs_scored
    emails = {e for o in observations for e in o.payload.get("emails", ())}
    inputs = master.Inputs(
        store.pins(), store.bounces(), store.last_heard_from(emails), store.departures()
    )
    derived = master.derive_golden(
        clusters,
        golden_ids,
        [evidence.get(root, []) for root in roots],
        previous,
        inputs,
        settings,
        now,
        stats,
    )
    kept = set(golden_ids)
    deletes = [gid for gid in previous if gid not in kept]
    touched = set(previous) | kept
    flagged_before = store.flagged_among(touched)

    delta = MasterDelta(
        removed_nodes=sorted(view.removed),
        added_nodes=[master.node_row(view.obs[i], view.feats[i], "") for i in sorted(view.added)],
        added_values=[
            {"value": v, "obs_id": i} for i in sorted(view.added) for v in view.values[i]
        ],
        rekeyed_nodes=sorted(view.rekeyed),
        added_blocks=[
            {"key": k, "obs_id": i}
            for i in sorted(view.added | set(view.rekeyed))
            for k in sorted(view.keys[i])
        ],
        node_golden={
            o.id: gid for gid, members in zip(golden_ids, clusters, strict=True) for o in members
        },
        golden_upserts=derived.upserts,
        golden_deletes=deletes,
        touched_goldens=touched,
        name_chances=view.chances,
        meta=derived.meta,
        emails=derived.emails,
    )
    delta.index_state = index_state
    delta.near_evidence = _near_of_neighbours(view, outside, closure, gid_of)
    _organizations(view, delta, derived, old_rows, org_subjects, settings, now)
    _relationships(view, delta, derived, old_rows, mail_emails, now)
    store.apply_master_delta(delta)
    reviews = master.review_pairs(resolution.reviews, keys, apart)
    for i, j in cross:
        points, reasons = view.score(i, j)
        if points >= th.merge_above or points <= HARD_NO:
            continue
        if points < th.review_above:
            shared = strong_identifiers(view.feats[i], view.feats[j])
            if not shared:
                continue
            reasons = [*reasons, f"both carry {shared}"]
        a, b = sorted((view.feats[i].key, view.feats[j].key))
        if (a, b) not in apart:
            reviews.append({"a": a, "b": b, "score": points, "reasons": reasons})
    store.sync_match_reviews(reviews, scope=keys)

    totals = store.counts_of_derived()
    stats.observations = index_state["nodes"]
    stats.golden = totals["golden"]
    stats.merged = stats.observations - stats.golden
    stats.retired = len(deletes)
    stats.organizations = totals["organizations"]
    stats.relationships = totals["relationships"]
    stats.review_pairs = totals["reviews"]
    previous_stats = store.master_state().get("stats", {})
    stats.flagged = max(
        0,
        previous_stats.get("flagged", 0)
        - flagged_before
        + sum(bool(m["flags"]) for m in derived.meta),
    )
    return stats, {"stats": asdict(stats), "index": index_state}


def _near_of_neighbours(
    view: IndexView, outside: dict[str, set[int]], closure: set[int], gid_of: dict[int, str]
) -> dict[str, list[dict[str, Any]]]:
    """The evidence of records next to the closure, whose near candidates it may have moved.

    Their joins stand (their people did not change); their near candidates are listed anew.
    """
    store = view.store
    out: dict[str, list[dict[str, Any]]] = {}
    outside.pop("", None)
    if not outside:
        return out
    members = store.nodes_of_goldens(outside)
    view.load_nodes(members)
    view.load_blocks(k for i in members for k in view.keys[i])
    others = {j for i in members for j in view.candidates(i)}
    view.load_nodes(others)
    held = store.golden_meta_evidence(outside)
    by_golden: dict[str, list[int]] = defaultdict(list)
    for i, row in members.items():
        by_golden[row.golden_id].append(i)
    for gid, nodes in by_golden.items():
        mine = set(nodes)
        near: list[Near] = []
        for i in nodes:
            for j in view.candidates(i):
                if j in mine or not view.scored(i, j):
                    continue
                points, reasons = view.score(i, j)
                there = gid_of.get(j) if j in closure else view.golden_of.get(j)
                near.append(Near(view.obs[i], view.obs[j], points, reasons, there or ""))
        joins = [e for e in held.get(gid, []) if "near" not in e]
        out[gid] = joins + master.near_entries(near)
    return out


def _organizations(
    view: IndexView,
    delta: MasterDelta,
    derived: Any,
    old_rows: dict[str, Any],
    org_subjects: set[str],
    settings: MasterSettings,
    now: datetime,
) -> None:
    """Re-derive the organizations whose contacts or observations changed."""
    store = view.store
    old_org_ids = {row.organization_id for row in old_rows.values() if row.organization_id}
    org_keys = set(store.organization_keys(old_org_ids).values())
    org_keys |= set(derived.org_members) | org_subjects
    key_of = {master.org_id_for(k): k for k in org_keys}
    replaced = set(old_rows) | {row["golden_id"] for row in derived.meta}
    others = {
        gid: row
        for gid, row in store.golden_rows_of_organizations(key_of).items()
        if gid not in replaced
    }
    members = store.stored_observations(m for row in others.values() for m in _json(row.members))
    ranking = master.Ranking(settings.rules)
    refs: dict[str, list[master.OrgMember]] = defaultdict(list)
    for row in others.values():
        payload = _json(row.payload)
        speaker = min(
            (members[m] for m in _json(row.members)),
            key=lambda o: (ranking.trust(o), o.source, o.source_key),
        )
        refs[key_of[row.organization_id]].append(
            master.OrgMember(payload["organization"], speaker, payload)
        )
    for key, held in derived.org_members.items():
        refs[key].extend(held)
    rows = master.derive_organizations(
        dict(refs),
        store.organization_observations_for(org_keys),
        ranking,
        now,
        settings.default_country,
    )
    delta.org_upserts = rows
    written = {row["id"] for row in rows}
    delta.org_deletes = [oid for oid in key_of if oid not in written]


def _relationships(
    view: IndexView,
    delta: MasterDelta,
    derived: Any,
    old_rows: dict[str, Any],
    mail_emails: set[str],
    now: datetime,
) -> None:
    """Re-derive the relationships of the records whose emails or mail changed.

    An email's interactions belong to the record with the oldest member among those showing it.
    """
    store = view.store
    replaced = set(old_rows) | {row["golden_id"] for row in derived.meta}
    emails = {e for row in old_rows.values() for e in _json(row.payload).get("emails", ())}
    emails |= {row["email"] for row in derived.emails} | mail_emails

    def owners(addresses: set[str]) -> tuple[dict[str, str], dict[str, str]]:
        """email -> owner before and after this merge."""
        held = store.goldens_with_emails(addresses)
        before = {e: min(rows, key=lambda r: r[1])[0] for e, rows in held.items()}
        now_rows: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for e, rows in held.items():
            now_rows[e] += [r for r in rows if r[0] not in replaced]
        for row in derived.emails:
            if row["email"] in addresses:
                now_rows[row["email"]].append((row["golden_id"], row["first_member"]))
        after = {e: min(rows, key=lambda r: r[1])[0] for e, rows in now_rows.items() if rows}
        return before, after

    before, after = owners(emails)
    goldens = set(before.values()) | set(after.values()) | replaced
    # every email of those records, to know which of them each one owns
    shown: dict[str, set[str]] = defaultdict(set)
    for row in derived.emails:
        shown[row["golden_id"]].add(row["email"])
    untouched = store.golden_rows_for(g for g in goldens if g not in replaced)
    for gid, row in untouched.items():
        shown[gid].update(_json(row.payload).get("emails", ()))
    all_emails = {e for addresses in shown.values() for e in addresses}
    _, owner = owners(all_emails)
    email_owner = {e: g for e, g in owner.items() if g in goldens}
    delta.relationships = relationships_of(store, email_owner, now, email_owner)
    delta.relationship_goldens = goldens
