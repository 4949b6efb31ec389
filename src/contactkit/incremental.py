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

Steps 1-3 are here; the index as the merge sees it and the closure (4) are in
``contactkit.incremental_view``, resolving and writing (5) in ``contactkit.incremental_write``.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from contactkit import master
from contactkit.gc_pacing import paused_gc
from contactkit.incremental_view import IndexView, closure
from contactkit.incremental_write import resolve_and_write
from contactkit.master import MasterSettings, MergeStats
from contactkit.matching import faults
from contactkit.matching.features import RARE_EXPECTED, RARE_FROM
from contactkit.matching.keys import split_key
from contactkit.model import utcnow
from contactkit.store import Store, StoredObservation
from contactkit.store.match_index import INDEX_FORMAT

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
    if held.get("index"):
        with faults.collecting() as failed:
            done = update(store, settings, now, held["index"])
        if done is not None:
            stats, state = done
            stats.not_compared, stats.faults = failed.count, failed.lines
            store.save_master_state({"mark": mark, **state, "stats": asdict(stats)})
            return stats
    return master.rebuild(store, settings, now)


def update(
    store: Store, settings: MasterSettings, now: datetime, state: dict[str, Any]
) -> tuple[MergeStats, dict[str, Any]] | None:
    """Merge what changed since the last merge; None when a full rebuild must do it.

    Returns the merge's stats and the index state to remember.
    """
    if state.get("settings") != settings.fingerprint() or state.get("names") != INDEX_FORMAT:
        return None  # changed settings, or an index from before names were counted
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
        view = IndexView(
            store,
            settings,
            store.node_rows(removed_ids),
            added,
            total,
            old_total,
            total >= RARE_FROM,
        )
        seeds, expand_all = _seeds(view, events, mail_emails)
        found = closure(view, seeds, expand_all)
        return resolve_and_write(
            view,
            found,
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
                "names": INDEX_FORMAT,
            },
        )


def _seeds(
    view: IndexView, events: list[tuple[str, str]], mail_emails: set[str]
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
    records = [split_key(value) for kind, value in events if kind == "key"]
    emails = {value for kind, value in events if kind == "email"} | mail_emails
    for holders in store.goldens_with_emails(emails).values():
        goldens.update(gid for gid, _ in holders)
    seeds.update(store.nodes_of_goldens(goldens))
    seeds.update(store.nodes_for_records(r for r in records if len(r) == 2).values())
    return seeds - removed, expand_all - removed


def _rarity_changes(view: IndexView) -> set[int]:
    """Bearers of the names whose rarity (or count, while rare) this merge changes; sets the
    chance of every name it changes (``view.chances``).

    A name is rare while its bearers are few (``RARE_NAME``) and twice its chance (its given
    name's bearers times its family name's) is under the store's size. So a merge can tip a
    name none of its changes bears: through its given or family name's count (the names that
    share them, found by their index) or through the size alone (the names whose chance lies
    between half the old size and half the new, found by the chance's index).
    """
    store = view.store
    steps = {key: step for key, step in view._delta.items() if step}
    givens = {value for (column, value) in steps if column == "given_key"}
    families = {value for (column, value) in steps if column == "family"}
    touched = store.names_touching(
        givens, families, (value for (column, value) in steps if column == "name_key")
    )
    view.load_counts("given_key", givens)
    view.load_counts("family", families)

    def part(column: str, value: str, changed: set[str], after: bool) -> int | None:
        return view.count(column, value, after) if value in changed else None

    def chance_of(given: str, family: str) -> int:
        """Counted anew (a name part no node carries, or none at all, counts 0)."""
        view.load_counts("given_key", [given])
        view.load_counts("family", [family])
        return (view.count("given_key", given) if given else 0) * (
            view.count("family", family) if family else 0
        )

    states: dict[str, tuple[tuple[bool, int], tuple[bool, int]]] = {}
    for name, row in touched.items():
        bearers = row.bearers
        given = (part("given_key", row.given_key, givens, False),
                 part("given_key", row.given_key, givens, True))  # fmt: skip
        family = (part("family", row.family, families, False),
                  part("family", row.family, families, True))  # fmt: skip
        # the part this merge leaves alone is the stored chance over the part it changes
        if given[0] is None:
            chance = row.chance // family[0] * family[1] if family[0] else None
        elif family[0] is None:
            chance = row.chance // given[0] * given[1] if given[0] else None
        else:
            chance = given[1] * family[1]
        if chance is None:  # the other part's count is not in the stored chance: count it
            chance = chance_of(row.given_key, row.family)
        after = bearers + steps.get(("name_key", name), 0)
        if chance != row.chance:
            view.chances[name] = chance
        states[name] = (_rare(bearers, row.chance, view.old_total),
                        _rare(after, chance, view.total))  # fmt: skip
    for name, step in steps.items():
        column, value = name
        if column == "name_key" and value not in touched:  # a new name
            given, _, family = value.partition("|")
            chance = view.chances[value] = chance_of(given, family)
            states[value] = ((False, 0), _rare(step, chance, view.total))
    low, high = sorted((view.old_total, view.total))
    if low != high:
        for row in store.names_of_chance((low + 1) // 2, (high + 1) // 2, RARE_NAME):
            if row.name_key not in states:
                states[row.name_key] = (_rare(row.bearers, row.chance, view.old_total),
                                        _rare(row.bearers, row.chance, view.total))  # fmt: skip
    if not view.rare:
        return set()
    tipped = [name for name, (before, after) in states.items() if before != after]
    return set(store.nodes_with_names(tipped)) - set(view.removed)


def _rare(bearers: int, chance: int, total: int) -> tuple[bool, int]:
    """A name's rarity and its bearers while rare (``features.specify``), as compared."""
    rare = bearers <= RARE_NAME and total > 0 and chance / total < RARE_EXPECTED
    return rare, bearers if rare else 0
