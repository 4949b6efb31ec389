"""Forgetting a person: erase them everywhere in the store and suppress their addresses."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, select

from contactkit.model import utcnow
from contactkit.store import schema as t
from contactkit.store.base import StoreBase, chunks, maybe_begin
from contactkit.store.suppression import digest


class ErasurePart(StoreBase):
    """Erase a person and keep them out of later runs."""

    def suppressed_values(self) -> set[str]:
        """The suppression list: keyed digests (``suppression_digest``), never the values."""
        with self.engine.connect() as conn:
            return set(conn.scalars(select(t.suppressions.c.value)))

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
        matching kept (decisions, reviews, pins, evidence, bounces); emails and phones are
        suppressed for later runs.
        """
        now = utcnow()
        emails = [v for v in values if "@" in v]
        with self.engine.begin() as conn:
            self._event(conn, "gone", [golden_id])
            self.forget_matching(golden_id, observation_keys, emails, conn=conn)
            for value in values:
                stmt = self._insert(t.suppressions).values(
                    value=self.suppression_digest(value), reason="forgotten", created_at=now
                )
                conn.execute(stmt.on_conflict_do_nothing())
            for chunk in chunks(observation_ids, 500):
                conn.execute(delete(t.observations).where(t.observations.c.id.in_(chunk)))
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
