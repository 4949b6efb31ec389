"""Review queues (uncertain records, candidate matches) and the decisions people made."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.engine import Connection

from contactkit.model import ReviewItem, utcnow
from contactkit.store import schema as t
from contactkit.store.base import StoreBase, chunks, json_value, maybe_begin
from contactkit.store.observations import BatchCounts


class ReviewPart(StoreBase):
    """Open reviews, match reviews and the match decisions they leave."""

    def _add_reviews(self, conn: Connection, items: list[ReviewItem]) -> int:
        now = utcnow()
        rows = [
            {
                "kind": item.kind,
                "source": item.source,
                "source_key": item.source_key,
                "payload": item.model_dump(mode="json"),
                "status": "open",
                "created_at": now,
            }
            for item in items
        ]
        return self._insert_new(conn, t.review_items, rows)

    def open_reviews(self) -> list[tuple[int, ReviewItem]]:
        query = (
            select(t.review_items.c.id, t.review_items.c.payload)
            .where(t.review_items.c.status == "open")
            .order_by(t.review_items.c.id)
        )
        with self.engine.connect() as conn:
            return [
                (r.id, ReviewItem.model_validate(json_value(r.payload)))
                for r in conn.execute(query)
            ]

    def resolve_review(self, review_id: int, status: str, observations: list[Any]) -> None:
        """Close a review item and store what the person confirmed, atomically."""
        counts = BatchCounts()
        with self.engine.begin() as conn:
            self._add_observations(conn, None, "review", observations, counts)
            conn.execute(
                update(t.review_items)
                .where(t.review_items.c.id == review_id)
                .values(status=status, resolved_at=utcnow())
            )

    def match_decisions(self) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
        """(apart, together): observation-key pairs a person decided on."""
        apart: set[tuple[str, str]] = set()
        together: set[tuple[str, str]] = set()
        query = select(t.match_decisions.c.kind, t.match_decisions.c.a, t.match_decisions.c.b)
        with self.engine.connect() as conn:
            for kind, a, b in conn.execute(query):
                (apart if kind == "apart" else together).add((a, b))
        return apart, together

    def add_match_decisions(
        self, kind: str, pairs: Iterable[tuple[str, str]], reason: str, conn: Any = None
    ) -> int:
        """Remember that these observations are ('apart') or are not ('together') one person."""
        rows = [
            {"kind": kind, "a": min(a, b), "b": max(a, b), "reason": reason, "created_at": utcnow()}
            for a, b in pairs
            if a != b
        ]
        if not rows:
            return 0
        other = "together" if kind == "apart" else "apart"
        stmt = self._insert(t.match_decisions).on_conflict_do_nothing()
        with maybe_begin(self, conn) as c:
            for row in rows:
                # a later decision overrides an earlier opposite one
                c.execute(
                    delete(t.match_decisions).where(
                        t.match_decisions.c.kind == other,
                        t.match_decisions.c.a == row["a"],
                        t.match_decisions.c.b == row["b"],
                    )
                )
            c.execute(stmt, rows)
            self._event(c, "key", [k for row in rows for k in (row["a"], row["b"])])
        return len(rows)

    def drop_match_decisions(self, kind: str, keys: Iterable[str], reason: str) -> int:
        """Forget the ``kind`` decisions made for ``reason`` that name any of these observations
        (taking an ``unmerge`` back); how many were dropped."""
        keys = list(keys)
        dropped = 0
        with self.engine.begin() as conn:
            for chunk in chunks(keys, 250):
                dropped += conn.execute(
                    delete(t.match_decisions).where(
                        t.match_decisions.c.kind == kind,
                        t.match_decisions.c.reason == reason,
                        t.match_decisions.c.a.in_(chunk) | t.match_decisions.c.b.in_(chunk),
                    )
                ).rowcount
            self._event(conn, "key", keys)
        return dropped

    def sync_match_reviews(
        self, pairs: Iterable[dict[str, Any]], scope: Iterable[str] | None = None
    ) -> int:
        """Open a review for each new pair (a, b, score, reasons); retire open ones not listed.
        ``pairs`` is read once, as it comes (a rebuild streams them from disk).

        ``scope``: only pairs naming one of these observation keys are concerned (an
        incremental merge re-resolved just those); by default, all.
        """
        now = utcnow()
        wanted: set[tuple[str, str]] = set()
        opened = 0
        c = t.match_reviews.c
        columns = select(c.id, c.a, c.b, c.status)
        with self.engine.begin() as conn:
            if scope is None:
                rows = list(conn.execute(columns))
            else:
                rows = []
                for chunk in chunks(sorted(set(scope)), 250):
                    rows += conn.execute(columns.where(c.a.in_(chunk) | c.b.in_(chunk))).all()
            held = {(r.a, r.b): (r.id, r.status) for r in rows}
            for batch in chunks(pairs, 5000):
                fresh: list[dict[str, Any]] = []
                for p in batch:
                    key = (p["a"], p["b"])
                    wanted.add(key)
                    if key not in held:
                        fresh.append({**p, "status": "open", "created_at": now})
                    elif held[key][1] == "obsolete":
                        conn.execute(
                            update(t.match_reviews)
                            .where(c.id == held[key][0])
                            .values(
                                status="open",
                                score=p["score"],
                                reasons=p["reasons"],
                                resolved_at=None,
                            )
                        )
                        opened += 1
                opened += self._insert_new(conn, t.match_reviews, fresh)
            stale = [rid for key, (rid, st) in held.items() if st == "open" and key not in wanted]
            for chunk in chunks(stale, 500):
                conn.execute(
                    update(t.match_reviews)
                    .where(c.id.in_(chunk))
                    .values(status="obsolete", resolved_at=now)
                )
        return opened

    def open_match_reviews(self) -> list[dict[str, Any]]:
        query = (
            select(t.match_reviews)
            .where(t.match_reviews.c.status == "open")
            .order_by(t.match_reviews.c.score.desc(), t.match_reviews.c.id)
        )
        with self.engine.connect() as conn:
            return [{**r._mapping, "reasons": json_value(r.reasons)} for r in conn.execute(query)]

    def resolve_match_review(self, review_id: int, same: bool) -> None:
        """Close a match review and remember the answer as a decision, atomically."""
        with self.engine.begin() as conn:
            row = conn.execute(
                select(t.match_reviews).where(t.match_reviews.c.id == review_id)
            ).first()
            if row is None:
                return
            kind = "together" if same else "apart"
            self.add_match_decisions(kind, [(row.a, row.b)], "review", conn=conn)
            conn.execute(
                update(t.match_reviews)
                .where(t.match_reviews.c.id == review_id)
                .values(status="same" if same else "different", resolved_at=utcnow())
            )
