"""The master: match observations into people, and derive each person's golden record.

Matching (first version, exact keys): two observations are the same person when they share a
normalized email, or an E.164 phone together with the same name key. Groups are the connected
components of those links (union-find), so cost grows linearly with the observations.

Survivorship, per field: the most trusted source (``[survivorship] source_ranking``), then the
most recent, then the most confident. Multi-valued fields (emails, phones, addresses, urls,
categories) keep every value, the primary one from the winning observation first. Every golden
value keeps the sources that gave it (``contactkit show``).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from contactkit import normalize
from contactkit.model import OrgRef, stable_hash, utcnow
from contactkit.relationships import Counts, strength
from contactkit.store import Store, StoredObservation, as_utc

SCALAR_FIELDS = ("name", "title", "department", "organization", "notes")
MULTI_FIELDS = ("emails", "phones", "addresses", "urls", "categories")


@dataclass
class MergeStats:
    observations: int = 0
    golden: int = 0
    merged: int = 0
    """Observations that joined another observation's person (observations - golden)."""
    created: int = 0
    updated: int = 0
    retired: int = 0
    organizations: int = 0
    relationships: int = 0


class UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller index wins, so groups are the same whatever the link order
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def match_keys(payload: dict[str, Any]) -> Iterable[str]:
    """The exact keys an observation can be joined on."""
    for email in payload.get("emails", ()):
        yield f"e:{email}"
    name = payload.get("name") or {}
    key = normalize.name_key(name.get("given"), name.get("family"))
    if key:
        for phone in payload.get("phones", ()):
            if phone.get("e164"):
                yield f"p:{phone['e164']}|{key}"


def latest_per_record(observations: Iterable[StoredObservation]) -> list[StoredObservation]:
    """A source's latest version of each record: older versions are history, not evidence."""
    latest: dict[tuple[str, str], StoredObservation] = {}
    for obs in observations:
        key = (obs.source, obs.source_key)
        held = latest.get(key)
        if held is None or (obs.seen_at, obs.id) >= (held.seen_at, held.id):
            latest[key] = obs
    return sorted(latest.values(), key=lambda o: o.id)


def cluster(observations: list[StoredObservation]) -> list[list[StoredObservation]]:
    uf = UnionFind(len(observations))
    first_with_key: dict[str, int] = {}
    for i, obs in enumerate(observations):
        for key in match_keys(obs.payload):
            j = first_with_key.setdefault(key, i)
            if j != i:
                uf.union(i, j)
    groups: dict[int, list[StoredObservation]] = defaultdict(list)
    for i, obs in enumerate(observations):
        groups[uf.find(i)].append(obs)
    return list(groups.values())


class Ranking:
    """Orders observations for one field: trusted source, then recent, then confident."""

    def __init__(self, source_ranking: list[str]) -> None:
        self.position = {name: i for i, name in enumerate(source_ranking)}
        self.unlisted = len(source_ranking)

    def trust(self, obs: StoredObservation) -> int:
        return min(
            self.position.get(obs.source, self.unlisted),
            self.position.get(obs.source_type, self.unlisted),
        )

    def order(self, members: list[StoredObservation], field: str) -> list[StoredObservation]:
        return sorted(
            members,
            key=lambda o: (
                self.trust(o),
                -o.seen_at.timestamp(),
                -o.confidence.get(field, 1.0),
                o.id,
            ),
        )


def _value_key(field: str, value: Any) -> str:
    if field == "emails" or field == "categories":
        return str(value).lower()
    if field == "phones":
        return value.get("e164") or normalize.fold(value.get("text", "")).replace(" ", "")
    if field == "urls":
        return value.get("url", "").lower().rstrip("/")
    if field == "addresses":
        parts = (value.get(k) for k in ("street", "postal_code", "city", "country"))
        return normalize.fold(" ".join(p for p in parts if p))
    return stable_hash(value)


def _source_ref(obs: StoredObservation, field: str) -> dict[str, Any]:
    return {
        "source": obs.source,
        "source_key": obs.source_key,
        "seen_at": obs.seen_at.isoformat(),
        "confidence": obs.confidence.get(field, 1.0),
    }


