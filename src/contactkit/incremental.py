"""The incremental merge: re-resolve only the people that what changed can reach.

A full rebuild (``master.rebuild``) resolves every observation; its result is, per connected
component of the "strong" pairs (score at or above ``merge_above``, plus pairs a person
confirmed), a function of that component alone: union-find runs strongest pair first, ordered by
observation id, and "apart" decisions only act inside a component. So after a change, only the
components that hold a changed pair need resolving again, and their result is the rebuild's:

1. **Nodes**: each source record's latest observation. New observations replace their record's
   node (or not, when an older version arrived late); the index (``match_nodes``,
   ``match_blocks``) says which blocking keys each node has.
2. **Seeds**: the endpoints of every candidate pair that appeared, vanished or changed score:
   new nodes; the old block-mates of replaced nodes (all of a small block, the sort-order
   ``window`` around the change in a big one, all of a block crossing ``max_block``); nodes
   whose name's rarity changed and their candidates; the people named by a pin, a decision,
   a bounce or a new interaction (their freshness changes).
3. **Closure**: from the seeds, follow strong pairs (scored against the whole store through the
   index) and confirmed pairs, and take in every member of each old golden record reached, so
   that old records are replaced whole.
4. **Resolve** the closure with its candidate pairs (``resolve(..., pairs=...)``), keep ids as
   the rebuild does, derive golden records, meta, the organizations and relationships they
   touch, and the review pairs naming them; write it all in one transaction.

What it cannot do exactly it hands back to the rebuild (``None``): an erasure, a store without
the index, changed settings, crossing the size where name rarity starts to count, or a change
touching much of the store. ``tests/store/test_incremental.py`` holds it to the rebuild on
random histories.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict
from datetime import datetime
from typing import Any

from contactkit import master
from contactkit.master import MasterSettings, MergeStats
from contactkit.matching.blocking import block_keys
from contactkit.matching.clustering import RARE_NAMES_FROM, Resolution, paused_gc, resolve
from contactkit.matching.features import Features, features
from contactkit.matching.scoring import RARE_NAME, score
from contactkit.model import utcnow
from contactkit.store import Store, StoredObservation
from contactkit.store.base import json_value as _json
from contactkit.store.match_index import MasterDelta

REBUILD_ABOVE = 0.2
REBUILD_FROM = 1000
"""Changed nodes (more than this many, and this share of the store) that a full rebuild does
faster."""


class _View:
    """The index as it is after this merge's node changes, loaded as far as it is read."""

    def __init__(
        self,
        store: Store,
        settings: Any,
        removed: dict[int, Any],
        added: list[StoredObservation],
        node_total: int,
    ) -> None:
        self.store = store
        self.th = settings.thresholds
        self.removed = removed  # obs id -> its match_nodes row
        self.rare = node_total >= RARE_NAMES_FROM
        self.obs: dict[int, StoredObservation] = {}
        self.feats: dict[int, Features] = {}
        self.keys: dict[int, set[str]] = {}
        self.golden_of: dict[int, str | None] = {}
        self.sort: dict[int, tuple[str, str]] = {}
        self.added_by_key: dict[str, list[int]] = defaultdict(list)
        self.added_names: dict[str, int] = defaultdict(int)
        self.removed_names: dict[str, int] = defaultdict(int)
        for row in removed.values():
            self.removed_names[row.name_key] += 1
        for obs in added:
            f = features(obs.payload, obs.confidence)
            self.obs[obs.id], self.feats[obs.id] = obs, f
            self.keys[obs.id] = set(block_keys(f))
            self.golden_of[obs.id] = None
            self.sort[obs.id] = (f.full, f.org_domain)
            self.added_names[f.name_key] += 1
            for key in self.keys[obs.id]:
                self.added_by_key[key].append(obs.id)
        self.added = {obs.id for obs in added}
        self._db_members: dict[str, list[int]] = {}
        self._counts: dict[str, int] = {}
        self._orders: dict[tuple[str, bool], tuple[list[int], dict[int, int]]] = {}
        self.scores: dict[tuple[int, int], tuple[float, list[str]]] = {}

    # -- loading ---------------------------------------------------------------------------

    def load_blocks(self, keys: Iterable[str]) -> None:
        missing = [k for k in set(keys) if k not in self._db_members]
        found = self.store.block_members(missing)
        for key in missing:
            self._db_members[key] = sorted(found.get(key, ()))

    def load_nodes(self, ids: Iterable[int]) -> None:
        """Features, keys, sort key and old golden record of existing nodes."""
        missing = [i for i in set(ids) if i not in self.feats]
        if not missing:
            return
        rows = self.store.node_rows(missing)
        observations = self.store.stored_observations(missing)
        keys = self.store.block_keys_of(missing)
        for i in missing:
            obs = observations[i]
            self.obs[i] = obs
            self.feats[i] = features(obs.payload, obs.confidence)
            self.keys[i] = set(keys.get(i, ()))
            self.golden_of[i] = rows[i].golden_id
            self.sort[i] = (rows[i].full, rows[i].org_domain)
        self.set_name_counts(missing)

    def load_sort_keys(self, ids: Iterable[int]) -> None:
        missing = [i for i in set(ids) if i not in self.sort]
        for i, row in self.store.node_rows(missing).items():
            self.sort[i] = (row.full, row.org_domain)

    def set_name_counts(self, ids: Iterable[int]) -> None:
        """Name rarity as a full resolution of the whole store counts it."""
        if not self.rare:
            return
        ids = list(ids)
        names = {self.feats[i].name_key for i in ids} - {""}
        self.load_name_counts(names)
        for i in ids:
            self.feats[i].name_count = self._counts.get(self.feats[i].name_key, 0)

    def load_name_counts(self, names: Iterable[str]) -> None:
        missing = [n for n in set(names) if n not in self._counts]
        held = self.store.name_counts(missing)
        for name in missing:
            old = held.get(name, 0)
            self._counts[name] = old - self.removed_names[name] + self.added_names[name]

    def name_count_change(self, name: str) -> tuple[int, int]:
        new = self._counts[name]
        return new + self.removed_names[name] - self.added_names[name], new

    # -- blocks, before and after ----------------------------------------------------------

    def members(self, key: str, after: bool = True) -> list[int]:
        held = self._db_members[key]
        if not after:
            return held
        kept = [i for i in held if i not in self.removed]
        return sorted(kept + self.added_by_key.get(key, []))

    def order(self, key: str, after: bool = True) -> tuple[list[int], dict[int, int]]:
        """A big block's members in the sort order of the sorted-neighbourhood pass."""
        cached = self._orders.get((key, after))
        if cached is None:
            members = self.members(key, after)
            self.load_sort_keys(members)
            ordered = sorted(members, key=lambda i: (*self.sort[i], i))
            cached = ordered, {i: p for p, i in enumerate(ordered)}
            self._orders[(key, after)] = cached
        return cached

    def window(self, key: str, node: int, after: bool = True) -> list[int]:
        ordered, position = self.order(key, after)
        p = position[node]
        return ordered[max(0, p - self.th.window) : p + self.th.window + 1]

    def candidates(self, node: int) -> set[int]:
        """The nodes a full resolution pairs this node with."""
        out: set[int] = set()
        for key in self.keys[node]:
            members = self.members(key)
            if len(members) < 2:
                continue
            out.update(members if len(members) <= self.th.max_block else self.window(key, node))
        out.discard(node)
        return out

    def score(self, a: int, b: int) -> tuple[float, list[str]]:
        pair = (a, b) if a < b else (b, a)
        held = self.scores.get(pair)
        if held is None:
            held = self.scores[pair] = score(self.feats[pair[0]], self.feats[pair[1]])
        return held


