"""The streamed rebuild's last pass (step 6 of ``contactkit.streamed_rebuild``): what is derived
from the golden records once they are written: near candidates, organizations, relationships."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from itertools import groupby
from typing import Any

import numpy as np

from contactkit import derivation
from contactkit.derivation import MasterSettings, show_key
from contactkit.model import OrgRef
from contactkit.organization_derivation import derive_organizations
from contactkit.relationships import relationships_of
from contactkit.spills import Spilled
from contactkit.store import Store
from contactkit.store.base import chunks, json_value


class NearCandidates:
    """Each record's closest candidates left in other records, written to its evidence."""

    def __init__(self, store: Store, reasons: Spilled, block: int) -> None:
        self.store, self.reasons, self.block = store, reasons, block

    def write(
        self,
        weak: dict[str, np.ndarray],
        gid_of: np.ndarray,
        golden_ids: list[str],
        near: dict[int, list[dict[str, Any]]],
    ) -> None:
        """Each record's closest candidates left in other records, added to its evidence."""
        a, b = weak["a"], weak["b"]
        apart = np.flatnonzero(gid_of[a] != gid_of[b])
        # each record number's place among the golden ids as strings: the order its near
        # candidates' ties are listed in, known before a key is read
        rank = np.empty(len(golden_ids), dtype=np.int64)
        rank[sorted(range(len(golden_ids)), key=golden_ids.__getitem__)] = np.arange(len(rank))
        owner_a, owner_b = gid_of[a[apart]], gid_of[b[apart]]
        # a block of records at a time: each pair is listed under both its records, and the
        # sort of every listing at once would hold several arrays twice the pairs' size
        for first in range(0, len(golden_ids), self.block):
            last = first + self.block
            in_a = np.flatnonzero((owner_a >= first) & (owner_a < last))
            in_b = np.flatnonzero((owner_b >= first) & (owner_b < last))
            pair = apart[np.concatenate([in_a, in_b])]
            here = np.concatenate([a[apart[in_a]], b[apart[in_b]]])
            there = np.concatenate([b[apart[in_a]], a[apart[in_b]]])
            self._range(first, last, pair, here, there, weak, gid_of, golden_ids, near, rank)

    def _range(
        self,
        first: int,
        last: int,
        pair: np.ndarray,
        here: np.ndarray,
        there: np.ndarray,
        weak: dict[str, np.ndarray],
        gid_of: np.ndarray,
        golden_ids: list[str],
        near: dict[int, list[dict[str, Any]]],
        rank: np.ndarray,
    ) -> None:
        """``write`` for the records ``first`` to ``last`` (their numbers)."""
        points, owner = weak["points"][pair], gid_of[here]
        near_rank = rank[gid_of[there]]
        # a record's pairs in the order its evidence lists them, up to the keys
        order = np.lexsort((near_rank, -points, owner))
        pair, here, there, points, owner, near_rank = (
            pair[order], here[order], there[order], points[order], owner[order], near_rank[order]
        )  # fmt: skip
        groups: dict[int, tuple[int, int]] = {}
        cuts = np.flatnonzero(np.diff(owner)) + 1
        for lo, hi in zip([0, *cuts.tolist()], [*cuts.tolist(), len(owner)], strict=True):
            if hi > lo:
                groups[int(owner[lo])] = (lo, hi)
        wanted = sorted(set(groups) | {g for g in near if first <= g < last})
        for batch in chunks(wanted, 5000):
            picked: dict[int, list[int]] = {}
            for g in batch:
                lo, hi = groups.get(g, (0, 0))
                # a record lists its NEAR_PER_RECORD best; the pairs tied with the last of them
                # in score and near record are looked at too, as only their keys order them
                cut = min(hi, lo + derivation.NEAR_PER_RECORD)
                nth = cut - 1
                while cut < hi and points[cut] == points[nth] and near_rank[cut] == near_rank[nth]:
                    cut += 1
                picked[g] = list(range(lo, cut))
            rows = [n for taken in picked.values() for n in taken]
            keys = self.store.node_keys({int(x) for n in rows for x in (here[n], there[n])})
            reasons = self.reasons.read(int(weak["reasons"][pair[n]]) for n in rows)
            held = self.store.golden_meta_evidence(golden_ids[g] for g in batch)
            evidence: dict[str, list[dict[str, Any]]] = {}
            for g in batch:
                entries = list(near.get(g, []))
                for n in picked[g]:
                    entries.append(
                        {
                            "a": show_key(keys[int(here[n])]),
                            "b": show_key(keys[int(there[n])]),
                            "score": float(points[n]),
                            "reasons": reasons[int(weak["reasons"][pair[n]])],
                            "near": golden_ids[int(gid_of[int(there[n])])],
                        }
                    )
                entries.sort(key=lambda x: (-x["score"], x["near"], x["a"], x["b"]))
                gid = golden_ids[g]
                evidence[gid] = held.get(gid, []) + entries[: derivation.NEAR_PER_RECORD]
            self.store.set_evidence(evidence)


def organizations(store: Store, settings: MasterSettings, now: datetime) -> list[dict[str, Any]]:
    """Organizations from the golden records written, a group of companies at a time."""
    ranking = derivation.Ranking(settings.rules)
    subjects = store.organization_subjects()
    out: list[dict[str, Any]] = []
    pending: list[Any] = []

    def derive(rows: list[Any]) -> None:
        heads = store.observation_heads(m for row in rows for m in row.members)
        refs: dict[str, list[derivation.OrgMember]] = defaultdict(list)
        for row in rows:
            payload = row.payload
            members = [heads[m] for m in row.members]
            speaker = min(members, key=lambda o: (ranking.trust(o), o.source, o.source_key))
            key = OrgRef.model_validate(payload["organization"]).key
            refs[key].append(derivation.OrgMember(payload["organization"], speaker, payload))
        observations = store.organization_observations_for(refs)
        subjects.difference_update(refs)
        out.extend(
            derive_organizations(dict(refs), observations, ranking, now, settings.default_country)
        )

    for _, rows in groupby(store.golden_by_organization(), key=lambda r: r.organization_id):
        pending += [_Golden(r) for r in rows]
        if len(pending) >= 2000:
            derive(pending)
            pending = []
    if pending:
        derive(pending)
    for batch in chunks(sorted(subjects), 2000):
        out.extend(
            derive_organizations(
                {},
                store.organization_observations_for(batch),
                ranking,
                now,
                settings.default_country,
            )
        )
    return out


def relationships(store: Store, now: datetime) -> list[dict[str, Any]]:
    """Relationships of the emails mail was exchanged with: the record with the oldest
    member among those showing an email owns its interactions."""
    owners = store.goldens_with_emails(store.interaction_contact_emails())
    email_owner = {e: min(rows, key=lambda r: r[1])[0] for e, rows in owners.items()}
    return relationships_of(store, email_owner, now)


class _Golden:
    """A golden row with its JSON read (SQLite hands JSON back as text in some drivers)."""

    __slots__ = ("members", "organization_id", "payload")

    def __init__(self, row: Any) -> None:
        self.payload = json_value(row.payload)
        self.members: list[int] = json_value(row.members)
        self.organization_id = row.organization_id
