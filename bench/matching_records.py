"""One blind seed's observations as records: the matcher's features and the raw values it does not
compare, in a fixed order with their keys and truth; and the wide blocking keys that bring most
true pairs the matcher never compares into the ceiling bench's pairs (matching_ceiling.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from matching_data import blind_file, read_lines, valid_contact

from contactkit.matching.blocking import block_pairs, candidate_pairs
from contactkit.matching.features import Features, features, specificity
from contactkit.matching.text import fold

SOURCES = ("card_scan", "crm_export", "email_harvest", "vcard")


class Record:
    """One observation: the matcher's features and the raw values it does not compare."""

    __slots__ = ("city", "country", "dept", "domains", "f", "postal", "seen", "source", "web")

    def __init__(self, x: dict[str, Any], f: Features) -> None:
        c = x["contact"]
        self.f = f
        self.source = SOURCES.index(x["source"]) if x["source"] in SOURCES else len(SOURCES)
        self.seen = datetime.fromisoformat(str(x.get("seen") or "2026-01-01").replace("Z", ""))
        addresses = c.get("addresses") or ()
        self.city = {fold(a["city"]) for a in addresses if a.get("city")}
        self.postal = {
            str(a["postal_code"]).replace(" ", "") for a in addresses if a.get("postal_code")
        }
        self.country = {a["country"] for a in addresses if a.get("country")}
        self.dept = fold(c.get("department") or "")
        self.web = {_host(u.get("url") or "") for u in c.get("urls") or () if u.get("url")}
        self.web.discard("")
        self.domains = {e.rpartition("@")[2].lower() for e in c.get("emails") or ()}


def _host(url: str) -> str:
    host = url.split("//", 1)[-1].split("/", 1)[0].lower()
    return "" if "linkedin" in host else host.removeprefix("www.")


def load(seed: int, people: int, cache: Path) -> tuple[list[Record], list[str], list[str]]:
    lines = sorted(
        read_lines(blind_file(seed, people, cache)), key=lambda x: (x["source"], str(x["key"]))
    )
    keys = [f"{x['source']}\x1f{x['key']}" for x in lines]
    feats = []
    for key, x in zip(keys, lines, strict=True):
        payload = valid_contact(x).model_dump(mode="json", exclude_defaults=True)
        feats.append(features(payload, x.get("confidence"), key=key))
    specificity(feats)
    records = [Record(x, f) for x, f in zip(lines, feats, strict=True)]
    return records, keys, [x["truth"] for x in lines]


def wide_keys(r: Record) -> Iterator[str]:
    """Looser keys than the matcher's: what a model that compared more pairs would see."""
    f = r.f
    if f.family:
        yield "F|" + f.family
    if f.given_key:
        for company in {f.org_domain, f.company} - {""}:
            yield f"G|{f.given_key}|{company}"
        for city in r.city:
            yield f"C|{f.given_key}|{city}"
        for postal in r.postal:
            yield f"P|{f.given_key}|{postal}"
    if f.family:
        for company in {f.org_domain, f.company} - {""}:
            yield f"K|{f.family}|{company}"
    for street in f.streets:
        yield "S|" + street
    if f.title and (f.family or f.given_key):
        yield f"T|{f.title}|{f.family or f.given_key}"
    for host in r.web:
        yield f"W|{host}|{f.family or f.given_key}"


def universe(records: list[Record]) -> set[tuple[int, int]]:
    feats = [r.f for r in records]
    pairs = candidate_pairs(feats)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        for key in set(wide_keys(r)):
            blocks[key].append(i)
    order = lambda i: (feats[i].full, feats[i].org_domain, feats[i].key)  # noqa: E731
    for members in blocks.values():
        if len(members) >= 2:
            pairs.update(block_pairs(members, 40, 12, order))
    return pairs