def merge(store: Store, config: Any, now: datetime | None = None) -> MergeStats:
    """Bring golden records up to date with the store, doing only what changed requires.

    Nothing changed (``Store.master_mark`` and the settings as at the last merge): the last
    merge's result stands and nothing is read. Otherwise the incremental merge, or the full
    rebuild when the change is not one it can apply exactly. Time-dependent values (validity,
    relationship strength) are those of the last merge that touched the record.
    """
    settings = MasterSettings.from_config(config)
    now = now or utcnow()
    held = store.master_state()
    mark = master.change_mark(store, settings)
    if held.get("mark") == mark and "stats" in held:
        stats = MergeStats(**held["stats"])
        stats.created = stats.updated = stats.retired = 0
        return stats
    if "index" in held:
        done = update(store, settings, now, held["index"])
        if done is not None:
            stats, state = done
            store.save_master_state({"mark": mark, **state})
            return stats
    return master.rebuild(store, settings, now)


def update(
    store: Store, settings: MasterSettings, now: datetime, state: dict[str, Any]
) -> tuple[MergeStats, dict[str, Any]] | None:
    """Merge what changed since the last merge; None when a full rebuild must do it.

    Returns the merge's stats and the index state to remember.
    """
    if state.get("settings") != settings.fingerprint():
        return None
    top, count = store.observation_extent()
    last_top, last_count = state["observations"]
    if count != last_count + store.count_observations_after(last_top, top):
        return None  # observations went away (or ids were reused): not ours to patch
    events_upto, events = store.master_events_since(state["events"])
    if any(kind == "gone" for kind, _ in events):
        return None
    interactions_upto = store.interaction_extent()
    mail_emails = store.interaction_emails_after(state["interactions"], interactions_upto)
    new_obs = store.observations_after(last_top, top)
    org_subjects = store.organization_subjects_after(last_top, top)

    # 1. nodes: the latest observation of each record
    held_nodes = store.nodes_for_records({(o.source, o.source_key) for o in new_obs})
    held_obs = store.stored_observations(held_nodes.values())
    latest: dict[tuple[str, str], StoredObservation] = {
        record: held_obs[obs_id] for record, obs_id in held_nodes.items() if obs_id in held_obs
    }
    if len(latest) != len(held_nodes):
        return None
    for obs in new_obs:
        record = (obs.source, obs.source_key)
        held = latest.get(record)
        if held is None or (obs.seen_at, obs.id) >= (held.seen_at, held.id):
            latest[record] = obs
    removed_ids = [i for record, i in held_nodes.items() if latest[record].id != i]
    added = [o for record, o in latest.items() if held_nodes.get(record) != o.id]
    node_total = state["nodes"] - len(removed_ids) + len(added)
    if (state["nodes"] >= RARE_NAMES_FROM) != (node_total >= RARE_NAMES_FROM):
        return None
    changes = len(added) + len(removed_ids)
    if changes > REBUILD_FROM and changes > REBUILD_ABOVE * state["nodes"]:
        return None

    with paused_gc():
        view = _View(store, settings, store.node_rows(removed_ids), added, node_total)
        seeds, expand_all = _seeds(view, events, mail_emails)
        closure = _closure(view, seeds, expand_all)
        return _resolve_and_write(
            view,
            closure,
            org_subjects,
            mail_emails,
            settings,
            now,
            {
                "observations": [top, count],
                "events": events_upto,
                "interactions": interactions_upto,
                "nodes": node_total,
                "settings": settings.fingerprint(),
            },
        )