def survive(
    members: list[StoredObservation], ranking: Ranking
) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """The golden contact of one person, and where each of its values came from."""
    contact: dict[str, Any] = {}
    provenance: dict[str, list[dict[str, Any]]] = {}
    for field in SCALAR_FIELDS:
        ordered = [o for o in ranking.order(members, field) if o.payload.get(field)]
        if not ordered:
            continue
        value = ordered[0].payload[field]
        contact[field] = value
        provenance[field] = [_source_ref(o, field) for o in ordered if o.payload[field] == value]
    for field in MULTI_FIELDS:
        values: dict[str, Any] = {}
        for obs in ranking.order(members, field):
            for value in obs.payload.get(field, ()):
                key = _value_key(field, value)
                if key not in values:
                    values[key] = value
                provenance.setdefault(f"{field}[{key}]", []).append(_source_ref(obs, field))
        if values:
            contact[field] = list(values.values())
    return contact, provenance


def golden_id_for(members: list[StoredObservation]) -> str:
    anchor = min((o.source, o.source_key) for o in members)
    return "ck_" + hashlib.sha256("\x1f".join(anchor).encode()).hexdigest()[:16]


def assign_ids(
    clusters: list[list[StoredObservation]], previous: dict[str, tuple[str, list[int]]]
) -> list[str]:
    """Keep a person's id across merges: a cluster takes the old id most of its members had."""
    owner_of: dict[int, str] = {}
    for gid, (_hash, members) in previous.items():
        for obs_id in members:
            owner_of[obs_id] = gid
    taken: set[str] = set()
    ids = []
    # biggest clusters choose first, so a split leaves the old id with the larger part
    order = sorted(range(len(clusters)), key=lambda i: (-len(clusters[i]), clusters[i][0].id))
    chosen: dict[int, str] = {}
    for i in order:
        votes = Counter(owner_of[o.id] for o in clusters[i] if o.id in owner_of)
        candidates = [g for g, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))]
        gid = next((g for g in candidates if g not in taken), None)
        if gid is None:
            gid = golden_id_for(clusters[i])
            while gid in taken:
                gid = "ck_" + hashlib.sha256(gid.encode()).hexdigest()[:16]
        taken.add(gid)
        chosen[i] = gid
    ids = [chosen[i] for i in range(len(clusters))]
    return ids


def org_id_for(key: str) -> str:
    return "org_" + hashlib.sha256(key.encode()).hexdigest()[:16]


def rebuild(store: Store, source_ranking: list[str], now: datetime | None = None) -> MergeStats:
    """Re-derive golden records, organizations and relationships from the observations."""
    now = now or utcnow()
    ranking = Ranking(source_ranking)
    observations = latest_per_record(store.contact_observations())
    clusters = cluster(observations)
    previous = store.golden_index()
    ids = assign_ids(clusters, previous)

    stats = MergeStats(observations=len(observations), golden=len(clusters))
    stats.merged = len(observations) - len(clusters)
    upserts: list[dict[str, Any]] = []
    org_members: dict[str, list[tuple[dict[str, Any], StoredObservation]]] = defaultdict(list)
    email_owner: dict[str, str] = {}
    golden_orgs: dict[str, str] = {}
    for gid, members in zip(ids, clusters, strict=True):
        contact, provenance = survive(members, ranking)
        org_key = (
            OrgRef.model_validate(contact["organization"]).key
            if "organization" in contact
            else None
        )
        org_id = org_id_for(org_key) if org_key else None
        if org_key:
            org_members[org_key].append((contact["organization"], members[0]))
            golden_orgs[gid] = org_key
        for email in contact.get("emails", ()):
            email_owner.setdefault(email, gid)
        member_ids = sorted(o.id for o in members)
        content_hash = stable_hash({"c": contact, "o": org_id, "m": member_ids})
        held = previous.get(gid)
        if held is not None and held[0] == content_hash:
            continue
        stats.updated += held is not None
        stats.created += held is None
        upserts.append(
            {
                "id": gid,
                "payload": contact,
                "provenance": provenance,
                "organization_id": org_id,
                "members": member_ids,
                "content_hash": content_hash,
                "updated_at": now,
            }
        )
    kept = set(ids)
    deletes = [gid for gid in previous if gid not in kept]
    stats.retired = len(deletes)

    organizations = derive_organizations(store, org_members, ranking, now)
    relationships = derive_relationships(store, email_owner, now)
    stats.organizations = len(organizations)
    stats.relationships = len(relationships)
    store.apply_golden(upserts, deletes, organizations, relationships)
    return stats


