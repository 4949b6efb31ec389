"""Comparing what card_scan read with what the generator printed: per-field hits."""

from __future__ import annotations

from contactkit import normalize
from contactkit.model import Contact

FIELDS = ("name", "emails", "phones", "title", "organization", "addresses", "urls")


def expected(spec) -> dict[str, set[str]]:
    """The ground truth as comparable sets of keys, by Observation.confidence field name."""
    postal = spec.city_line.split(",")[-1].split()[-1] if spec.region == "US" else None
    if spec.region in ("DE", "FR"):
        postal = spec.city_line.split()[0]
    if spec.region == "GB":
        postal = " ".join(spec.city_line.split()[-2:])
    return {
        "name": {normalize.fold(spec.name)},
        "emails": {spec.email.lower()},
        "phones": {f"{e164}/{kind}" for e164, kind in spec.phone_e164().items()},
        "title": {normalize.fold(spec.title)},
        "organization": {normalize.fold(spec.company)},
        "addresses": {normalize.fold(postal or "")},
        "urls": {normalize.registrable_domain(spec.website) or ""},
    }


def observed(contact: Contact) -> dict[str, set[str]]:
    org = contact.organization.name if contact.organization else None
    return {
        "name": {normalize.fold(contact.name.full)} if contact.name.full else set(),
        "emails": set(contact.emails),
        "phones": {f"{p.e164}/{p.kind.value}" for p in contact.phones if p.e164},
        "title": {normalize.fold(contact.title)} if contact.title else set(),
        "organization": {normalize.fold(org)} if org else set(),
        "addresses": {normalize.fold(a.postal_code or "") for a in contact.addresses},
        "urls": {normalize.registrable_domain(u.url) or "" for u in contact.urls},
    }


class Tally:
    """True positives, predictions and truths per field: precision and recall."""

    def __init__(self) -> None:
        self.tp = dict.fromkeys(FIELDS, 0)
        self.pred = dict.fromkeys(FIELDS, 0)
        self.true = dict.fromkeys(FIELDS, 0)
        self.misses: list[str] = []

    def add(self, spec, contact: Contact) -> None:
        want, got = expected(spec), observed(contact)
        for name in FIELDS:
            hits = len(want[name] & got[name])
            self.tp[name] += hits
            self.pred[name] += len(got[name])
            self.true[name] += len(want[name])
            if want[name] != got[name]:
                self.misses.append(f"seed {spec.seed} {name}: want {want[name]} got {got[name]}")

    def precision(self, name: str) -> float:
        return self.tp[name] / self.pred[name] if self.pred[name] else 1.0

    def recall(self, name: str) -> float:
        return self.tp[name] / self.true[name] if self.true[name] else 1.0
