"""The streamed rebuild's first passes: the index, what the data set decides, scored pairs.

``contactkit.streamed_rebuild`` (steps 1-4 of its doc): each pass holds one block of
observations and their features; what it keeps is arrays of ids.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from typing import Any

import numpy as np

from contactkit import derivation
from contactkit.derivation import observation_key
from contactkit.matching import features as features_module
from contactkit.matching.blocking import block_keys, block_pair_keys
from contactkit.matching.clustering import NEAR_FROM, Thresholds
from contactkit.matching.features import SHARED_BY, Features, features, several_people, specify
from contactkit.matching.names import NameForm, name_form
from contactkit.matching.scoring import HARD_NO, score, strong_identifiers
from contactkit.spills import Spilled, SpilledFeatures
from contactkit.store import Store
from contactkit.store.base import chunks

READ = 10_000
"""Observations read and featured at once within a block (their payloads are the bulk)."""
PAIR_ROWS = 1_000_000
"""Rows of the block index whose candidate pairs are made at once (a few arrays their size)."""


class BlockScoring:
    """Index every node, decide what is shared, and score every candidate pair, by blocks."""

    def __init__(
        self,
        store: Store,
        thresholds: Thresholds,
        block: int,
        top: int,
        nodes: array,
        old_index: dict[str, int],
    ) -> None:
        self.store, self.th, self.block, self.top, self.nodes = store, thresholds, block, top, nodes
        self.read = min(READ, max(1, block // 2))
        self.old_index = old_index  # old golden id -> its number (``_OldRecords``)
        self.rare = len(nodes) >= features_module.RARE_FROM
        self.shared_tails: set[str] = set()
        self.shared_emails: set[str] = set()
        self.anchors: list[tuple[int, int]] = []  # node -> old record whose id its key hashes to
        self.reasons = Spilled()
        self.review_rows = Spilled()
        self.raw = SpilledFeatures(top)  # as derived by ``index_nodes``, before ``specify``
        self.kept = SpilledFeatures(top)  # specified, as scoring and people compare them

    # -- 1. nodes and index ------------------------------------------------------------------

    def index_nodes(self) -> None:
        """Write every node's index rows, a block at a time (block keys before sharing)."""
        for ids in chunks(list(self.nodes), self.read):
            nodes, values, blocks = [], [], []
            raw: dict[int, Features] = {}
            for obs in self.store.observations_in_range(ids):
                f = raw[obs.id] = features(obs.payload, obs.confidence, observation_key(obs))
                nodes.append(derivation.node_row(obs, f, ""))
                values += [{"value": v, "obs_id": obs.id} for v in derivation.specific_values(f)]
                blocks += [{"key": k, "obs_id": obs.id} for k in sorted(set(block_keys(f)))]
                held = self.old_index.get(derivation.golden_id_for([obs]))
                if held is not None:
                    self.anchors.append((obs.id, held))
            self.store.append_index(nodes, values, blocks)
            self.raw.put(raw)

    # -- 2. what the data set decides --------------------------------------------------------

    def decide_shared(self) -> None:
        """Values whose carriers are several people (``features.specificity``); a shared
        address is no personal one, so it blocks on nothing."""
        carried = self.store.values_carried_by(SHARED_BY)
        # only the carriers' names are kept: a store's switchboards and team mailboxes are
        # carried by a good part of it (at 1M, reading them whole held over a gigabyte)
        names: dict[int, NameForm] = {}
        carriers = sorted({i for held in carried.values() for i in held})
        for chunk in chunks(carriers, self.read):
            for i, name in self.store.observation_names(chunk).items():
                names[i] = name_form(name)
        for value, carriers in carried.items():
            forms = {names[i] for i in carriers if names[i].surname}
            if several_people(forms):
                (self.shared_tails if value.startswith("t|") else self.shared_emails).add(value[2:])
        self.store.drop_blocks("e|" + email for email in self.shared_emails)

    def features_of(self, ids: Iterable[int]) -> dict[int, Features]:
        """Features of these nodes as ``specificity`` over the whole store sets them: those
        kept read back, the others specified (a part of a block at a time) and kept."""
        out, missing = self.kept.get(sorted(ids))
        for chunk in chunks(missing, self.read):
            raw, unread = self.raw.get(chunk)
            for o in self.store.stored_observations(unread).values():
                raw[o.id] = features(o.payload, o.confidence, observation_key(o))
            self.set_specificity(raw)
            self.kept.put(raw)
            out.update(raw)
        return out

    def set_specificity(self, raw: dict[int, Features]) -> None:
        """Set on these features what the whole store decides (``features.specify``)."""
        counts: dict[str, dict[str, int]] = {}
        if self.rare:
            for column in ("name_key", "given_key", "family"):
                wanted = {getattr(f, column) for f in raw.values()} - {""}
                counts[column] = self.store.column_counts(column, wanted)
        total = len(self.nodes)
        for f in raw.values():
            held = None
            if self.rare and f.name_key:
                held = (
                    counts["name_key"].get(f.name_key, 0),
                    counts["given_key"].get(f.given_key, 0),
                    counts["family"].get(f.family, 0),
                    total,
                )
            specify(f, self.shared_tails, self.shared_emails, held)

    # -- 3. candidate pairs ------------------------------------------------------------------

    def candidate_pairs(self) -> np.ndarray:
        """Every candidate pair (``blocking.candidate_pairs``) in rank space (each node's place
        in the sort order) as ``high << 32 | low``, sorted: the pairs whose later node falls in
        one block of the sort order come as one slice, and nothing else the size of the pairs
        is held (at 1M nodes the pairs are tens of millions)."""
        order = np.fromiter(self.store.nodes_in_sort_order(), dtype=np.int64, count=len(self.nodes))
        rank = np.full(self.top + 1, -1, dtype=np.int32)
        rank[order] = np.arange(len(order), dtype=np.int32)
        self.order = order
        # the index's rows, a run of whole blocks at a time, as two flat arrays (each block's
        # first row, every row's node): the pairs are made for all those blocks at once
        out = array("q")
        nodes, starts = array("q"), array("q")
        last = None
        for key, obs_id in self.store.block_rows():
            if key != last:
                if len(nodes) >= PAIR_ROWS:
                    out.frombytes(self._pairs_of_blocks(rank, nodes, starts))
                    nodes, starts = array("q"), array("q")
                starts.append(len(nodes))
                last = key
            nodes.append(obs_id)
        out.frombytes(self._pairs_of_blocks(rank, nodes, starts))
        del rank, nodes, starts
        keys = np.frombuffer(out, dtype=np.int64)
        keys.sort()
        if len(keys) < 2:
            return keys.copy()
        fresh = np.empty(len(keys), dtype=bool)
        fresh[0] = True
        np.not_equal(keys[1:], keys[:-1], out=fresh[1:])
        return keys[fresh]

    def _pairs_of_blocks(self, rank: np.ndarray, nodes: array, starts: array) -> bytes:
        """``block_pair_keys`` of a run of whole blocks (their nodes, each block's first row)."""
        members = rank[np.frombuffer(nodes, dtype=np.int64)]
        first = np.frombuffer(starts, dtype=np.int64)
        return block_pair_keys(members, first, self.th.max_block, self.th.window).tobytes()

    # -- 4. scoring --------------------------------------------------------------------------

    def score_pairs(self, pairs: np.ndarray) -> tuple[np.ndarray, dict[str, Any], np.ndarray]:
        """Score every pair (``candidate_pairs``), a block of nodes (in sort order) at a time.

        Returns the strong pairs, the weaker ones a full resolution keeps (near candidates:
        a, b, points, reasons), and review candidates (a, b, the review row's place in
        ``review_rows``); node ids, a < b, in that order.
        """
        th, block, order = self.th, self.block, self.order
        starts = np.arange(len(order) // block + 2, dtype=np.int64) * block
        bounds = np.searchsorted(pairs, starts << 32)
        strong = array("q")
        weak_a, weak_b, weak_r = array("q"), array("q"), array("q")
        weak_p = array("d")
        reviews = array("q")
        for q in range(len(bounds) - 1):
            keys = pairs[bounds[q] : bounds[q + 1]]
            low, high = keys & 0xFFFFFFFF, keys >> 32
            one, other = order[low], order[high]
            by_id = np.sort(np.minimum(one, other) << 32 | np.maximum(one, other))
            a_ids, b_ids = by_id >> 32, by_id & 0xFFFFFFFF
            current = self.features_of(order[q * block : (q + 1) * block].tolist())
            # the earlier nodes paired with this block, read back from ``kept``
            earlier = set(order[low[low < q * block]].tolist())
            held = {**current, **self.features_of(earlier - current.keys())}
            for a, b in zip(a_ids.tolist(), b_ids.tolist(), strict=True):
                fa, fb = held[a], held[b]
                points, reasons = score(fa, fb)
                if points >= th.merge_above:
                    strong.append(a)
                    strong.append(b)
                    continue
                shared = ""
                if points < NEAR_FROM:
                    if points <= HARD_NO:
                        continue
                    shared = strong_identifiers(fa, fb)
                    if not shared:
                        continue
                weak_a.append(a)
                weak_b.append(b)
                weak_p.append(points)
                weak_r.append(self.reasons.append(reasons))
                ka, kb = sorted((fa.key, fb.key))
                why: list[str] | None = reasons
                if points < th.review_above:
                    shared = shared or (strong_identifiers(fa, fb) if points > HARD_NO else "")
                    why = [*reasons, f"both carry {shared}"] if shared else None
                if why is not None:
                    row = {"a": ka, "b": kb, "score": points, "reasons": why}
                    reviews.extend((a, b, self.review_rows.append(row)))
        weak = {
            "a": np.frombuffer(weak_a, dtype=np.int64),
            "b": np.frombuffer(weak_b, dtype=np.int64),
            "points": np.frombuffer(weak_p, dtype=np.float64),
            "reasons": np.frombuffer(weak_r, dtype=np.int64),
        }
        return (
            np.frombuffer(strong, dtype=np.int64).reshape(-1, 2),
            weak,
            np.frombuffer(reviews, dtype=np.int64).reshape(-1, 3),
        )
