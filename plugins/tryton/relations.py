"""The Tryton sink's relations: "works at", "subsidiary of", "knows" and "contact owner of",
made what the records say with one search a batch and at most one delete and one create (the
difference), so relations made by hand in Tryton stay."""

from __future__ import annotations

from dataclasses import dataclass

from contactkit.model import SinkStatus
from contactkit.plugin import PushItem
from contactkit_plugins.tryton.mapping import Wanted, employee_code
from contactkit_plugins.tryton.reference import Reference
from contactkit_plugins.tryton.rpc import TrytonError, TrytonRPC


@dataclass
class Job:
    """One contact to write: what the record wants, what was pushed before, how it went."""

    item: PushItem
    want: Wanted
    before: Wanted | None
    party: int | None = None
    status: SinkStatus | None = None
    error: str | None = None

    @property
    def relations_changed(self) -> bool:
        b = self.before
        return b is None or (b.company, b.parent, b.employees, b.owner) != (
            self.want.company,
            self.want.parent,
            self.want.employees,
            self.want.owner,
        )


def relate(rpc: TrytonRPC, ref: Reference, parties: dict[str, int], jobs: list[Job]) -> None:
    """Make the relations of these contacts (and their companies) what the records say.

    ``parties``: identifier code -> party id, as the sink found or created them this run.
    """
    types = ref.relation_types()
    wanted_links: set[tuple[int, int, int]] = set()
    contacts = [j.party for j in jobs if j.party is not None]
    orgs: set[int] = set()
    for job in jobs:
        wanted_links |= _links(job, types, parties, orgs)
    ours = [types[t] for t in ("works at", "knows", "contact owner of", "subsidiary of")]
    rows = rpc.model(
        "party.relation.all",
        "search_read",
        [
            ["type", "in", ours],
            ["OR", ["from_", "in", contacts + sorted(orgs)], ["to", "in", contacts]],
        ],
        0,
        None,
        None,
        ["from_", "to", "type"],
    )
    have = {(r["from_"], r["to"], r["type"]): r["id"] for r in rows}
    stale = [rid for link, rid in have.items() if link not in wanted_links]
    missing = [{"from_": a, "to": b, "type": t} for a, b, t in sorted(wanted_links - set(have))]
    try:
        if stale:
            rpc.model("party.relation.all", "delete", stale)
        if missing:
            rpc.model("party.relation.all", "create", missing)
    except TrytonError as exc:
        for job in jobs:
            job.error = f"saved, but not linked: {exc}"


def _links(
    job: Job, types: dict[str, int], parties: dict[str, int], orgs: set[int]
) -> set[tuple[int, int, int]]:
    party, want = job.party, job.want
    links: set[tuple[int, int, int]] = set()
    if want.company and want.company.code in parties:
        company = parties[want.company.code]
        orgs.add(company)
        links.add((party, company, types["works at"]))
        if want.parent and want.parent.code in parties:
            links.add((company, parties[want.parent.code], types["subsidiary of"]))
    for email, _name in want.employees:
        employee = parties.get(employee_code(email))
        if employee is None:
            continue
        links.add((employee, party, types["knows"]))
        if email == want.owner:
            links.add((employee, party, types["contact owner of"]))
    return links
