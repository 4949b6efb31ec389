"""Forgetting a person: erase them everywhere in the store and suppress their addresses."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Text, cast, delete, func, select, update

from contactkit.model import utcnow
from contactkit.store import schema as t
from contactkit.store.base import StoreBase, chunks, json_value, maybe_begin
from contactkit.store.suppression import Forgotten, IdKeyer, digest


class ErasurePart(StoreBase):
    """Erase a person and keep them out of later runs."""

    def suppressed_values(self) -> set[str]:
        """The suppression list: keyed digests (``suppression_digest``), never the values."""
        with self.engine.connect() as conn:
            return set(conn.scalars(select(t.suppressions.c.value)))

    def forgotten(self) -> Forgotten:
        """What finds forgotten people's values in text (a checkpoint, an id)."""
        return Forgotten(self.meta["suppression_key"], self.suppressed_values())

    def private_id(self, value: str) -> str:
        """A message or thread id as this store keeps it (``suppression.private_id``)."""
        keyer = self.__dict__.get("_id_keyer")
        if keyer is None:
            keyer = self.__dict__["_id_keyer"] = IdKeyer(self.meta["suppression_key"])
        return keyer(value)

    def suppression_digest(self, value: str) -> str:
        """The digest an email or phone has on this store's suppression list."""
        return digest(self.meta["suppression_key"], value)

    def forget(
        self,
        golden_id: str,
        values: set[str],
        observation_ids: list[int],
        observation_keys: Iterable[str] = (),
    ) -> None:
        """Erase a person everywhere in the store, in one transaction; keep them out.

        Observations, interactions, the golden record and relationships go, and so does what
        matching kept (decisions, reviews, pins, evidence, bounces), what sources keep in their
        checkpoints, plugin caches, review items and what the run log says of them; the sink map
        keeps only the external id each sink needs to delete them. Emails and phones are
        suppressed, as keyed digests. Call ``compact`` afterwards (``forget_person`` does), so
        no free page of a SQLite file still holds them.
        """
        now = utcnow()
        emails = [v for v in values if "@" in v]
        keys = list(observation_keys)
        with self.engine.begin() as conn:
            self._event(conn, "gone", [golden_id])
            self.forget_matching(golden_id, keys, emails, conn=conn)
            for value in values:
                stmt = self._insert(t.suppressions).values(
                    value=self.suppression_digest(value), reason="forgotten", created_at=now
                )
                conn.execute(stmt.on_conflict_do_nothing())
            for chunk in chunks(observation_ids, 500):
                conn.execute(delete(t.observations).where(t.observations.c.id.in_(chunk)))
            for value in values:  # read by an import that was killed, not yet folded in
                needle = f"%{value.lower()}%"
                staged = t.observations_incoming
                conn.execute(
                    delete(staged).where(func.lower(cast(staged.c.payload, Text)).like(needle))
                )
            if emails:
                conn.execute(
                    delete(t.interactions).where(t.interactions.c.contact_email.in_(emails))
                )
            conn.execute(delete(t.golden).where(t.golden.c.id == golden_id))
            conn.execute(delete(t.relationships).where(t.relationships.c.golden_id == golden_id))
            conn.execute(
                self._insert(t.withdrawn)
                .values(golden_id=golden_id, reason="forgotten", created_at=now)
                .on_conflict_do_update(
                    index_elements=[t.withdrawn.c.golden_id], set_={"reason": "forgotten"}
                )
            )
            # sinks still need the external id to delete them, and nothing else
            conn.execute(
                update(t.sink_map)
                .where(t.sink_map.c.golden_id == golden_id)
                .values(sent_payload={}, sent_hash="")
            )
            self._forget_in_plugin_state(conn, values)
            self._forget_in_reviews_and_log(conn, values, keys)

    def _forget_in_plugin_state(self, conn: Any, values: set[str]) -> None:
        """Checkpoints (e.g. email_harvest's gate and signature memory) and plugin caches."""
        forgotten = Forgotten(
            self.meta["suppression_key"], {self.suppression_digest(v) for v in values}
        )
        for row in conn.execute(select(t.checkpoints.c.source, t.checkpoints.c.state)).all():
            state, changed = forgotten.scrub(json_value(row.state))
            if changed:
                conn.execute(
                    update(t.checkpoints)
                    .where(t.checkpoints.c.source == row.source)
                    .values(state=state)
                )
        entries = t.checkpoint_entries
        query = select(entries.c.id, entries.c.key, entries.c.value)
        for row in conn.execute(query).all():
            if forgotten.is_exactly(row.key):
                conn.execute(delete(entries).where(entries.c.id == row.id))
                continue
            value, changed = forgotten.scrub(json_value(row.value))
            key, key_changed = forgotten.scrub(row.key)
            if changed or key_changed:
                conn.execute(
                    update(entries).where(entries.c.id == row.id).values(key=key, value=value)
                )
        for value in values:
            needle = f"%{value.lower()}%"
            conn.execute(
                delete(t.cache).where(
                    func.lower(t.cache.c.key).like(needle)
                    | func.lower(cast(t.cache.c.value, Text)).like(needle)
                )
            )

    def _forget_in_reviews_and_log(self, conn: Any, values: set[str], keys: list[str]) -> None:
        """Review items about them; their values in run errors and run summaries."""
        pairs = [tuple(k.split("\x1f", 1)) for k in keys if "\x1f" in k]
        for source, source_key in pairs:
            conn.execute(
                delete(t.review_items).where(
                    t.review_items.c.source == source, t.review_items.c.source_key == source_key
                )
            )
        for value in values:
            needle = f"%{value.lower()}%"
            conn.execute(
                delete(t.review_items).where(
                    func.lower(cast(t.review_items.c.payload, Text)).like(needle)
                )
            )
            for row in conn.execute(
                select(t.run_errors).where(
                    func.lower(t.run_errors.c.record_key).like(needle)
                    | func.lower(t.run_errors.c.reason).like(needle)
                )
            ).all():
                conn.execute(
                    update(t.run_errors)
                    .where(t.run_errors.c.id == row.id)
                    .values(
                        record_key=_masked(row.record_key, value),
                        reason=_masked(row.reason, value),
                    )
                )
            for row in conn.execute(
                select(t.runs.c.id, t.runs.c.summary).where(
                    func.lower(cast(t.runs.c.summary, Text)).like(needle)
                )
            ).all():
                summary = json.loads(_masked(json.dumps(json_value(row.summary)), value))
                conn.execute(update(t.runs).where(t.runs.c.id == row.id).values(summary=summary))

    def compact(self) -> None:
        """SQLite keeps deleted rows in free pages and the WAL: rewrite the file, empty the WAL.

        ``forget`` calls it last, after what is derived has been rebuilt without the person.
        """
        if self.engine.dialect.name != "sqlite":
            return
        with self.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def forget_matching(
        self, golden_id: str, keys: Iterable[str], emails: Iterable[str], conn: Any = None
    ) -> None:
        """Erase what matching kept of a forgotten person: decisions and reviews naming their
        observations (``source\x1fsource_key``), their pins, evidence and bounces."""
        keys, emails = list(keys), list(emails)
        with maybe_begin(self, conn) as conn:
            for chunk in chunks(keys, 250):
                for table in (t.match_decisions, t.match_reviews):
                    conn.execute(delete(table).where(table.c.a.in_(chunk) | table.c.b.in_(chunk)))
            conn.execute(delete(t.pins).where(t.pins.c.golden_id == golden_id))
            conn.execute(delete(t.golden_meta).where(t.golden_meta.c.golden_id == golden_id))
            for chunk in chunks(emails, 500):
                conn.execute(delete(t.email_bounces).where(t.email_bounces.c.email.in_(chunk)))


def _masked(text: str, value: str) -> str:
    """``text`` with every case of ``value`` replaced by ``[forgotten]``."""
    return re.sub(re.escape(value), "[forgotten]", text, flags=re.IGNORECASE)
