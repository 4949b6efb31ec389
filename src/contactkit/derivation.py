"""Deriving what the master holds from observations: golden records with their provenance,
meta and emails, organizations, relationships, and how people keep their ids.

``contactkit.master`` (the rebuild in memory) and ``contactkit.streamed_rebuild`` (the rebuild in
blocks) and ``contactkit.incremental`` (the merge of what changed) all derive through these.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from contactkit.config import ReviewSection
from contactkit.matching.clustering import Link, Resolution, Thresholds
from contactkit.matching.decay import DecaySettings, freshness
from contactkit.matching.features import Features
from contactkit.matching.keys import key_of, show_key
from contactkit.matching.survivorship import Rules, source_ref, survive
from contactkit.model import OrgRef, stable_hash
from contactkit.relationships import derive_relationships  # noqa: F401  (the master's name)
from contactkit.store import Store, StoredObservation


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
    review_pairs: int = 0
    """Pairs waiting in ``contactkit review``."""
    blocked: int = 0
    """Joins refused because a person said "different people"."""
    pairs_scored: int = 0
    flagged: int = 0
    """Records in the re-verification queue."""
    not_compared: int = 0
    """Candidate pairs a failing comparison kept apart (``matching.faults``)."""
    faults: list[str] = field(default_factory=list)
    """The first of those, one line each naming both observations (for the run report)."""


@dataclass
class MasterSettings:
    """What a rebuild needs from the config (``rebuild`` also takes a bare source ranking)."""

    rules: Rules
    thresholds: Thresholds
    decay: DecaySettings
    default_country: str | None = None
    """An organization's country when none of its contacts says where (the config's region)."""

    def fingerprint(self) -> str:
        """Changes when a setting that shapes golden records changes."""
        rules = self.rules
        table = [rules.position, rules.rules, rules.recency_seconds, rules.min_confidence]
        return stable_hash([table, asdict(self.thresholds), asdict(self.decay)])

    @classmethod
    def from_config(cls, config: Any) -> MasterSettings:
        if isinstance(config, MasterSettings):
            return config
        if isinstance(config, list | tuple):
            # a bare source ranking: every other table at its config default
            floor = ReviewSection().below
            return cls(Rules(list(config), min_confidence=floor), Thresholds(), DecaySettings())
        surv, match, decay = config.survivorship, config.matching, config.decay
        return cls(
            rules=Rules(surv.source_ranking, surv.rules, surv.recency_days, config.review.below),
            thresholds=Thresholds(
                merge_above=match.merge_above,
                review_above=match.review_above,
                max_block=match.max_block,
                window=match.window,
            ),
            decay=DecaySettings(monthly_rate=decay.monthly_rate, stale_below=decay.stale_below),
            default_country=getattr(config, "region", None),
        )


def observation_key(obs: StoredObservation) -> str:
    """How decisions name an observation: stable across its versions and across rebuilds."""
    return key_of(obs.source, obs.source_key)


def latest_per_record(observations: Iterable[StoredObservation]) -> list[StoredObservation]:
    """A source's latest version of each record: older versions are history, not evidence."""
    latest: dict[tuple[str, str], StoredObservation] = {}
    for obs in observations:
        key = (obs.source, obs.source_key)
        held = latest.get(key)
        if held is None or (obs.seen_at, obs.id) >= (held.seen_at, held.id):
            latest[key] = obs
    return sorted(latest.values(), key=lambda o: o.id)


class Ranking:
    """Orders observations for one field: trusted source, then recent, then confident."""

    def __init__(self, source_ranking: list[str] | Rules) -> None:
        self.rules = source_ranking if isinstance(source_ranking, Rules) else Rules(source_ranking)

    def trust(self, obs: StoredObservation) -> int:
        return self.rules.trust(obs)

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


_source_ref = source_ref


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
    return [chosen[i] for i in range(len(clusters))]


def org_id_for(key: str) -> str:
    return "org_" + hashlib.sha256(key.encode()).hexdigest()[:16]


def _evidence(resolution: Resolution, observations: list[StoredObservation]) -> dict[int, list]:
    """Per cluster root (its smallest index), the joins that built it."""
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    root_of = {}
    for members in resolution.clusters:
        root = min(members)
        for m in members:
            root_of[m] = root
    for link in resolution.links:
        out[root_of[link.a]].append(
            {
                "a": show_key(observation_key(observations[link.a])),
                "b": show_key(observation_key(observations[link.b])),
                "score": link.score,
                "reasons": link.reasons,
            }
        )
    return out


def change_mark(store: Store, settings: MasterSettings) -> list[Any]:
    """What a merge would read, fingerprinted: equal marks, nothing to merge."""
    return [*store.master_mark(), settings.fingerprint()]


NEAR_PER_RECORD = 5


