"""Names in the incremental master's index (``match_names``): each name's bearers and its
*chance* (its given name's bearers times its family name's), by which a merge finds the names
whose rarity it may tip without reading every rare name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, update

from contactkit.store import schema as t
from contactkit.store.base import StoreBase, chunks, maybe_begin

CHUNK = 500
"""Values per ``IN (...)`` of the index's reads."""


class MatchNamesPart(StoreBase):
    """Counts of names and name parts among the index's nodes."""

    def column_counts(self, column: str, values: Iterable[str]) -> dict[str, int]:
        """How many nodes carry each of these values in ``column`` (name_key, given_key,
        family)."""
        col = t.match_nodes.c[column]
        out: dict[str, int] = {}
        with self.engine.connect() as conn:
            for chunk in chunks(sorted(set(values)), CHUNK):
                query = select(col, func.count()).where(col.in_(chunk)).group_by(col)
                out.update(dict(conn.execute(query).all()))
        return out

    def names_touching(
        self, givens: Iterable[str], families: Iterable[str], names: Iterable[str]
    ) -> dict[str, Any]:
        """``match_names`` rows of these names and of every name with one of these given or
        family names, by name key."""
        c = t.match_names.c
        out: dict[str, Any] = {}
        with self.engine.connect() as conn:
            for column, values in (
                (c.given_key, givens),
                (c.family, families),
                (c.name_key, names),
            ):
                for chunk in chunks(sorted(set(values)), CHUNK):
                    query = select(c.name_key, c.given_key, c.family, c.bearers, c.chance)
                    out.update(
                        (r.name_key, r) for r in conn.execute(query.where(column.in_(chunk)))
                    )
        return out

    def names_of_chance(self, low: int, high: int, at_most: int) -> list[Any]:
        """Names of at most ``at_most`` bearers whose chance is at least ``low``, under ``high``."""
        c = t.match_names.c
        query = select(c.name_key, c.given_key, c.family, c.bearers, c.chance).where(
            c.chance >= low, c.chance < high, c.bearers <= at_most
        )
        with self.engine.connect() as conn:
            return list(conn.execute(query))

    def count_names(self, conn: Any = None) -> None:
        """Count every name's bearers and chance anew from the nodes (after a rebuild)."""
        n = t.match_nodes.c
        names = (
            select(n.name_key, n.given_key, n.family, func.count().label("bearers"))
            .where(n.name_key != "")
            .group_by(n.name_key, n.given_key, n.family)
            .subquery()
        )
        givens = (
            select(n.given_key, func.count().label("n"))
            .where(n.given_key != "")
            .group_by(n.given_key)
            .subquery()
        )
        families = (
            select(n.family, func.count().label("n"))
            .where(n.family != "")
            .group_by(n.family)
            .subquery()
        )
        # a name part no node carries counts 0, as ``features.specify`` counts it
        chance = func.coalesce(givens.c.n, 0) * func.coalesce(families.c.n, 0)
        counted = select(
            names.c.name_key, names.c.given_key, names.c.family, names.c.bearers, chance
        ).select_from(
            names.outerjoin(givens, givens.c.given_key == names.c.given_key).outerjoin(
                families, families.c.family == names.c.family
            )
        )
        with maybe_begin(self, conn) as conn:
            conn.execute(delete(t.match_names))
            conn.execute(
                insert(t.match_names).from_select(
                    ["name_key", "given_key", "family", "bearers", "chance"], counted
                )
            )

    def _recount_names(
        self, conn: Any, removed: list[int], added: list[dict[str, Any]], chances: dict[str, int]
    ) -> None:
        """Carry the nodes this merge removes and adds into the names' bearer counts, and set
        the chance of every name whose given or family name's count changed."""
        n = t.match_nodes.c
        step: dict[tuple[str, str, str], int] = defaultdict(int)
        for chunk in chunks(removed, CHUNK):
            query = select(n.name_key, n.given_key, n.family).where(n.obs_id.in_(chunk))
            for name in conn.execute(query):
                step[tuple(name)] -= 1
        for row in added:
            step[(row["name_key"], row["given_key"], row["family"])] += 1
        rows = [
            {"name_key": k, "given_key": g, "family": f, "bearers": d, "chance": chances.get(k, 0)}
            for (k, g, f), d in sorted(step.items())
            if k and d
        ]
        names = t.match_names
        if rows:
            stmt = self._insert(names)
            stmt = stmt.on_conflict_do_update(
                index_elements=[names.c.name_key],
                set_={"bearers": names.c.bearers + stmt.excluded.bearers},
            )
            conn.execute(stmt, rows)
        if chances:
            stmt = update(names).where(names.c.name_key == bindparam("key"))
            conn.execute(
                stmt.values(chance=bindparam("value")),
                [{"key": k, "value": v} for k, v in sorted(chances.items())],
            )
        if rows:
            conn.execute(delete(names).where(names.c.bearers <= 0))
