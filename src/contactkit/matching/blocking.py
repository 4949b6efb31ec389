"""Blocking: which pairs of observations are worth scoring, without ever looking at all pairs.

Each observation emits a few keys; only observations sharing a key become candidate pairs:

- ``e|`` a personal email (role addresses block on nothing), ``l|`` an email's local part
  (separators and OCR slips undone) at its domain;
- ``p|`` the last eight digits of a phone (with or without country code), with its extension;
- ``n|`` the family name (and each of its parts: García López meets García) with each key of the
  given name (itself and its nickname groups), order-insensitive so swapped names meet;
- ``d|`` the family name and every one-letter deletion of it, with the given name's key: family
  names one OCR slip or typo apart share one of these (a deletion neighbourhood);
- ``i|`` the initial, family name and company: J. Smith meets John Smith at Acme;
- ``t|`` every two words of the name (of two to five words), order-free: a name whose parts a
  source put in other columns (family first, a second surname read as a middle name).

A key shared by more than ``max_block`` observations (a common name) is not expanded into all its
pairs: its members are sorted by full name and each is paired with its ``window`` next neighbours
(sorted neighbourhood), so cost stays close to linear in the number of observations.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from contactkit.matching.features import Features


def block_keys(f: Features) -> Iterator[str]:
    for email in f.personal:
        yield "e|" + email
    for local, domain, _ in f.email_locals:
        if len(local) >= 4:
            yield f"l|{local}@{domain}"
    for tail, ext in f.tails.items():
        # a switchboard's extension is part of the key: colleagues share the number, not the key
        yield f"p|{tail};{ext}" if ext else "p|" + tail
    if f.family and f.given_keys:
        families = {f.family, *(t for t in f.family_tokens if len(t) >= 3)}
        for family in families:
            for key in f.given_keys:
                a, b = (key, family) if key < family else (family, key)
                yield f"n|{a}|{b}"
        fam = f.family
        if len(fam) >= 4:
            yield f"d|{fam}|{f.given_key}"
            for i in range(len(fam)):
                yield f"d|{fam[:i]}{fam[i + 1 :]}|{f.given_key}"
    words = sorted(f.name.tokens)
    if 2 <= len(words) <= 5:
        # every two words of the name, order-free: a name read family first, a particle or
        # second surname taken for a given name (DE ROSA Riccardo ~ Riccardo De Rosa,
        # Antonio González ~ Antonio González López) still meets its other forms
        for i, a in enumerate(words):
            for b in words[i + 1 :]:
                yield f"t|{a}|{b}"
    if f.family and f.initial:
        # J. Smith meets John Smith at the same company
        for company in {f.org_domain, f.company} - {""}:
            yield f"i|{f.initial}|{f.family}|{company}"


def candidate_pairs(
    people: list[Features], max_block: int = 12, window: int = 4
) -> set[tuple[int, int]]:
    """Index pairs (i < j) that share at least one blocking key."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(people):
        for key in set(block_keys(f)):
            blocks[key].append(i)
    pairs: set[tuple[int, int]] = set()
    # ties break on the observation's own key, never on the order it was read in
    order = lambda i: (people[i].full, people[i].org_domain, people[i].key)  # noqa: E731
    for members in blocks.values():
        if len(members) >= 2:
            pairs.update(block_pairs(members, max_block, window, order))
    return pairs


def block_pairs(
    members: list[int], max_block: int, window: int, order: Callable[[int], Any]
) -> Iterator[tuple[int, int]]:
    """One block's candidate pairs (a < b): every pair of a block of at most ``max_block``;
    in a bigger one, each member with its ``window`` next in ``order`` (sorted neighbourhood).
    """
    n = len(members)
    span = n
    if n > max_block:
        members, span = sorted(members, key=order), window
    for x in range(n):
        a = members[x]
        for y in range(x + 1, min(n, x + 1 + span)):
            b = members[y]
            yield (a, b) if a < b else (b, a)


def block_pair_keys(
    members: np.ndarray, starts: np.ndarray, max_block: int, window: int
) -> np.ndarray:
    """``block_pairs`` of every block at once, members being each node's place in the big
    blocks' order: ``members`` holds the blocks one after another, each from its ``starts``.
    Returns the pairs as ``high << 32 | low``, unsorted, a pair in several blocks repeated."""
    size = np.diff(np.append(starts, len(members)))
    # most keys are one node's (a name's deletion neighbours): dropped before anything is made
    paired = size >= 2
    members = members[np.repeat(paired, size)].astype(np.int32)
    size = size[paired].astype(np.int32)
    block_of = np.repeat(np.arange(len(size), dtype=np.int32), size)
    # by rank within each block: a big block's window needs it, and every pair's later node
    # is then the high one
    members = members[np.lexsort((members, block_of))]
    first = np.cumsum(size, dtype=np.int32) - size
    place = np.arange(len(members), dtype=np.int32) - first[block_of]
    span = np.where(size <= max_block, size, window).astype(np.int32)
    partners = np.minimum(span[block_of], size[block_of] - 1 - place)
    del block_of, place
    out = np.empty(int(partners.sum(dtype=np.int64)), dtype=np.int64)
    rows, filled, step = np.flatnonzero(partners), 0, 1
    while len(rows):
        n = len(rows)
        out[filled : filled + n] = members[rows + step].astype(np.int64) << 32 | members[rows]
        filled += n
        step += 1
        rows = rows[partners[rows] >= step]
    return out
