"""The write path: one batch of a source's items and its checkpoint, in one transaction."""

from __future__ import annotations

from typing import Any

from contactkit.model import Employee, Interaction, Observation, OrganizationObservation, ReviewItem
from contactkit.store.base import StoreBase
from contactkit.store.observations import BatchCounts


class IngestPart(StoreBase):
    """Store what a source yielded, atomically with its checkpoint."""

    def write_batch(
        self,
        *,
        run_id: int | None,
        source: str,
        source_type: str,
        items: list[Any],
        state: dict[str, Any] | None,
    ) -> BatchCounts:
        """Store a source's items and (when given) its new checkpoint, atomically."""
        counts = BatchCounts()
        with self.engine.begin() as conn:
            for item in items:
                if isinstance(item, Observation):
                    self._add_observation(conn, run_id, source_type, item, counts)
                elif isinstance(item, OrganizationObservation):
                    self._add_org_observation(conn, run_id, source_type, item, counts)
                elif isinstance(item, Interaction):
                    counts.interactions_new += self._add_interaction(conn, source, item)
                elif isinstance(item, Employee):
                    self._upsert_employee(conn, source, item)
                    counts.employees += 1
                elif isinstance(item, ReviewItem):
                    counts.reviews_new += self._add_review(conn, item)
            if state is not None:
                self._save_checkpoint(conn, source, state)
        return counts
