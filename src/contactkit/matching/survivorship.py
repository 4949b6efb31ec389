"""Survivorship: which value a golden record shows, per field, by one readable table of rules.

Every field is decided by an ordered list of criteria (``[survivorship.rules]`` in the config):

- ``pinned``: a value a person pinned (``contactkit pin``) beats everything;
- ``source``: the more trusted source (``[survivorship] source_ranking``, most trusted first);
- ``recency``: the value confirmed most recently (by day: two sightings on one day tie);
- ``confidence``: the higher per-field confidence (a scanned card's OCR score, for instance);
- ``agreement``: the value more sources give.

Ties after the last criterion go to the most recent sighting, then to the order the sources
gave the values in. Before any criterion, a value whose best confidence is under
``[review] below`` (an OCR guess a person has not confirmed) only survives when no surer value
exists. Multi-valued fields (emails, phones, addresses, urls, categories) keep every
value with its sources; the rules only order them, and the first is the primary.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from contactkit import normalize
from contactkit.model import stable_hash

SCALAR_FIELDS = ("name", "title", "department", "organization", "notes")
MULTI_FIELDS = ("emails", "phones", "addresses", "urls", "categories")
CRITERIA = ("pinned", "source", "recency", "confidence", "agreement")
DEFAULT_RULE = list(CRITERIA)


class Observed:
    """What survivorship needs of one observation (StoredObservation fits)."""

    id: int
    source: str
    source_type: str
    source_key: str
    seen_at: datetime
    payload: dict[str, Any]
    confidence: dict[str, float]


@dataclass
class Candidate:
    """One distinct value of one field, with everything the rules compare."""

    value: Any
    key: str
    order: int
    trust: int = 1_000_000
    last_seen: datetime | None = None
    confidence: float = 0.0
    sources: set[str] = field(default_factory=set)
    refs: list[tuple[Any, float]] = field(default_factory=list)
    pinned: bool = False


class Rules:
    """The survivorship table: source ranking, per-field criteria, recency bucket."""

    def __init__(
        self,
        source_ranking: list[str],
        rules: dict[str, list[str]] | None = None,
        recency_days: int = 1,
        min_confidence: float = 0.0,
    ) -> None:
        self.position = {name: i for i, name in enumerate(source_ranking)}
        self.unlisted = len(source_ranking)
        self.rules = dict(rules or {})
        self.recency_seconds = max(1, recency_days) * 86400
        self.min_confidence = min_confidence
        self._keys: dict[str, Any] = {}

    def trust(self, obs: Observed) -> int:
        return min(
            self.position.get(obs.source, self.unlisted),
            self.position.get(obs.source_type, self.unlisted),
        )

    def criteria(self, field_name: str) -> list[str]:
        return self.rules.get(field_name) or self.rules.get("*") or DEFAULT_RULE

    def sort_key(self, field_name: str) -> Callable[[Candidate], tuple[Any, ...]]:
        key = self._keys.get(field_name)
        if key is None:
            key = self._keys[field_name] = self._sort_key(field_name)
        return key

    def _sort_key(self, field_name: str) -> Callable[[Candidate], tuple[Any, ...]]:
        criteria = self.criteria(field_name)
        bucket = self.recency_seconds
        floor = self.min_confidence

        def key(c: Candidate) -> tuple[Any, ...]:
            # a value too uncertain for review only survives when no sure value exists
            parts: list[Any] = [c.confidence < floor]
            for criterion in criteria:
                if criterion == "pinned":
                    parts.append(not c.pinned)
                elif criterion == "source":
                    parts.append(c.trust)
                elif criterion == "recency":
                    parts.append(-int(c.last_seen.timestamp() // bucket) if c.last_seen else 0)
                elif criterion == "confidence":
                    parts.append(-c.confidence)
                elif criterion == "agreement":
                    parts.append(-len(c.sources))
            seen = -c.last_seen.timestamp() if c.last_seen else 0.0
            return (*parts, seen, c.order)

        return key


def value_key(field_name: str, value: Any) -> str:
    """When two sources give "the same" value of a multi-valued field."""
    if field_name in ("emails", "categories"):
        return str(value).lower()
    if field_name == "phones":
        return value.get("e164") or normalize.fold(value.get("text", "")).replace(" ", "")
    if field_name == "urls":
        return value.get("url", "").lower().rstrip("/")
    if field_name == "addresses":
        parts = (value.get(k) for k in ("street", "postal_code", "city", "country"))
        return normalize.fold(" ".join(p for p in parts if p))
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        # a name or an organization (flat dicts): cheaper than hashing, same equality
        return repr(sorted(value.items()))
    return stable_hash(value)


def source_ref(obs: Observed, field_name: str) -> dict[str, Any]:
    return {
        "source": obs.source,
        "source_key": obs.source_key,
        "seen_at": obs.seen_at.isoformat(),
        "confidence": obs.confidence.get(field_name, 1.0),
    }


class _Member(NamedTuple):
    """One member with what every field's candidates read of it, worked out once."""

    obs: Observed
    trust: int
    seen: str
    """``seen_at`` in ISO form, as provenance gives it."""


