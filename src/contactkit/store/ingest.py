"""The write path: one batch of a source's items and its checkpoint, in one transaction.

Each kind of item goes in with one prepared statement over all its rows (executemany, batched
VALUES), never a statement per row: a harvest writes tens of thousands of interactions.
"""

from __future__ import annotations

from typing import Any

from contactkit.model import (
    Bounce,
    Employee,
    Interaction,
    Observation,
    OrganizationObservation,
    ReviewItem,
)
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
        delta: bool = False,
        stage: bool = False,
    ) -> BatchCounts:
        """Store a source's items and (when given) its new checkpoint, atomically.

        ``delta``: ``state`` holds only what changed since the last checkpoint (see
        ``save_state``), so a checkpoint costs what changed, not the whole state.

        ``stage``: on SQLite, observations wait in ``observations_incoming`` (counted as
        ``observations_staged``) until ``fold_incoming``, which an import calls at its end.
        SQLite's WAL takes whole pages at each commit, so batch after batch into the random
        keys of the observation indexes rewrote pages that grow with the store; PostgreSQL's
        WAL logs the change itself, and there a direct write costs less.
        """
        counts = BatchCounts()
        observations: list[Observation | OrganizationObservation] = []
        interactions: list[Interaction] = []
        employees: list[Employee] = []
        reviews: list[ReviewItem] = []
        bounces: list[Bounce] = []
        for item in items:
            if isinstance(item, Observation | OrganizationObservation):
                observations.append(item)
            elif isinstance(item, Interaction):
                interactions.append(item)
            elif isinstance(item, Employee):
                employees.append(item)
            elif isinstance(item, ReviewItem):
                reviews.append(item)
            elif isinstance(item, Bounce):
                bounces.append(item)
        with self.engine.begin() as conn:
            if stage and self.engine.dialect.name == "sqlite":
                counts.observations_staged = self._stage_observations(
                    conn, run_id, source_type, observations
                )
            else:
                self._add_observations(conn, run_id, source_type, observations, counts)
            counts.interactions_new = self._add_interactions(conn, source, interactions)
            self._upsert_employees(conn, source, employees)
            counts.employees = len(employees)
            counts.reviews_new = self._add_reviews(conn, reviews)
            self._add_bounces(conn, source, bounces)
            if state is not None:
                self.save_state(conn, source, state, delta=delta)
        return counts
