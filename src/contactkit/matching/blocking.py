"""Blocking: which pairs of observations are worth scoring, without ever looking at all pairs.

Each observation emits a few keys; only observations sharing a key become candidate pairs:

- ``e|`` an email, ``l|`` an email's local part (separators and OCR slips undone) at its domain;
- ``p|`` the last eight digits of a phone (with or without country code or extension);
- ``n|`` the family name with each key of the given name (itself and its nickname groups),
  order-insensitive so swapped given and family names meet;
- ``d|`` the family name and every one-letter deletion of it, with the given initial: names one
  OCR slip or typo apart share one of these (a deletion neighbourhood).

A key shared by more than ``max_block`` observations (a common name) is not expanded into all its
pairs: its members are sorted by full name and each is paired with its ``window`` next neighbours
(sorted neighbourhood), so cost stays close to linear in the number of observations.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from contactkit.matching.features import Features


def block_keys(f: Features) -> Iterator[str]:
    for email in f.emails:
        yield "e|" + email
    for local, domain in f.email_locals:
        if len(local) >= 4:
            yield f"l|{local}@{domain}"
    for tail in f.tails:
        yield "p|" + tail
    if f.family and f.given_keys:
        for key in f.given_keys:
            a, b = (key, f.family) if key < f.family else (f.family, key)
            yield f"n|{a}|{b}"
    if f.family and f.initial and len(f.family) >= 4:
        fam = f.family
        yield f"d|{fam}|{f.initial}"
        for i in range(len(fam)):
            yield f"d|{fam[:i]}{fam[i + 1 :]}|{f.initial}"


def candidate_pairs(
    people: list[Features], max_block: int = 24, window: int = 6
) -> set[tuple[int, int]]:
    """Index pairs (i < j) that share at least one blocking key."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(people):
        for key in set(block_keys(f)):
            blocks[key].append(i)
    pairs: set[tuple[int, int]] = set()
    add = pairs.add
    for members in blocks.values():
        n = len(members)
        if n < 2:
            continue
        if n <= max_block:
            for x in range(n):
                a = members[x]
                for y in range(x + 1, n):
                    add((a, members[y]))
            continue
        ordered = sorted(members, key=lambda i: (people[i].full, i))
        for x in range(n):
            a = ordered[x]
            for y in range(x + 1, min(n, x + 1 + window)):
                b = ordered[y]
                add((a, b) if a < b else (b, a))
    return pairs
