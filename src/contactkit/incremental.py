"""The incremental merge: re-resolve only the people that what changed can reach.

A full rebuild (``master.rebuild``) resolves every observation; its result is, per connected
component of the "strong" pairs (score at or above ``merge_above``, plus pairs a person
confirmed), a function of that component alone: union-find runs strongest pair first with ties
on the observations' keys, and "apart" decisions and the cluster check act inside a component.
So after a change only the components that hold a changed pair are resolved again, and their
result is the rebuild's:

1. **Nodes**: each source record's latest observation. New observations replace their record's
   node (or not, when an older version arrived late). The index says each node's blocking keys
   (``match_blocks``), its names, and the values whose sharing the data set decides
   (``match_values``: personal emails, tails without extension).
2. **What the data set decides** (``features.specificity``) is kept exact: a value whose
   carriers now span three families (a team mailbox, a switchboard), or no longer do, changes
   its carriers; a name whose rarity changes (its bearers, its given and family names' counts,
   the store's size) changes its bearers.
3. **Seeds**: the endpoints of every candidate pair that appeared, vanished or changed score:
   new nodes; old block-mates of replaced nodes (all of a small block, the sort-order ``window``
   around the change in a big one, all of a block crossing ``max_block``); nodes whose
   specificity changed; the people named by a pin, a decision, a bounce or new mail.
4. **Closure**: from the seeds, follow strong and confirmed pairs (scored against the whole
   store through the index) and take in every member of each old golden record reached.
5. **Resolve** the closure with its candidate pairs (``resolve(..., pairs=...)``), keep ids as
   the rebuild does, derive golden records, meta, the organizations and relationships they
   touch, the near candidates of records next to them and the review pairs naming them; write
   it all in one transaction.

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
from contactkit.master import MasterSettings, MergeStats, Near, observation_key
from contactkit.matching.blocking import block_keys
from contactkit.matching.clustering import NEAR_FROM, Resolution, paused_gc, resolve
from contactkit.matching.features import (
    RARE_FROM,
    SHARED_BY,
    Features,
    features,
    people_behind,
    specify,
)
from contactkit.matching.names import NameForm, name_form
from contactkit.matching.scoring import HARD_NO, score, strong_identifiers
from contactkit.model import utcnow
from contactkit.store import Store, StoredObservation
from contactkit.store.base import json_value as _json
from contactkit.store.match_index import MasterDelta

REBUILD_ABOVE = 0.2
REBUILD_FROM = 1000
"""Changed nodes (more than this many, and this share of the store) that a full rebuild does
faster."""
RARE_NAME = 3  # bearers of a rare name at most (``features.specificity``)


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


class _View:
    """The index as it is after this merge's changes, loaded as far as it is read."""

    def __init__(
        self,
        store: Store,
        settings: MasterSettings,
        removed: dict[int, Any],
        added: list[StoredObservation],
        total: int,
        old_total: int,
    ) -> None:
        self.store = store
        self.th = settings.thresholds
        self.removed = removed  # obs id -> its match_nodes row
        self.total, self.old_total = total, old_total
        self.rare = total >= RARE_FROM
        self.obs: dict[int, StoredObservation] = {}
        self.feats: dict[int, Features] = {}
        self.values: dict[int, list[str]] = {}
        self.names: dict[int, NameForm] = {}  # as ``specificity`` compares carriers' names
        self.sort: dict[int, tuple[str, str, str]] = {}
        self.keys: dict[int, set[str]] = {}
        self.golden_of: dict[int, str | None] = {}
        self.added = {o.id for o in added}
        self.added_by_key: dict[str, list[int]] = defaultdict(list)
        self.rekeyed: dict[int, tuple[set[str], set[str]]] = {}  # node -> (old keys, new keys)
        self.scores: dict[tuple[int, int], tuple[float, list[str]]] = {}
        self._db_members: dict[str, list[int]] = {}
        self._carriers: dict[str, list[int]] = {}
        self._counts: dict[tuple[str, str], int] = {}
        self._orders: dict[tuple[str, bool], tuple[list[int], dict[int, int]]] = {}
        self._delta: dict[tuple[str, str], int] = defaultdict(int)
        for row in removed.values():
            self._count_delta(row.name_key, row.given_key, row.family, -1)
        self._name_forms(removed)
        self._raw: dict[int, Features] = {}
        for obs in added:
            f = features(obs.payload, obs.confidence, observation_key(obs))
            self._take(obs, f, None)
            self._count_delta(f.name_key, f.given_key, f.family, +1)

    def _count_delta(self, name_key: str, given_key: str, family: str, step: int) -> None:
        for column, value in (("name_key", name_key), ("given_key", given_key), ("family", family)):
            if value:
                self._delta[(column, value)] += step

    def _take(self, obs: StoredObservation, f: Features, golden_id: str | None) -> None:
        self.obs[obs.id] = obs
        self._raw[obs.id] = f
        self.values[obs.id] = master.specific_values(f)
        self.names[obs.id] = f.name
        self.sort[obs.id] = (f.full, f.org_domain, f.key)
        self.golden_of[obs.id] = golden_id

    # -- what the data set decides ------------------------------------------------------------

    def load_carriers(self, values: Iterable[str]) -> None:
        missing = [v for v in set(values) if v not in self._carriers]
        found = self.store.value_carriers(missing)
        for value in missing:
            self._carriers[value] = found.get(value, [])
        self._name_forms(i for v in missing for i in self._carriers[v])

    def _name_forms(self, ids: Iterable[int]) -> None:
        missing = [i for i in set(ids) if i not in self.names]
        for i, obs in self.store.stored_observations(missing).items():
            self.names[i] = name_form(obs.payload.get("name") or {})

    def carriers(self, value: str, after: bool = True) -> list[int]:
        held = self._carriers[value]
        if not after:
            return held
        return [i for i in held if i not in self.removed] + [
            i for i in self.added if value in self.values[i]
        ]

    def shared(self, value: str, after: bool = True) -> bool:
        names = {self.names[i] for i in self.carriers(value, after) if self.names[i].surname}
        return people_behind(names) >= SHARED_BY

    def load_counts(self, column: str, values: Iterable[str]) -> None:
        missing = [v for v in set(values) if v and (column, v) not in self._counts]
        found = self.store.column_counts(column, missing)
        for value in missing:
            self._counts[(column, value)] = found.get(value, 0) + self._delta[(column, value)]

    def count(self, column: str, value: str, after: bool = True) -> int:
        now = self._counts[(column, value)]
        return now if after else now - self._delta[(column, value)]

    def specify(self, ids: list[int]) -> None:
        """Features as ``specificity`` over the whole store sets them, and blocking keys."""
        self.load_carriers(v for i in ids for v in self.values[i])
        if self.rare:
            raw = [self._raw[i] for i in ids]
            self.load_counts("name_key", (f.name_key for f in raw))
            self.load_counts("given_key", (f.given_key for f in raw))
            self.load_counts("family", (f.family for f in raw))
        for i in ids:
            f = self._raw.pop(i)
            values = self.values[i]
            shared_tails = {v[2:] for v in values if v.startswith("t|") and self.shared(v)}
            shared_emails = {v[2:] for v in values if v.startswith("e|") and self.shared(v)}
            counts = None
            if self.rare and f.name_key:
                counts = (
                    self.count("name_key", f.name_key),
                    self.count("given_key", f.given_key),
                    self.count("family", f.family),
                    self.total,
                )
            specify(f, shared_tails, shared_emails, counts)
            self.feats[i] = f
            self.keys[i] = set(block_keys(f))

    def load_nodes(self, ids: Iterable[int]) -> None:
        """Existing nodes, as far as not loaded: observation, features, keys, old record."""
        missing = sorted(i for i in set(ids) if i not in self.feats and i not in self._raw)
        if not missing:
            return
        rows = self.store.node_rows(missing)
        observations = self.store.stored_observations(missing)
        for i in missing:
            obs = observations[i]
            self._take(obs, features(obs.payload, obs.confidence, observation_key(obs)),
                       rows[i].golden_id)  # fmt: skip
        self.specify(missing)

    # -- blocks, before and after ----------------------------------------------------------

    def load_blocks(self, keys: Iterable[str]) -> None:
        missing = [k for k in set(keys) if k not in self._db_members]
        found = self.store.block_members(missing)
        for key in missing:
            self._db_members[key] = sorted(found.get(key, ()))

    def members(self, key: str, after: bool = True) -> list[int]:
        held = self._db_members[key]
        if not after:
            return held
        out = [
            i
            for i in held
            if i not in self.removed and (i not in self.rekeyed or key in self.rekeyed[i][1])
        ]
        out += self.added_by_key.get(key, [])
        out += [i for i, (old, new) in self.rekeyed.items() if key in new and key not in old]
        return sorted(out)

    def order(self, key: str, after: bool = True) -> tuple[list[int], dict[int, int]]:
        """A big block's members in the sort order of the sorted-neighbourhood pass."""
        cached = self._orders.get((key, after))
        if cached is None:
            members = self.members(key, after)
            missing = [i for i in members if i not in self.sort]
            for i, row in self.store.node_rows(missing).items():
                self.sort[i] = (row.full, row.org_domain, row.key)
            ordered = sorted(members, key=lambda i: self.sort[i])
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

    def scored(self, a: int, b: int) -> bool:
        """Whether a full resolution keeps this pair's score (near candidate, review)."""
        points = self.score(a, b)[0]
        return points >= NEAR_FROM or (
            points > HARD_NO and bool(strong_identifiers(self.feats[a], self.feats[b]))
        )


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
    added = sorted(
        (o for record, o in latest.items() if held_nodes.get(record) != o.id), key=lambda o: o.id
    )
    old_total = state["nodes"]
    total = old_total - len(removed_ids) + len(added)
    if (old_total >= RARE_FROM) != (total >= RARE_FROM):
        return None
    changes = len(added) + len(removed_ids)
    if changes > REBUILD_FROM and changes > REBUILD_ABOVE * old_total:
        return None

    with paused_gc():
        view = _View(store, settings, store.node_rows(removed_ids), added, total, old_total)
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
                "nodes": total,
                "settings": settings.fingerprint(),
            },
        )


