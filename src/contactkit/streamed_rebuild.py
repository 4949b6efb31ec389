"""The full rebuild in blocks: every golden record from every observation, never the store whole.

What ``master.rebuild`` does in memory, in passes over the store that each hold one block of
observations and otherwise only block indexes (arrays of ids):

1. **Nodes and index**: each record's latest observation, its features, written to the index
   (``match_nodes``, ``match_values``, ``match_blocks``) a block at a time; the features also
   wait on disk (``contactkit.spills``), so no later pass derives them from a payload again.
2. **What the data set decides**: values carried by several nodes (``match_values``) are shared
   when their carriers' names say several people; name counts come from the index.
3. **Candidate pairs** from the blocking index (a big block in its sort order), as one array.
4. **Scoring** block by block in the sort order of names, where most pairs fall near each other
   (an earlier node paired with the block is read back from disk): strong pairs (``merge_above``)
   are kept as edges, weaker ones as near candidates and reviews.
5. **People**: connected components of strong pairs, confirmed pairs and old records (so a
   record's id is settled among all who held it) are resolved a batch of components at a time
   (``resolve(..., pairs=...)``), their golden records derived and written.
6. Near candidates, organizations, relationships and reviews from what was written
   (``contactkit.streamed_derived``).

Its result equals the in-memory rebuild's (``tests/store/test_incremental.py``); a rebuild
that dies midway leaves the index marked stale, so the next merge rebuilds again.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict
from datetime import datetime
from typing import Any

import numpy as np

from contactkit import derivation, streamed_derived
from contactkit.derivation import MasterSettings, MergeStats, show_key
from contactkit.gc_pacing import paused_gc
from contactkit.matching.clustering import resolve
from contactkit.matching.keys import split_key
from contactkit.store import Store
from contactkit.store.base import chunks
from contactkit.store.index_groups import INDEXED_AFTER_NODES, INDEXED_AFTER_PEOPLE
from contactkit.store.match_index import INDEX_FORMAT
from contactkit.streamed_scoring import BlockScoring

BLOCK = 50_000
"""Observations held at once (their features: about 3 KB each)."""


def rebuild_streamed(
    store: Store, settings: MasterSettings, now: datetime, block: int = BLOCK
) -> MergeStats:
    """``master.rebuild``, holding ``block`` observations at a time (see the module doc)."""
    mark = derivation.change_mark(store, settings)
    top, count = store.observation_extent()
    events_upto, _ = store.master_events_since(0)
    interactions_upto = store.interaction_extent()
    with paused_gc():
        run = _Rebuild(store, settings, now, block, top)
        stats = run.all()
    store.save_master_state(
        {
            "mark": mark,
            "stats": asdict(stats),
            "index": {
                "observations": [top, count],
                "events": events_upto,
                "interactions": interactions_upto,
                "nodes": len(run.nodes),
                "settings": settings.fingerprint(),
                "names": INDEX_FORMAT,
            },
        }
    )
    return stats


class _OldRecords:
    """The golden records before the rebuild: ids, content hashes, who owned each node."""

    def __init__(self, store: Store, top: int) -> None:
        self.index: dict[str, int] = {}
        self.ids: list[str] = []
        self.hashes: list[str] = []
        self.owner = np.full(top + 1, -1, dtype=np.int64)
        for gid, content_hash, members in store.golden_owners():
            n = self.index[gid] = len(self.ids)
            self.ids.append(gid)
            self.hashes.append(content_hash)
            for m in members:
                if 0 <= m <= top:
                    self.owner[m] = n


class _Rebuild:
    def __init__(
        self, store: Store, settings: MasterSettings, now: datetime, block: int, top: int
    ) -> None:
        self.store, self.settings, self.now, self.block = store, settings, now, block
        self.th = settings.thresholds
        self.top = top
        self.stats = MergeStats()
        self.old = _OldRecords(store, top)
        self.nodes = store.latest_node_ids(top)
        self.scoring = BlockScoring(store, self.th, block, top, self.nodes, self.old.index)

    def all(self) -> MergeStats:
        store = self.store
        store.clear_derived_for_rebuild()
        scoring = self.scoring
        scoring.index_nodes()
        store.build_indexes(INDEXED_AFTER_NODES)
        store.count_names()
        scoring.decide_shared()
        pairs = scoring.candidate_pairs()
        self.stats.pairs_scored = len(pairs)
        strong, weak, reviews = scoring.score_pairs(pairs)
        del pairs
        root = self.components(strong)
        gid_of, golden_ids, near = self.people(root, strong)
        store.build_indexes(INDEXED_AFTER_PEOPLE)
        near_candidates = streamed_derived.NearCandidates(store, scoring.reasons, self.block)
        near_candidates.write(weak, gid_of, golden_ids, near)
        del weak, near
        scoring.reasons.close()
        # review candidates whose nodes ended in different records, after those of each batch
        split = reviews[gid_of[reviews[:, 0]] != gid_of[reviews[:, 1]], 2]
        places = np.concatenate([np.frombuffer(self.batch_reviews, dtype=np.int64), split])
        kept = set(golden_ids)
        deletes = [gid for gid in self.old.ids if gid not in kept]
        self.stats.retired = len(deletes)
        store.retire_golden(deletes)
        organizations = streamed_derived.organizations(store, self.settings, self.now)
        relationships = streamed_derived.relationships(store, self.now)
        store.replace_organizations_and_relationships(organizations, relationships)
        store.sync_match_reviews(self.review_rows(places.tolist()))
        scoring.review_rows.close()
        scoring.kept.close()
        scoring.raw.close()
        s = self.stats
        s.observations, s.golden = len(self.nodes), len(golden_ids)
        s.merged = s.observations - s.golden
        s.organizations, s.relationships = len(organizations), len(relationships)
        return s

    def review_rows(self, places: list[int]) -> Iterator[dict[str, Any]]:
        """The review rows spilled at ``places``, in that order, but for pairs decided apart;
        counted into the stats as they go."""
        apart, _ = self.store.match_decisions()
        for chunk in chunks(places, 5000):
            rows = self.scoring.review_rows.read(chunk)
            for place in chunk:
                pair = rows[place]
                if (pair["a"], pair["b"]) not in apart:
                    self.stats.review_pairs += 1
                    yield pair

    # -- 5. people ---------------------------------------------------------------------------

    def components(self, strong: np.ndarray) -> np.ndarray:
        """Per node (by id) the smallest node of its component: strong and confirmed pairs,
        and the nodes an old record held (or whose key its id hashes), resolved together."""
        parent = np.arange(self.top + 1, dtype=np.int64).tolist()

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(a: int, b: int) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        for a, b in strong.tolist():
            union(a, b)
        _, together = self.store.match_decisions()
        records = {split_key(k) for pair in together for k in pair}
        node_of = self.store.nodes_for_records(r for r in records if len(r) == 2)
        for ka, kb in together:
            a = node_of.get(split_key(ka))
            b = node_of.get(split_key(kb))
            if a is not None and b is not None:
                union(a, b)
        first_of: dict[int, int] = {}
        owner = self.old.owner
        for node in self.nodes:
            held = int(owner[node])
            if held >= 0:
                union(node, first_of.setdefault(held, node))
        for node, held in self.scoring.anchors:
            if held in first_of:
                union(node, first_of[held])
        nodes = np.frombuffer(self.nodes, dtype=np.int64)
        root = np.full(self.top + 1, -1, dtype=np.int64)
        root[nodes] = [find(int(i)) for i in nodes]
        return root

    def people(
        self, root: np.ndarray, strong: np.ndarray
    ) -> tuple[np.ndarray, list[str], dict[int, list[dict[str, Any]]]]:
        """Resolve and write the golden records, a batch of components at a time.

        Returns each node's record (index into the ids), the ids, and per record the near
        candidates its own resolution found (strong pairs left apart).
        """
        store = self.store
        apart, together = store.match_decisions()
        inputs = derivation.Inputs(
            store.pins(), store.bounces(), store.last_heard_from(), store.departures()
        )
        nodes = np.frombuffer(self.nodes, dtype=np.int64)
        by_root = np.lexsort((nodes, root[nodes]))
        ordered, roots = nodes[by_root], root[nodes][by_root]
        edge_roots = root[strong[:, 0]] if len(strong) else np.zeros(0, dtype=np.int64)
        edges = strong[np.argsort(edge_roots, kind="stable")]
        edge_roots = np.sort(edge_roots)
        gid_of = np.full(self.top + 1, -1, dtype=np.int64)
        golden_ids: list[str] = []
        near: dict[int, list[dict[str, Any]]] = {}
        self.batch_reviews = array("q")  # places in ``scoring.review_rows``
        cuts = np.flatnonzero(np.diff(roots)) + 1
        starts = [0, *cuts.tolist()]
        ends = [*cuts.tolist(), len(roots)]
        begin = 0
        while begin < len(starts):
            finish = begin
            while finish + 1 < len(starts) and ends[finish] - starts[begin] < self.block:
                finish += 1
            lo, hi = starts[begin], ends[finish]
            first_root, last_root = int(roots[lo]), int(roots[hi - 1])
            e_lo = np.searchsorted(edge_roots, first_root, side="left")
            e_hi = np.searchsorted(edge_roots, last_root, side="right")
            self._batch(
                ordered[lo:hi].tolist(),
                roots[lo:hi].tolist(),
                edges[e_lo:e_hi].tolist(),
                (apart, together, inputs),
                gid_of,
                golden_ids,
                near,
            )
            begin = finish + 1
        return gid_of, golden_ids, near

    def _batch(
        self,
        ids: list[int],
        roots: list[int],
        edges: list[list[int]],
        decisions: tuple[set, set, derivation.Inputs],
        gid_of: np.ndarray,
        golden_ids: list[str],
        near: dict[int, list[dict[str, Any]]],
    ) -> None:
        apart, together, inputs = decisions
        store = self.store
        observations = store.stored_observations(ids)
        size: dict[int, int] = defaultdict(int)
        for r in roots:
            size[r] += 1
        grouped = sorted(i for i, r in zip(ids, roots, strict=True) if size[r] > 1)
        people = self.scoring.features_of(grouped)  # kept since its block was scored
        local = {node: n for n, node in enumerate(grouped)}
        feats = [people[i] for i in grouped]
        keys = [f.key for f in feats]
        pairs = {(min(local[a], local[b]), max(local[a], local[b])) for a, b in edges}
        resolution = resolve(feats, keys, apart, together, self.th, pairs=pairs)
        self.stats.blocked += resolution.blocked
        resolved = [observations[i] for i in grouped]
        clusters = [[resolved[n] for n in sorted(c)] for c in resolution.clusters]
        clusters += [[observations[i]] for i, r in zip(ids, roots, strict=True) if size[r] == 1]
        evidence = derivation._evidence(resolution, resolved)
        joins = [evidence.get(min(c), []) for c in resolution.clusters]
        joins += [[] for _ in range(len(clusters) - len(resolution.clusters))]
        order = sorted(range(len(clusters)), key=lambda n: clusters[n][0].id)
        clusters, joins = [clusters[n] for n in order], [joins[n] for n in order]

        owner, old = self.old.owner, self.old
        previous: dict[str, tuple[str, list[int]]] = {}
        for i in ids:
            held = int(owner[i])
            if held >= 0:
                gid = old.ids[held]
                previous.setdefault(gid, (old.hashes[held], []))[1].append(i)
        golden = derivation.assign_ids(clusters, previous)
        for gid in golden:
            held = old.index.get(gid)
            if gid not in previous and held is not None:
                previous[gid] = (old.hashes[held], [])
        base = len(golden_ids)
        golden_ids.extend(golden)
        rows: list[tuple[int, str]] = []
        for n, (gid, members) in enumerate(zip(golden, clusters, strict=True)):
            for o in members:
                gid_of[o.id] = base + n
                rows.append((o.id, gid))
        # strong pairs left apart: near candidates whose records are both in this batch
        for link in resolution.near:
            for here, there in ((link.a, link.b), (link.b, link.a)):
                near.setdefault(int(gid_of[grouped[here]]), []).append(
                    {
                        "a": show_key(keys[here]),
                        "b": show_key(keys[there]),
                        "score": link.score,
                        "reasons": link.reasons,
                        "near": golden_ids[int(gid_of[grouped[there]])],
                    }
                )
        spill = self.scoring.review_rows.append
        self.batch_reviews.extend(
            spill(p) for p in derivation.review_pairs(resolution.reviews, keys, apart)
        )
        derived = derivation.derive_golden(
            clusters, golden, joins, previous, inputs, self.settings, self.now, self.stats
        )
        store.write_golden_batch(derived.upserts, derived.meta, derived.emails, rows)