class Near(NamedTuple):
    """A candidate left in another record: this record's observation, the other's, and why."""

    here: StoredObservation
    there: StoredObservation
    score: float
    reasons: list[str]
    golden_id: str


def near_entries(near: Iterable[Near]) -> list[dict[str, Any]]:
    """A record's closest candidates left apart, as its evidence lists them."""
    links = [
        {
            "a": show_key(observation_key(n.here)),
            "b": show_key(observation_key(n.there)),
            "score": n.score,
            "reasons": n.reasons,
            "near": n.golden_id,
        }
        for n in near
    ]
    links.sort(key=lambda x: (-x["score"], x["near"], x["a"], x["b"]))
    return links[:NEAR_PER_RECORD]


def node_row(obs: StoredObservation, f: Features, golden_id: str) -> dict[str, Any]:
    """The incremental master's index row of a node (a record's latest observation)."""
    return {
        "obs_id": obs.id,
        "source": obs.source,
        "source_key": obs.source_key,
        "golden_id": golden_id,
        "key": observation_key(obs),
        "name_key": f.name_key,
        "given_key": f.given_key,
        "family": f.family,
        "full": f.full,
        "org_domain": f.org_domain,
    }


def specific_values(f: Features) -> list[str]:
    """The values whose sharing ``specificity`` weighs: personal emails, tails without extension
    (taken before it runs)."""
    emails = ["e|" + e for e in sorted(f.personal)]
    return emails + ["t|" + tail for tail, ext in sorted(f.tails.items()) if not ext]


def review_pairs(
    links: list[Link], keys: list[str], apart: set[tuple[str, str]]
) -> list[dict[str, Any]]:
    """Pairs for ``contactkit review``, by observation key, without those decided apart."""
    out = []
    for link in links:
        ka, kb = keys[link.a], keys[link.b]
        pair = (min(ka, kb), max(ka, kb))
        if pair not in apart:
            out.append({"a": pair[0], "b": pair[1], "score": link.score, "reasons": link.reasons})
    return out


@dataclass
class Inputs:
    """What survivorship and decay read besides the observations."""

    pins: dict[str, dict[str, tuple[Any, datetime]]]
    bounces: dict[str, datetime]
    heard_from: dict[str, datetime]
    departures: dict[str, datetime]


@dataclass
class Derived:
    upserts: list[dict[str, Any]]
    meta: list[dict[str, Any]]
    emails: list[dict[str, Any]]
    org_members: dict[str, list[OrgMember]]
    email_owner: dict[str, str]


def derive_golden(
    clusters: list[list[StoredObservation]],
    ids: list[str],
    evidence: list[list[dict[str, Any]]],
    previous: dict[str, tuple[str, list[int]]],
    inputs: Inputs,
    settings: MasterSettings,
    now: datetime,
    stats: MergeStats,
) -> Derived:
    """Each cluster's golden record (only those whose content changed), meta and emails.

    ``clusters`` come in the order a full resolution gives them (by their oldest member), which
    decides who owns a shared email and how a company's contacts are listed.
    """
    out = Derived([], [], [], defaultdict(list), {})
    ranking = Ranking(settings.rules)
    for gid, members, joins in zip(ids, clusters, evidence, strict=True):
        pinned = inputs.pins.get(gid, {})
        contact, provenance = survive(
            members,
            settings.rules,
            {f: v for f, (v, _) in pinned.items()},
            gid,
            max((at for _, at in pinned.values()), default=None),
        )
        fresh = freshness(
            members,
            contact,
            inputs.heard_from,
            inputs.bounces,
            now,
            settings.decay,
            inputs.departures,
        )
        stats.flagged += bool(fresh.flags)
        out.meta.append({"golden_id": gid, "evidence": joins, **fresh.as_row()})
        org_key = (
            OrgRef.model_validate(contact["organization"]).key
            if "organization" in contact
            else None
        )
        org_id = org_id_for(org_key) if org_key else None
        if org_key:
            # the record's most trusted member speaks for it (ties on its key, not read order)
            speaker = min(members, key=lambda o: (ranking.trust(o), o.source, o.source_key))
            out.org_members[org_key].append(OrgMember(contact["organization"], speaker, contact))
        for email in contact.get("emails", ()):
            out.email_owner.setdefault(email, gid)
            out.emails.append({"email": email, "golden_id": gid, "first_member": members[0].id})
        member_ids = sorted(o.id for o in members)
        content_hash = stable_hash({"c": contact, "o": org_id, "m": member_ids})
        held = previous.get(gid)
        if held is not None and held[0] == content_hash:
            continue
        stats.updated += held is not None
        stats.created += held is None
        out.upserts.append(
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
    return out


class OrgMember(NamedTuple):
    """A golden contact of an organization: its company reference, an observation, the contact."""

    ref: dict[str, Any]
    obs: StoredObservation
    contact: dict[str, Any]
