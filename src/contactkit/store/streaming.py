"""Reads and writes of the streamed rebuild: the store in blocks, never whole.

``contactkit.streamed_rebuild`` re-derives every golden record from every observation while
holding only block indexes; these are its passes over the store (streamed, ``yield_per``) and
its batched writes.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Index, delete, func, insert, select
from sqlalchemy.schema import CreateIndex, DropIndex

from contactkit.model import utcnow
from contactkit.store import pg_copy
from contactkit.store import schema as t
from contactkit.store.base import StoreBase, as_utc, chunks, json_value, streamed
from contactkit.store.index_groups import REBUILT_INDEXES
from contactkit.store.observations import StoredObservation

STREAM = 20_000
INDEX_TABLES = (t.match_nodes, t.match_names, t.match_blocks, t.match_values, t.golden_emails)


class StreamingPart(StoreBase):
    """The store as the streamed rebuild reads and writes it."""

    def latest_node_ids(self, upto: int) -> array:
        """Each source record's latest contact observation (up to id ``upto``), ids ascending.

        Records come ordered by their key, so one record's versions are read one after the
        other and only the best one so far is held.
        """
        c = t.observations.c
        query = (
            select(c.id, c.source, c.source_key, c.seen_at)
            .where(c.kind == "contact", c.id <= upto)
            .order_by(c.source, c.source_key)
        )
        out: list[int] = []
        record: tuple[str, str] | None = None
        best: tuple[datetime, int] | None = None
        with self.engine.connect() as conn:
            for row in streamed(conn, query, STREAM):
                here = (row.source, row.source_key)
                candidate = (as_utc(row.seen_at), row.id)
                if here != record:
                    if best is not None:
                        out.append(best[1])
                    record, best = here, candidate
                elif best is None or candidate >= best:
                    best = candidate
        if best is not None:
            out.append(best[1])
        out.sort()
        return array("q", out)

    def observations_in_range(self, ids: list[int]) -> list[StoredObservation]:
        """These contact observations (ids ascending), read as one range of the table."""
        if not ids:
            return []
        wanted = set(ids)
        c = t.observations.c
        where = (c.id >= ids[0]) & (c.id <= ids[-1])
        return [o for o in self.contact_observations(where) if o.id in wanted]

    def observation_heads(self, ids: Iterable[int]) -> dict[int, StoredObservation]:
        """These observations without their payload (who said it, when, how sure)."""
        c = t.observations.c
        out: dict[int, StoredObservation] = {}
        with self.engine.connect() as conn:
            for chunk in chunks(sorted(set(ids)), 500):
                query = select(
                    c.id, c.source, c.source_type, c.source_key, c.seen_at, c.confidence
                ).where(c.id.in_(chunk))
                for row in conn.execute(query):
                    out[row.id] = StoredObservation(
                        id=row.id,
                        source=row.source,
                        source_type=row.source_type,
                        source_key=row.source_key,
                        seen_at=as_utc(row.seen_at),
                        payload={},
                        confidence=json_value(row.confidence) or {},
                    )
        return out

    def golden_owners(self) -> Iterator[tuple[str, str, list[int]]]:
        """(golden id, content hash, member ids) of every golden record, streamed."""
        query = select(t.golden.c.id, t.golden.c.content_hash, t.golden.c.members)
        with self.engine.connect() as conn:
            for row in streamed(conn, query, STREAM):
                yield row.id, row.content_hash, json_value(row.members)

    def clear_derived_for_rebuild(self) -> None:
        """Empty the index and the golden records' meta (a rebuild writes them anew), and drop
        the index tables' secondary indexes until their pass has filled them
        (``build_indexes``; a store opened after a rebuild killed midway gets them back)."""
        with self.engine.begin() as conn:
            for index in REBUILT_INDEXES:
                conn.execute(DropIndex(index, if_exists=True))
            for table in (*INDEX_TABLES, t.golden_meta):
                conn.execute(delete(table))

    def build_indexes(self, indexes: Iterable[Index]) -> None:
        """Create these indexes where they are missing."""
        with self.engine.begin() as conn:
            for index in indexes:
                conn.execute(CreateIndex(index, if_not_exists=True))

    def append_index(
        self,
        nodes: list[dict[str, Any]],
        values: list[dict[str, Any]],
        blocks: list[dict[str, Any]],
    ) -> None:
        with self.engine.begin() as conn:
            for table, rows in ((t.match_nodes, nodes), (t.match_values, values),
                                (t.match_blocks, blocks)):  # fmt: skip
                self._bulk_insert(conn, table, rows)

    def _bulk_insert(self, conn: Any, table: Any, rows: list[dict[str, Any]]) -> None:
        """Rows in bulk: on SQLite the driver's executemany over plain tuples, on PostgreSQL
        one COPY."""
        if not rows:
            return
        if self.engine.dialect.name == "sqlite":
            self._sqlite_executemany(conn, table, insert(table), rows)
        else:
            names = [name for name in rows[0] if name in table.c]
            pg_copy.copy_rows(conn, table, names, self._row_values(table, names, rows))

    def _set_golden_ids(self, conn: Any, nodes: list[tuple[int, str]]) -> None:
        """Each node's golden record, by node id."""
        self._update_column(conn, "match_nodes", "obs_id", "bigint", "golden_id", nodes)

    def _update_column(
        self,
        conn: Any,
        table: str,
        key: str,
        key_type: str,
        column: str,
        rows: list[tuple[Any, str]],
        value_type: str = "text",
    ) -> None:
        """Set ``column`` by ``key`` for many rows: one statement per batch, not one per row
        (SQLite: the driver's executemany; PostgreSQL: the rows COPYed into a staging table,
        ``pg_copy.copy_update``, or as arrays through ``unnest`` where the role may not make
        one)."""
        if not rows:
            return
        if self.engine.dialect.name == "sqlite":
            sql = f"UPDATE {table} SET {column} = ? WHERE {key} = ?"
            conn.exec_driver_sql(sql, [(value, k) for k, value in rows])
            return
        if self._stages(conn):
            pg_copy.copy_update(conn, table, key, key_type, column, value_type, rows)
            return
        sql = (
            f"UPDATE {table} AS x SET {column} = v.value::{value_type} "
            f"FROM unnest(%(keys)s::{key_type}[], "
            f"%(values)s::text[]) AS v(k, value) WHERE x.{key} = v.k"
        )
        for chunk in chunks(rows, 10_000):
            conn.exec_driver_sql(
                sql, {"keys": [k for k, _ in chunk], "values": [v for _, v in chunk]}
            )

    def values_carried_by(self, at_least: int) -> dict[str, list[int]]:
        """Values (``match_values``) at least this many nodes carry, with their carriers."""
        c = t.match_values.c
        many = select(c.value).group_by(c.value).having(func.count() >= at_least)
        with self.engine.connect() as conn:
            values = list(conn.scalars(many))
        return dict(self.value_carriers(values))

    def drop_blocks(self, keys: Iterable[str]) -> None:
        c = t.match_blocks.c
        with self.engine.begin() as conn:
            for chunk in chunks(sorted(set(keys)), 500):
                conn.execute(delete(t.match_blocks).where(c.key.in_(chunk)))

    def block_rows(self) -> Iterator[Any]:
        """(key, node) of every blocking key, one block's rows together."""
        c = t.match_blocks.c
        with self.engine.connect() as conn:
            query = select(c.key, c.obs_id).order_by(c.key)
            yield from streamed(conn, query, STREAM * 5)

    def nodes_in_sort_order(self) -> Iterator[int]:
        """Every node in a big block's order (full name, company domain, key), code point
        order as Python compares strings."""
        c = t.match_nodes.c
        columns = [c.full, c.org_domain, c.key]
        if self.engine.dialect.name == "postgresql":
            columns = [col.collate("C") for col in columns]
        with self.engine.connect() as conn:
            query = select(c.obs_id).order_by(*columns)
            yield from streamed(conn, query, STREAM * 5).scalars()

    def write_golden_batch(
        self,
        upserts: list[dict[str, Any]],
        meta: list[dict[str, Any]],
        emails: list[dict[str, Any]],
        nodes: list[tuple[int, str]],
    ) -> None:
        """One batch of golden records with their meta, emails and index rows."""
        with self.engine.begin() as conn:
            self._write_golden(conn, upserts, [], utcnow())
            self._bulk_insert(conn, t.golden_meta, meta)
            self._bulk_insert(conn, t.golden_emails, emails)
            self._set_golden_ids(conn, nodes)

    def set_evidence(self, evidence: dict[str, list[dict[str, Any]]]) -> None:
        rows = [(gid, json.dumps(e)) for gid, e in evidence.items()]
        with self.engine.begin() as conn:
            self._update_column(conn, "golden_meta", "golden_id", "text", "evidence", rows, "json")

    def node_keys(self, ids: Iterable[int]) -> dict[int, str]:
        c = t.match_nodes.c
        out: dict[int, str] = {}
        with self.engine.connect() as conn:
            for chunk in chunks(sorted(set(ids)), 500):
                out.update(conn.execute(select(c.obs_id, c.key).where(c.obs_id.in_(chunk))).all())
        return out

    def golden_by_organization(self) -> Iterator[Any]:
        """Golden records with a company, one company's together."""
        g = t.golden.c
        query = (
            select(g.id, g.organization_id, g.payload, g.members)
            .where(g.organization_id.is_not(None))
            .order_by(g.organization_id, g.id)
        )
        with self.engine.connect() as conn:
            yield from streamed(conn, query, STREAM)

    def organization_subjects(self) -> set[str]:
        c = t.observations.c
        query = select(c.subject).where(c.kind == "organization").distinct()
        with self.engine.connect() as conn:
            return {s for s in conn.scalars(query) if s is not None}

    def interaction_contact_emails(self) -> set[str]:
        c = t.interactions.c
        with self.engine.connect() as conn:
            return set(conn.scalars(select(c.contact_email).distinct()))

    def retire_golden(self, deletes: list[str]) -> None:
        """Retire the records no longer anyone's (sinks are told to drop them)."""
        with self.engine.begin() as conn:
            self._write_golden(conn, [], deletes, utcnow())

    def replace_organizations_and_relationships(
        self, organizations: list[dict[str, Any]], relationships: list[dict[str, Any]]
    ) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(t.organizations))
            self._bulk_insert(conn, t.organizations, organizations)
            conn.execute(delete(t.relationships))
            self._bulk_insert(conn, t.relationships, relationships)