def _seeds(
    view: _View, events: list[tuple[str, str]], mail_emails: set[str]
) -> tuple[set[int], set[int]]:
    """Endpoints of every candidate pair that changed; nodes whose every pair may have."""
    store, th = view.store, view.th
    removed = set(view.removed)
    old_values = store.values_of(removed)
    for i in removed:
        view.values[i] = old_values.get(i, [])
    # what the data set decides: values whose sharing flips change all their carriers
    changed_values = {v for i in removed | view.added for v in view.values[i]}
    view.load_carriers(changed_values)
    respecified: set[int] = set()
    for value in changed_values:
        if view.shared(value, after=False) != view.shared(value):
            respecified.update(view.carriers(value))
    respecified -= view.added
    respecified |= _rarity_changes(view) - view.added
    view.specify(sorted(view.added))
    for i in view.added:
        for key in view.keys[i]:
            view.added_by_key[key].append(i)
    view.load_nodes(respecified)
    old_keys = store.block_keys_of(removed | respecified)
    for i in respecified:
        before = set(old_keys.get(i, ()))
        if before != view.keys[i]:
            view.rekeyed[i] = (before, view.keys[i])
    seeds = set(view.added) | respecified
    expand_all = set(respecified)
    changed = {k for i in removed for k in old_keys.get(i, ())} | set(view.added_by_key)
    for before, after in view.rekeyed.values():
        changed |= before ^ after
    view.load_blocks(changed)
    for key in changed:
        before, after = view.members(key, after=False), view.members(key)
        small_before, small_after = len(before) <= th.max_block, len(after) <= th.max_block
        left = [i for i in before if i not in set(after)]
        joined = [i for i in after if i not in set(before)]
        if small_before and small_after:
            if left:
                seeds.update(before)
        elif small_before != small_after:
            seeds.update(before, after)
        else:
            for node in left:
                seeds.update(view.window(key, node, after=False))
            for node in joined:
                seeds.update(view.window(key, node))
    # records replaced: their old people are re-derived whole
    old_goldens = {row.golden_id for row in view.removed.values() if row.golden_id}
    seeds.update(store.nodes_of_goldens(old_goldens))
    # pins, decisions, bounces and mail: the people they name
    goldens = {value for kind, value in events if kind == "golden"}
    records = [tuple(value.split("\x1f", 1)) for kind, value in events if kind == "key"]
    emails = {value for kind, value in events if kind == "email"} | mail_emails
    for holders in store.goldens_with_emails(emails).values():
        goldens.update(gid for gid, _ in holders)
    seeds.update(store.nodes_of_goldens(goldens))
    seeds.update(store.nodes_for_records(r for r in records if len(r) == 2).values())
    return seeds - removed, expand_all - removed


