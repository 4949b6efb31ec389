"""What the Tryton sink needs to exist once per database: relation types, the job-title
category, your company and its currency. Found by name, created when missing, kept per run."""

from __future__ import annotations

from typing import Any

from contactkit_plugins.tryton.rpc import TrytonRPC

RELATION_TYPES = {
    # name -> its reverse, as Tryton's party_relationship shows both directions
    "works at": "employs",
    "knows": "is known by",
    "contact owner of": "contact owned by",
    "subsidiary of": "parent company of",
}
TITLE_CATEGORY = "Job title"


class Reference:
    """Ids of the records every push refers to (relation types, categories, the company)."""

    def __init__(self, rpc: TrytonRPC) -> None:
        self.rpc = rpc
        self._types: dict[str, int] | None = None
        self._titles: dict[str, int] = {}
        self._title_root: int | None = None
        self._company: int | None = None

    def relation_types(self) -> dict[str, int]:
        if self._types is None:
            wanted = [*RELATION_TYPES, *RELATION_TYPES.values()]
            rows = self.rpc.model(
                "party.relation.type",
                "search_read",
                [["name", "in", wanted]],
                0,
                None,
                None,
                ["name"],
            )
            types = {r["name"]: r["id"] for r in rows}
            for name, reverse in RELATION_TYPES.items():
                if name not in types:
                    a, b = self.rpc.model(
                        "party.relation.type", "create", [{"name": name}, {"name": reverse}]
                    )
                    self.rpc.model(
                        "party.relation.type", "write", [a], {"reverse": b}, [b], {"reverse": a}
                    )
                    types[name], types[reverse] = a, b
            self._types = types
        return self._types

    def titles(self, names: set[str]) -> dict[str, int]:
        """Category ids of these job titles (children of "Job title"), created when missing."""
        todo = sorted(n for n in names if n not in self._titles)
        if todo:
            if self._title_root is None:
                self._title_root = self._category(TITLE_CATEGORY, None)
            rows = self.rpc.model(
                "party.category",
                "search_read",
                [["parent", "=", self._title_root], ["name", "in", todo]],
                0,
                None,
                None,
                ["name"],
            )
            self._titles.update({r["name"]: r["id"] for r in rows})
            missing = [n for n in todo if n not in self._titles]
            if missing:
                ids = self.rpc.model(
                    "party.category",
                    "create",
                    [{"name": n, "parent": self._title_root} for n in missing],
                )
                self._titles.update(dict(zip(missing, ids, strict=True)))
        return {n: self._titles[n] for n in names}

    def _category(self, name: str, parent: int | None) -> int:
        rows = self.rpc.model(
            "party.category",
            "search_read",
            [["name", "=", name], ["parent", "=", parent]],
            0,
            1,
            None,
            ["name"],
        )
        if rows:
            return rows[0]["id"]
        return self.rpc.model("party.category", "create", [{"name": name, "parent": parent}])[0]

    def company(self, name: str, currency: str) -> int:
        """Your company (company.company), created with its party and currency if missing."""
        if self._company is None:
            rows = self.rpc.model(
                "company.company",
                "search_read",
                [["party.name", "=", name]],
                0,
                1,
                None,
                ["id"],
            )
            if rows:
                self._company = rows[0]["id"]
            else:
                self._company = self._create_company(name, currency)
        return self._company

    def _create_company(self, name: str, currency: str) -> int:
        found = self.rpc.model(
            "currency.currency", "search_read", [["code", "=", currency]], 0, 1, None, ["id"]
        )
        currency_id = (
            found[0]["id"]
            if found
            else self.rpc.model(
                "currency.currency",
                "create",
                [{"name": currency, "code": currency, "symbol": currency}],
            )[0]
        )
        party = self.rpc.model("party.party", "create", [{"name": name}])[0]
        values: dict[str, Any] = {"party": party, "currency": currency_id}
        return self.rpc.model("company.company", "create", [values])[0]
