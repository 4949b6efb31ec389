"""The incremental master's index: nodes, blocking keys, golden emails, and its delta writes.

All of it is derived (``contactkit rebuild`` writes it whole); a merge reads only the rows of
the blocks and people it touches, and writes what changed in one transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from sqlalchemy import delete, func, insert, select, tuple_, update

from contactkit.model import utcnow
from contactkit.store import schema as t
from contactkit.store.base import as_utc, chunks, json_value
from contactkit.store.match_names import CHUNK, MatchNamesPart
from contactkit.store.observations import StoredObservation

INDEX_FORMAT = 2
"""What an index state's "names" says: 2, names' bearers and chance are kept (``match_names``);
an index of an older format is rebuilt by the next merge."""


@dataclass
class MasterDelta:
    """What one incremental merge changes, written in one transaction."""

    removed_nodes: list[int] = field(default_factory=list)
    added_nodes: list[dict[str, Any]] = field(default_factory=list)
    added_values: list[dict[str, Any]] = field(default_factory=list)
    rekeyed_nodes: list[int] = field(default_factory=list)
    """Nodes whose blocking keys changed (their rows are replaced by ``added_blocks``)."""
    added_blocks: list[dict[str, Any]] = field(default_factory=list)
    near_evidence: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Golden records not re-derived whose evidence changed (their near candidates)."""
    node_golden: dict[int, str] = field(default_factory=dict)
    golden_upserts: list[dict[str, Any]] = field(default_factory=list)
    golden_deletes: list[str] = field(default_factory=list)
    touched_goldens: set[str] = field(default_factory=set)
    """Golden ids whose meta and emails are replaced (old and new)."""
    meta: list[dict[str, Any]] = field(default_factory=list)
    emails: list[dict[str, Any]] = field(default_factory=list)
    org_upserts: list[dict[str, Any]] = field(default_factory=list)
    org_deletes: list[str] = field(default_factory=list)
    relationship_goldens: set[str] = field(default_factory=set)
    relationships: list[dict[str, Any]] = field(default_factory=list)
    name_chances: dict[str, int] = field(default_factory=dict)
    """Names whose chance changed (``match_names``), new ones included."""
    index_state: dict[str, Any] = field(default_factory=dict)
    """What the index now covers (``master_state``'s "index"), written with it: a merge killed
    after this transaction finds index and state agreeing."""


