"""The incremental master's view of the index: what a merge reads, as it is after its changes.

Loaded as far as it is read (nodes, blocks, carriers of values, name counts), so a merge touches
only the blocks and people its changes reach; ``closure`` follows strong and confirmed pairs
and old records from the seeds (``contactkit.incremental``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from contactkit import master
from contactkit.master import MasterSettings, observation_key
from contactkit.matching.blocking import block_keys
from contactkit.matching.clustering import NEAR_FROM
from contactkit.matching.features import (
    Features,
    features,
    several_people,
    specify,
)
from contactkit.matching.keys import split_key
from contactkit.matching.names import NameForm, name_form
from contactkit.matching.scoring import HARD_NO, score, strong_identifiers
from contactkit.store import Store, StoredObservation


class IndexView:
    """The index as it is after this merge's changes, loaded as far as it is read."""

    def __init__(
        self,
        store: Store,
        settings: MasterSettings,
        removed: dict[int, Any],
        added: list[StoredObservation],
        total: int,
        old_total: int,
        rare: bool,
    ) -> None:
        self.store = store
        self.th = settings.thresholds
        self.removed = removed  # obs id -> its match_nodes row
        self.total, self.old_total = total, old_total
        self.rare = rare  # names' rarity counts (``features.RARE_FROM``)
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
        self.chances: dict[str, int] = {}  # names whose chance this merge changes
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
        return several_people(names)

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


def closure(view: IndexView, seeds: set[int], expand_all: set[int]) -> set[int]:
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
        wanted = [split_key(k) for i in batch for k in partners.get(view.feats[i].key, ())]
        found.update(store.nodes_for_records(r for r in wanted if len(r) == 2).values())
        candidates = {i: view.candidates(i) for i in batch}
        view.load_nodes(c for cs in candidates.values() for c in cs)
        for i, others in candidates.items():
            for j in others:
                if i in expand_all or view.score(i, j)[0] >= th.merge_above:
                    found.add(j)
        frontier = found - closure - set(view.removed)
    return closure