ORG_SCALARS = (
    "name",
    "legal_name",
    "duns",
    "address",
    "phone",
    "employee_count",
    "revenue",
    "operating_status",
    "parent_duns",
    "headquarters_duns",
    "domestic_ultimate_duns",
    "global_ultimate_duns",
)
ORG_MULTI = ("trade_names", "domains", "industry_codes", "family_roles")


def derive_organizations(
    store: Store,
    org_members: dict[str, list[tuple[dict[str, Any], StoredObservation]]],
    ranking: Ranking,
    now: datetime,
) -> list[dict[str, Any]]:
    """One organization per company key: what contacts say, overlaid by enrichers' observations."""
    rows: dict[str, dict[str, Any]] = {}
    for key, refs in org_members.items():
        names = Counter(ref["name"] for ref, _ in refs if ref.get("name"))
        domains = sorted({ref["domain"] for ref, _ in refs if ref.get("domain")})
        payload: dict[str, Any] = {"domains": [d for d in domains if not normalize.is_freemail(d)]}
        provenance: dict[str, list[dict[str, Any]]] = {}
        if names:
            # the name most contacts give, ties to the best-ranked source
            best = max(names.items(), key=lambda kv: kv[1])[0]
            payload["name"] = best
            provenance["name"] = [
                _source_ref(obs, "organization") for ref, obs in refs if ref.get("name") == best
            ][:5]
        elif domains:
            payload["name"] = domains[0]
        rows[key] = {"key": key, "payload": payload, "provenance": provenance}

    by_subject: dict[str, list[StoredObservation]] = defaultdict(list)
    for row in store.organization_observations():
        by_subject[row["subject"]].append(
            StoredObservation(
                id=row["id"],
                source=row["source"],
                source_type=row["source_type"],
                source_key=row["source_key"],
                seen_at=row["seen_at"],
                payload=row["payload"],
                confidence=row["confidence"] or {},
            )
        )
    for key, observations in by_subject.items():
        base = rows.setdefault(key, {"key": key, "payload": {}, "provenance": {}})
        latest = latest_per_record(observations)
        for field in ORG_SCALARS:
            ordered = [o for o in ranking.order(latest, field) if o.payload.get(field) is not None]
            if ordered:
                base["payload"][field] = ordered[0].payload[field]
                base["provenance"][field] = [_source_ref(ordered[0], field)]
        for field in ORG_MULTI:
            values = list(base["payload"].get(field, []))
            for obs in ranking.order(latest, field):
                for value in obs.payload.get(field, ()):
                    if value not in values:
                        values.append(value)
            if values:
                base["payload"][field] = values
    return [
        {
            "id": org_id_for(key),
            "key": key,
            "payload": row["payload"],
            "provenance": row["provenance"],
            "updated_at": now,
        }
        for key, row in rows.items()
    ]


def derive_relationships(
    store: Store, email_owner: dict[str, str], now: datetime
) -> list[dict[str, Any]]:
    """Aggregate interactions per (golden record, employee); strength from the counts."""
    counts: dict[tuple[str, str], Counts] = defaultdict(Counts)
    for row in store.interaction_rows():
        gid = email_owner.get(row.contact_email)
        if gid is None:
            continue  # a correspondent who never became a contact (e.g. cold mail)
        counts[(gid, row.employee_email)].add(
            row.role, as_utc(row.at), row.thread_id, bool(row.is_reply), row.message_id
        )
    return [
        {
            "golden_id": gid,
            "employee_email": employee,
            "sent": c.sent,
            "received": c.received,
            "cc_only": c.cc_only,
            "replies": c.replies,
            "threads": len(c.threads),
            "first_seen": c.first_seen,
            "last_seen": c.last_seen,
            "strength": strength(c, now),
        }
        for (gid, employee), c in counts.items()
    ]