def _rarity_changes(view: _View) -> set[int]:
    """Bearers of the names whose rarity (or count, while rare) this merge changes.

    Rarity weighs a name's bearers against its given and family names' counts and the store's
    size, so any merge can tip a name that none of its changes bears: every name few enough
    carry is looked at (one pass over the index).
    """
    if not view.rare:
        return set()
    store = view.store
    candidates = {name: (given, family) for name, given, family, _ in
                  store.rare_name_candidates(RARE_NAME)}  # fmt: skip
    for (column, value), step in view._delta.items():
        if column == "name_key" and step:
            given, _, family = value.partition("|")
            candidates.setdefault(value, (given, family))
    view.load_counts("name_key", candidates)
    view.load_counts("given_key", (g for g, _ in candidates.values()))
    view.load_counts("family", (f for _, f in candidates.values()))
    tipped = []
    for name, (given, family) in candidates.items():
        states = []
        for after, total in ((False, view.old_total), (True, view.total)):
            bearers = view.count("name_key", name, after)
            expected = view.count("given_key", given, after) * view.count("family", family, after)
            rare = bearers <= RARE_NAME and total and expected / total < 0.5
            states.append((bool(rare), bearers if rare else 0))
        if states[0] != states[1]:
            tipped.append(name)
    return set(store.nodes_with_names(tipped)) - set(view.removed)


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
        seen_goldens |= goldens  # type: ignore[arg-type]
        found.update(store.nodes_of_goldens(goldens))
        wanted = [
            tuple(k.split("\x1f", 1)) for i in batch for k in partners.get(view.feats[i].key, ())
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


def _resolve_and_write(
    view: _View,
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
        closure = _closure(view, closure | set(store.nodes_of_goldens(clash)), set())

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
        meta=derived.meta,
        emails=derived.emails,
    )
    delta.near_evidence = _near_of_neighbours(view, outside, closure, gid_of)
    _organizations(view, delta, derived, old_rows, org_subjects, settings, now)
    _relationships(view, delta, derived, old_rows, mail_emails, now)
    delta.index_state = index_state
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
    view: _View, outside: dict[str, set[int]], closure: set[int], gid_of: dict[int, str]
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
    view: _View,
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