def _seeds(
    view: _View, events: list[tuple[str, str]], mail_emails: set[str]
) -> tuple[set[int], set[int]]:
    """Endpoints of every candidate pair that changed; nodes whose every pair may have."""
    store, th = view.store, view.th
    seeds = set(view.added)
    expand_all: set[int] = set()
    old_keys = store.block_keys_of(view.removed)
    changed = {k for keys in old_keys.values() for k in keys} | set(view.added_by_key)
    view.load_blocks(changed)
    for key in changed:
        before, after = view.members(key, after=False), view.members(key)
        small_before, small_after = len(before) <= th.max_block, len(after) <= th.max_block
        gone = [i for i in before if i in view.removed]
        if small_before and small_after:
            if gone:
                seeds.update(before)
        elif small_before != small_after:
            seeds.update(before, after)
        else:
            for node in gone:
                seeds.update(view.window(key, node, after=False))
            for node in view.added_by_key.get(key, ()):
                seeds.update(view.window(key, node))
    # records replaced: their old people are re-derived whole
    old_goldens = {row.golden_id for row in view.removed.values() if row.golden_id}
    seeds.update(store.nodes_of_goldens(old_goldens))
    # a name crossing the rarity line changes the score of every pair of its bearers
    if view.rare:
        names = (set(view.added_names) | set(view.removed_names)) - {""}
        view.load_name_counts(names)
        crossing = [n for n in names if min(view.name_count_change(n)) <= RARE_NAME]
        bearers = set(store.nodes_with_names(crossing)) | {
            i for i in view.added if view.feats[i].name_key in crossing
        }
        seeds |= bearers
        expand_all |= bearers
    # pins, decisions, bounces and mail: the people they name
    goldens = {value for kind, value in events if kind == "golden"}
    records = [tuple(value.split("\x1f", 1)) for kind, value in events if kind == "key"]
    emails = {value for kind, value in events if kind == "email"} | mail_emails
    for holders in store.goldens_with_emails(emails).values():
        goldens.update(gid for gid, _ in holders)
    seeds.update(store.nodes_of_goldens(goldens))
    seeds.update(store.nodes_for_records(r for r in records if len(r) == 2).values())
    view.set_name_counts(view.added)
    return seeds - set(view.removed), expand_all - set(view.removed)