class MatchIndexPart(MatchNamesPart):
    """Reads and writes of the incremental master."""

    # -- what changed since the last merge ---------------------------------------------------

    def master_events_since(self, event_id: int) -> tuple[int, list[tuple[str, str]]]:
        query = (
            select(t.master_events.c.id, t.master_events.c.kind, t.master_events.c.value)
            .where(t.master_events.c.id > event_id)
            .order_by(t.master_events.c.id)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        last = rows[-1].id if rows else event_id
        return last, [(r.kind, r.value) for r in rows]

    def observation_extent(self) -> tuple[int, int]:
        """(highest id, count) of all observations."""
        with self.engine.connect() as conn:
            top, count = conn.execute(select(func.max(t.observations.c.id), func.count())).one()
        return top or 0, count

    def interaction_extent(self) -> int:
        with self.engine.connect() as conn:
            return conn.scalar(select(func.max(t.interactions.c.id))) or 0

    def observations_after(self, obs_id: int, upto: int) -> list[StoredObservation]:
        """Contact observations with ``obs_id < id <= upto``."""
        return self._stored((t.observations.c.id > obs_id) & (t.observations.c.id <= upto))

    def organization_subjects_after(self, obs_id: int, upto: int) -> set[str]:
        c = t.observations.c
        query = select(c.subject).where(c.kind == "organization", c.id > obs_id, c.id <= upto)
        with self.engine.connect() as conn:
            return set(conn.scalars(query))

    def interaction_emails_after(self, interaction_id: int, upto: int) -> set[str]:
        c = t.interactions.c
        query = select(c.contact_email).where(c.id > interaction_id, c.id <= upto).distinct()
        with self.engine.connect() as conn:
            return set(conn.scalars(query))

    def stored_observations(self, ids: Iterable[int]) -> dict[int, StoredObservation]:
        out: dict[int, StoredObservation] = {}
        for chunk in chunks(sorted(set(ids)), CHUNK):
            for obs in self._stored(t.observations.c.id.in_(chunk)):
                out[obs.id] = obs
        return out

    def observation_names(self, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
        """Each of these contact observations' stored name (``{}`` for none), read without the
        rest of its payload."""
        c = t.observations.c
        out: dict[int, dict[str, Any]] = {}
        with self.engine.connect() as conn:
            for chunk in chunks(sorted(set(ids)), CHUNK):
                query = select(c.id, c.payload["name"]).where(c.id.in_(chunk))
                for i, name in conn.execute(query):
                    out[i] = name if isinstance(name, dict) else {}
        return out

    def _stored(self, where: Any) -> list[StoredObservation]:
        return list(self.contact_observations(where))

    def organization_observations_for(self, subjects: Iterable[str]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        c = t.observations.c
        with self.engine.connect() as conn:
            for chunk in chunks(sorted(set(subjects)), CHUNK):
                query = select(t.observations).where(c.kind == "organization", c.subject.in_(chunk))
                out += [
                    {**r._mapping, "seen_at": as_utc(r.seen_at), "payload": json_value(r.payload)}
                    for r in conn.execute(query)
                ]
        return sorted(out, key=lambda row: row["id"])

    # -- the index ---------------------------------------------------------------------------

    def nodes_for_records(self, records: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
        c = t.match_nodes.c
        out: dict[tuple[str, str], int] = {}
        with self.engine.connect() as conn:
            for chunk in chunks(sorted(set(records)), CHUNK):
                query = select(c.source, c.source_key, c.obs_id).where(
                    tuple_(c.source, c.source_key).in_(chunk)
                )
                out.update({(r.source, r.source_key): r.obs_id for r in conn.execute(query)})
        return out

    def node_rows(self, ids: Iterable[int]) -> dict[int, Any]:
        return self._nodes_where(t.match_nodes.c.obs_id, ids)

    def nodes_of_goldens(self, golden_ids: Iterable[str]) -> dict[int, Any]:
        return self._nodes_where(t.match_nodes.c.golden_id, golden_ids)

    def nodes_with_names(self, name_keys: Iterable[str]) -> dict[int, Any]:
        return self._nodes_where(t.match_nodes.c.name_key, name_keys)

    def _nodes_where(self, column: Any, values: Iterable[Any]) -> dict[int, Any]:
        out: dict[int, Any] = {}
        with self.engine.connect() as conn:
            for chunk in chunks(sorted(set(values)), CHUNK):
                for row in conn.execute(select(t.match_nodes).where(column.in_(chunk))):
                    out[row.obs_id] = row
        return out

    def block_members(self, keys: Iterable[str]) -> dict[str, list[int]]:
        c = t.match_blocks.c
        out: dict[str, list[int]] = defaultdict(list)
        with self.engine.connect() as conn:
            for chunk in chunks(sorted(set(keys)), CHUNK):
                for key, obs_id in conn.execute(select(c.key, c.obs_id).where(c.key.in_(chunk))):
                    out[key].append(obs_id)
        return out

    def block_keys_of(self, ids: Iterable[int]) -> dict[int, list[str]]:
        return self._by_obs(t.match_blocks.c.key, t.match_blocks.c.obs_id, ids)

    def values_of(self, ids: Iterable[int]) -> dict[int, list[str]]:
        return self._by_obs(t.match_values.c.value, t.match_values.c.obs_id, ids)

    def _by_obs(self, column: Any, obs: Any, ids: Iterable[int]) -> dict[int, list[str]]:
        out: dict[int, list[str]] = defaultdict(list)
        with self.engine.connect() as conn:
            for chunk in chunks(sorted(set(ids)), CHUNK):
                for value, obs_id in conn.execute(select(column, obs).where(obs.in_(chunk))):
                    out[obs_id].append(value)
        return out

    def value_carriers(self, values: Iterable[str]) -> dict[str, list[int]]:
        c = t.match_values.c
        out: dict[str, list[int]] = defaultdict(list)
        with self.engine.connect() as conn:
            for chunk in chunks(sorted(set(values)), CHUNK):
                query = select(c.value, c.obs_id).where(c.value.in_(chunk))
                for value, obs_id in conn.execute(query):
                    out[value].append(obs_id)
        return out

    def goldens_with_emails(self, emails: Iterable[str]) -> dict[str, list[tuple[str, int]]]:
        """email -> [(golden id, its first member)] of the records showing it."""
        c = t.golden_emails.c
        out: dict[str, list[tuple[str, int]]] = defaultdict(list)
        with self.engine.connect() as conn:
            for chunk in chunks(sorted(set(emails)), CHUNK):
                query = select(c.email, c.golden_id, c.first_member).where(c.email.in_(chunk))
                for email, gid, first in conn.execute(query):
                    out[email].append((gid, first))
        return out

    def golden_rows_for(self, golden_ids: Iterable[str]) -> dict[str, Any]:
        return self._golden_where(t.golden.c.id, golden_ids)

    def golden_rows_of_organizations(self, org_ids: Iterable[str]) -> dict[str, Any]:
        return self._golden_where(t.golden.c.organization_id, org_ids)

    def _golden_where(self, column: Any, values: Iterable[Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        with self.engine.connect() as conn:
            for chunk in chunks(sorted(set(values)), CHUNK):
                for row in conn.execute(select(t.golden).where(column.in_(chunk))):
                    out[row.id] = row
        return out

    def organization_keys(self, org_ids: Iterable[str]) -> dict[str, str]:
        c = t.organizations.c
        out: dict[str, str] = {}
        with self.engine.connect() as conn:
            for chunk in chunks(sorted(set(org_ids)), CHUNK):
                out.update(dict(conn.execute(select(c.id, c.key).where(c.id.in_(chunk))).all()))
        return out

    def interaction_rows_for(self, emails: Iterable[str]) -> list[Any]:
        out: list[Any] = []
        with self.engine.connect() as conn:
            for chunk in chunks(sorted(set(emails)), CHUNK):
                query = select(t.interactions).where(t.interactions.c.contact_email.in_(chunk))
                out += conn.execute(query).all()
        return out

    def counts_of_derived(self) -> dict[str, int]:
        with self.engine.connect() as conn:

            def count(table: Any, *where: Any) -> int:
                return conn.scalar(select(func.count()).select_from(table).where(*where)) or 0

            return {
                "golden": count(t.golden),
                "organizations": count(t.organizations),
                "relationships": count(t.relationships),
                "reviews": count(t.match_reviews, t.match_reviews.c.status == "open"),
            }

    def golden_meta_evidence(self, golden_ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
        c = t.golden_meta.c
        out: dict[str, list[dict[str, Any]]] = {}
        with self.engine.connect() as conn:
            for chunk in chunks(sorted(set(golden_ids)), CHUNK):
                query = select(c.golden_id, c.evidence).where(c.golden_id.in_(chunk))
                out.update({gid: json_value(ev) for gid, ev in conn.execute(query)})
        return out

    def flagged_among(self, golden_ids: Iterable[str]) -> int:
        """How many of these golden records are in the re-verification queue."""
        c = t.golden_meta.c
        flagged = 0
        with self.engine.connect() as conn:
            for chunk in chunks(sorted(set(golden_ids)), CHUNK):
                for (flags,) in conn.execute(select(c.flags).where(c.golden_id.in_(chunk))):
                    flagged += bool(json_value(flags))
        return flagged

    def count_observations_after(self, obs_id: int, upto: int) -> int:
        c = t.observations.c
        with self.engine.connect() as conn:
            return conn.scalar(select(func.count()).where(c.id > obs_id, c.id <= upto)) or 0

    # -- writes ------------------------------------------------------------------------------

    def replace_match_index(
        self,
        nodes: Iterable[dict[str, Any]],
        blocks: Iterable[dict[str, Any]],
        values: Iterable[dict[str, Any]],
        emails: Iterable[dict[str, Any]],
    ) -> None:
        """Write the whole index (after a full rebuild), streaming the rows in."""
        with self.engine.begin() as conn:
            for table, rows in (
                (t.match_nodes, nodes),
                (t.match_blocks, blocks),
                (t.match_values, values),
                (t.golden_emails, emails),
            ):
                conn.execute(delete(table))
                iterator = iter(rows)
                while chunk := list(islice(iterator, 20_000)):
                    conn.execute(insert(table), chunk)
            self.count_names(conn)

    def apply_master_delta(self, d: MasterDelta) -> None:
        """Write one incremental merge, in one transaction."""
        now = utcnow()
        nodes, blocks = t.match_nodes, t.match_blocks
        with self.engine.begin() as conn:
            self._recount_names(conn, d.removed_nodes, d.added_nodes, d.name_chances)
            for chunk in chunks(d.removed_nodes, CHUNK):
                conn.execute(delete(nodes).where(nodes.c.obs_id.in_(chunk)))
                conn.execute(delete(t.match_values).where(t.match_values.c.obs_id.in_(chunk)))
            for chunk in chunks(d.removed_nodes + d.rekeyed_nodes, CHUNK):
                conn.execute(delete(blocks).where(blocks.c.obs_id.in_(chunk)))
            if d.added_nodes:
                conn.execute(insert(nodes), d.added_nodes)
            if d.added_values:
                conn.execute(insert(t.match_values), d.added_values)
            if d.added_blocks:
                conn.execute(insert(blocks), d.added_blocks)
            by_golden: dict[str, list[int]] = defaultdict(list)
            for obs_id, gid in d.node_golden.items():
                by_golden[gid].append(obs_id)
            for gid, ids in by_golden.items():
                for chunk in chunks(ids, CHUNK):
                    conn.execute(
                        update(nodes).where(nodes.c.obs_id.in_(chunk)).values(golden_id=gid)
                    )
            self._write_golden(conn, d.golden_upserts, d.golden_deletes, now)
            touched = sorted(d.touched_goldens)
            for table, column in (
                (t.golden_meta, t.golden_meta.c.golden_id),
                (t.golden_emails, t.golden_emails.c.golden_id),
            ):
                for chunk in chunks(touched, CHUNK):
                    conn.execute(delete(table).where(column.in_(chunk)))
            if d.meta:
                conn.execute(insert(t.golden_meta), d.meta)
            meta = t.golden_meta.c
            for gid, evidence in d.near_evidence.items():
                conn.execute(
                    update(t.golden_meta).where(meta.golden_id == gid).values(evidence=evidence)
                )
            if d.emails:
                conn.execute(insert(t.golden_emails), d.emails)
            orgs = [row["id"] for row in d.org_upserts] + d.org_deletes
            for chunk in chunks(orgs, CHUNK):
                conn.execute(delete(t.organizations).where(t.organizations.c.id.in_(chunk)))
            if d.org_upserts:
                conn.execute(insert(t.organizations), d.org_upserts)
            rel = t.relationships
            for chunk in chunks(sorted(d.relationship_goldens), CHUNK):
                conn.execute(delete(rel).where(rel.c.golden_id.in_(chunk)))
            if d.relationships:
                conn.execute(insert(rel), d.relationships)
            if d.index_state:
                self.save_master_state({"index": d.index_state}, conn)
