"""Organizations derived from their contacts' golden records and enrichers' observations.

What the contacts say (the name most of them give, domains, the address and switchboard most
share, the country their addresses and phones point to), overlaid by enrichers (D&B).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from contactkit import geo, normalize
from contactkit.derivation import OrgMember, Ranking, latest_per_record, org_id_for
from contactkit.matching.survivorship import source_ref as _source_ref
from contactkit.store import StoredObservation

ORG_SCALARS = (
    "name",
    "legal_name",
    "duns",
    "address",
    "phone",
    "employee_count",
    "revenue",
    "operating_status",
    "country",
    "country_confidence",
    "parent_duns",
    "headquarters_duns",
    "domestic_ultimate_duns",
    "global_ultimate_duns",
)
ORG_MULTI = ("trade_names", "domains", "industry_codes", "family_roles")


def derive_organizations(
    org_members: dict[str, list[OrgMember]],
    org_observations: Iterable[dict[str, Any]],
    ranking: Ranking,
    now: datetime,
    default_country: str | None = None,
) -> list[dict[str, Any]]:
    """One organization per company key: what contacts say, overlaid by enrichers' observations.

    Its country is the weighted majority of its contacts' address countries and phone calling
    codes and its domain's ccTLD (``contactkit.geo``), else ``default_country`` with confidence 0;
    an enricher's country (D&B's) overrides it.
    """
    rows: dict[str, dict[str, Any]] = {}
    for key, members in org_members.items():
        refs = sorted(
            ((m.ref, m.obs) for m in members), key=lambda r: (r[1].source, r[1].source_key)
        )
        names = Counter(ref["name"] for ref, _ in refs if ref.get("name"))
        domains = sorted({ref["domain"] for ref, _ in refs if ref.get("domain")})
        payload: dict[str, Any] = {"domains": [d for d in domains if not normalize.is_freemail(d)]}
        provenance: dict[str, list[dict[str, Any]]] = {}
        if names:
            # the name most contacts give, ties to the best-ranked source, then to the name itself
            # (never to the order the store read the contacts in)
            trust = {
                name: min(ranking.trust(obs) for ref, obs in refs if ref.get("name") == name)
                for name in names
            }
            best = min(names, key=lambda name: (-names[name], trust[name], name))
            payload["name"] = best
            provenance["name"] = [
                _source_ref(obs, "organization") for ref, obs in refs if ref.get("name") == best
            ][:5]
        elif domains:
            payload["name"] = domains[0]
        _add_common_contact_points(payload, provenance, members, now)
        signals = geo.CountrySignals()
        for member in members:
            signals.add_contact(member.contact)
        guess = geo.infer_country(signals, payload["domains"], default_country)
        if guess.code:
            payload["country"] = guess.code
            payload["country_confidence"] = guess.confidence
            provenance["country"] = [
                {
                    "source": "contacts" if not guess.defaulted else "config region",
                    "source_key": guess.evidence(),
                    "seen_at": now.isoformat(),
                    "confidence": guess.confidence,
                }
            ]
        rows[key] = {"key": key, "payload": payload, "provenance": provenance}

    by_subject: dict[str, list[StoredObservation]] = defaultdict(list)
    for row in org_observations:
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
            givers = []
            for obs in ranking.order(latest, field):
                for value in obs.payload.get(field, ()):
                    if value not in values:
                        values.append(value)
                        if obs not in givers:
                            givers.append(obs)
            if values:
                base["payload"][field] = values
            if givers:  # where the values beyond the contacts' own came from, and when
                base["provenance"][field] = [_source_ref(o, field) for o in givers[:5]]
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


def _add_common_contact_points(
    payload: dict[str, Any],
    provenance: dict[str, list[dict[str, Any]]],
    members: list[OrgMember],
    now: datetime,
) -> None:
    """The company's address and switchboard as its people give them: the work address most
    of them share, and a work line two or more of them share (what an enricher can match on).
    """
    places: Counter[str] = Counter()
    first: dict[str, dict[str, Any]] = {}
    lines: Counter[str] = Counter()
    for member in sorted(members, key=lambda m: (m.obs.source, m.obs.source_key)):
        for address in member.contact.get("addresses") or ():
            where = (address.get("postal_code") or address.get("city") or "").strip().lower()
            if where and address.get("kind", "work") == "work":
                places[where] += 1
                first.setdefault(where, address)
                break
        for phone in member.contact.get("phones") or ():
            if phone.get("e164") and phone.get("kind", "work") == "work":
                lines[phone["e164"].split(";", 1)[0]] += 1
    evidence = {"source": "contacts", "seen_at": now.isoformat(), "confidence": 1.0}
    if places:
        where = min(places, key=lambda w: (-places[w], w))
        payload["address"] = {k: v for k, v in first[where].items() if v and k != "kind"}
        provenance["address"] = [{**evidence, "source_key": f"{places[where]} contacts"}]
    shared = [line for line, count in lines.items() if count >= 2]
    if shared:
        payload["phone"] = min(shared, key=lambda line: (-lines[line], line))
        provenance["phone"] = [{**evidence, "source_key": f"{lines[payload['phone']]} contacts"}]