def _closure(view: _View, seeds: set[int], expand_all: set[int]) -> set[int]:
    """Seeds, and all that strong or confirmed pairs and old golden records join them to."""
    store, th = view.store, view.th
    _, together = store.match_decisions()
    partners: dict[str, set[str]] = defaultdict(set)
    for a, b in together:
        partners[a].add(b)
        partners[b].add(a)
    closure: set[int] = set()
    frontier = set(seeds)
    seen_goldens: set[str] = set()
    while frontier:
        batch = sorted(frontier - closure)
        closure.update(batch)
        view.load_nodes(batch)
        view.load_blocks(k for i in batch for k in view.keys[i])
        found: set[int] = set()
        goldens = {view.golden_of[i] for i in batch} - seen_goldens - {None}
        seen_goldens |= goldens
        found.update(store.nodes_of_goldens(goldens))
        wanted = [
            tuple(k.split("\x1f", 1)) for i in batch for k in partners.get(_key(view.obs[i]), ())
        ]
        found.update(store.nodes_for_records(r for r in wanted if len(r) == 2).values())
        candidates = {i: view.candidates(i) for i in batch}
        view.load_nodes(c for cs in candidates.values() for c in cs)
        for i, others in candidates.items():
            for j in others:
                if i in expand_all or view.score(i, j)[0] >= th.merge_above:
                    found.add(j)
        frontier = found - closure - set(view.removed)
    return closure


def _key(obs: StoredObservation) -> str:
    return f"{obs.source}\x1f{obs.source_key}"


def _resolve_and_write(
    view: _View,
    closure: set[int],
    org_subjects: set[str],
    mail_emails: set[str],
    settings: Any,
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
        keys = [_key(o) for o in observations]
        pairs: set[tuple[int, int]] = set()
        cross: list[dict[str, Any]] = []
        for i in ids:
            for j in view.candidates(i):
                if j in local:
                    pairs.add((local[i], local[j]) if i < j else (local[j], local[i]))
                    continue
                points, reasons = view.score(i, j)
                if th.review_above <= points < th.merge_above:
                    a, b = sorted((keys[local[i]], _key(view.obs[j])))
                    if (a, b) not in apart:
                        cross.append({"a": a, "b": b, "score": points, "reasons": reasons})
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
        closure = _closure(view, closure | set(store.nodes_of_goldens(clash)), set())
    evidence = master._evidence(resolution, observations)
    stats = MergeStats()
    stats.blocked, stats.pairs_scored = resolution.blocked, resolution.pairs_scored
    emails = {e for o in observations for e in o.payload.get("emails", ())}
    inputs = master.Inputs(store.pins(), store.bounces(), store.last_heard_from(emails))
    derived = master.derive_golden(
        clusters,
        golden_ids,
        [evidence.get(min(c), []) for c in resolution.clusters],
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
        added_blocks=[
            {"key": k, "obs_id": i} for i in sorted(view.added) for k in sorted(view.keys[i])
        ],
        node_golden={
            o.id: gid for gid, members in zip(golden_ids, clusters, strict=True) for o in members
        },
        golden_upserts=derived.upserts,
        golden_deletes=deletes,
        touched_goldens=touched,
        meta=derived.meta,
        emails=derived.emails,
    )
    _organizations(view, delta, derived, old_rows, org_subjects, settings, now)
    _relationships(view, delta, derived, old_rows, mail_emails, now)
    store.apply_master_delta(delta)
    reviews = master.review_pairs(resolution.reviews, keys, apart) + cross
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


def _organizations(
    view: _View,
    delta: MasterDelta,
    derived: Any,
    old_rows: dict[str, Any],
    org_subjects: set[str],
    settings: Any,
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
    firsts = store.stored_observations(_json(row.members)[0] for row in others.values())
    refs: dict[str, list[tuple[dict[str, Any], StoredObservation]]] = defaultdict(list)
    for row in others.values():
        payload = _json(row.payload)
        first = firsts[_json(row.members)[0]]
        refs[key_of[row.organization_id]].append((payload["organization"], first))
    for key, members in derived.org_members.items():
        refs[key].extend(members)
    for members in refs.values():
        members.sort(key=lambda ref: ref[1].id)  # a full merge lists them by oldest member
    rows = master.derive_organizations(
        dict(refs),
        store.organization_observations_for(org_keys),
        master.Ranking(settings.rules),
        now,
    )
    delta.org_upserts = rows
    written = {row["id"] for row in rows}
    delta.org_deletes = [oid for oid in key_of if oid not in written]


def _relationships(
    view: _View,
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
    interactions = store.interaction_rows_for(email_owner)
    delta.relationships = master.derive_relationships(interactions, email_owner, now)
    delta.relationship_goldens = goldens