def _candidates(ordered: Iterable[_Member], field_name: str, multi: bool) -> dict[str, Candidate]:
    """``ordered``: the members, most trusted and most recent first (ties to the source order)."""
    out: dict[str, Candidate] = {}
    for member in ordered:
        obs = member.obs
        raw = obs.payload.get(field_name)
        if not raw:
            continue
        conf = obs.confidence.get(field_name, 1.0)
        for value in raw if multi else (raw,):
            key = value_key(field_name, value)
            cand = out.get(key)
            if cand is None:
                cand = out[key] = Candidate(value=value, key=key, order=len(out))
            cand.trust = min(cand.trust, member.trust)
            if cand.last_seen is None or obs.seen_at > cand.last_seen:
                cand.last_seen = obs.seen_at
            cand.confidence = max(cand.confidence, conf)
            cand.sources.add(obs.source)
            cand.refs.append((member, conf))
    return out


def _refs(cand: Candidate) -> list[dict[str, Any]]:
    """``source_ref`` of each member that gave this value."""
    return [
        {
            "source": m.obs.source,
            "source_key": m.obs.source_key,
            "seen_at": m.seen,
            "confidence": conf,
        }
        for m, conf in cand.refs
    ]


def _pin(
    cands: dict[str, Candidate], field_name: str, value: Any, pinned_at: datetime | None
) -> None:
    key = value_key(field_name, value)
    cand = cands.get(key)
    if cand is None:
        cand = cands[key] = Candidate(
            value=value, key=key, order=-1, last_seen=pinned_at, confidence=1.0
        )
    cand.pinned = True
    cand.confidence = 1.0


def _pin_ref(golden_id: str, pinned_at: datetime | None) -> dict[str, Any]:
    return {
        "source": "pinned",
        "source_key": golden_id,
        "seen_at": pinned_at.isoformat() if pinned_at else "1970-01-01T00:00:00+00:00",
        "confidence": 1.0,
    }


def survive(
    members: list[Observed],
    rules: Rules,
    pins: dict[str, Any] | None = None,
    golden_id: str = "",
    pinned_at: datetime | None = None,
) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """The golden contact of one person, and where each of its values came from."""
    pins = pins or {}
    contact: dict[str, Any] = {}
    provenance: dict[str, list[dict[str, Any]]] = {}
    # ties break on the record's key, never on the order the store happened to read it in
    by_trust = sorted(
        (_Member(o, rules.trust(o), o.seen_at.isoformat()) for o in members),
        key=lambda m: (m.trust, -m.obs.seen_at.timestamp(), m.obs.source, m.obs.source_key),
    )
    present = {f for obs in members for f in obs.payload} | set(pins)
    for field_name in (*SCALAR_FIELDS, *MULTI_FIELDS):
        if field_name not in present:
            continue
        multi = field_name in MULTI_FIELDS
        cands = _candidates(by_trust, field_name, multi)
        if field_name in pins:
            _pin(cands, field_name, pins[field_name], pinned_at)
        if not cands:
            continue
        ordered = sorted(cands.values(), key=rules.sort_key(field_name))
        if multi:
            contact[field_name] = [c.value for c in ordered]
            for c in ordered:
                refs = _refs(c)
                if c.pinned:
                    refs.insert(0, _pin_ref(golden_id, pinned_at))
                provenance[f"{field_name}[{c.key}]"] = refs
        else:
            best = ordered[0]
            contact[field_name] = best.value
            refs = _refs(best)
            if best.pinned:
                refs.insert(0, _pin_ref(golden_id, pinned_at))
            provenance[field_name] = refs
    return contact, provenance
